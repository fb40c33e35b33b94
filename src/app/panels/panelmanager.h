#pragma once
// The window's docks: the site's posts, the outline, the front matter and the
// images, each a panel in a QDockWidget with a toggle in View and on the
// toolbar. They start closed, tabbed in pairs (posts and outline on the left,
// front matter and images on the right), and follow the current post: each
// shows its session's newest analysis, so none reads the post or looks for
// its site itself.

#include <QList>
#include <QObject>

class QDockWidget;
class QWidget;
class KXmlGuiWindow;

namespace Postwright {

class FrontMatterPanel;
class ImagesPanel;
class MarkdownEditor;
class OutlinePanel;
class PostsPanel;
class PreviewController;

class PanelManager : public QObject
{
    Q_OBJECT
public:
    // Adds the docks to window, their toggles (show_posts_dock, ...) to its
    // action collection; clicks on a heading or a line go to preview's post.
    PanelManager(KXmlGuiWindow *window, PreviewController *preview);

    PostsPanel *posts() const { return m_posts; }
    OutlinePanel *outline() const { return m_outline; }
    FrontMatterPanel *frontMatter() const { return m_frontMatter; }
    ImagesPanel *images() const { return m_images; }
    const QList<QDockWidget *> &docks() const { return m_docks; }

    // The post the docks follow (the outline also follows its cursor).
    void setEditor(MarkdownEditor *editor);

Q_SIGNALS:
    void postActivated(const QString &path);
    void insertImageRequested();

private:
    QDockWidget *addDock(QWidget *panel, const QString &title, const QString &name, const QString &icon,
                         Qt::DockWidgetArea area);
    void showAnalysis();

    KXmlGuiWindow *m_window;
    PreviewController *m_preview;
    MarkdownEditor *m_editor = nullptr;
    QMetaObject::Connection m_analysed;
    QMetaObject::Connection m_cursorMoved;
    PostsPanel *m_posts;
    OutlinePanel *m_outline;
    FrontMatterPanel *m_frontMatter;
    ImagesPanel *m_images;
    QList<QDockWidget *> m_docks;
};

} // namespace Postwright
