// Math, diagrams and the post's header in the live preview, read back from
// the page's DOM: KaTeX draws each formula the renderer marked, a TeX error
// shows KaTeX's message where the formula was, money stays text, Mermaid
// draws ```mermaid blocks (its message on a syntax error), and typing in a
// formula replaces that block only.

#include "application.h"
#include "diagrams/mermaidfiles.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"

#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QAction>
#include <QApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <KActionCollection>

#include <QTest>

#include "previewtesting.h"
#include "testfiles.h"

using namespace Postwright;
using PreviewTesting::evaluate;

namespace {

// Outside any site: every common delimiter is math.
const QByteArray post = "---\ntitle: Drawn in the Preview\ntags: [math, diagrams]\n---\n\n"
                        "Energy is $E=mc^2$ here.\n\n"
                        "$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n\n"
                        "It cost $5 and $10 in 2019.\n\n"
                        "Broken: $x^}$ stays readable.\n\n"
                        "```mermaid\ngraph LR\n  write --> publish\n```\n\n"
                        "```mermaid\ngraph LR\n  a -->\n```\n\n"
                        "The end.\n";

bool openAndRender(MainWindow &window, const QString &path)
{
    window.resize(1200, 800);
    window.show();
    QSignalSpy spy(&window, &MainWindow::previewUpdated);
    return window.openPath(path) && spy.wait(30000);
}

// The post above, written below dir, open and rendered.
bool openTestPost(MainWindow &window, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(path, post);
    return openAndRender(window, path);
}

QString text(MainWindow &window, const QString &selector)
{
    return evaluate(window.preview(), QStringLiteral("(document.querySelector(\"%1\") || {}).textContent || ''").arg(selector))
        .toString();
}

int count(MainWindow &window, const QString &selector)
{
    return evaluate(window.preview(), QStringLiteral("document.querySelectorAll(\"%1\").length").arg(selector)).toInt();
}

} // namespace

class TestPreviewMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mathIsDrawnByKatex();
    void diagramsAreDrawnByMermaid();
    void diagramsFollowTheDarkScheme();
    void typingInAFormulaReplacesThatBlockOnly();
    void headerShowsTitleAndFollowsTheMenu();
    void cleanup();
};

void TestPreviewMath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::initResources();
}

void TestPreviewMath::cleanup()
{
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/postwright.conf"));
}

void TestPreviewMath::mathIsDrawnByKatex()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openTestPost(window, dir));
    // KaTeX's own markup in the page: two formulas drawn, one error.
    QTRY_COMPARE_WITH_TIMEOUT(count(window, QStringLiteral(".math .katex")), 2, 10000);
    QCOMPARE(count(window, QStringLiteral(".math.display .katex-display")), 1);
    QVERIFY(text(window, QStringLiteral(".math.inline .katex-mathml")).contains(u"E=mc"));
    // KaTeX's fonts came through the page's own scheme.
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(window.preview(), QStringLiteral(
        "Array.from(document.fonts).some(f => f.family.includes('KaTeX_Main') && f.status === 'loaded')")).toBool(), 10000);
    // A TeX error: KaTeX's message, in red, where the formula was.
    const QString error = text(window, QStringLiteral(".math .math-error"));
    QVERIFY2(error.startsWith(u"KaTeX parse error"), qPrintable(error));
    const QString colour = evaluate(window.preview(), QStringLiteral(
        "getComputedStyle(document.querySelector('.math-error')).color")).toString();
    QCOMPARE(colour, QStringLiteral("rgb(209, 36, 47)")); // page.css's --caution, the light scheme's red
    // Money is not math.
    const QString paragraphs = evaluate(window.preview(), QStringLiteral("document.getElementById('content').innerText")).toString();
    QVERIFY2(paragraphs.contains(u"It cost $5 and $10 in 2019."), qPrintable(paragraphs));
}

void TestPreviewMath::diagramsAreDrawnByMermaid()
{
    QVERIFY2(!MermaidFiles::script().isEmpty(), "Mermaid was not fetched when the build was configured");
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openTestPost(window, dir));
    QTRY_COMPARE_WITH_TIMEOUT(count(window, QStringLiteral("pre.mermaid[data-drawn=svg] > svg")), 1, 20000);
    QVERIFY(text(window, QStringLiteral("pre.mermaid[data-drawn=svg] svg")).contains(u"publish"));
    QTRY_COMPARE_WITH_TIMEOUT(count(window, QStringLiteral("pre.mermaid[data-drawn=error] .diagram-error")), 1, 20000);
    const QString message = text(window, QStringLiteral(".diagram-error"));
    QVERIFY2(message.contains(u"Parse error") || message.contains(u"error"), qPrintable(message));
    // Mermaid's error picture does not pile up in the page.
    QCOMPARE(count(window, QStringLiteral("body > [id^=dpostwright-diagram]")), 0);
}

// Mermaid's colours are in its SVG: a dark window draws the diagrams again
// with its dark theme, the example site's post among them.
void TestPreviewMath::diagramsFollowTheDarkScheme()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/queueing-delay-in-build-farms.md")));
    QTRY_COMPARE_WITH_TIMEOUT(count(window, QStringLiteral("pre.mermaid[data-drawn=svg] > svg")), 1, 20000);
    const auto background = [&] {
        return evaluate(window.preview(), QStringLiteral(
            "getComputedStyle(document.querySelector('pre.mermaid svg .node rect, pre.mermaid svg .node path')).fill")).toString();
    };
    const QString light = background();
    QPalette dark = window.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    window.preview()->setPalette(dark);
    QTRY_VERIFY_WITH_TIMEOUT(count(window, QStringLiteral("pre.mermaid[data-drawn=svg] > svg")) == 1 && background() != light, 20000);
    QCOMPARE(text(window, QStringLiteral("pre.mermaid svg")).contains(u"git push"), true);
}

void TestPreviewMath::typingInAFormulaReplacesThatBlockOnly()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openTestPost(window, dir));
    QTRY_COMPARE_WITH_TIMEOUT(count(window, QStringLiteral(".math .katex")), 2, 10000);
    // Every block the page holds gets a mark that only the same node keeps.
    evaluate(window.preview(), QStringLiteral(
        "document.querySelectorAll('#content > *').forEach(n => n.postwrightMark = true); true"));
    KTextEditor::Document *doc = window.editor()->document();
    int line = 0;
    while (line < doc->lines() && !doc->line(line).startsWith(u"\\int"))
        ++line;
    QVERIFY(line < doc->lines());
    KTextEditor::View *view = window.editor()->view();
    view->setFocus();
    view->setCursorPosition(KTextEditor::Cursor(line, doc->lineLength(line)));
    QTest::keyClicks(view->focusProxy() ? view->focusProxy() : view, QStringLiteral(" + y"));
    QTRY_VERIFY_WITH_TIMEOUT(text(window, QStringLiteral(".math.display .katex-mathml")).contains(u"y"), 10000);
    const QStringList unmarked = evaluate(window.preview(), QStringLiteral(
        "Array.from(document.querySelectorAll('#content > *')).filter(n => !n.postwrightMark)"
        ".map(n => n.className || n.tagName)")).toStringList();
    QCOMPARE(unmarked, QStringList{QStringLiteral("math display")});
    doc->setModified(false);
}

void TestPreviewMath::headerShowsTitleAndFollowsTheMenu()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openTestPost(window, dir));
    QTRY_COMPARE_WITH_TIMEOUT(text(window, QStringLiteral("#post-header h1.post-title")), QStringLiteral("Drawn in the Preview"), 10000);
    QCOMPARE(evaluate(window.preview(), QStringLiteral(
        "Array.from(document.querySelectorAll('#post-header .tag')).map(t => t.textContent).join(',')")).toString(),
             QStringLiteral("math,diagrams"));
    // The title edited in the text (as the form edits it) shows after the render.
    KTextEditor::Document *doc = window.editor()->document();
    doc->replaceText(KTextEditor::Range(1, 7, 1, doc->lineLength(1)), QStringLiteral("Retitled"));
    QTRY_COMPARE_WITH_TIMEOUT(text(window, QStringLiteral("#post-header h1.post-title")), QStringLiteral("Retitled"), 10000);
    auto *action = window.actionCollection()->action(QStringLiteral("actionShowPostHeader"));
    QVERIFY(action && action->isChecked());
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(window.preview(), QStringLiteral("document.getElementById('post-header').hidden")).toBool(), 10000);
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(text(window, QStringLiteral("#post-header h1.post-title")), QStringLiteral("Retitled"), 10000);
    doc->setModified(false);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    Application::chooseCompositing();
    TestPreviewMath test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewmath.moc"
