#pragma once
// The site's posts, newest first: title, date and a draft badge from the
// front matter, a warning on a broken post (its problem as the tooltip), the
// current post selected, a filter box, and a click opens the post. The site's
// content folders are watched: posts created, renamed or deleted on disk, and
// saved titles and draft flags, show without a restart.

#include "site/site.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QFileSystemWatcher;
class QSortFilterProxyModel;
class QTimer;
class QStandardItemModel;

namespace Postwright {

namespace Ui {
class PostsPanel;
}

class PostsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PostsPanel(QWidget *parent = nullptr);
    ~PostsPanel() override;

    // Lists the site's posts (read on a worker thread) and watches its
    // content folders; emits postsLoaded.
    void setSite(const Site &site);
    // Reads the posts again soon (a post was saved: its title or draft flag
    // may have changed). Several calls in a row read once.
    void refresh();
    // Selects the post being edited and scrolls to it, now and whenever the
    // list is read again or filtered; no row is selected while it is not
    // listed (or filtered out).
    void setCurrentPost(const QString &path);
    int visibleCount() const;
    QString pathAt(int row) const;
    void setFilter(const QString &text);

Q_SIGNALS:
    void postActivated(const QString &path);
    void postsLoaded();

private:
    void fill(const QList<PostInfo> &posts);
    void selectCurrent();
    void watch();

    std::unique_ptr<Ui::PostsPanel> m_ui;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<QList<PostInfo>> *m_loader;
    QString m_current;
    Site m_site;
    QFileSystemWatcher *m_watcher;
    QTimer *m_refreshTimer;
};

} // namespace Postwright
