// View > Site Preview with real widgets under Xvfb and the real hugo: the
// post's page from the site's own server in a tab beside the preview,
// reloaded after a save, the server's errors in a bar, and no server left
// once the tab or the window closes or the application is killed.

#include "application.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "preview/sitepreview.h"
#include "preview/siteschemehandler.h"
#include "site/siteserver.h"

#include <KTextEditor/Document>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <KActionCollection>

#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include "processtesting.h"
#include "testfiles.h"

using namespace Postwright;
using ProcessTesting::isGone;

namespace {

constexpr int StartMs = 90000; // hugo and WebEngine starting on a loaded machine

const QString NinjaPost = QStringLiteral("/content/posts/measuring-build-times-with-ninja.md");

// Waits until the site preview's page title holds text (title change after
// title change), within the deadline.
bool waitForTitle(SitePreview *preview, const QString &text)
{
    QWebEngineView *view = preview->view();
    QSignalSpy changed(view, &QWebEngineView::titleChanged);
    const QDeadlineTimer deadline(StartMs);
    while (!view->title().contains(text)) {
        if (deadline.hasExpired())
            return false;
        if (changed.isEmpty())
            changed.wait(int(deadline.remainingTime()));
        else
            changed.removeFirst();
    }
    return true;
}

// Waits until the site preview's server ends by itself.
bool waitForServerToEnd(SitePreview *preview)
{
    QSignalSpy stopped(preview->server(), &SiteServer::stopped);
    return preview->server()->state() == SiteServer::State::Stopped || stopped.wait(StartMs);
}

QAction *sitePreviewAction(MainWindow &window)
{
    return window.actionCollection()->action(QStringLiteral("actionSitePreview"));
}

} // namespace

class TestSitePreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsThePostReloadsAfterSaveAndStopsWithItsTab();
    void closingTheWindowStopsTheServer();
    void buildErrorsShowInTheBar();
    void loadsFromItsServerOnly();
    void notOfferedOutsideASite();
    void killedAppTakesTheServerWithIt();
};

void TestSitePreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::initResources();
    if (QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty())
        QSKIP("hugo is not on PATH");
}

void TestSitePreview::showsThePostReloadsAfterSaveAndStopsWithItsTab()
{
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(root + NinjaPost));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->tabBar()->isHidden()); // one preview: no tabs

    QAction *action = sitePreviewAction(window);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    SitePreview *preview = window.sitePreview();
    QVERIFY(preview);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Preview"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Site Preview"));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(preview));
    QVERIFY(tabs->tabBar()->isVisible());
    QVERIFY(waitForTitle(preview, QStringLiteral("Measuring Build Times with Ninja's Log")));
    QCOMPARE(preview->view()->url().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(preview->view()->url().path(), QStringLiteral("/posts/measuring-build-times-with-ninja/"));
    QVERIFY2(preview->message().isEmpty(), qPrintable(preview->message()));
    TestFiles::snapshot(&window, QStringLiteral("site-preview"));

    // A new title, saved: the page reloads with it.
    KTextEditor::Document *document = window.editor()->document();
    document->setText(document->text().replace(QStringLiteral("Measuring Build Times with Ninja's Log"),
                                               QStringLiteral("Where the Build Time Goes")));
    QVERIFY(window.save());
    QVERIFY(waitForTitle(preview, QStringLiteral("Where the Build Time Goes")));

    // Its tab's close button stops the server; the preview stays.
    const qint64 pid = preview->server()->processId();
    QVERIFY(pid > 0 && !isGone(pid));
    auto *close = qobject_cast<QAbstractButton *>(tabs->tabBar()->tabButton(1, QTabBar::RightSide));
    QVERIFY(close);
    QVERIFY(!tabs->tabBar()->tabButton(0, QTabBar::RightSide) || !tabs->tabBar()->tabButton(0, QTabBar::RightSide)->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!window.sitePreview());
    QVERIFY(!action->isChecked());
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.preview()));
    QVERIFY(isGone(pid));
}

void TestSitePreview::closingTheWindowStopsTheServer()
{
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(root + NinjaPost));
    window.showSitePreview(true);
    QVERIFY(sitePreviewAction(window)->isChecked());
    QVERIFY(waitForTitle(window.sitePreview(), QStringLiteral("Measuring Build Times")));
    const qint64 pid = window.sitePreview()->server()->processId();
    QVERIFY(pid > 0 && !isGone(pid));
    QVERIFY(window.close());
    QVERIFY(isGone(pid));
}

void TestSitePreview::buildErrorsShowInTheBar()
{
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    const QString post = root + QStringLiteral("/content/posts/broken.md");
    TestFiles::write(post, "---\ntitle: Broken\n---\n\n{{< nosuchshortcode >}}\n");
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(post));
    window.showSitePreview(true);
    SitePreview *preview = window.sitePreview();
    // Hugo refuses to build the site: it ends, and the bar says why.
    QVERIFY(waitForServerToEnd(preview));
    const QString message = preview->message();
    QVERIFY2(message.contains(u"did not start") && message.contains(u"nosuchshortcode"), qPrintable(message));
    auto *bar = preview->findChild<QWidget *>(QStringLiteral("sitePreviewMessage"));
    QVERIFY(bar && bar->isVisible());
    TestFiles::snapshot(&window, QStringLiteral("site-preview-error"));

    // Fixed and restarted from the bar: the page, and no bar.
    TestFiles::write(post, "---\ntitle: Mended\n---\n\nWorks.\n");
    auto *restart = preview->findChild<QAction *>(QStringLiteral("restartServer"));
    QVERIFY(restart && bar->actions().contains(restart));
    restart->trigger();
    QVERIFY(waitForTitle(preview, QStringLiteral("Mended")));
    QVERIFY2(preview->message().isEmpty(), qPrintable(preview->message()));
}

void TestSitePreview::loadsFromItsServerOnly()
{
    // Another server on this machine, which the post's page points at.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    const QByteArray elsewhere = "http://127.0.0.1:" + QByteArray::number(other.serverPort());
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    const QString post = root + QStringLiteral("/content/posts/reaching-out.md");
    TestFiles::write(post, "---\ntitle: Reaching Out\n---\n\n"
                           "<img alt=\"mine\" src=\"/images/ninja-build-times/edge-durations.png\">\n\n"
                           "<img alt=\"theirs\" src=\"" + elsewhere + "/pixel.png\">\n\n"
                           "<link rel=\"stylesheet\" href=\"" + elsewhere + "/style.css\">\n"
                           "<iframe src=\"" + elsewhere + "/frame.html\"></iframe>\n");
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(post));
    window.showSitePreview(true);
    SitePreview *preview = window.sitePreview();
    QSignalSpy loaded(preview, &SitePreview::pageLoaded);
    QVERIFY(waitForTitle(preview, QStringLiteral("Reaching Out")));
    // Once the page has loaded, every request it made has been answered or
    // refused (the other server never answers: a request let through would
    // keep the page loading).
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty() || other.hasPendingConnections(); }, StartMs));
    QVERIFY2(!other.hasPendingConnections(), "the page reached another server");
    QVERIFY(loaded.last().at(0).toBool());
    QWebEnginePage *page = preview->view()->page();
    const auto naturalWidth = [page](const char *alt) {
        QVariant width;
        bool done = false;
        page->runJavaScript(QStringLiteral("document.querySelector('img[alt=%1]').naturalWidth").arg(QLatin1String(alt)),
                            [&](const QVariant &value) { width = value; done = true; });
        return QTest::qWaitFor([&] { return done; }, 10000) ? width.toInt() : -1;
    };
    QVERIFY(naturalWidth("mine") > 0); // the site's own image
    QCOMPARE(naturalWidth("theirs"), 0);
    QVERIFY(!other.hasPendingConnections());
}

void TestSitePreview::notOfferedOutsideASite()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("note.md")), "# Note\n");
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(dir.filePath(QStringLiteral("note.md"))));
    QVERIFY(!sitePreviewAction(window)->isEnabled());
}

void TestSitePreview::killedAppTakesTheServerWithIt()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("no DISPLAY: the application needs an X server (run under xvfb-run)");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(QStringLiteral(POSTWRIGHT_BINARY), {QStringLiteral("--site-preview"), root + NinjaPost});
    QVERIFY(app.waitForStarted());
    auto stopApp = qScopeGuard([&] {
        app.kill();
        app.waitForFinished();
    });
    // The server appears among the application's children once the window
    // has opened the site preview.
    qint64 hugo = 0;
    QVERIFY(QTest::qWaitFor([&] {
        hugo = ProcessTesting::runningDescendant(app.processId(), QStringLiteral("hugo"), QStringLiteral("server"));
        return hugo > 0 || app.state() != QProcess::Running;
    }, StartMs));
    QVERIFY2(hugo > 0, "the application ended without starting hugo");
    // Serving, and so quiet: a server still writing its build log would die
    // of the closed pipe alone, without the kernel's help.
    const QStringList arguments = ProcessTesting::commandLine(hugo);
    const int port = arguments.value(arguments.indexOf(QStringLiteral("--port")) + 1).toInt();
    QVERIFY(port > 0);
    QVERIFY(QTest::qWaitFor([&] { return !ProcessTesting::listeningAddresses(port).isEmpty(); }, StartMs));

    ::kill(pid_t(app.processId()), SIGKILL); // no destructor, no closeEvent: only the kernel
    QVERIFY(app.waitForFinished(30000));
    QVERIFY(QTest::qWaitFor([&] { return isGone(hugo); }, 30000));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    Application::chooseCompositing(); // as the editor does
    TestSitePreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sitepreview.moc"
