#pragma once
// Markdown editing on top of the KTextEditor view: Enter continues lists and
// quotes (and ends them on an empty item), Tab and Shift+Tab indent list
// items, and the format actions wrap the selection. Each is one undo step;
// the rules themselves live in the core (MarkdownEditing).

#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class KActionCollection;
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

    // Format > Bold, Italic, Link, Inline Code and Code Block (and Insert
    // Image, for the window to connect) in the window's collection, acting
    // on current()'s view; their keys are configurable there.
    static void addWindowActions(KActionCollection *actions, const std::function<MarkdownActions *()> &current);
    // Kate binds some of the format keys (Ctrl+B sets a bookmark); two
    // actions on one key would make both silent: the view gives up keys.
    void releaseShortcutsOfTheView(const QList<QKeySequence> &keys);

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
    // The window opens its Insert Image dialog.
    void insertImageRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleWrap(const QString &marker);

    KTextEditor::View *m_view;
};

} // namespace Postwright
