// The writing window with real widgets under Xvfb: the post in the editor,
// rendered in the preview (read back from the page's DOM).

#include "application.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"

#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWebEnginePage>

using namespace Postwright;

namespace {

// Runs JavaScript in the preview page and waits for its result.
QVariant evaluate(PreviewView *preview, const QString &script)
{
    QVariant result;
    bool done = false;
    preview->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

bool waitForPreviewOf(MainWindow &window)
{
    QSignalSpy spy(&window, &MainWindow::previewUpdated);
    return spy.wait(30000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensNewestPostOfSiteHighlighted();
    void previewShowsRenderedPostWithoutFrontMatter();
    void typingUpdatesPreview();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::initResources();
}

void TestMainWindow::opensNewestPostOfSiteHighlighted()
{
    MainWindow window;
    QVERIFY(window.openPath(QStringLiteral(POSTWRIGHT_EXAMPLES "/site")));
    QVERIFY(window.editor()->filePath().endsWith(u"measuring-build-times-with-ninja.md"));
    QCOMPARE(window.editor()->document()->highlightingMode(), QStringLiteral("Markdown"));
    QVERIFY(window.editor()->document()->text().startsWith(u"---\n# Series"));
    QVERIFY(window.windowTitle().startsWith(u"measuring-build-times-with-ninja.md"));
}

void TestMainWindow::previewShowsRenderedPostWithoutFrontMatter()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/measuring-build-times-with-ninja.md")));
    QVERIFY(waitForPreviewOf(window));
    QCOMPARE(evaluate(window.preview(), QStringLiteral("document.querySelector('h2').textContent")).toString(),
             QStringLiteral("What the log holds"));
    const QString text = evaluate(window.preview(), QStringLiteral("document.body.innerText")).toString();
    QVERIFY2(!text.contains(u"draft:"), qPrintable(text.left(200)));
    QVERIFY(evaluate(window.preview(), QStringLiteral("document.querySelectorAll('table').length")).toInt() == 1);
    // Code is highlighted: a keyword span has a colour from the code stylesheet.
    const QString keywordColour = evaluate(window.preview(), QStringLiteral(
        "getComputedStyle(document.querySelector('pre.code span[style]')).color")).toString();
    QVERIFY2(keywordColour.startsWith(u"rgb(") && keywordColour != u"rgb(0, 0, 0)", qPrintable(keywordColour));
}

void TestMainWindow::typingUpdatesPreview()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    QVERIFY(waitForPreviewOf(window));

    KTextEditor::View *view = window.editor()->view();
    KTextEditor::Document *doc = window.editor()->document();
    view->setFocus();
    view->setCursorPosition(KTextEditor::Cursor(doc->lines() - 1, doc->lineLength(doc->lines() - 1)));
    QTest::keyClick(view->focusProxy() ? view->focusProxy() : view, Qt::Key_Return);
    QTest::keyClicks(view->focusProxy() ? view->focusProxy() : view, QStringLiteral("## Typed heading"));
    QVERIFY(doc->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window.preview(), QStringLiteral("Array.from(document.querySelectorAll('h2')).pop().textContent"))
            .toString(),
        QStringLiteral("Typed heading"), 20000);
    doc->setModified(false); // nothing is saved: the example stays as it is
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
