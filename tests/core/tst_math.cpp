// Math and diagrams in HTML: KaTeX's own output at export (renderToString in
// a QJSEngine, so the page runs no script), the TeX kept for the preview's
// KaTeX, MathJax's delimiters, Mermaid blocks left for Mermaid to draw, and
// money that is not math.

#include "export/exporter.h"
#include "markdown/markdownrenderer.h"
#include "math/katexfiles.h"
#include "math/mathengine.h"

#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

namespace {

// A post outside any site: every common delimiter is math there.
const QByteArray mathPost = "---\ntitle: Math\n---\n\n"
                            "Energy is $E=mc^2$ and \\(a^2+b^2=c^2\\).\n\n"
                            "$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n\n"
                            "It cost $5 and $10 in 2019.\n";

QString writePost(const QTemporaryDir &dir, const QByteArray &text, const QString &name = QStringLiteral("post.md"))
{
    const QString path = dir.filePath(name);
    TestFiles::write(path, text);
    return path;
}

} // namespace

class TestMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void engineRendersAndReportsErrors();
    void exportRendersMathWithoutScript();
    void exportEmbedsKatexWithImages();
    void texErrorIsShownAndWarned();
    void moneyIsNotMath();
    void previewMarksTheTex();
    void mathJaxKeepsItsDelimiters();
    void mermaidBlocksAreLeftForMermaid();
};

void TestMath::initTestCase()
{
    QVERIFY2(!KatexFiles::directory().isEmpty(), "KaTeX is not installed (libjs-katex, scripts/packages.txt)");
}

void TestMath::engineRendersAndReportsErrors()
{
    QString error;
    std::unique_ptr<MathEngine> engine = MathEngine::create(&error);
    QVERIFY2(engine, qPrintable(error));
    const MathEngine::Result inline_ = engine->render(u"E=mc^2", false);
    QVERIFY2(inline_.error.isEmpty(), qPrintable(inline_.error));
    QVERIFY(inline_.html.startsWith("<span class=\"katex\">"));
    QVERIFY(inline_.html.contains("<math")); // MathML for screen readers beside the HTML
    const MathEngine::Result display = engine->render(u"\\frac{1}{3}", true);
    QVERIFY(display.html.contains("katex-display"));
    const MathEngine::Result broken = engine->render(u"x^}", false);
    QVERIFY(broken.html.isEmpty());
    QVERIFY2(broken.error.startsWith(u"KaTeX parse error"), qPrintable(broken.error));
}

void TestMath::exportRendersMathWithoutScript()
{
    QTemporaryDir dir;
    const QString post = writePost(dir, mathPost);
    const QString page = dir.filePath(QStringLiteral("out/post.html"));
    const ExportedPost result = Exporter(Site::detect(post), {}).exportPost(post, page);
    QVERIFY2(!result.problem, qPrintable(result.problem ? result.problem->message : QString()));
    QVERIFY(result.warnings.isEmpty());
    const QByteArray html = TestFiles::read(page);
    QCOMPARE(html.count("<span class=\"katex\">"), 3);
    QCOMPARE(html.count("class=\"katex-display\""), 1);
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("$E=mc^2$"));
    QVERIFY(html.contains("<link rel=\"stylesheet\" href=\"katex/katex.min.css\">"));
    // The stylesheet beside the page points at the fonts copied beside it.
    const QByteArray css = TestFiles::read(dir.filePath(QStringLiteral("out/katex/katex.min.css")));
    QVERIFY(css.contains("src:url(fonts/KaTeX_Main-Regular.woff2) format('woff2')"));
    QVERIFY(!css.contains(".ttf"));
    const QStringList fonts = TestFiles::below(dir.filePath(QStringLiteral("out/katex/fonts")));
    QCOMPARE(fonts.size(), KatexFiles::fontFiles().size());
    QVERIFY(fonts.contains(QStringLiteral("KaTeX_Main-Regular.woff2")));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("out/katex/fonts/KaTeX_Main-Regular.woff2"))).size() > 10000);
}

void TestMath::exportEmbedsKatexWithImages()
{
    QTemporaryDir dir;
    const QString post = writePost(dir, mathPost);
    ExportOptions options;
    options.embedImages = true;
    const QString page = dir.filePath(QStringLiteral("out/post.html"));
    QVERIFY(!Exporter(Site::detect(post), options).exportPost(post, page).problem);
    const QByteArray html = TestFiles::read(page);
    QVERIFY(html.contains("src:url(data:font/woff2;base64,"));
    QVERIFY(!html.contains("<link rel=\"stylesheet\""));
    QCOMPARE(TestFiles::below(dir.filePath(QStringLiteral("out"))), QStringList{QStringLiteral("post.html")});
    // Standard output gets the same page: nothing can go beside it.
    const ExportedPost rendered = Exporter(Site::detect(post), {}).renderPost(post);
    QVERIFY(rendered.html.contains("src:url(data:font/woff2;base64,"));
}

void TestMath::texErrorIsShownAndWarned()
{
    QTemporaryDir dir;
    const QString post = writePost(dir, "Fine $a$ and broken $x^}$ here.\n");
    const ExportedPost result = Exporter(Site::detect(post), {}).renderPost(post);
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().line, 1);
    QVERIFY2(result.warnings.first().message.contains(u"KaTeX parse error"), qPrintable(result.warnings.first().message));
    QVERIFY(result.html.contains("<span class=\"math-error\" title=\"KaTeX parse error"));
    QVERIFY(result.html.contains("$x^}$</span>")); // the source stays readable where it was
    QCOMPARE(result.html.count("<span class=\"katex\">"), 1);
}

void TestMath::moneyIsNotMath()
{
    QTemporaryDir dir;
    const QString post = writePost(dir, "It cost $5 and $10 in 2019, and $20.\n");
    const ExportedPost result = Exporter(Site::detect(post), {}).renderPost(post);
    QVERIFY(result.html.contains("<p>It cost $5 and $10 in 2019, and $20.</p>"));
    QVERIFY(!result.html.contains("katex"));
    RenderOptions options;
    options.math = MathOutput::Marked;
    QVERIFY(!MarkdownRenderer().render("It cost $5 and $10.\n", options).html.contains("math"));
}

void TestMath::previewMarksTheTex()
{
    RenderOptions options;
    options.math = MathOutput::Marked;
    options.sourceLines = true;
    const QByteArray html = MarkdownRenderer().render("Inline $a<b$ here.\n\n$$\n\\sum_i x_i\n$$\n", options).html;
    QVERIFY2(html.contains("<span class=\"math inline\" data-tex=\"a&lt;b\">$a&lt;b$</span>"), html.constData());
    QVERIFY2(html.contains("<div class=\"math display\" data-line=\"3\" data-tex=\"\n\\sum_i x_i\n\">"), html.constData());
}

void TestMath::mathJaxKeepsItsDelimiters()
{
    QTemporaryDir dir;
    const QString post = writePost(dir, mathPost);
    ExportOptions options;
    options.math = ExportMath::MathJax;
    const ExportedPost result = Exporter(Site::detect(post), options).renderPost(post);
    QVERIFY(result.html.contains("<span class=\"math inline\">\\(E=mc^2\\)</span>"));
    QVERIFY(result.html.contains("<div class=\"math display\">\\[\n\\int_0^1"));
    QVERIFY(result.html.contains("<script defer src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\"></script>"));
    QVERIFY(!result.html.contains("katex"));

    options.math = ExportMath::None;
    const ExportedPost none = Exporter(Site::detect(post), options).renderPost(post);
    QVERIFY(none.html.contains("$E=mc^2$"));
    QVERIFY(!none.html.contains("<script"));
    QVERIFY(!none.html.contains("katex"));
}

void TestMath::mermaidBlocksAreLeftForMermaid()
{
    const QByteArray post = "```mermaid\ngraph LR\n  a --> b\n```\n";
    RenderOptions options;
    options.diagrams = true;
    const RenderResult result = MarkdownRenderer().render(post, options);
    QCOMPARE(result.html, QByteArray("<pre class=\"mermaid\">graph LR\n  a --&gt; b\n</pre>\n"));
    QVERIFY(result.warnings.isEmpty()); // no "unknown code language 'mermaid'"
    options.diagrams = false;
    QVERIFY(MarkdownRenderer().render(post, options).html.contains("<code class=\"language-mermaid\""));
}

QTEST_GUILESS_MAIN(TestMath)
#include "tst_math.moc"
