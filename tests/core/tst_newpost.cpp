#include "site/newpost.h"

#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

class TestNewPost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hugoArchetypeIsFilled();
    void hugoWithoutArchetype();
    void jekyllDatedName();
    void noSiteUsesTheFolder();
    void neverAnExistingFile();
};

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::fromSecondsAheadOfUtc(3600));
}

void TestNewPost::hugoArchetypeIsFilled()
{
    const Site site = Site::detect(QStringLiteral(POSTWRIGHT_EXAMPLES "/site"));
    const NewPost post = NewPost::plan(site, QStringLiteral("Tuning SQLite"), now, {});
    QCOMPARE(post.path, site.rootPath() + QStringLiteral("/content/posts/tuning-sqlite.md"));
    QCOMPARE(QString::fromUtf8(post.content), QStringLiteral("---\ntitle: \"Tuning SQLite\"\ndate: \"2026-11-23T09:30:00+01:00\"\ndraft: true\ntags: []\n---\n"));
}

void TestNewPost::hugoWithoutArchetype()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = 'x'\n");
    QDir().mkpath(dir.filePath(QStringLiteral("content")));
    const NewPost post = NewPost::plan(Site::detect(dir.path()), QStringLiteral("A \"quoted\" title"), now, {});
    QCOMPARE(post.path, QDir(dir.path()).absoluteFilePath(QStringLiteral("content/a-quoted-title.md")));
    QVERIFY(post.content.startsWith("---\ntitle: \"A \\\"quoted\\\" title\"\n"));
}

void TestNewPost::jekyllDatedName()
{
    const Site site = Site::detect(QStringLiteral(POSTWRIGHT_EXAMPLES "/jekyll"));
    const NewPost post = NewPost::plan(site, QStringLiteral("Feature Stores"), now, {});
    QCOMPARE(post.path, site.rootPath() + QStringLiteral("/_posts/2026-11-23-feature-stores.md"));
    QVERIFY2(post.content.startsWith("---\nlayout: post\ntitle: \"Feature Stores\"\ndate: 2026-11-23 09:30:00 +0100\n"),
             post.content.constData());
    QVERIFY(post.content.contains("published: false"));
}

void TestNewPost::noSiteUsesTheFolder()
{
    QTemporaryDir dir;
    const NewPost post = NewPost::plan(Site::detect(dir.path()), QStringLiteral("Notes"), now, dir.path());
    QCOMPARE(post.path, QDir(dir.path()).absoluteFilePath(QStringLiteral("notes.md")));
}

void TestNewPost::neverAnExistingFile()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("notes.md")), "mine");
    TestFiles::write(dir.filePath(QStringLiteral("notes-2.md")), "mine too");
    const NewPost post = NewPost::plan(Site::detect(dir.path()), QStringLiteral("Notes"), now, dir.path());
    QCOMPARE(QFileInfo(post.path).fileName(), QStringLiteral("notes-3.md"));
}

QTEST_GUILESS_MAIN(TestNewPost)
#include "tst_newpost.moc"
