// The one slug rule (Slug::fromText) and the places that use it: New Post's
// file name and the image folder give the same slug for the same title (the
// form's From Title is checked in tst_frontmatterpanel).

#include "images/imageplacement.h"
#include "site/newpost.h"
#include "site/slug.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

class TestSlug : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slugs_data();
    void slugs();
    void neverEmptyWhereANameMustExist();
    void newPostAndImageFolderAgree();
};

void TestSlug::slugs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << "Measuring Build Times" << "measuring-build-times";
    QTest::newRow("apostrophe") << "What's new in C++20?" << "whats-new-in-c20";
    QTest::newRow("typographic-apostrophe") << QString::fromUtf8("Don’t panic") << "dont-panic";
    QTest::newRow("german") << QString::fromUtf8("Straße und Öl") << "strasse-und-ol";
    QTest::newRow("accents") << QString::fromUtf8("Café Über Crème brûlée") << "cafe-uber-creme-brulee";
    QTest::newRow("letters-that-do-not-decompose") << QString::fromUtf8("Æsir, Łódź, Ørsted") << "aesir-lodz-orsted";
    QTest::newRow("other-scripts-kept") << QString::fromUtf8("日本語の記事 2024") << QString::fromUtf8("日本語の記事-2024");
    QTest::newRow("separators") << "  a -- b / c.d \\ e  " << "a-b-c-d-e";
    QTest::newRow("path-climbing") << "../../etc/passwd" << "etc-passwd";
    QTest::newRow("nothing-left") << "?!*" << "";
    QTest::newRow("long") << QString(100, u'a') << QString(80, u'a');
    QTest::newRow("long-ends-at-a-hyphen") << QString(79, u'a') + QStringLiteral(" bbb") << QString(79, u'a');
}

void TestSlug::slugs()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(Slug::fromText(text), slug);
}

void TestSlug::neverEmptyWhereANameMustExist()
{
    QCOMPARE(Slug::fromTextOrPost(QStringLiteral("???")), QStringLiteral("post"));
    QCOMPARE(Slug::fromTextOrPost(QStringLiteral("A b")), QStringLiteral("a-b"));
}

// "Straße und Öl": New Post names the file with it, the image folder of a
// post whose slug says it is the same.
void TestSlug::newPostAndImageFolderAgree()
{
    const QString title = QString::fromUtf8("Straße und Öl");
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("content/posts/.keep")), "");
    const Site site = Site::detect(dir.path());
    const NewPost post = NewPost::plan(site, title, QDateTime(QDate(2024, 5, 1), QTime(9, 0)), dir.path());
    QCOMPARE(QFileInfo(post.path).completeBaseName(), QStringLiteral("strasse-und-ol"));

    const QString other = dir.filePath(QStringLiteral("content/posts/other.md"));
    const QByteArray text = "---\ntitle: x\nslug: \"" + title.toUtf8() + "\"\n---\n";
    TestFiles::write(other, text);
    const ImagePlacement placement = ImagePlacement::forPost(site, other, text);
    QCOMPARE(placement.slug, QStringLiteral("strasse-und-ol"));
    QVERIFY2(placement.folder.endsWith(QStringLiteral("/static/images/strasse-und-ol")), qPrintable(placement.folder));
}

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
