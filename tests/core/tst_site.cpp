#include "site/site.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

class TestSite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsHugoFromAPostDeepInside();
    void detectsJekyll();
    void postOutsideAnySite();
    void hugoContentDirSetting();
    void hugoContentDirPerLanguage_data();
    void hugoContentDirPerLanguage();
    void examplePostsNewestFirst();
    void hugoConfigDefaultFolder();
    void layoutsShortcodesAndArchetypes();
    void jekyllLayoutsAndIncludes();
};

void TestSite::hugoConfigDefaultFolder()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("config/_default/hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("content/a.md")), "# A\n");
    const Site site = Site::detect(dir.filePath(QStringLiteral("content/a.md")));
    QCOMPARE(site.kind(), SiteKind::Hugo);
    QVERIFY(site.configPath().endsWith(u"config/_default"));
}

void TestSite::layoutsShortcodesAndArchetypes()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "theme = 'paper'\n");
    TestFiles::write(dir.filePath(QStringLiteral("layouts/shortcodes/note.html")), "<div>{{ .Inner }}</div>");
    TestFiles::write(dir.filePath(QStringLiteral("layouts/_default/single.html")), "x");
    TestFiles::write(dir.filePath(QStringLiteral("themes/paper/layouts/shortcodes/callout.html")), "x");
    TestFiles::write(dir.filePath(QStringLiteral("themes/paper/layouts/posts/single.html")), "x");
    TestFiles::write(dir.filePath(QStringLiteral("content/posts/a.md")), "Text {{< note >}}x{{< /note >}} {{< callout >}}\n");
    const Site site = Site::detect(dir.path());
    QCOMPARE(site.shortcodeNames().size(), 2);
    QVERIFY(site.shortcodeNames().contains(QStringLiteral("note")));
    QVERIFY(site.shortcodeNames().contains(QStringLiteral("callout")));
    QCOMPARE(site.layoutNames(), QStringList{"posts"});
    QCOMPARE(site.archetypesDir(), QDir(dir.path()).absoluteFilePath(QStringLiteral("archetypes")));
}

void TestSite::jekyllLayoutsAndIncludes()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("_config.yml")), "title: x\n");
    TestFiles::write(dir.filePath(QStringLiteral("_layouts/post.html")), "x");
    TestFiles::write(dir.filePath(QStringLiteral("_layouts/default.html")), "x");
    TestFiles::write(dir.filePath(QStringLiteral("_includes/note.html")), "x");
    const Site site = Site::detect(dir.path());
    QCOMPARE(site.layoutNames(), QStringList({"default", "post"}));
    QCOMPARE(site.shortcodeNames(), QStringList{"note.html"});
    QCOMPARE(site.staticDirs(), QStringList{QDir(dir.path()).absolutePath()});
}

void TestSite::detectsHugoFromAPostDeepInside()
{
    const Site site = Site::detect(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/sqlite-wal-notes.md"));
    QCOMPARE(site.kind(), SiteKind::Hugo);
    QCOMPARE(site.rootPath(), QDir(QStringLiteral(POSTWRIGHT_EXAMPLES "/site")).absolutePath());
    QVERIFY(site.configPath().endsWith(u"hugo.toml"));
    QCOMPARE(site.contentDirs(), QStringList{site.rootPath() + QStringLiteral("/content")});
    QVERIFY(site.staticDirs().contains(site.rootPath() + QStringLiteral("/static")));
}

void TestSite::detectsJekyll()
{
    const Site site = Site::detect(QStringLiteral(POSTWRIGHT_EXAMPLES "/jekyll/_posts"));
    QCOMPARE(site.kind(), SiteKind::Jekyll);
    QVERIFY(site.configPath().endsWith(u"_config.yml"));
    const QList<PostInfo> posts = site.posts();
    QVERIFY(!posts.isEmpty());
    QVERIFY(!posts.first().date.isEmpty());
}

void TestSite::postOutsideAnySite()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("note.md")), "# Note\n");
    const Site site = Site::detect(dir.filePath(QStringLiteral("note.md")));
    QCOMPARE(site.kind(), SiteKind::None);
    QCOMPARE(site.rootPath(), QDir(dir.path()).absolutePath());
    QCOMPARE(site.posts().size(), 1);
    QCOMPARE(site.posts().first().title, QStringLiteral("note"));
}

void TestSite::hugoContentDirSetting()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.yaml")), "contentDir: articles\n");
    TestFiles::write(dir.filePath(QStringLiteral("articles/a.md")), "---\ntitle: A\ndraft: true\n---\n");
    const Site site = Site::detect(dir.path());
    QCOMPARE(site.kind(), SiteKind::Hugo);
    QCOMPARE(site.contentDirs(), QStringList{QDir(dir.path()).absoluteFilePath(QStringLiteral("articles"))});
    const QList<PostInfo> posts = site.posts();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().title, QStringLiteral("A"));
    QVERIFY(posts.first().draft);
}

void TestSite::hugoContentDirPerLanguage_data()
{
    QTest::addColumn<QString>("configFile");
    QTest::addColumn<QByteArray>("config");
    // Before: only "content" was read, so a multilingual site had 0 posts.
    QTest::newRow("hugo.toml") << QStringLiteral("hugo.toml")
                               << QByteArray("title = 'x'\n[languages.en]\ncontentDir = 'content.en'\n"
                                             "[languages.de]\ncontentDir = 'content.de'\n");
    QTest::newRow("hugo.yaml, keys in another case") << QStringLiteral("hugo.yaml")
                                                     << QByteArray("languages:\n  en:\n    contentdir: content.en\n"
                                                                   "  de:\n    contentDir: content.de\n");
    QTest::newRow("config/_default/languages.toml") << QStringLiteral("config/_default/languages.toml")
                                                    << QByteArray("[en]\ncontentDir = 'content.en'\n"
                                                                  "[de]\ncontentDir = 'content.de'\n");
    QTest::newRow("config.json") << QStringLiteral("config.json")
                                 << QByteArray("{\"languages\": {\"en\": {\"contentDir\": \"content.en\"},"
                                               " \"de\": {\"contentDir\": \"content.de\"}}}\n");
}

void TestSite::hugoContentDirPerLanguage()
{
    QFETCH(QString, configFile);
    QFETCH(QByteArray, config);
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(configFile), config);
    TestFiles::write(dir.filePath(QStringLiteral("content.en/posts/hello.md")), "---\ntitle: Hello\n---\n");
    TestFiles::write(dir.filePath(QStringLiteral("content.de/posts/hallo.md")), "---\ntitle: Hallo\n---\n");
    const Site site = Site::detect(dir.filePath(QStringLiteral("content.de/posts/hallo.md")));
    QCOMPARE(site.kind(), SiteKind::Hugo);
    QCOMPARE(site.rootPath(), QDir(dir.path()).absolutePath());
    QStringList titles;
    for (const PostInfo &post : site.posts())
        titles.append(post.title);
    titles.sort();
    QCOMPARE(titles, QStringList({QStringLiteral("Hallo"), QStringLiteral("Hello")}));
}

void TestSite::examplePostsNewestFirst()
{
    const QList<PostInfo> posts = Site::detect(QStringLiteral(POSTWRIGHT_EXAMPLES "/site")).posts();
    QCOMPARE(posts.size(), 5);
    for (qsizetype i = 1; i < posts.size(); ++i)
        QVERIFY2(posts.at(i - 1).date >= posts.at(i).date, qPrintable(posts.at(i).path));
    QCOMPARE(posts.first().title, QStringLiteral("Measuring Build Times with Ninja's Log"));
    QVERIFY(!posts.first().draft);
    QCOMPARE(posts.at(1).title, QStringLiteral("Notes on SQLite's Write-Ahead Log"));
    QVERIFY(posts.at(1).draft);
}

QTEST_GUILESS_MAIN(TestSite)
#include "tst_site.moc"
