// The preview shows a post and never runs it: scripts, handlers and
// javascript: URLs are refused by the page's policy, local files outside the
// site by the scheme handler, navigations by the page; frames from the web
// only with the site's opt-in. Each check reads the page (runJavaScript) or
// what the scheme handler refused, in a real WebEngine under Xvfb.

#include "application.h"
#include "mainwindow.h"
#include "markdown/markdownrenderer.h"
#include "preview/previewpage.h"
#include "preview/previewpermissions.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"
#include "site/site.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <KXMLGUIFactory>

#include <QTest>
#include <QWebEngineFrame>
#include <QWebEngineSettings>

#include "previewtesting.h"
#include "testfiles.h"

using namespace Postwright;
using PreviewTesting::evaluate;

namespace {

// Where QDesktopServices::openUrl goes in this test instead of a browser.
class ExternalOpener : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void open(const QUrl &url) { Q_EMIT opened(url); }
Q_SIGNALS:
    void opened(const QUrl &url);
};

// A small Hugo site in a temporary folder, with a PNG and a stylesheet
// outside it that nothing in the preview may read, and a post shown in a
// preview as the editor shows it.
class Preview
{
public:
    Preview()
    {
        const QByteArray png = TestFiles::read(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/static/images/ninja-build-times/edge-durations.png"));
        // Raw HTML kept (Hugo's default drops it): the preview must be safe even so.
        TestFiles::write(m_dir.filePath(QStringLiteral("site/hugo.toml")),
                         "title = 'Test'\n[markup.goldmark.renderer]\nunsafe = true\n");
        TestFiles::write(m_dir.filePath(QStringLiteral("site/static/images/chart.png")), png);
        TestFiles::write(m_dir.filePath(QStringLiteral("site/static/sentinel.html")), "<p>frame</p>\n");
        TestFiles::write(m_dir.filePath(QStringLiteral("outside/secret.png")), png);
        TestFiles::write(m_dir.filePath(QStringLiteral("outside/secret.css")), "body { --secret: leaked; }\n");
        QFile::link(m_dir.filePath(QStringLiteral("outside/secret.png")), m_dir.filePath(QStringLiteral("site/static/images/link.png")));
        QFile::link(m_dir.filePath(QStringLiteral("outside")), m_dir.filePath(QStringLiteral("site/static/linked-folder")));
        m_view.resize(1000, 800);
        m_view.show();
    }

    PreviewView *view() { return &m_view; }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString sitePath() const { return m_dir.filePath(QStringLiteral("site")); }
    QString postPath() const { return m_dir.filePath(QStringLiteral("site/content/posts/post.md")); }

    // Writes the post, renders it as the editor does and waits until the page's DOM holds it.
    bool show(const QByteArray &markdown)
    {
        TestFiles::write(postPath(), "---\ntitle: Post\n---\n" + markdown);
        const Site site = Site::detect(postPath());
        RenderOptions options;
        options.sourceLines = true;
        options.site = site;
        options.postPath = postPath();
        options.imageUrl = [](const ResolvedImage &image) { return SiteSchemeHandler::fileUrl(image.filePath); };
        const QByteArray html = MarkdownRenderer().render(TestFiles::read(postPath()), options).html;
        m_view.setSite(site, postPath());
        m_view.showHtml(++m_generation, html);
        return QTest::qWaitFor([this] { return m_view.shownGeneration() == m_generation; }, 30000);
    }

private:
    QTemporaryDir m_dir;
    PreviewView m_view;
    int m_generation = 0;
};

// The paths the scheme handler refused, each with whether it was denied.
QList<std::pair<QString, bool>> refusalsOf(const QSignalSpy &refused)
{
    QList<std::pair<QString, bool>> out;
    for (const QList<QVariant> &args : refused)
        out.append({args.at(0).toString(), args.at(1).toBool()});
    return out;
}

QStringList directivesOf(const QSignalSpy &blocked)
{
    QStringList out;
    for (const QList<QVariant> &args : blocked)
        out << args.at(0).toString() + u' ' + args.at(1).toString();
    return out;
}

} // namespace

class TestPreviewSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void postScriptsNeverRun_data();
    void postScriptsNeverRun();
    void pageOwnScriptStillWorks();
    void filesOutsideTheSiteNeverLoad_data();
    void filesOutsideTheSiteNeverLoad();
    void localFilesInFramesAndStylesheetsNeverLoad();
    void remoteFramesNeedTheSitesOptIn();
    void webContentOptInIsRememberedPerSite();
    void viewMenuOffersTheOptInForTheOpenSite();
    void clickedLinksOpenInTheBrowser_data();
    void clickedLinksOpenInTheBrowser();
    void inPageLinksStillJump();
    void metaRefreshDoesNotNavigate_data();
    void metaRefreshDoesNotNavigate();
    void settingsKeepThePageAway();

private:
    ExternalOpener m_opener;
};

void TestPreviewSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::initResources();
    for (const char *scheme : {"http", "https", "mailto"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_opener, "open");
}

void TestPreviewSecurity::cleanup()
{
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/postwright.conf"));
}

void TestPreviewSecurity::postScriptsNeverRun_data()
{
    // Each would set window.__pwned without the page's policy (the <script>:
    // without the page inserting blocks as inert HTML). A row waits until the
    // page's policy reports what it refused (directive), or until the page
    // got as far as the script would have run (settled).
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<bool>("click");
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("settled");
    QTest::newRow("script") << QByteArray("<script>window.__pwned = 1</script>") << false << QString() << QString();
    QTest::newRow("img-onerror") << QByteArray("<img src=\"x\" onerror=\"window.__pwned = 1\">") << false
                                 << QStringLiteral("script-src-attr inline") << QString();
    QTest::newRow("img-onload") << QByteArray("<img src=\"/images/chart.png\" onload=\"window.__pwned = 1\">") << false
                                << QStringLiteral("script-src-attr inline") << QString();
    QTest::newRow("javascript-link") << QByteArray("<a id=\"target\" href=\"javascript:window.__pwned = 1\">x</a>") << true
                                     << QStringLiteral("script-src-elem inline") << QString();
    QTest::newRow("javascript-frame") << QByteArray("<iframe src=\"javascript:parent.__pwned = 1\"></iframe>") << false
                                      << QStringLiteral("script-src-elem inline") << QString();
    QTest::newRow("javascript-form") << QByteArray("<form action=\"javascript:window.__pwned = 1\"><button id=\"target\">go</button></form>")
                                     << true << QStringLiteral("form-action") << QString();
    // The frame's own document inherits the policy and reports to itself.
    QTest::newRow("srcdoc-frame") << QByteArray("<iframe srcdoc=\"<script>parent.__pwned = 1</script><p>in</p>\"></iframe>") << false
                                  << QString()
                                  << QStringLiteral("document.querySelector('iframe').contentDocument?.querySelector('p') !== null");
}

void TestPreviewSecurity::postScriptsNeverRun()
{
    QFETCH(QByteArray, html);
    QFETCH(bool, click);
    QFETCH(QString, directive);
    QFETCH(QString, settled);
    Preview preview;
    QSignalSpy blocked(preview.view(), &PreviewView::contentBlocked);
    QVERIFY(preview.show("# Post\n\n" + html + "\n\nAfter.\n"));
    if (click)
        evaluate(preview.view(), QStringLiteral("document.getElementById('target').click(), 1"));
    const auto ran = [&] { return evaluate(preview.view(), QStringLiteral("typeof window.__pwned")).toString() != u"undefined"; };
    if (!directive.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(ran() || directivesOf(blocked).filter(directive).size() == 1, 10000);
    if (!settled.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(ran() || evaluate(preview.view(), settled).toBool(), 10000);
    QVERIFY2(!ran(), "the post's script ran");
    // The page itself is still there, with the post.
    QCOMPARE(preview.view()->url(), SiteSchemeHandler::pageUrl());
    QVERIFY(evaluate(preview.view(), QStringLiteral("document.body.innerText.includes('After.')")).toBool());
}

void TestPreviewSecurity::pageOwnScriptStillWorks()
{
    // The page's own scripts carry the nonce: the bridge, block patches and
    // scroll sync work; runJavaScript from the app too.
    Preview preview;
    QVERIFY(preview.show("# One\n\nFirst.\n"));
    QVERIFY(preview.show("# One\n\nSecond.\n"));
    QVERIFY(evaluate(preview.view(), QStringLiteral("document.body.innerText.includes('Second.')")).toBool());
    QCOMPARE(evaluate(preview.view(), QStringLiteral("typeof window.postwright.lineAtTop()")).toString(), QStringLiteral("number"));
}

void TestPreviewSecurity::filesOutsideTheSiteNeverLoad_data()
{
    // Every row points at outside/secret.png, beside the site: a real image,
    // so it would show (naturalWidth > 0) if the handler served it.
    QTest::addColumn<QString>("src");
    QTest::addColumn<bool>("denied"); // 403, not merely 404
    QTest::newRow("dot-dot") << QStringLiteral("/../../outside/secret.png") << false; // the browser resolves it inside
    QTest::newRow("encoded-dot-dot") << QStringLiteral("/%2e%2e/%2E%2E/outside/secret.png") << false;
    QTest::newRow("encoded-slash") << QStringLiteral("/..%2f..%2foutside%2fsecret.png") << true;
    QTest::newRow("encoded-backslash") << QStringLiteral("/..%5c..%5coutside%5csecret.png") << true;
    QTest::newRow("symlink") << QStringLiteral("/images/link.png") << true;
    QTest::newRow("symlinked-folder") << QStringLiteral("/linked-folder/secret.png") << true;
    QTest::newRow("absolute-file") << QStringLiteral("@FILE@/outside/secret.png") << true;
    QTest::newRow("file-with-dot-dot") << QStringLiteral("@FILE@/site/static/../../outside/secret.png") << true;
    QTest::newRow("etc-passwd") << QStringLiteral("/../../../../etc/passwd") << false;
    QTest::newRow("file-etc-passwd") << QStringLiteral("pw-site://site/__file__/etc/passwd") << true;
}

void TestPreviewSecurity::filesOutsideTheSiteNeverLoad()
{
    QFETCH(QString, src);
    QFETCH(bool, denied);
    Preview preview;
    src.replace(QStringLiteral("@FILE@"), QStringLiteral("pw-site://site/__file__") + QDir(preview.path({})).canonicalPath());
    QSignalSpy refused(preview.view()->schemeHandler(), &SiteSchemeHandler::requestRefused);
    // The chart beside it shows that site images do load.
    QVERIFY(preview.show("# Post\n\n<img id=\"chart\" src=\"/images/chart.png\"> <img id=\"probe\" src=\"" + src.toUtf8() + "\">\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(1).toBool(), denied);
    QTRY_VERIFY(evaluate(preview.view(), QStringLiteral("document.getElementById('chart').complete")).toBool());
    QVERIFY(evaluate(preview.view(), QStringLiteral("document.getElementById('chart').naturalWidth")).toInt() > 0);
    QTRY_VERIFY(evaluate(preview.view(), QStringLiteral("document.getElementById('probe').complete")).toBool());
    QCOMPARE(evaluate(preview.view(), QStringLiteral("document.getElementById('probe').naturalWidth")).toInt(), 0);
}

void TestPreviewSecurity::localFilesInFramesAndStylesheetsNeverLoad()
{
    Preview preview;
    const QByteArray outside = QDir(preview.path(QStringLiteral("outside"))).canonicalPath().toUtf8();
    QSignalSpy refused(preview.view()->schemeHandler(), &SiteSchemeHandler::requestRefused);
    QVERIFY(preview.show("# Post\n\n"
                         "<iframe id=\"passwd\" src=\"file:///etc/passwd\"></iframe>\n"
                         "<link id=\"file-css\" rel=\"stylesheet\" href=\"file://" + outside + "/secret.css\">\n"
                         "<link id=\"climb-css\" rel=\"stylesheet\" href=\"/..%2f..%2foutside%2fsecret.css\">\n"
                         "<link id=\"dots-css\" rel=\"stylesheet\" href=\"/../../outside/secret.css\">\n\nAfter.\n"));
    // The site-relative stylesheets reach the handler, which refuses them
    // (the browser resolves the plain "..", so that one is merely missing).
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 10000);
    QVERIFY(refusalsOf(refused).contains(std::pair(QStringLiteral("/../../outside/secret.css"), true)));
    QVERIFY(refusalsOf(refused).contains(std::pair(QStringLiteral("/outside/secret.css"), false)));
    // None of the three applies (a failed sheet is still an object, with
    // rules nobody may read: what counts is the style it did not set).
    QCOMPARE(evaluate(preview.view(), QStringLiteral("getComputedStyle(document.body).getPropertyValue('--secret')")).toString(),
             QString());
    // The frame holds nothing of the file: no frame of the page shows it.
    const QList<QWebEngineFrame> frames = preview.view()->page()->mainFrame().children();
    for (const QWebEngineFrame &frame : frames)
        QVERIFY2(frame.url().scheme() != u"file", qPrintable(frame.url().toString()));
    QCOMPARE(evaluate(preview.view(), QStringLiteral(
                 "(() => { const d = document.getElementById('passwd').contentDocument;"
                 " return d ? d.documentElement.innerText.includes('root:') : 'no document'; })()")).toString(),
             QStringLiteral("false"));
    QCOMPARE(preview.view()->url(), SiteSchemeHandler::pageUrl());
}

void TestPreviewSecurity::remoteFramesNeedTheSitesOptIn()
{
    // No network here: what counts is whether the page's policy lets the
    // frame start. A same-site frame after it is refused either way and
    // marks when the remote one was decided.
    const QByteArray post = "# Post\n\n<iframe src=\"https://example.com/\"></iframe>\n\n"
                            "<iframe src=\"/sentinel.html\"></iframe>\n";
    // (Chromium reports a refused URL by its origin, by its scheme alone for pw-site:.)
    const auto decided = [](const QSignalSpy &blocked) {
        return directivesOf(blocked).contains(QStringLiteral("frame-src pw-site"));
    };
    Preview preview;
    QSignalSpy blocked(preview.view(), &PreviewView::contentBlocked);
    QVERIFY(preview.show(post));
    QTRY_VERIFY_WITH_TIMEOUT(decided(blocked), 10000);
    QVERIFY2(directivesOf(blocked).filter(QStringLiteral("frame-src https://example.com")).size() == 1,
             qPrintable(directivesOf(blocked).join(u'\n')));

    preview.view()->setRemoteFramesAllowed(true);
    blocked.clear();
    QTRY_VERIFY_WITH_TIMEOUT(decided(blocked), 30000);
    QVERIFY2(directivesOf(blocked).filter(QStringLiteral("example.com")).isEmpty(), qPrintable(directivesOf(blocked).join(u'\n')));
    QVERIFY(evaluate(preview.view(), QStringLiteral("document.querySelectorAll('iframe').length")).toInt() == 2);
}

void TestPreviewSecurity::webContentOptInIsRememberedPerSite()
{
    Preview preview;
    QVERIFY(preview.show("# Post\n"));
    QAction *allow = preview.view()->allowWebContentAction();
    QVERIFY(allow->isEnabled());
    QVERIFY(allow->isCheckable());
    QVERIFY(!allow->isChecked());
    QVERIFY(!preview.view()->remoteFramesAllowed());
    allow->trigger();
    QVERIFY(allow->isChecked());
    QVERIFY(preview.view()->remoteFramesAllowed());
    QVERIFY(PreviewPermissions::webContentAllowed(QDir(preview.sitePath()).canonicalPath()));

    // Another preview of the same site starts allowed; another site does not.
    PreviewView again;
    again.setSite(Site::detect(preview.postPath()), preview.postPath());
    QVERIFY(again.remoteFramesAllowed());
    QVERIFY(again.allowWebContentAction()->isChecked());
    QTemporaryDir other;
    TestFiles::write(other.filePath(QStringLiteral("hugo.toml")), "title = 'Other'\n");
    TestFiles::write(other.filePath(QStringLiteral("content/posts/p.md")), "# P\n");
    again.setSite(Site::detect(other.filePath(QStringLiteral("content/posts/p.md"))), other.filePath(QStringLiteral("content/posts/p.md")));
    QVERIFY(!again.remoteFramesAllowed());
    QVERIFY(!again.allowWebContentAction()->isChecked());

    // Taking it back is remembered too.
    allow->trigger();
    QVERIFY(!preview.view()->remoteFramesAllowed());
    QVERIFY(!PreviewPermissions::webContentAllowed(QDir(preview.sitePath()).canonicalPath()));
}

void TestPreviewSecurity::viewMenuOffersTheOptInForTheOpenSite()
{
    Preview preview;
    TestFiles::write(preview.postPath(), "# Post\n");
    QAction *allow = nullptr;
    {
        MainWindow window;
        QVERIFY(window.openPath(preview.postPath()));
        allow = window.preview()->allowWebContentAction();
        const auto *view = qobject_cast<QMenu *>(window.guiFactory()->container(QStringLiteral("view"), &window));
        QVERIFY(view && view->actions().contains(allow));
        QVERIFY(allow->isEnabled() && allow->isCheckable() && !allow->isChecked());
        allow->trigger();
        QVERIFY(window.preview()->remoteFramesAllowed());
    }
    // The site opened again comes with its choice.
    MainWindow window;
    QVERIFY(window.openPath(preview.postPath()));
    QVERIFY(window.preview()->allowWebContentAction()->isChecked());
    QVERIFY(window.preview()->remoteFramesAllowed());
}

void TestPreviewSecurity::clickedLinksOpenInTheBrowser_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QUrl>("url");
    QTest::newRow("https") << QByteArray("<a id=\"link\" href=\"https://example.com/docs\">docs</a>")
                           << QUrl(QStringLiteral("https://example.com/docs"));
    QTest::newRow("markdown") << QByteArray("[docs](http://example.com/page)")
                              << QUrl(QStringLiteral("http://example.com/page"));
    QTest::newRow("new-window") << QByteArray("<a id=\"link\" target=\"_blank\" href=\"https://example.com/new\">new</a>")
                                << QUrl(QStringLiteral("https://example.com/new"));
    QTest::newRow("mailto") << QByteArray("<a id=\"link\" href=\"mailto:ada@example.com\">mail</a>")
                            << QUrl(QStringLiteral("mailto:ada@example.com"));
    // Not to the browser, not here: refused (an empty url).
    QTest::newRow("other-scheme") << QByteArray("<a id=\"link\" href=\"vscode://file/etc/passwd\">app</a>") << QUrl();
    QTest::newRow("site-file") << QByteArray("<a id=\"link\" href=\"/sentinel.html\">page</a>") << QUrl();
}

void TestPreviewSecurity::clickedLinksOpenInTheBrowser()
{
    QFETCH(QByteArray, link);
    QFETCH(QUrl, url);
    Preview preview;
    QVERIFY(preview.show("# Post\n\n" + link + "\n"));
    evaluate(preview.view(), QStringLiteral("window.__marker = 7"));
    // A real click where the link is.
    const QJsonObject rect = QJsonDocument::fromJson(evaluate(preview.view(), QStringLiteral(
        "JSON.stringify(document.querySelector('#content a').getBoundingClientRect())")).toString().toUtf8()).object();
    const QPoint at(int(rect[u"x"].toDouble() + rect[u"width"].toDouble() / 2), int(rect[u"y"].toDouble() + rect[u"height"].toDouble() / 2));
    QSignalSpy opened(&m_opener, &ExternalOpener::opened);
    QSignalSpy refused(preview.view()->previewPage(), &PreviewPage::navigationRefused);
    QWidget *input = preview.view()->focusProxy() ? preview.view()->focusProxy() : preview.view();
    QTest::mouseClick(input, Qt::LeftButton, {}, at);
    // Until the click was decided one way or another.
    QSignalSpy urlChanged(preview.view(), &QWebEngineView::urlChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !refused.isEmpty() || !urlChanged.isEmpty(), 10000);
    // The preview stayed where it was: same page, same document.
    QCOMPARE(preview.view()->url(), SiteSchemeHandler::pageUrl());
    QCOMPARE(evaluate(preview.view(), QStringLiteral("window.__marker")).toInt(), 7);
    if (url.isEmpty()) {
        QVERIFY(opened.isEmpty());
    } else {
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toUrl(), url);
    }
}

void TestPreviewSecurity::inPageLinksStillJump()
{
    // Footnotes and tables of contents link within the page: those links
    // move it, and nothing opens.
    Preview preview;
    QByteArray post = "# Post\n\n[To the end](#the-end)\n\n";
    for (int i = 0; i < 60; ++i)
        post += "Paragraph " + QByteArray::number(i) + ".\n\n";
    QVERIFY(preview.show(post + "## The end\n"));
    evaluate(preview.view(), QStringLiteral("window.__marker = 7"));
    const QJsonObject rect = QJsonDocument::fromJson(evaluate(preview.view(), QStringLiteral(
        "JSON.stringify(document.querySelector('#content a').getBoundingClientRect())")).toString().toUtf8()).object();
    QSignalSpy opened(&m_opener, &ExternalOpener::opened);
    QWidget *input = preview.view()->focusProxy() ? preview.view()->focusProxy() : preview.view();
    QTest::mouseClick(input, Qt::LeftButton, {},
                      QPoint(int(rect[u"x"].toDouble() + 5), int(rect[u"y"].toDouble() + rect[u"height"].toDouble() / 2)));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(preview.view(), QStringLiteral("window.scrollY")).toInt() > 100, 10000);
    QCOMPARE(evaluate(preview.view(), QStringLiteral("window.__marker")).toInt(), 7);
    QVERIFY(opened.isEmpty());
}

void TestPreviewSecurity::metaRefreshDoesNotNavigate_data()
{
    QTest::addColumn<QUrl>("target");
    QTest::newRow("web") << QUrl(QStringLiteral("https://example.com/"));
    QTest::newRow("preview-itself") << SiteSchemeHandler::pageUrl(); // would reload forever
    QTest::newRow("site-file") << QUrl(QStringLiteral("pw-site://site/sentinel.html"));
}

void TestPreviewSecurity::metaRefreshDoesNotNavigate()
{
    QFETCH(QUrl, target);
    Preview preview;
    QVERIFY(preview.show("# Post\n\nBefore.\n"));
    evaluate(preview.view(), QStringLiteral("window.__marker = 7"));
    QSignalSpy refusedNavigation(preview.view()->previewPage(), &PreviewPage::navigationRefused);
    QSignalSpy opened(&m_opener, &ExternalOpener::opened);
    // As typed into the post: it reaches the page as a block patch.
    QVERIFY(preview.show("# Post\n\n<meta http-equiv=\"refresh\" content=\"0;url=" + target.toEncoded() + "\">\n\nAfter.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!refusedNavigation.isEmpty() || preview.view()->url() != SiteSchemeHandler::pageUrl(), 10000);
    QCOMPARE(preview.view()->url(), SiteSchemeHandler::pageUrl());
    QCOMPARE(refusedNavigation.first().first().toUrl(), target);
    QCOMPARE(evaluate(preview.view(), QStringLiteral("window.__marker")).toInt(), 7);
    QVERIFY(opened.isEmpty()); // not clicked: not opened either
}

void TestPreviewSecurity::settingsKeepThePageAway()
{
    PreviewView view;
    QWebEngineSettings *s = view.settings();
    QVERIFY(s->testAttribute(QWebEngineSettings::JavascriptEnabled)); // for the page's own script
    for (auto attribute : {QWebEngineSettings::LocalContentCanAccessFileUrls, QWebEngineSettings::LocalContentCanAccessRemoteUrls,
                           QWebEngineSettings::JavascriptCanOpenWindows, QWebEngineSettings::JavascriptCanAccessClipboard,
                           QWebEngineSettings::JavascriptCanPaste, QWebEngineSettings::LocalStorageEnabled,
                           QWebEngineSettings::PluginsEnabled, QWebEngineSettings::PdfViewerEnabled})
        QVERIFY2(!s->testAttribute(attribute), QByteArray::number(attribute).constData());
    QCOMPARE(s->unknownUrlSchemePolicy(), QWebEngineSettings::AllowUnknownUrlSchemesFromUserInteraction); // PreviewPage decides
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    Application::chooseCompositing();
    TestPreviewSecurity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewsecurity.moc"
