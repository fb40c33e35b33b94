// The Posts dock on a site in a temporary folder: only text files are listed,
// a post with broken front matter shows a warning and the problem, and the
// current post's row is selected (and in view) through re-reads and filters.
#include "panels/postspanel.h"
#include "testfiles.h"

#include <QApplication>
#include <QDate>
#include <QIcon>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Postwright;

namespace {

// A 1x1 PNG.
const QByteArray Png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                           "1f15c4890000000d49444154789c63000100000500010d0a2db400000000"
                                           "49454e44ae426082");

QByteArray post(const QString &title, int day)
{
    return QStringLiteral("---\ntitle: \"%1\"\ndate: %2\n---\n\nText.\n")
        .arg(title, QDate(2020, 1, 1).addDays(day).toString(Qt::ISODate))
        .toUtf8();
}

QString postPath(const QTemporaryDir &dir, int i)
{
    return dir.filePath(QStringLiteral("content/posts/post-%1.md").arg(i));
}

// A Hugo site with count posts, "Post 0" (the oldest, listed last) to
// "Post <count - 1>" (the newest, listed first).
QString makeSite(const QTemporaryDir &dir, int count)
{
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = 'Site'\n");
    for (int i = 0; i < count; ++i)
        TestFiles::write(postPath(dir, i), post(QStringLiteral("Post %1").arg(i), i));
    return dir.path();
}

bool load(PostsPanel &panel, const Site &site)
{
    QSignalSpy loaded(&panel, &PostsPanel::postsLoaded);
    panel.setSite(site);
    return loaded.wait(10000);
}

QTreeView *listOf(const PostsPanel &panel)
{
    return panel.findChild<QTreeView *>();
}

QModelIndex rowOf(const PostsPanel &panel, const QString &path)
{
    for (int row = 0; row < panel.visibleCount(); ++row)
        if (panel.pathAt(row) == path)
            return listOf(panel)->model()->index(row, 0);
    return {};
}

QStringList selectedPosts(const PostsPanel &panel)
{
    QStringList paths;
    for (const QModelIndex &index : listOf(panel)->selectionModel()->selectedRows())
        paths << panel.pathAt(index.row());
    return paths;
}

// Whether the row of path is wholly inside the list's viewport.
bool inView(const PostsPanel &panel, const QString &path)
{
    const QModelIndex index = rowOf(panel, path);
    const QRect rect = listOf(panel)->visualRect(index);
    const QRect viewport = listOf(panel)->viewport()->rect();
    return index.isValid() && rect.top() >= viewport.top() && rect.bottom() <= viewport.bottom();
}

} // namespace

class TestPostsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyTextFilesAreListed();
    void brokenPostShowsAWarningAndItsProblem();
    void currentPostIsSelectedAndInView();
    void currentPostStaysSelectedWhenTheListIsReadAgain();
    void currentPostFollowsTheFilter();
    void currentPostIsInViewWhenTheDockShows();
};

// Before: a PNG renamed to .md was listed as a post.
void TestPostsPanel::onlyTextFilesAreListed()
{
    QTemporaryDir dir;
    makeSite(dir, 2);
    TestFiles::write(dir.filePath(QStringLiteral("content/posts/picture.md")), Png);
    PostsPanel panel;
    QVERIFY(load(panel, Site::detect(dir.path())));
    QCOMPARE(panel.visibleCount(), 2);
    QVERIFY(!rowOf(panel, dir.filePath(QStringLiteral("content/posts/picture.md"))).isValid());
}

// Before: a post with broken front matter looked like any other.
void TestPostsPanel::brokenPostShowsAWarningAndItsProblem()
{
    QTemporaryDir dir;
    makeSite(dir, 1);
    const QString unclosed = dir.filePath(QStringLiteral("content/posts/unclosed.md"));
    const QString invalid = dir.filePath(QStringLiteral("content/posts/invalid.md"));
    TestFiles::write(unclosed, "---\ntitle: Never Closed\n\nText.\n");
    TestFiles::write(invalid, "---\ntitle: Broken\ntags: [a, b\n---\nText.\n");
    PostsPanel panel;
    QVERIFY(load(panel, Site::detect(dir.path())));
    QCOMPARE(panel.visibleCount(), 3); // broken posts stay listed

    for (const QString &path : {unclosed, invalid}) {
        const QModelIndex index = rowOf(panel, path);
        QVERIFY2(index.isValid(), qPrintable(path));
        const QString problem = readPostInfo(path)->problem;
        QVERIFY(!problem.isEmpty());
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), problem);
        QCOMPARE(index.siblingAtColumn(1).data(Qt::ToolTipRole).toString(), problem);
    }
    const QModelIndex fine = rowOf(panel, postPath(dir, 0));
    QVERIFY(fine.isValid());
    QVERIFY(fine.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(fine.data(Qt::ToolTipRole).toString(), postPath(dir, 0));
}

// Before: the row of the post shown before stayed selected when the current
// post was not in the list, and setting the current post again did not
// scroll back to it.
void TestPostsPanel::currentPostIsSelectedAndInView()
{
    QTemporaryDir dir;
    makeSite(dir, 60);
    PostsPanel panel;
    panel.resize(300, 240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(load(panel, Site::detect(dir.path())));
    QCOMPARE(panel.visibleCount(), 60);

    panel.setCurrentPost(postPath(dir, 0)); // the oldest: the last row
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 0)});
    QVERIFY(inView(panel, postPath(dir, 0)));
    panel.setCurrentPost(postPath(dir, 59)); // the first row
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 59)});
    QVERIFY(inView(panel, postPath(dir, 59)));
    // The list scrolled away, the same post set again (its tab chosen again).
    listOf(panel)->scrollToBottom();
    QVERIFY(!inView(panel, postPath(dir, 59)));
    panel.setCurrentPost(postPath(dir, 59));
    QVERIFY(inView(panel, postPath(dir, 59)));

    // A post of no site, or none at all: no row says it is open.
    QTemporaryDir elsewhere;
    TestFiles::write(elsewhere.filePath(QStringLiteral("note.md")), "# Note\n");
    panel.setCurrentPost(elsewhere.filePath(QStringLiteral("note.md")));
    QCOMPARE(selectedPosts(panel), QStringList());
    panel.setCurrentPost(postPath(dir, 30));
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 30)});
    panel.setCurrentPost(QString());
    QCOMPARE(selectedPosts(panel), QStringList());
}

void TestPostsPanel::currentPostStaysSelectedWhenTheListIsReadAgain()
{
    QTemporaryDir dir;
    makeSite(dir, 40);
    PostsPanel panel;
    panel.resize(300, 240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(load(panel, Site::detect(dir.path())));
    panel.setCurrentPost(postPath(dir, 1));
    QVERIFY(inView(panel, postPath(dir, 1)));

    // Posts written on disk move every row down: the watcher reads the list
    // again, and the selection stays on the post, not on its old row.
    QSignalSpy loaded(&panel, &PostsPanel::postsLoaded);
    for (int i = 40; i < 43; ++i)
        TestFiles::write(postPath(dir, i), post(QStringLiteral("Post %1").arg(i), i));
    QTRY_COMPARE_WITH_TIMEOUT(panel.visibleCount(), 43, 5000);
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 1)});
    QVERIFY(inView(panel, postPath(dir, 1)));

    // A refresh after a save, the current post retitled.
    TestFiles::replace(postPath(dir, 1), post(QStringLiteral("Retitled"), 1));
    loaded.clear();
    panel.refresh();
    QVERIFY(loaded.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(panel, postPath(dir, 1)).data().toString(), QStringLiteral("Retitled"), 5000);
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 1)});

    // The current post deleted: no row is selected, none other takes its place.
    QVERIFY(QFile::remove(postPath(dir, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(panel.visibleCount(), 42, 5000);
    QCOMPARE(selectedPosts(panel), QStringList());
    // And written again: selected again.
    TestFiles::write(postPath(dir, 1), post(QStringLiteral("Back"), 1));
    QTRY_COMPARE_WITH_TIMEOUT(panel.visibleCount(), 43, 5000);
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 1)});
}

// Before: a filter that hid the current post and then let it back left no
// row selected.
void TestPostsPanel::currentPostFollowsTheFilter()
{
    QTemporaryDir dir;
    makeSite(dir, 30);
    PostsPanel panel;
    panel.resize(300, 240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(load(panel, Site::detect(dir.path())));
    panel.setCurrentPost(postPath(dir, 2));
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 2)});

    panel.setFilter(QStringLiteral("Post 1")); // Post 1, 10-19: not the current one
    QCOMPARE(panel.visibleCount(), 11);
    QCOMPARE(selectedPosts(panel), QStringList());
    panel.setFilter(QStringLiteral("Post 2")); // Post 2, 20-29
    QCOMPARE(panel.visibleCount(), 11);
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 2)});
    QVERIFY(inView(panel, postPath(dir, 2)));

    // Typed into the filter box, as a user filters.
    auto *filter = panel.findChild<QLineEdit *>();
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(panel.visibleCount(), 0);
    filter->clear();
    QCOMPARE(panel.visibleCount(), 30);
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 2)});
    QVERIFY(inView(panel, postPath(dir, 2)));

    // The post opened while it is filtered out is selected when it shows.
    panel.setFilter(QStringLiteral("Post 1"));
    panel.setCurrentPost(postPath(dir, 25));
    QCOMPARE(selectedPosts(panel), QStringList());
    panel.setFilter(QString());
    QCOMPARE(selectedPosts(panel), QStringList{postPath(dir, 25)});
}

// The dock tabbed behind another (hidden) while the current post changes:
// its row is in view when the dock shows.
void TestPostsPanel::currentPostIsInViewWhenTheDockShows()
{
    QTemporaryDir dir;
    makeSite(dir, 80);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *panel = new PostsPanel(&window);
    layout->addWidget(panel);
    window.resize(300, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(*panel, Site::detect(dir.path())));
    panel->hide();
    panel->setCurrentPost(postPath(dir, 0)); // the last row
    panel->show();
    QCOMPARE(selectedPosts(*panel), QStringList{postPath(dir, 0)});
    QTRY_VERIFY(inView(*panel, postPath(dir, 0)));
}

QTEST_MAIN(TestPostsPanel)
#include "tst_postspanel.moc"
