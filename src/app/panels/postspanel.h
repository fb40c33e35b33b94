#pragma once
// The site's posts, newest first: title, date and a draft badge from the
// front matter, a filter box, and a click opens the post.

#include "site/site.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
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

    // Lists the site's posts (read on a worker thread); emits postsLoaded.
    void setSite(const Site &site);
    void setCurrentPost(const QString &path);
    int visibleCount() const;
    QString pathAt(int row) const;
    void setFilter(const QString &text);

Q_SIGNALS:
    void postActivated(const QString &path);
    void postsLoaded();

private:
    void fill(const QList<PostInfo> &posts);

    std::unique_ptr<Ui::PostsPanel> m_ui;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<QList<PostInfo>> *m_loader;
    QString m_current;
};

} // namespace Postwright
