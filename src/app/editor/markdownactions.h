#pragma once
// Markdown editing on top of the KTextEditor view: Enter continues lists and
// quotes (and ends them on an empty item), Tab and Shift+Tab indent list
// items, and the format actions wrap the selection. Each is one undo step;
// the rules themselves live in the core (MarkdownEditing).

#include <QList>
#include <QObject>

class QAction;

namespace KTextEditor {
class View;
}

namespace Postwright {

class MarkdownActions : public QObject
{
    Q_OBJECT
public:
    explicit MarkdownActions(KTextEditor::View *view);

    // Bold, italic, link, inline code, code block, insert image: for the Format menu.
    QList<QAction *> actions() const { return m_actions; }

    void toggleBold();
    void toggleItalic();
    void toggleLink();
    void toggleCode();
    void insertCodeBlock();
    // Return whether they acted; when not, the key does what it always does.
    bool continueBlock();
    bool indentListItem(bool outdent);
    void requestImage() { Q_EMIT insertImageRequested(); }

Q_SIGNALS:
    // Format > Insert Image (Ctrl+Shift+I): the window opens its dialog.
    void insertImageRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(const QString &text, const QKeySequence &shortcut, void (MarkdownActions::*slot)());
    void toggleWrap(const QString &marker);
    void releaseShortcutsOfTheView();

    KTextEditor::View *m_view;
    QList<QAction *> m_actions;
};

} // namespace Postwright
