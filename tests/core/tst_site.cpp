#include "site/site.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    void onlyTextFilesArePosts_data();
    void onlyTextFilesArePosts();
    void brokenFrontMatterIsListedWithItsProblem_data();
    void brokenFrontMatterIsListedWithItsProblem();
    void longPostIsJudgedByItsStart_data();
    void longPostIsJudgedByItsStart();
};

namespace {

// A 1x1 PNG, as an image folder holds it.
const QByteArray Png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                           "1f15c4890000000d49444154789c63000100000500010d0a2db400000000"
                                           "49454e44ae426082");

// The posts of a Hugo site whose only post is content/posts/post.md, holding bytes.
QList<PostInfo> postsOfSiteWith(const QTemporaryDir &dir, const QByteArray &bytes)
{
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("content/posts/post.md")), bytes);
    return Site::detect(dir.path()).posts();
}

} // namespace

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

// Before: every file with a Markdown name was a post, a PNG renamed to .md too
// (listed in the Posts dock, exported, linted). PostFile's rule decides what
// is text: a NUL or stray control bytes make a binary; text in UTF-8 with a
// damaged byte, or in an 8-bit encoding, is still a post.
void TestSite::onlyTextFilesArePosts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isPost");
    QTest::addColumn<bool>("hasProblem");
    QTest::newRow("png renamed to .md") << Png << false << false;
    QTest::newRow("png after front matter") << QByteArray("---\ntitle: Picture\n---\n") + Png << false << false;
    QTest::newRow("nul byte in text") << QByteArray("---\ntitle: A\n---\nText") + '\0' + "more\n" << false << false;
    QTest::newRow("utf-8") << QByteArray("---\ntitle: Café\n---\nText.\n") << true << false;
    QTest::newRow("latin-1, opened as it is") << QByteArray("---\ntitle: Cafe\n---\nAu caf\xE9.\n") << true << false;
    QTest::newRow("utf-16 with bom") << QByteArray::fromRawData(reinterpret_cast<const char *>(u"\uFEFF# Hello\n"), 18)
                                     << true << false;
    QTest::newRow("utf-8 with a damaged byte") << QByteArray("---\ntitle: Café\n---\nNa\xEFve text.\n") << true << true;
    QTest::newRow("empty") << QByteArray() << true << false;
}

void TestSite::onlyTextFilesArePosts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isPost);
    QFETCH(bool, hasProblem);
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("content/posts/real.md")), "---\ntitle: Real\n---\nText.\n");
    const QList<PostInfo> posts = postsOfSiteWith(dir, bytes);
    QStringList names;
    for (const PostInfo &post : posts)
        names << QFileInfo(post.path).fileName();
    names.sort();
    QCOMPARE(names, isPost ? QStringList({"post.md", "real.md"}) : QStringList{"real.md"});
    QCOMPARE(readPostInfo(dir.filePath(QStringLiteral("content/posts/post.md"))).has_value(), isPost);
    for (const PostInfo &post : posts)
        QCOMPARE(!post.problem.isEmpty(), post.path.endsWith(u"/post.md") && hasProblem);
}

// A post Hugo would refuse for its front matter stays in the list (it is the
// one the writer has to find) and says why, by the reader's own rules.
void TestSite::brokenFrontMatterIsListedWithItsProblem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("problem"); // a part of it; empty: none
    QTest::newRow("fine") << QByteArray("---\ntitle: Fine\n---\nText.\n") << QStringLiteral("Fine") << QString();
    QTest::newRow("no front matter") << QByteArray("# Just text\n") << QStringLiteral("post") << QString();
    QTest::newRow("yaml never closed") << QByteArray("---\ntitle: Open\ndraft: true\n\nText.\n") << QStringLiteral("post")
                                       << QStringLiteral("never closed");
    QTest::newRow("not a map") << QByteArray("---\nFoo\n---\nText.\n") << QStringLiteral("post")
                               << QStringLiteral("not a map of keys");
    QTest::newRow("yaml list never closed") << QByteArray("---\ntitle: A\ntags: [a, b\n---\nText.\n")
                                            << QStringLiteral("post") << QStringLiteral("Line ");
    // yaml-cpp reads it, Hugo refuses it: the title read is still shown.
    QTest::newRow("yaml tab after a list dash") << QByteArray("---\ntitle: A\ntags:\n-\tx\n---\nText.\n")
                                                << QStringLiteral("A") << QStringLiteral("Line 4: the front matter does not parse");
    QTest::newRow("toml without a value") << QByteArray("+++\ntitle = 'T'\ndate =\n+++\nText.\n") << QStringLiteral("post")
                                          << QStringLiteral("Line 3: the front matter does not parse");
}

void TestSite::brokenFrontMatterIsListedWithItsProblem()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QList<PostInfo> posts = postsOfSiteWith(dir, bytes);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().title, title);
    if (problem.isEmpty())
        QCOMPARE(posts.first().problem, QString());
    else
        QVERIFY2(posts.first().problem.contains(problem), qPrintable(posts.first().problem));
}

// Only the start of a long post is read: a character cut where the read
// stops is no damage, and a block that closes after it is no unclosed one.
void TestSite::longPostIsJudgedByItsStart_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const qsizetype head = 256 * 1024;
    QByteArray cut = "---\ntitle: Long\n---\nCafé ";
    cut += QByteArray(head - 1 - cut.size(), 'a');
    cut += "é and more text.\n";
    QVERIFY(cut.mid(head - 1, 2) == "é");
    QTest::newRow("a character across the end of the read") << cut;
    QByteArray longBlock = "---\ntitle: Long\ndescription: ";
    longBlock += QByteArray(head, 'a');
    longBlock += "\n---\nText.\n";
    QTest::newRow("a block closing after the end of the read") << longBlock;
}

void TestSite::longPostIsJudgedByItsStart()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QList<PostInfo> posts = postsOfSiteWith(dir, bytes);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().problem, QString());
    QCOMPARE(posts.first().title, QStringLiteral("Long"));
}

QTEST_GUILESS_MAIN(TestSite)
#include "tst_site.moc"
