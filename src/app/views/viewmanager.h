#pragma once
// The editor side of the window: a tab per open post above their views, and
// which post is current. Like Kate's view manager it asks the
// DocumentManager for documents and shows them.

#include "site/site.h"

#include <QWidget>

class KActionCollection;
class KActionMenu;
class QStackedWidget;
class QTabBar;

namespace Postwright {

class DocumentManager;
class MarkdownEditor;
class Settings;

class ViewManager : public QWidget
{
    Q_OBJECT
public:
    ViewManager(DocumentManager *documents, Settings &settings, QWidget *parent);

    // File > New Post, Open, Open Site, Open Recent, Save, Save As, Close,
    // the swap-file recovery, and View > Next and Previous Post.
    void setUpActions(KActionCollection *actions);
    // The site of the latest post that has a file: where dialogs start.
    const Site &site() const { return m_site; }

    MarkdownEditor *current() const { return m_current; }
    QTabBar *tabBar() const { return m_tabs; }
    void setCurrent(MarkdownEditor *editor);
    void setCurrentIndex(int index);
    void showNext();
    void showPrevious();

    // A post, or a site folder (its newest post); an open post gets its tab
    // back, a new one takes the empty tab or a new one. False on failure,
    // said in the status bar and a bar over the text.
    bool openPath(const QString &path);
    // Creates a post titled `title` where the site keeps posts, from its
    // archetype, and opens it. Returns its path, or empty on failure.
    QString createPost(const QString &title);
    // Opens the files open when the editor last closed; false if there were none.
    bool reopenLastSession();
    // Asks about unsaved changes first; the last tab stays, emptied.
    bool closeTab(int index);
    // The text in a centred column of about `columns` characters, or all
    // the width with 0; it follows the current post.
    void setColumnWidth(int columns);
    // Focus mode: no tab bar even with several posts.
    void setTabBarAllowed(bool allowed);

Q_SIGNALS:
    void currentChanged(MarkdownEditor *editor);
    void currentTitleChanged(); // its name or modified flag
    void siteChanged(const Site &site);
    void message(const QString &text, int timeout);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    MarkdownEditor *addEditor();
    void updateTabText(MarkdownEditor *editor);
    void applyColumnWidth();
    void newPostDialog();
    void openDialog(bool site);
    void updateRecentMenu();
    void updateRecoveryActions();
    void followSite(MarkdownEditor *editor);

    DocumentManager *m_documents;
    Settings &m_settings;
    KActionCollection *m_actions = nullptr;
    KActionMenu *m_recent = nullptr;
    Site m_site;
    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    MarkdownEditor *m_current = nullptr;
    int m_columns = 0;
};

} // namespace Postwright
