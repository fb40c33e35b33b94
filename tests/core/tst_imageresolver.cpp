// Where image references point, and that nothing outside the site is ever used.

#include "site/imageresolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;


class TestImageResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resolves_data();
    void resolves();

private:
    QTemporaryDir m_dir;
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
};

void TestImageResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A Hugo site, a Jekyll site, a loose post, and a secret beside them.
    TestFiles::write(path(QStringLiteral("hugo/hugo.toml")), "title = 'x'\n");
    TestFiles::write(path(QStringLiteral("hugo/static/images/a.png")));
    TestFiles::write(path(QStringLiteral("hugo/static/images/a b.png")));
    TestFiles::write(path(QStringLiteral("hugo/assets/b.png")));
    TestFiles::write(path(QStringLiteral("hugo/content/posts/post.md")));
    TestFiles::write(path(QStringLiteral("hugo/content/posts/images/rel.png")));
    TestFiles::write(path(QStringLiteral("hugo/content/posts/bundle/index.md")));
    TestFiles::write(path(QStringLiteral("hugo/content/posts/bundle/pic.png")));
    TestFiles::write(path(QStringLiteral("outside/secret.png")), "secret");
    QVERIFY(QFile::link(path(QStringLiteral("outside/secret.png")), path(QStringLiteral("hugo/static/images/link.png"))));
    QVERIFY(QFile::link(path(QStringLiteral("outside")), path(QStringLiteral("hugo/static/linkdir"))));
    TestFiles::write(path(QStringLiteral("jekyll/_config.yml")), "title: x\n");
    TestFiles::write(path(QStringLiteral("jekyll/_posts/2021-01-01-a.md")));
    TestFiles::write(path(QStringLiteral("jekyll/assets/images/x.png")));
    TestFiles::write(path(QStringLiteral("loose/note.md")));
    TestFiles::write(path(QStringLiteral("loose/img/x.png")));
    TestFiles::write(path(QStringLiteral("loose-outside.png")));
}

void TestImageResolver::resolves_data()
{
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("relativePath");

    const QString post = QStringLiteral("hugo/content/posts/post.md");
    const QString bundle = QStringLiteral("hugo/content/posts/bundle/index.md");
    const int local = ResolvedImage::Local, remote = ResolvedImage::Remote, missing = ResolvedImage::Missing,
              outside = ResolvedImage::OutsideSite;
    QTest::newRow("site-root-static") << post << "/images/a.png" << local << "images/a.png";
    QTest::newRow("site-root-assets") << post << "/b.png" << local << "b.png";
    QTest::newRow("query-and-fragment") << post << "/images/a.png?v=2#top" << local << "images/a.png";
    QTest::newRow("percent-encoded-space") << post << "/images/a%20b.png" << local << "images/a b.png";
    QTest::newRow("relative-to-post") << post << "images/rel.png" << local << "images/rel.png";
    QTest::newRow("page-bundle") << bundle << "pic.png" << local << "pic.png";
    QTest::newRow("dot-slash") << bundle << "./pic.png" << local << "pic.png";
    QTest::newRow("dotdot-inside-site") << bundle << "../images/rel.png" << local << "../images/rel.png";
    QTest::newRow("https") << post << "https://example.org/x.png" << remote << "";
    QTest::newRow("protocol-relative") << post << "//cdn.example.org/x.png" << remote << "";
    QTest::newRow("data-uri") << post << "data:image/png;base64,iVBORw0KGgo=" << remote << "";
    QTest::newRow("missing") << post << "/images/none.png" << missing << "";
    QTest::newRow("empty") << post << "" << missing << "";
    QTest::newRow("dotdot-out-existing") << post << "../../../../outside/secret.png" << outside << "";
    QTest::newRow("dotdot-out-missing") << post << "../../../../nothing.png" << outside << "";
    QTest::newRow("site-root-dotdot") << post << "/../../outside/secret.png" << outside << "";
    QTest::newRow("etc-passwd") << post << "/../../../../../../../../etc/passwd" << outside << "";
    QTest::newRow("encoded-dotdot") << post << "%2e%2e/%2e%2e/%2e%2e/%2e%2e/outside/secret.png" << outside << "";
    QTest::newRow("symlinked-file") << post << "/images/link.png" << outside << "";
    QTest::newRow("symlinked-folder") << post << "/linkdir/secret.png" << outside << "";
    QTest::newRow("absolute-is-site-root") << post << "/etc/passwd" << missing << "";
    QTest::newRow("jekyll-root") << "jekyll/_posts/2021-01-01-a.md" << "/assets/images/x.png" << local << "assets/images/x.png";
    QTest::newRow("no-site-relative") << "loose/note.md" << "img/x.png" << local << "img/x.png";
    QTest::newRow("no-site-outside-post-folder") << "loose/note.md" << "../loose-outside.png" << outside << "";
    QTest::newRow("no-site-root-path") << "loose/note.md" << "/img/x.png" << missing << "";
}

void TestImageResolver::resolves()
{
    QFETCH(QString, post);
    QFETCH(QString, reference);
    QFETCH(int, status);
    QFETCH(QString, relativePath);
    const QString postPath = path(post);
    const ImageResolver resolver(Site::detect(postPath), postPath);
    const ResolvedImage image = resolver.resolve(reference);
    QCOMPARE(int(image.status), status);
    QCOMPARE(image.reference, reference);
    if (status == ResolvedImage::Local) {
        QCOMPARE(image.relativePath, relativePath);
        QVERIFY(QFileInfo(image.filePath).isFile());
        QVERIFY(!image.filePath.contains(u"outside"));
    } else {
        QVERIFY(image.filePath.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestImageResolver)
#include "tst_imageresolver.moc"
