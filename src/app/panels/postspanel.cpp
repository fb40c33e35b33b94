#include "postspanel.h"
#include "ui_postspanel.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

PostsPanel::PostsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PostsPanel>())
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_loader(new QFutureWatcher<QList<PostInfo>>(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_refreshTimer(new QTimer(this))
{
    // Changes on disk come in bursts (git checkout, hugo new, a save's
    // rename): one read after they settle.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] { setSite(m_site); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &PostsPanel::refresh);
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Title"), tr("Date")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->list->setModel(m_proxy);
    m_ui->list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->list->header()->setStretchLastSection(false);
    connect(m_ui->filter, &QLineEdit::textChanged, this, &PostsPanel::setFilter);
    connect(m_ui->list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT postActivated(index.siblingAtColumn(0).data(PathRole).toString());
    });
    connect(m_ui->list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT postActivated(index.siblingAtColumn(0).data(PathRole).toString());
    });
    connect(m_loader, &QFutureWatcher<QList<PostInfo>>::finished, this, [this] { fill(m_loader->result()); });
}

PostsPanel::~PostsPanel()
{
    m_loader->waitForFinished();
}

void PostsPanel::setSite(const Site &site)
{
    m_site = site;
    m_loader->waitForFinished();
    m_loader->setFuture(QtConcurrent::run([site] { return site.posts(); }));
}

void PostsPanel::refresh()
{
    if (m_site.kind() != SiteKind::None)
        m_refreshTimer->start();
}

void PostsPanel::watch()
{
    // Every folder below the content folders (posts, page bundles), as they
    // are now: a new folder is seen by its parent's change, then watched.
    QStringList folders;
    for (const QString &root : m_site.contentDirs()) {
        if (!QFileInfo(root).isDir())
            continue;
        folders << root;
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            folders << it.next();
    }
    const QStringList watched = m_watcher->directories();
    QStringList gone = watched;
    for (const QString &folder : std::as_const(folders))
        gone.removeOne(folder);
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString &folder : std::as_const(folders))
        if (!watched.contains(folder))
            added << folder;
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void PostsPanel::fill(const QList<PostInfo> &posts)
{
    m_model->removeRows(0, m_model->rowCount());
    const QIcon warningIcon = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                               style()->standardIcon(QStyle::SP_MessageBoxWarning));
    for (const PostInfo &post : posts) {
        auto *title = new QStandardItem(post.title);
        title->setData(post.path, PathRole);
        title->setToolTip(post.path);
        auto *date = new QStandardItem(post.date.left(10));
        if (!post.problem.isEmpty()) {
            // Listed all the same: it is the post the writer has to find
            // and fix. The tooltip says what is wrong.
            title->setIcon(warningIcon);
            title->setToolTip(post.problem);
            date->setToolTip(post.problem);
        }
        if (post.draft) {
            // The badge: the word, in the palette's placeholder colour.
            date->setText(date->text().isEmpty() ? tr("draft") : tr("%1 · draft").arg(date->text()));
            title->setForeground(palette().placeholderText());
            date->setForeground(palette().placeholderText());
            QFont italic = font();
            italic.setItalic(true);
            title->setFont(italic);
        }
        m_model->appendRow({title, date});
    }
    selectCurrent();
    watch();
    Q_EMIT postsLoaded();
}

void PostsPanel::setCurrentPost(const QString &path)
{
    m_current = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    selectCurrent();
}

void PostsPanel::selectCurrent()
{
    // The row of the post being edited, or none: a row left selected from
    // another post would say the wrong post is open.
    QItemSelectionModel *selection = m_ui->list->selectionModel();
    for (int row = 0; !m_current.isEmpty() && row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(PathRole).toString() == m_current) {
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            // The view scrolls to a new current row by itself (a hidden one
            // when it shows), but not to the same row again: a tab switched
            // back to after the list was scrolled away.
            m_ui->list->scrollTo(index);
            return;
        }
    }
    selection->clear();
}

int PostsPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

QString PostsPanel::pathAt(int row) const
{
    return m_proxy->index(row, 0).data(PathRole).toString();
}

void PostsPanel::setFilter(const QString &text)
{
    if (m_ui->filter->text() != text)
        m_ui->filter->setText(text);
    m_proxy->setFilterFixedString(text);
    // When the current post's row is filtered out the view selects a
    // neighbour, and when it is let back it comes unselected: choose again.
    selectCurrent();
}

} // namespace Postwright
