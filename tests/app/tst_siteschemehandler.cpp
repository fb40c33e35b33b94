// What the preview's scheme handler answers, asked directly with URLs a
// browser would never send as they are ("..", encoded separators, other
// hosts): only the page's own files and the site's files are served.

#include "preview/siteschemehandler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

namespace {

QMap<QString, QString> directives(const QByteArray &policy)
{
    QMap<QString, QString> out;
    for (const QByteArray &part : policy.split(';')) {
        const QString directive = QString::fromUtf8(part.trimmed());
        out.insert(directive.section(u' ', 0, 0), directive.section(u' ', 1));
    }
    return out;
}

} // namespace

class TestSiteSchemeHandler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answers_data();
    void answers();
    void policyAllowsOnlyTheNoncedScripts();

private:
    QTemporaryDir m_dir;
    QString m_root; // canonical
    SiteSchemeHandler m_handler;
};

void TestSiteSchemeHandler::initTestCase()
{
    TestFiles::write(m_dir.filePath(QStringLiteral("site/hugo.toml")), "title = 'Test'\n");
    TestFiles::write(m_dir.filePath(QStringLiteral("site/static/images/chart.png")), "png");
    TestFiles::write(m_dir.filePath(QStringLiteral("site/content/posts/p/index.md")), "# P\n");
    TestFiles::write(m_dir.filePath(QStringLiteral("site/content/posts/p/beside.png")), "png");
    TestFiles::write(m_dir.filePath(QStringLiteral("outside/secret.png")), "secret");
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside/secret.png")), m_dir.filePath(QStringLiteral("site/static/images/link.png"))));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside")), m_dir.filePath(QStringLiteral("site/static/linked"))));
    m_root = QDir(m_dir.path()).canonicalPath();
    const QString post = m_dir.filePath(QStringLiteral("site/content/posts/p/index.md"));
    m_handler.setSite(Site::detect(post), post);
    QCOMPARE(m_handler.siteRoot(), m_root + QStringLiteral("/site"));
}

void TestSiteSchemeHandler::answers_data()
{
    QTest::addColumn<QString>("url"); // @ROOT@: the temporary folder, canonical
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("kind");
    const QByteArray get = "GET";
    const QString file = QStringLiteral("pw-site://site/__file__@ROOT@");
    QTest::newRow("page") << QStringLiteral("pw-site://site/__postwright__/preview.html") << get << int(SiteSchemeHandler::Answer::Page);
    QTest::newRow("page-script") << QStringLiteral("pw-site://site/__postwright__/qwebchannel.js") << get << int(SiteSchemeHandler::Answer::Page);
    QTest::newRow("page-unknown") << QStringLiteral("pw-site://site/__postwright__/other.js") << get << int(SiteSchemeHandler::Answer::NotFound);
    QTest::newRow("site-image") << QStringLiteral("pw-site://site/images/chart.png") << get << int(SiteSchemeHandler::Answer::File);
    QTest::newRow("resolved-image") << file + QStringLiteral("/site/content/posts/p/beside.png") << get << int(SiteSchemeHandler::Answer::File);
    QTest::newRow("missing") << QStringLiteral("pw-site://site/images/none.png") << get << int(SiteSchemeHandler::Answer::NotFound);
    QTest::newRow("missing-file") << file + QStringLiteral("/site/none.png") << get << int(SiteSchemeHandler::Answer::NotFound);
    QTest::newRow("folder") << file + QStringLiteral("/site/static") << get << int(SiteSchemeHandler::Answer::NotFound);
    // Refused with 403.
    QTest::newRow("dot-dot") << QStringLiteral("pw-site://site/../../outside/secret.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("dot") << QStringLiteral("pw-site://site/./images/chart.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("encoded-dot-dot") << QStringLiteral("pw-site://site/%2e%2e/%2E%2E/outside/secret.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("encoded-slash") << QStringLiteral("pw-site://site/..%2f..%2Foutside%2fsecret.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("encoded-slash-in-name") << QStringLiteral("pw-site://site/images%2fchart.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("encoded-backslash") << QStringLiteral("pw-site://site/..%5c..%5coutside%5csecret.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("encoded-nul") << QStringLiteral("pw-site://site/images/chart.png%00.txt") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("symlink") << QStringLiteral("pw-site://site/images/link.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("symlinked-folder") << QStringLiteral("pw-site://site/linked/secret.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("file-outside") << file + QStringLiteral("/outside/secret.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("file-missing-outside") << file + QStringLiteral("/outside/none.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("file-etc-passwd") << QStringLiteral("pw-site://site/__file__/etc/passwd") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("file-dot-dot") << file + QStringLiteral("/site/static/../../outside/secret.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("file-symlink") << file + QStringLiteral("/site/static/images/link.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("file-relative") << QStringLiteral("pw-site://site/__file__etc/passwd") << get << int(SiteSchemeHandler::Answer::NotFound);
    QTest::newRow("other-host") << QStringLiteral("pw-site://elsewhere/images/chart.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("port") << QStringLiteral("pw-site://site:8080/images/chart.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("user") << QStringLiteral("pw-site://user@site/images/chart.png") << get << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("post") << QStringLiteral("pw-site://site/images/chart.png") << QByteArray("POST") << int(SiteSchemeHandler::Answer::Denied);
    QTest::newRow("page-by-post") << QStringLiteral("pw-site://site/__postwright__/preview.html") << QByteArray("POST") << int(SiteSchemeHandler::Answer::Denied);
}

void TestSiteSchemeHandler::answers()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, method);
    QFETCH(int, kind);
    const SiteSchemeHandler::Answer answer = m_handler.answer(QUrl(url.replace(QStringLiteral("@ROOT@"), m_root)), method);
    QCOMPARE(int(answer.kind), kind);
    if (answer.kind == SiteSchemeHandler::Answer::Denied)
        QVERIFY(!answer.reason.isEmpty()); // for the log
    if (answer.kind == SiteSchemeHandler::Answer::File)
        QVERIFY2(answer.path.startsWith(m_root + QStringLiteral("/site/")), qPrintable(answer.path));
}

void TestSiteSchemeHandler::policyAllowsOnlyTheNoncedScripts()
{
    const QMap<QString, QString> closed = directives(SiteSchemeHandler::contentSecurityPolicy("abc123", false));
    QCOMPARE(closed.value(QStringLiteral("default-src")), QStringLiteral("'none'"));
    QCOMPARE(closed.value(QStringLiteral("script-src")), QStringLiteral("'nonce-abc123'"));
    for (const QString &directive : {QStringLiteral("script-src-elem"), QStringLiteral("script-src-attr"), QStringLiteral("connect-src"),
                                     QStringLiteral("worker-src")})
        QVERIFY2(!closed.contains(directive), qPrintable(directive)); // falls back to the two above
    QCOMPARE(closed.value(QStringLiteral("object-src")), QStringLiteral("'none'"));
    QCOMPARE(closed.value(QStringLiteral("base-uri")), QStringLiteral("'none'"));
    QCOMPARE(closed.value(QStringLiteral("form-action")), QStringLiteral("'none'"));
    QCOMPARE(closed.value(QStringLiteral("frame-src")), QStringLiteral("'none'"));
    QVERIFY(closed.value(QStringLiteral("img-src")).contains(u"'self'"));

    const QMap<QString, QString> open = directives(SiteSchemeHandler::contentSecurityPolicy("abc123", true));
    QCOMPARE(open.value(QStringLiteral("frame-src")), QStringLiteral("https:"));
    QCOMPARE(open.value(QStringLiteral("script-src")), QStringLiteral("'nonce-abc123'"));
}

QTEST_GUILESS_MAIN(TestSiteSchemeHandler)
#include "tst_siteschemehandler.moc"
