#pragma once
// The open posts: one MarkdownEditor per post, untitled texts kept safe until
// saved, and the questions a close asks (save, discard, cancel). Like Kate's
// document manager it knows nothing of tabs; the ViewManager shows them.

#include <QList>
#include <QObject>

class QWidget;

namespace Postwright {

class MarkdownEditor;
class Site;
class UntitledStore;

class DocumentManager : public QObject
{
    Q_OBJECT
public:
    // window: the parent of the dialogs the manager asks.
    explicit DocumentManager(QWidget *window);
    ~DocumentManager() override;

    const QList<MarkdownEditor *> &editors() const { return m_editors; }
    // A new, empty post whose view is a child of viewParent.
    MarkdownEditor *create(QWidget *viewParent);
    // The editor of the post at path, if it is open.
    MarkdownEditor *find(const QString &path) const;
    // Deletes the editor and its view; what was unsaved is gone.
    void close(MarkdownEditor *editor);
    // The editor closes its file but stays (the window keeps one).
    void clear(MarkdownEditor *editor);

    // Asks for a file name and saves there; false when cancelled or failed.
    bool saveAs(MarkdownEditor *editor, const QString &startFolder);
    // Asks what to do with the unsaved posts among editors, naming them;
    // false: cancelled, or a save failed.
    bool settleUnsaved(const QList<MarkdownEditor *> &editors, const QString &startFolder);

    // Writes a new post from the site's archetype, never over an existing
    // file; its path, or empty with *error set.
    static QString writeNewPost(const Site &site, const QString &title, const QString &folder, QString *error);

    // Untitled texts an earlier run left unsaved, each in an editor (reusing
    // `reusable` when it is pristine) with a bar that says so.
    QList<MarkdownEditor *> recoverUntitled(MarkdownEditor *reusable, QWidget *viewParent);

Q_SIGNALS:
    void editorCreated(MarkdownEditor *editor);
    void aboutToClose(MarkdownEditor *editor);
    // The editor is about to be asked something (its tab should show).
    void activationRequested(MarkdownEditor *editor);

private:
    QWidget *m_window;
    UntitledStore *m_untitled;
    QList<MarkdownEditor *> m_editors;
};

} // namespace Postwright
