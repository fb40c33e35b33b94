#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Postwright;

namespace {

QByteArray render(const QByteArray &post, RenderOptions options = {})
{
    return MarkdownRenderer().render(post, options).html;
}

QByteArray renderWithLines(const QByteArray &post)
{
    RenderOptions options;
    options.sourceLines = true;
    return render(post, options);
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void charactersAreCountedAsAnEditorCounts_data();
    void charactersAreCountedAsAnEditorCounts();
    void frontMatterIsNeverRendered_data();
    void frontMatterIsNeverRendered();
    void sourceLinesAreTheFilesLines();
    void delimitedBlockWithoutKeysIsMarkdown();
    void emptyCodeBlock();
    void dataLineOnEveryBlockOnlyWhenAsked();
    void gfmExtensionsAreOn();
    void rawHtmlKeptUnlessSafe();

    void codeLanguageFromInfoString_data();
    void codeLanguageFromInfoString();
    void languagesHugoKnowsAreNeverUnknown_data();
    void languagesHugoKnowsAreNeverUnknown();
    void unknownLanguageIsPlainWithWarning();
    void hugoCodeOptions();
    void codeIsEscaped();
    void singleThemeUsesInlineColours();

    void headingIdsLikeHugo_data();
    void headingIdsLikeHugo();
    void duplicateHeadingsGetSuffixes();
    void explicitHeadingId();
    void tableOfContents();
    void outlineHasLevelsTextIdsAndLines();

    void excerptSeparatorsStayComments_data();
    void excerptSeparatorsStayComments();
    void hugoSummaryDividerIsCutOut_data();
    void hugoSummaryDividerIsCutOut();

    void extensionsFollowTheSettings_data();
    void extensionsFollowTheSettings();
    void rawHtmlOmittedAsHugoDoes();
    void omittingRawHtmlKeepsShortcodesAndMath();
    void dangerousLinksDroppedWhenUnsafeIsOff();
    void footnotesAsGoldmarkWritesThem();
    void footnoteEndingInCodeGetsItsBacklinkAfterIt();
    void linkifyProtocol_data();
    void linkifyProtocol();
    void standaloneImagesUnwrapped();
    void hardWraps();
    void tableAlignmentAsStyle();

    void shortcodesAreNotMangled();
    void figureShortcodeRendersFigure();
    void youtubeShortcodeRendersLink();
    void highlightShortcodeRendersCode();
    void multiLineShortcode();
    void pairedShortcodeRendersInnerMarkdown();
    void escapedShortcodeIsLiteral();
    void realSitePatternsRender_data();
    void githubAlertsAreCallouts();
    void githubAlertsFollowTheSite();
    void mathFollowsTheSite();
    void realSitePatternsRender();
    void unknownShortcodeIsChipWithWarning();
    void liquidTags();

    void math_data();
    void math();

    void wordCountAndReadingTime();
    void imageAndLinkReferencesWithLines();
    void missingImageWarns();
    void imageUrlCallbackRewritesMarkdownAndHtmlImages();

    void invalidUtf8IsReplacedWithWarning();
    void nulBytesAreHarmless();
    void deepNestingDoesNotBlowTheStack_data();
    void deepNestingDoesNotBlowTheStack();
    void hugePostRenders();
    void rendersTheSameOnManyThreads();
    void earlyHighlightingMatchesSequential();
    void privateUseCharactersCannotForgePlaceholders();
};

void TestMarkdownRenderer::frontMatterIsNeverRendered_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::newRow("yaml") << QByteArray("---\ntitle: Secret\n---\n# Heading\n");
    QTest::newRow("toml") << QByteArray("+++\ntitle = \"Secret\"\n+++\n# Heading\n");
    QTest::newRow("json") << QByteArray("{\"title\": \"Secret\"}\n# Heading\n");
    QTest::newRow("yaml-crlf-bom") << QByteArray("\xEF\xBB\xBF---\r\ntitle: Secret\r\n---\r\n# Heading\r\n");
}

void TestMarkdownRenderer::frontMatterIsNeverRendered()
{
    QFETCH(QByteArray, post);
    const QByteArray html = render(post);
    QVERIFY2(!html.contains("Secret"), html.constData());
    QVERIFY2(!html.contains("<hr"), html.constData());
    QVERIFY2(html.contains("<h1 id=\"heading\">Heading</h1>"), html.constData());
}

void TestMarkdownRenderer::sourceLinesAreTheFilesLines()
{
    const QByteArray html = renderWithLines("---\na: 1\nb: 2\n---\n\nFirst paragraph\n");
    QVERIFY2(html.contains("<p data-line=\"6\">First paragraph</p>"), html.constData());
}

void TestMarkdownRenderer::delimitedBlockWithoutKeysIsMarkdown()
{
    QCOMPARE(render("---\nFoo\n---\nBar\n"), QByteArray("<hr />\n<h2 id=\"foo\">Foo</h2>\n<p>Bar</p>\n"));
    // An empty block is an empty map, as Hugo reads it (hugo 0.131 renders
    // "---", "---", "Body" as <p>Body</p>).
    QCOMPARE(render("---\n---\nBody\n"), QByteArray("<p>Body</p>\n"));
    QCOMPARE(render("---\n# a note\n---\nBody\n"), QByteArray("<p>Body</p>\n"));
    QCOMPARE(render("---\nkey: v\n---\nBar\n"), QByteArray("<p>Bar</p>\n"));
}

void TestMarkdownRenderer::emptyCodeBlock()
{
    QCOMPARE(render("```\n```\n"), QByteArray("<pre class=\"code\"><code></code></pre>\n"));
}

void TestMarkdownRenderer::dataLineOnEveryBlockOnlyWhenAsked()
{
    const QByteArray post = "---\ntitle: x\n---\n# Title\n\nText\n\n```go\nx := 1\n```\n\n"
                            "{{< figure src=\"/a.png\" >}}\n\n$$\nx^2\n$$\n\n- item\n\n> quote\n";
    const QByteArray html = renderWithLines(post);
    QVERIFY2(html.contains("<h1 id=\"title\" data-line=\"4\">"), html.constData());
    QVERIFY2(html.contains("<p data-line=\"6\">Text</p>"), html.constData());
    QVERIFY2(html.contains("<pre class=\"code\" data-line=\"8\">"), html.constData());
    QVERIFY2(html.contains("<figure data-line=\"12\">"), html.constData());
    QVERIFY2(html.contains("<div class=\"math display\" data-line=\"14\">"), html.constData());
    QVERIFY2(html.contains("<ul data-line=\"18\">"), html.constData());
    QVERIFY2(html.contains("<blockquote data-line=\"20\">"), html.constData());
    const QByteArray plain = render(post);
    QVERIFY2(!plain.contains("data-line") && !plain.contains("data-sourcepos"), plain.constData());
}

void TestMarkdownRenderer::gfmExtensionsAreOn()
{
    const QByteArray html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://example.org\n\n"
                                   "- [x] done\n\nNote[^1]\n\n[^1]: The note.\n");
    QVERIFY2(html.contains("<table>"), html.constData());
    QVERIFY2(html.contains("<del>gone</del>"), html.constData());
    QVERIFY2(html.contains("<a href=\"https://example.org\">"), html.constData());
    QVERIFY2(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""), html.constData());
    QVERIFY2(html.contains("class=\"footnotes\""), html.constData());
}

void TestMarkdownRenderer::rawHtmlKeptUnlessSafe()
{
    const QByteArray post = "<img class=\"responsive\" src=\"/images/x.png\">\n\nText <ins>new</ins>\n\n"
                            "<details><summary>More</summary>\n\nHidden\n\n</details>\n";
    const QByteArray html = render(post);
    QVERIFY2(html.contains("<img class=\"responsive\" src=\"/images/x.png\">"), html.constData());
    QVERIFY2(html.contains("<ins>new</ins>"), html.constData());
    QVERIFY2(html.contains("<details><summary>More</summary>"), html.constData());

    RenderOptions safe;
    safe.safe = true;
    const QByteArray safeHtml = render(post, safe);
    QVERIFY2(!safeHtml.contains("<img"), safeHtml.constData());
    QVERIFY2(!safeHtml.contains("<ins>"), safeHtml.constData());
    QVERIFY2(!safeHtml.contains("<details>"), safeHtml.constData());
}

void TestMarkdownRenderer::codeLanguageFromInfoString_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("code");
    for (const char *lang : {"c++", "cpp", "CPP", "C++"})
        QTest::newRow(lang) << QByteArray(lang) << QByteArray("int main() { return 0; }");
    for (const char *lang : {"sh", "bash", "console", "shell", "Bash"})
        QTest::newRow(lang) << QByteArray(lang) << QByteArray("if [ -f x ]; then echo \"hi\"; fi");
    QTest::newRow("yml") << QByteArray("yml") << QByteArray("key: \"value\"\nlist: [1, 2]");
    QTest::newRow("yaml") << QByteArray("yaml") << QByteArray("key: \"value\"");
    QTest::newRow("js") << QByteArray("js") << QByteArray("const x = \"s\";");
    QTest::newRow("ts") << QByteArray("ts") << QByteArray("let x: number = 1;");
    QTest::newRow("py") << QByteArray("py") << QByteArray("def f():\n    return \"x\"");
    QTest::newRow("Python") << QByteArray("Python") << QByteArray("import os");
    QTest::newRow("rs") << QByteArray("rs") << QByteArray("fn main() { let s = \"x\"; }");
    QTest::newRow("go") << QByteArray("go") << QByteArray("func main() { fmt.Println(\"x\") }");
    QTest::newRow("dockerfile") << QByteArray("dockerfile") << QByteArray("FROM debian:13\nRUN apt-get update");
    QTest::newRow("toml") << QByteArray("toml") << QByteArray("title = \"x\"");
    QTest::newRow("diff") << QByteArray("diff") << QByteArray("--- a\n+++ b\n-old\n+new");
    QTest::newRow("json") << QByteArray("json") << QByteArray("{\"a\": true}");
    QTest::newRow("sql") << QByteArray("sql") << QByteArray("SELECT * FROM t WHERE a = 'x';");
}

void TestMarkdownRenderer::codeLanguageFromInfoString()
{
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, code);
    const RenderResult result = MarkdownRenderer().render("```" + info + "\n" + code + "\n```\n");
    QVERIFY2(result.html.contains("<code class=\"language-" + info + "\">"), result.html.constData());
    QVERIFY2(result.html.contains("<span style=\"--l:#"), result.html.constData());
    QVERIFY(result.warnings.isEmpty());
    QVERIFY2(!result.html.contains("<script"), result.html.constData());
}

void TestMarkdownRenderer::languagesHugoKnowsAreNeverUnknown_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("highlighted");
    // Chroma 2.14 (Debian 13's hugo) names: plain text there, or a language
    // KSyntaxHighlighting has under another name or by its files.
    const QByteArray braces = "if a { b }";
    QTest::newRow("go-html-template") << QByteArray("go-html-template") << braces << false;
    QTest::newRow("text") << QByteArray("text") << braces << false;
    QTest::newRow("txt") << QByteArray("txt") << braces << false;
    QTest::newRow("no-highlight") << QByteArray("no-highlight") << braces << false;
    QTest::newRow("plaintext") << QByteArray("plaintext") << braces << false;
    QTest::newRow("caddyfile") << QByteArray("caddyfile") << braces << false;
    QTest::newRow("zsh") << QByteArray("zsh") << QByteArray("if [ -n \"$HOME\" ]; then echo hi; fi") << true;
    QTest::newRow("Dockerfile") << QByteArray("Dockerfile") << QByteArray("FROM debian:13\nRUN make") << true;
    QTest::newRow("golang") << QByteArray("golang") << QByteArray("func main() { return }") << true;
}

void TestMarkdownRenderer::languagesHugoKnowsAreNeverUnknown()
{
    // Before: "unknown code language" for names Hugo highlights or shows plain.
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, code);
    QFETCH(bool, highlighted);
    const RenderResult result = MarkdownRenderer().render("```" + info + "\n" + code + "\n```\n");
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.value(0).message));
    QVERIFY2(result.html.contains("<code class=\"language-" + info + "\">"), result.html.constData());
    QCOMPARE(result.html.contains("<span style=\"--l:#"), highlighted);
}

void TestMarkdownRenderer::unknownLanguageIsPlainWithWarning()
{
    const RenderResult result = MarkdownRenderer().render("Text\n\n```nosuchlang\n<b>x</b>\n```\n");
    QVERIFY2(result.html.contains("<pre class=\"code\"><code class=\"language-nosuchlang\">&lt;b&gt;x&lt;/b&gt;\n</code></pre>"),
             result.html.constData());
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().line, 3);
    QVERIFY(result.warnings.first().message.contains(u"nosuchlang"));
}

void TestMarkdownRenderer::hugoCodeOptions()
{
    const QByteArray html = render("```go {linenos=true,hl_lines=[2],linenostart=10}\na := 1\nb := 2\nc := 3\n```\n");
    QVERIFY2(html.contains("<pre class=\"code numbered\">"), html.constData());
    QVERIFY2(html.contains("<span class=\"line\"><span class=\"ln\">10</span>"), html.constData());
    QVERIFY2(html.contains("<span class=\"line hl\"><span class=\"ln\">11</span>"), html.constData());
    QVERIFY2(html.contains("<span class=\"line\"><span class=\"ln\">12</span>"), html.constData());
    const QByteArray ranges = render("```py {hl_lines=[\"1-2\", 4]}\na\nb\nc\nd\n```\n");
    QCOMPARE(ranges.count("class=\"line hl\""), 3);
    QVERIFY(!ranges.contains("class=\"ln\""));
}

void TestMarkdownRenderer::codeIsEscaped()
{
    const QByteArray html = render("```html\n<script>alert(1)</script>\n```\n");
    QVERIFY2(!html.contains("<script>"), html.constData());
    QVERIFY2(html.contains("&lt;"), html.constData());
}

void TestMarkdownRenderer::singleThemeUsesInlineColours()
{
    RenderOptions options;
    options.lightTheme = QStringLiteral("Breeze Light");
    options.darkTheme = QStringLiteral("-");
    const QByteArray html = render("```cpp\nint x = 1;\n```\n", options);
    QVERIFY2(html.contains("<span style=\"color:#"), html.constData());
    QVERIFY2(!html.contains("--d:"), html.constData());
    QVERIFY(!MarkdownRenderer::codeStyleSheet(options).contains("prefers-color-scheme"));
    QVERIFY(MarkdownRenderer::codeStyleSheet().contains("prefers-color-scheme: dark"));
}

void TestMarkdownRenderer::headingIdsLikeHugo_data()
{
    QTest::addColumn<QByteArray>("heading");
    QTest::addColumn<QString>("id");
    QTest::newRow("words") << QByteArray("Hello World") << QStringLiteral("hello-world");
    QTest::newRow("punctuation") << QByteArray("What's new in C++20?") << QStringLiteral("whats-new-in-c20");
    QTest::newRow("code") << QByteArray("Using `std::span` today") << QStringLiteral("using-stdspan-today");
    QTest::newRow("emphasis") << QByteArray("A *very* big_deal") << QStringLiteral("a-very-big_deal");
    QTest::newRow("unicode") << QByteArray("Über Größe") << QString::fromUtf8("über-größe");
    QTest::newRow("hyphens") << QByteArray("Pre-build - Post-build") << QStringLiteral("pre-build---post-build");
    QTest::newRow("numbers") << QByteArray("1. Step one") << QStringLiteral("1-step-one");
}

void TestMarkdownRenderer::headingIdsLikeHugo()
{
    QFETCH(QByteArray, heading);
    QFETCH(QString, id);
    const RenderResult result = MarkdownRenderer().render("## " + heading + "\n");
    QCOMPARE(result.outline.size(), 1);
    QCOMPARE(result.outline.first().id, id);
    QVERIFY2(result.html.startsWith("<h2 id=\"" + id.toUtf8() + "\">"), result.html.constData());
}

void TestMarkdownRenderer::duplicateHeadingsGetSuffixes()
{
    const QByteArray html = render("## Setup\n\n## Setup\n\n### Setup\n");
    QVERIFY2(html.contains("<h2 id=\"setup\">"), html.constData());
    QVERIFY2(html.contains("<h2 id=\"setup-1\">"), html.constData());
    QVERIFY2(html.contains("<h3 id=\"setup-2\">"), html.constData());
}

void TestMarkdownRenderer::explicitHeadingId()
{
    const RenderResult result = MarkdownRenderer().render("## Custom {#my-anchor}\n\n## my-anchor\n");
    QVERIFY2(result.html.contains("<h2 id=\"my-anchor\">Custom</h2>"), result.html.constData());
    QVERIFY2(result.html.contains("<h2 id=\"my-anchor-1\">my-anchor</h2>"), result.html.constData());
    QCOMPARE(result.outline.first().text, QStringLiteral("Custom"));
}

void TestMarkdownRenderer::tableOfContents()
{
    RenderOptions options;
    options.toc = true;
    const QByteArray html = render("# Title\n\n## One\n\n### One A\n\n## Two\n", options);
    QVERIFY2(html.startsWith("<nav class=\"toc\">"), html.constData());
    QVERIFY2(html.contains("<li><a href=\"#one\">One</a>\n<ul>\n<li><a href=\"#one-a\">One A</a></li>\n</ul>\n</li>"),
             html.constData());
    QVERIFY2(html.contains("<li><a href=\"#two\">Two</a></li>"), html.constData());
    QVERIFY(!render("# Title\n").contains("toc"));
}

void TestMarkdownRenderer::outlineHasLevelsTextIdsAndLines()
{
    const RenderResult result = MarkdownRenderer().render(
        "---\na: 1\n---\n# First\n\ntext\n\nSecond\n------\n\n### Third `code` $x$\n\n## Version {{ site.version }} notes\n");
    QCOMPARE(result.outline.size(), 4);
    QCOMPARE(result.outline.at(0).level, 1);
    QCOMPARE(result.outline.at(0).line, 4);
    QCOMPARE(result.outline.at(1).text, QStringLiteral("Second"));
    QCOMPARE(result.outline.at(1).level, 2);
    QCOMPARE(result.outline.at(1).line, 8);
    QCOMPARE(result.outline.at(2).text, QStringLiteral("Third code $x$"));
    QCOMPARE(result.outline.at(2).id, QStringLiteral("third-code-x"));
    QCOMPARE(result.outline.at(2).line, 11);
    // A template tag shows nothing in the outline, and leaves no gap.
    QCOMPARE(result.outline.at(3).text, QStringLiteral("Version notes"));
}

void TestMarkdownRenderer::excerptSeparatorsStayComments_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArray>("comment");
    QTest::newRow("jekyll-comment") << QByteArray("---\nexcerpt_separator: <!--end-->\n---\nIntro\n\n<!--end-->\n\nRest\n")
                                    << QByteArray("<!--end-->");
    QTest::newRow("jekyll-text") << QByteArray("---\nexcerpt_separator: \"[[cut]]\"\n---\nIntro\n\n[[cut]]\n\nRest\n")
                                 << QByteArray("<!-- [[cut]] -->");
}

void TestMarkdownRenderer::excerptSeparatorsStayComments()
{
    QFETCH(QByteArray, post);
    QFETCH(QByteArray, comment);
    const QByteArray html = render(post);
    QVERIFY2(html.contains(comment), html.constData());
    QVERIFY2(html.contains("<p>Intro</p>") && html.contains("<p>Rest</p>"), html.constData());
    QByteArray visible = html;
    visible.replace(comment, "");
    QVERIFY2(!visible.contains("cut") && !visible.contains("more") && !visible.contains("end"), html.constData());
}

void TestMarkdownRenderer::hugoSummaryDividerIsCutOut_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("own paragraph") << QByteArray("Intro\n\n<!--more-->\n\nRest\n") << QByteArray("<p>Intro</p>\n<p>Rest</p>\n");
    // Only the first is Hugo's divider; a later one is an ordinary comment.
    QTest::newRow("second stays") << QByteArray("Intro\n\n<!--more-->\n\nRest\n\n<!--more-->\n")
                                  << QByteArray("<p>Intro</p>\n<p>Rest</p>\n<!--more-->\n");
    QTest::newRow("code is no divider") << QByteArray("`<!--more-->`\n\n<!--more-->\n\nRest\n")
                                        << QByteArray("<p><code>&lt;!--more--&gt;</code></p>\n<p>Rest</p>\n");
}

void TestMarkdownRenderer::hugoSummaryDividerIsCutOut()
{
    QFETCH(QByteArray, post);
    QFETCH(QByteArray, expected);
    QCOMPARE(render(post), expected);
}

namespace {

RenderOptions withMarkup(const std::function<void(MarkupSettings &)> &change)
{
    RenderOptions options;
    MarkupSettings markup = MarkupSettings::hugoDefaults();
    change(markup);
    options.markup = markup;
    return options;
}

} // namespace

void TestMarkdownRenderer::extensionsFollowTheSettings_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArray>("on");
    QTest::addColumn<QByteArray>("off");
    QTest::newRow("table") << QByteArray("| a |\n|---|\n| 1 |\n") << QByteArray("<table>")
                           << QByteArray("<p>| a |\n|---|\n| 1 |</p>\n");
    QTest::newRow("strikethrough") << QByteArray("~~x~~\n") << QByteArray("<del>x</del>") << QByteArray("<p>~~x~~</p>\n");
    QTest::newRow("linkify") << QByteArray("See https://example.org now\n") << QByteArray("<a href=\"https://example.org\">")
                             << QByteArray("<p>See https://example.org now</p>\n");
    QTest::newRow("taskList") << QByteArray("- [ ] todo\n") << QByteArray("type=\"checkbox\"")
                              << QByteArray("<ul>\n<li>[ ] todo</li>\n</ul>\n");
    QTest::newRow("footnote") << QByteArray("Text[^1]\n\n[^1]: Note here\n") << QByteArray("class=\"footnotes\"")
                              << QByteArray("<p>Text[^1]</p>\n<p>[^1]: Note here</p>\n");
}

void TestMarkdownRenderer::extensionsFollowTheSettings()
{
    QFETCH(QByteArray, post);
    QFETCH(QByteArray, on);
    QFETCH(QByteArray, off);
    const QByteArray enabled = render(post, withMarkup([](MarkupSettings &) {}));
    QVERIFY2(enabled.contains(on), enabled.constData());
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const RenderOptions disabled = withMarkup([&name](MarkupSettings &m) {
        MarkupSettings::Extensions &e = m.extensions;
        bool *setting = name == u"table" ? &e.table : name == u"strikethrough" ? &e.strikethrough
                      : name == u"linkify" ? &e.linkify : name == u"taskList" ? &e.taskList : &e.footnote;
        *setting = false;
    });
    QCOMPARE(render(post, disabled), off);
}

// Goldmark's output for renderer.unsafe = false, as hugo 0.131 writes it.
void TestMarkdownRenderer::rawHtmlOmittedAsHugoDoes()
{
    const QByteArray post = "<!-- A comment -->\n\n<div class=\"note\">\nA block.\n</div>\n\n"
                            "Inline <kbd>Ctrl</kbd> and <!-- here -->.\n";
    const RenderResult kept = MarkdownRenderer().render(post, withMarkup([](MarkupSettings &m) { m.renderer.unsafe = true; }));
    QCOMPARE(kept.omittedHtml, 0);
    QVERIFY2(kept.html.contains("<kbd>Ctrl</kbd>"), kept.html.constData());
    const RenderResult omitted = MarkdownRenderer().render(post, withMarkup([](MarkupSettings &) {}));
    QCOMPARE(omitted.html, QByteArray("<!-- raw HTML omitted -->\n<!-- raw HTML omitted -->\n"
                                      "<p>Inline <!-- raw HTML omitted -->Ctrl<!-- raw HTML omitted --> and "
                                      "<!-- raw HTML omitted -->.</p>\n"));
    QCOMPARE(omitted.omittedHtml, 5);
    // RenderOptions::safe omits whatever the settings say.
    RenderOptions safe = withMarkup([](MarkupSettings &m) { m.renderer.unsafe = true; });
    safe.safe = true;
    QCOMPARE(MarkdownRenderer().render(post, safe).html, omitted.html);
}

// Shortcodes and math are Postwright's own output, not the post's raw HTML.
void TestMarkdownRenderer::omittingRawHtmlKeepsShortcodesAndMath()
{
    const QByteArray post = "{{< figure src=\"/a.png\" alt=\"A\" >}}\n\nMath $x^2$ and {{< youtube abc >}} in <b>text</b>.\n\n"
                            "$$\ny = 1\n$$\n\n<div>{{< figure src=\"/b.png\" >}}</div>\n";
    const RenderResult result = MarkdownRenderer().render(post, withMarkup([](MarkupSettings &) {}));
    QVERIFY2(result.html.startsWith("<figure><img src=\"/a.png\" alt=\"A\">"), result.html.constData());
    QVERIFY2(result.html.contains("<span class=\"math inline\">"), result.html.constData());
    QVERIFY2(result.html.contains("<div class=\"math display\">"), result.html.constData());
    QVERIFY2(result.html.contains("youtube.com"), result.html.constData());
    // As in Hugo, a shortcode inside an omitted HTML block goes with it.
    QVERIFY2(!result.html.contains("/b.png"), result.html.constData());
    QCOMPARE(result.omittedHtml, 3);
}

void TestMarkdownRenderer::dangerousLinksDroppedWhenUnsafeIsOff()
{
    const QByteArray post = "[click](javascript:alert(1)) ![i](data:image/png;base64,AAAA)\n";
    QVERIFY(render(post, withMarkup([](MarkupSettings &m) { m.renderer.unsafe = true; })).contains("javascript:"));
    const QByteArray html = render(post, withMarkup([](MarkupSettings &) {}));
    QVERIFY2(!html.contains("javascript:"), html.constData());
    QVERIFY2(html.contains("data:image/png"), html.constData());
}

void TestMarkdownRenderer::footnotesAsGoldmarkWritesThem()
{
    const QByteArray html = render("A[^b] and B[^a] and A again[^b].\n\n[^a]: Second.\n[^b]: First.\n[^unused]: Never.\n");
    QCOMPARE(html, QByteArray(
        "<p>A<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup> and "
        "B<sup id=\"fnref:2\"><a href=\"#fn:2\" class=\"footnote-ref\" role=\"doc-noteref\">2</a></sup> and A again"
        "<sup id=\"fnref1:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>.</p>\n"
        "<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n"
        "<li id=\"fn:1\">\n<p>First.&#160;<a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>"
        "&#160;<a href=\"#fnref1:1\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a></p>\n</li>\n"
        "<li id=\"fn:2\">\n<p>Second.&#160;<a href=\"#fnref:2\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a></p>\n</li>\n"
        "</ol>\n</div>\n"));
}

void TestMarkdownRenderer::footnoteEndingInCodeGetsItsBacklinkAfterIt()
{
    const QByteArray html = render("X[^1]\n\n[^1]: Text.\n\n    ```\n    code\n    ```\n");
    QVERIFY2(html.contains("</code></pre>&#160;<a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">"
                           "&#x21a9;&#xfe0e;</a></li>\n</ol>"),
             html.constData());
    QVERIFY2(!html.contains("\xEE\x80\x87"), html.constData());
}

void TestMarkdownRenderer::linkifyProtocol_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("https by default") << QStringLiteral("https") << QByteArray("www.example.com/a")
                                      << QByteArray("<p><a href=\"https://www.example.com/a\">www.example.com/a</a></p>\n");
    QTest::newRow("http when set") << QStringLiteral("http") << QByteArray("www.example.com/a")
                                   << QByteArray("<p><a href=\"http://www.example.com/a\">www.example.com/a</a></p>\n");
    QTest::newRow("inside a line") << QStringLiteral("https") << QByteArray("See it at www.example.com/a, plus\nmore")
                                   << QByteArray("<p>See it at <a href=\"https://www.example.com/a\">www.example.com/a</a>, plus\nmore</p>\n");
    QTest::newRow("written links stay") << QStringLiteral("https") << QByteArray("[www.a.org](http://www.a.org) <http://www.b.org>")
                                        << QByteArray("<p><a href=\"http://www.a.org\">www.a.org</a> "
                                                      "<a href=\"http://www.b.org\">http://www.b.org</a></p>\n");
    QTest::newRow("addresses with a protocol stay") << QStringLiteral("https") << QByteArray("http://www.a.org")
                                                    << QByteArray("<p><a href=\"http://www.a.org\">http://www.a.org</a></p>\n");
}

void TestMarkdownRenderer::linkifyProtocol()
{
    QFETCH(QString, protocol);
    QFETCH(QByteArray, post);
    QFETCH(QByteArray, expected);
    QCOMPARE(render(post, withMarkup([&](MarkupSettings &m) { m.extensions.linkifyProtocol = protocol; })), expected);
}

void TestMarkdownRenderer::standaloneImagesUnwrapped()
{
    const QByteArray post = "![alone](/a.png)\n\nText ![inline](/b.png)\n\n- ![in a list](/c.png)\n";
    const QByteArray wrapped = render(post, withMarkup([](MarkupSettings &) {}));
    QVERIFY2(wrapped.startsWith("<p><img src=\"/a.png\" alt=\"alone\" /></p>"), wrapped.constData());
    const QByteArray bare = render(post, withMarkup([](MarkupSettings &m) { m.parser.wrapStandAloneImageWithinParagraph = false; }));
    QCOMPARE(bare, QByteArray("<img src=\"/a.png\" alt=\"alone\" />\n<p>Text <img src=\"/b.png\" alt=\"inline\" /></p>\n"
                              "<ul>\n<li>\n<img src=\"/c.png\" alt=\"in a list\" />\n</li>\n</ul>\n"));
}

void TestMarkdownRenderer::hardWraps()
{
    const QByteArray post = "one\ntwo\n";
    QCOMPARE(render(post, withMarkup([](MarkupSettings &) {})), QByteArray("<p>one\ntwo</p>\n"));
    QCOMPARE(render(post, withMarkup([](MarkupSettings &m) { m.renderer.hardWraps = true; })), QByteArray("<p>one<br />\ntwo</p>\n"));
}

void TestMarkdownRenderer::tableAlignmentAsStyle()
{
    const QByteArray html = render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n<p style=\"text-align: left\">raw</p>\n");
    QVERIFY2(html.contains("<th style=\"text-align:left\">a</th>\n<th style=\"text-align:center\">b</th>\n"
                           "<th style=\"text-align:right\">c</th>"),
             html.constData());
    QVERIFY2(html.contains("<td style=\"text-align:right\">3</td>"), html.constData());
    QVERIFY2(html.contains("<p style=\"text-align: left\">raw</p>"), html.constData()); // the post's own HTML as written
}

void TestMarkdownRenderer::shortcodesAreNotMangled()
{
    const QByteArray html = render("See {{< ref \"posts/my_first_post.md\" >}} and {{< param \"*not* emphasis\" >}}.\n");
    QVERIFY2(!html.contains("<em>"), html.constData());
    QVERIFY2(html.contains("my_first_post.md"), html.constData());
    QVERIFY2(html.contains("class=\"shortcode\""), html.constData());
}

void TestMarkdownRenderer::figureShortcodeRendersFigure()
{
    const QByteArray html = render(
        "{{< figure src=\"/images/a_b_c.png\" alt=\"A *chart*\" caption=\"Build times\" class=\"wide\" >}}\n");
    QVERIFY2(html.startsWith("<figure class=\"wide\"><img src=\"/images/a_b_c.png\" alt=\"A *chart*\">"
                             "<figcaption><p>Build times</p></figcaption></figure>"),
             html.constData());
}

void TestMarkdownRenderer::youtubeShortcodeRendersLink()
{
    const QByteArray html = render("{{< youtube dQw4w9WgXcQ >}}\n");
    QVERIFY2(html.contains("<div class=\"video\"><a class=\"video-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"),
             html.constData());
    QVERIFY2(!html.contains("<iframe"), html.constData());
}

void TestMarkdownRenderer::highlightShortcodeRendersCode()
{
    const QByteArray html = render("{{< highlight python \"linenos=table,hl_lines=2\" >}}\nimport os\nprint(os.name)\n{{< /highlight >}}\n\nAfter\n");
    QVERIFY2(html.startsWith("<pre class=\"code numbered\"><code class=\"language-python\">"), html.constData());
    QVERIFY2(html.contains("<span class=\"line hl\"><span class=\"ln\">2</span>"), html.constData());
    QVERIFY2(html.contains("<p>After</p>"), html.constData());
    QVERIFY2(!html.contains("highlight"), html.constData());
}

void TestMarkdownRenderer::multiLineShortcode()
{
    const QByteArray post = "Before\n\n{{< figure\n    src=\"/x.png\"\n    caption=\"Two _lines_\"\n>}}\n\nAfter\n";
    RenderOptions options;
    options.sourceLines = true;
    const QByteArray html = render(post, options);
    QVERIFY2(html.contains("<figure data-line=\"3\"><img src=\"/x.png\"><figcaption><p>Two _lines_</p>"),
             html.constData());
    QVERIFY2(html.contains("<p data-line=\"8\">After</p>"), html.constData());
}

void TestMarkdownRenderer::pairedShortcodeRendersInnerMarkdown()
{
    const QByteArray html = render("{{% notice warning %}}\nThis is **bold**.\n{{% /notice %}}\n");
    // The label keeps the parameters: "notice warning" and "notice tip" look different.
    QVERIFY2(html.contains("<div class=\"shortcode-block\" data-shortcode=\"notice\"><span class=\"shortcode-label\">notice warning</span>"),
             html.constData());
    QVERIFY2(html.contains("<p>This is <strong>bold</strong>.</p>"), html.constData());
}

// Patterns from public Hugo and Jekyll documentation sites that the preview
// read wrong before the one lexer (issue 16).
void TestMarkdownRenderer::realSitePatternsRender_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArrayList>("present");
    QTest::addColumn<QByteArrayList>("absent");
    QTest::newRow("hyphenated pair") << QByteArray("{{< code-toggle file=hugo >}}\n[params]\na = 1\n{{< /code-toggle >}}\n")
                                     << QByteArrayList{"data-shortcode=\"code-toggle\"", ">code-toggle file=hugo</span>"}
                                     << QByteArrayList{"/code-toggle", "{{&lt;"};
    QTest::newRow("pair keeps its parameters") << QByteArray("{{% hint warning %}}\nx\n{{% /hint %}}\n")
                                               << QByteArrayList{">hint warning</span>"} << QByteArrayList{"/hint"};
    QTest::newRow("nested pairs") << QByteArray("{{< tabs >}}\n{{< tab name=\"A\" >}}\n*a*\n{{< /tab >}}\n{{< /tabs >}}\n")
                                  << QByteArrayList{">tabs</span>", ">tab name=&quot;A&quot;</span>", "<em>a</em>"}
                                  << QByteArrayList{"/tab"};
    QTest::newRow("quoted closer in a value") << QByteArray("{{< p a=\"x >}} y\" >}}\n")
                                              << QByteArrayList{"title=\"{{&lt; p a=&quot;x &gt;}} y&quot; &gt;}}\""}
                                              << QByteArrayList{"<p>"};
    QTest::newRow("raw around a fence")
        << QByteArray("{% raw %}\n```liquid\n{{ page.title }}\n```\n{% endraw %}\n")
        << QByteArrayList{"<pre class=\"code\"><code class=\"language-liquid\">{{ page.title }}\n</code></pre>"}
        << QByteArrayList{"```", "raw"};
    QTest::newRow("liquid whitespace control") << QByteArray("a {%- include x.html -%} b {{- page.title -}}\n")
                                               << QByteArrayList{"title=\"{%- include x.html -%}\"", "title=\"{{- page.title -}}\""}
                                               << QByteArrayList{"a {%-", "b {{-"};
    QTest::newRow("liquid link targets")
        << QByteArray("[d]({{ '/docs/' | relative_url }}) [a]({% link _posts/a.md %}) [s]({{ site.baseurl }}/x)\n")
        << QByteArrayList{"<a href=\"/docs/\">d</a>", "<a href=\"_posts/a.md\">a</a>", "<a href=\"/x\">s</a>"}
        << QByteArrayList{"](", "%7B"};
    QTest::newRow("shortcode link targets") << QByteArray("[r]({{< ref \"posts/b.md\" >}}) [e](<{{% eturl disqus %}}>)\n")
                                            << QByteArrayList{"<a href=\"posts/b.md\">r</a>", "<a href=\"\">e</a>"}
                                            << QByteArrayList{"](", "%7B"};
    QTest::newRow("shortcode in a table cell") << QByteArray("| a | b |\n|---|---|\n| {{< icon star >}} | $x$ |\n")
                                               << QByteArrayList{"<td><span class=\"shortcode\"", "<td><span class=\"math inline\">"}
                                               << QByteArrayList{"<td>{{"};
    QTest::newRow("shortcode in raw html") << QByteArray("<div class=\"x\">{{< icon star >}} {% include y.html %}</div>\n")
                                           << QByteArrayList{"<div class=\"x\"><span class=\"shortcode\" title=\"{{&lt; icon star"}
                                           << QByteArrayList{"x\">{{"};
    QTest::newRow("templates in a tag's attributes")
        << QByteArray("<a title=\"{{ page.title }}\" href=\"{{< ref \"b.md\" >}}\">x</a> <img src=\"{% link a.png %}\">\n")
        << QByteArrayList{"<a title=\"{{ page.title }}\" href=\"b.md\">x</a>", "<img src=\"a.png\">"}
        << QByteArrayList{"title=\"<span", "\xEE\x80"};
    QTest::newRow("templates in link and image titles")
        << QByteArray("[a](b \"t {{ x }} t\") ![i](c.png \"{{< param y >}}\")\n")
        << QByteArrayList{"title=\"t {{ x }} t\"", "title=\"{{&lt; param y &gt;}}\""}
        << QByteArrayList{"\xEE\x80"};
    QTest::newRow("liquid control flow is no container")
        << QByteArray("{% if page.x %}\n*shown*\n{% endif %}\n\n{% capture note %}hidden{% endcapture %}\n")
        << QByteArrayList{"<em>shown</em>", "title=\"{% if page.x %}\"", "title=\"{% endif %}\""}
        << QByteArrayList{"hidden", "shortcode-block"};
    QTest::newRow("empty front matter") << QByteArray("---\n---\nBody\n") << QByteArrayList{"<p>Body</p>"}
                                        << QByteArrayList{"<hr", "<h2"};
    QTest::newRow("comment-only front matter") << QByteArray("---\n# note\n---\nBody\n") << QByteArrayList{"<p>Body</p>"}
                                               << QByteArrayList{"<hr", "<h1", "<h2", "note"};
    QTest::newRow("escaped shortcode in code")
        << QByteArray("```\n{{</* figure src=\"a.png\" */>}}\n```\n\n`{{%/*  x  */%}}`\n")
        << QByteArrayList{"<code>{{&lt; figure src=&quot;a.png&quot; &gt;}}\n</code>", "<code>{{%  x  %}}</code>"}
        << QByteArrayList{"/*"};
}

void TestMarkdownRenderer::realSitePatternsRender()
{
    QFETCH(QByteArray, post);
    QFETCH(QByteArrayList, present);
    QFETCH(QByteArrayList, absent);
    const QByteArray html = render(post);
    for (const QByteArray &part : present)
        QVERIFY2(html.contains(part), qPrintable(QString::fromUtf8("missing " + part + " in:\n" + html)));
    for (const QByteArray &part : absent)
        QVERIFY2(!html.contains(part), qPrintable(QString::fromUtf8("unexpected " + part + " in:\n" + html)));
}

void TestMarkdownRenderer::githubAlertsAreCallouts()
{
    RenderOptions options;
    options.sourceLines = true;
    const QByteArray html = render("Intro\n\n> [!NOTE]\n> Read *this*.\n\n> [!warning]\n> One\n>\n> Two\n\n"
                                   "> [!TIP] not alone on its line\n\n> [!NOPE]\n> x\n",
                                   options);
    QVERIFY2(html.contains("<div class=\"markdown-alert markdown-alert-note\" data-line=\"3\">\n"
                           "<p class=\"markdown-alert-title\">Note</p>\n<p data-line=\"3\">Read <em>this</em>.</p>\n</div>"),
             html.constData());
    QVERIFY2(html.contains("<div class=\"markdown-alert markdown-alert-warning\" data-line=\"6\">\n"
                           "<p class=\"markdown-alert-title\">Warning</p>\n<p data-line=\"6\">One</p>\n<p data-line=\"9\">Two</p>\n</div>"),
             html.constData());
    // Only the five kinds, alone on the first line, are alerts.
    QVERIFY2(html.contains("<blockquote data-line=\"11\">\n<p data-line=\"11\">[!TIP] not alone"), html.constData());
    QVERIFY2(html.contains("<blockquote data-line=\"13\">\n<p data-line=\"13\">[!NOPE]"), html.constData());
}

// A Hugo site publishes callouts only through a blockquote render hook; the
// preview shows what it publishes.
void TestMarkdownRenderer::githubAlertsFollowTheSite()
{
    QTemporaryDir site;
    QVERIFY(site.isValid());
    auto write = [&site](const QString &path, const QByteArray &content) {
        QDir().mkpath(QFileInfo(site.filePath(path)).absolutePath());
        QFile file(site.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    };
    write(QStringLiteral("hugo.toml"), "title = \"x\"\n");
    write(QStringLiteral("content/posts/a.md"), "---\ntitle: a\n---\n> [!TIP]\n> Save often.\n");
    RenderOptions options;
    options.postPath = site.filePath(QStringLiteral("content/posts/a.md"));
    const QByteArray post = "---\ntitle: a\n---\n> [!TIP]\n> Save often.\n";
    RenderResult plain = MarkdownRenderer().render(post, options);
    QVERIFY2(plain.html.contains("<blockquote>\n<p>[!TIP]\nSave often.</p>\n</blockquote>"), plain.html.constData());
    QCOMPARE(plain.warnings.size(), 1);
    QCOMPARE(plain.warnings.first().line, 4);
    QVERIFY(plain.warnings.first().message.contains(u"render hook"));

    write(QStringLiteral("themes/t/layouts/_default/_markup/render-blockquote.html"), "{{ .Text }}\n");
    const RenderResult callout = MarkdownRenderer().render(post, options);
    QVERIFY2(callout.html.contains("<div class=\"markdown-alert markdown-alert-tip\">"), callout.html.constData());
    QVERIFY(callout.warnings.isEmpty());
}

// Math is what the site's publisher reads as math: Hugo's passthrough
// delimiters (written as typed), nothing without passthrough, kramdown's $$ on
// Jekyll, the four common pairs outside any site.
void TestMarkdownRenderer::mathFollowsTheSite()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    auto write = [&root](const QString &path, const QByteArray &content) {
        QDir().mkpath(QFileInfo(root.filePath(path)).absolutePath());
        QFile file(root.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
    };
    write(QStringLiteral("plain/hugo.toml"), "title = \"x\"\n");
    write(QStringLiteral("math/hugo.toml"), "[markup.goldmark.extensions.passthrough]\nenable = true\n"
                                             "[markup.goldmark.extensions.passthrough.delimiters]\n"
                                             "block = [['$$', '$$']]\ninline = [['\\(', '\\)']]\n");
    write(QStringLiteral("jekyll/_config.yml"), "title: x\n");
    const QByteArray post = "Issue \\[CLOSED\\] and \\(a_1 * b_2\\), $x$ and $$y$$.\n";
    auto html = [&](const QString &site) {
        RenderOptions options;
        options.postPath = site.isEmpty() ? QString() : root.filePath(site + QStringLiteral("/content/a.md"));
        if (site == u"jekyll")
            options.postPath = root.filePath(QStringLiteral("jekyll/_posts/2024-01-01-a.md"));
        return MarkdownRenderer().render(post, options).html;
    };
    // A Hugo site without passthrough reads it all as Markdown, as Hugo does.
    QCOMPARE(html(QStringLiteral("plain")), QByteArray("<p>Issue [CLOSED] and (a_1 * b_2), $x$ and $$y$$.</p>\n"));
    // With passthrough: its pairs only, written as typed for the theme's script;
    // block math ends the paragraph, as Goldmark's passthrough does.
    QCOMPARE(html(QStringLiteral("math")),
             QByteArray("<p>Issue [CLOSED] and \\(a_1 * b_2\\), $x$ and </p>\n$$y$$\n<p>.</p>\n"));
    // Jekyll: kramdown's $$.
    const QByteArray jekyll = html(QStringLiteral("jekyll"));
    QVERIFY2(jekyll.contains("<span class=\"math inline\">$$y$$</span>") && !jekyll.contains("math inline\">$x$"),
             jekyll.constData());
    // Outside any site: all four.
    QCOMPARE(html({}).count("class=\"math"), 4);
}

void TestMarkdownRenderer::escapedShortcodeIsLiteral()
{
    const QByteArray html = render("Write {{</* figure src=\"x\" */>}} in your post.\n");
    QVERIFY2(html.contains("Write {{&lt; figure src=&quot;x&quot; &gt;}} in your post."), html.constData());
}

void TestMarkdownRenderer::unknownShortcodeIsChipWithWarning()
{
    const RenderResult result = MarkdownRenderer().render("Line one\n\nText {{< sparkle size=\"2\" >}} here\n");
    QVERIFY2(result.html.contains("<span class=\"shortcode\" title=\"{{&lt; sparkle size=&quot;2&quot; &gt;}}\">sparkle size=&quot;2&quot;</span>"),
             result.html.constData());
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().line, 3);
    QVERIFY(result.warnings.first().message.contains(u"sparkle"));
    // Built-in shortcodes are known.
    QVERIFY(MarkdownRenderer().render("{{< gist user 123 >}}\n").warnings.isEmpty());
}

void TestMarkdownRenderer::liquidTags()
{
    const QByteArray html = render("Title: {{ page.my_title }} and {{ site.base_url }}\n\n"
                                   "{% highlight ruby linenos %}\nputs \"hi\"\n{% endhighlight %}\n\n"
                                   "{% raw %}{{ not_a_var }}{% endraw %}\n\n"
                                   "{% include note.html content=\"x\" %}\n");
    QVERIFY2(!html.contains("<em>"), html.constData());
    QVERIFY2(html.contains("{{ page.my_title }}"), html.constData());
    QVERIFY2(html.contains("<code class=\"language-ruby\">"), html.constData());
    QVERIFY2(html.contains("{{ not_a_var }}"), html.constData());
    QVERIFY2(html.contains("<div class=\"shortcode\""), html.constData());
}

void TestMarkdownRenderer::math_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("inline") << QByteArray("Let $x_1 * y_2 * z$ be") << QByteArray("<p>Let <span class=\"math inline\">$x_1 * y_2 * z$</span> be</p>");
    QTest::newRow("money") << QByteArray("It costs $5 and $10 now") << QByteArray("<p>It costs $5 and $10 now</p>");
    QTest::newRow("escaped-dollar") << QByteArray("A \\$x$ here") << QByteArray("<p>A $x$ here</p>");
    QTest::newRow("paren") << QByteArray("So \\(a_i^2\\) holds") << QByteArray("<p>So <span class=\"math inline\">\\(a_i^2\\)</span> holds</p>");
    QTest::newRow("bracket") << QByteArray("\\[\n\\sum_{i=1}^n i\n\\]") << QByteArray("<div class=\"math display\">\\[\n\\sum_{i=1}^n i\n\\]</div>");
    QTest::newRow("display") << QByteArray("$$\na_1 = b_1\n$$") << QByteArray("<div class=\"math display\">$$\na_1 = b_1\n$$</div>");
    QTest::newRow("display-inline") << QByteArray("See $$E = mc^2$$ here") << QByteArray("<p>See <span class=\"math inline\">$$E = mc^2$$</span> here</p>");
    QTest::newRow("in-code-span") << QByteArray("Use `$x$` literally") << QByteArray("<p>Use <code>$x$</code> literally</p>");
    QTest::newRow("in-fence") << QByteArray("```\n$x_1$\n```") << QByteArray("<pre class=\"code\"><code>$x_1$\n</code></pre>");
    QTest::newRow("lt-escaped") << QByteArray("$a<b$") << QByteArray("<p><span class=\"math inline\">$a&lt;b$</span></p>");
    QTest::newRow("link-destination") << QByteArray("[link](foo\\(and\\(bar\\))") << QByteArray("<p><a href=\"foo(and(bar)\">link</a></p>");
    QTest::newRow("dollar-in-url") << QByteArray("[a](https://e.org/$x$)") << QByteArray("<p><a href=\"https://e.org/$x$\">a</a></p>");
    QTest::newRow("escaped-punctuation") << QByteArray("\\[\\\\\\]") << QByteArray("<p>[\\]</p>");
}

void TestMarkdownRenderer::math()
{
    QFETCH(QByteArray, post);
    QFETCH(QByteArray, expected);
    QCOMPARE(render(post).trimmed(), expected);
}

void TestMarkdownRenderer::wordCountAndReadingTime()
{
    const RenderResult result = MarkdownRenderer().render("---\ntitle: Not counted\n---\n# Two words\n\nThree more `words` here's.\n\n```\nnot counted\n```\n");
    QCOMPARE(result.words, 6);
    QCOMPARE(result.readingMinutes, 1);
    QCOMPARE(MarkdownRenderer::readingMinutes(0), 0);
    QCOMPARE(MarkdownRenderer::readingMinutes(220), 1);
    QCOMPARE(MarkdownRenderer::readingMinutes(221), 2);
}

void TestMarkdownRenderer::imageAndLinkReferencesWithLines()
{
    const RenderResult result = MarkdownRenderer().render(
        "---\nt: 1\n---\n![a](https://example.org/a.png)\n\n[link](https://example.org)\n\n<img src=\"/images/b.png\">\n");
    QCOMPARE(result.images.size(), 2);
    QCOMPARE(result.images.at(0).reference.src, QStringLiteral("https://example.org/a.png"));
    QCOMPARE(result.images.at(0).reference.line, 4);
    QCOMPARE(result.images.at(0).reference.start, 13); // after "---\nt: 1\n---\n"
    QCOMPARE(result.images.at(0).image.status, ResolvedImage::Remote);
    QCOMPARE(result.images.at(1).reference.src, QStringLiteral("/images/b.png"));
    QCOMPARE(result.images.at(1).reference.kind, FoundImageReference::Html);
    QCOMPARE(result.images.at(1).reference.line, 8);
    QCOMPARE(result.links.size(), 1);
    QCOMPARE(result.links.first().line, 6);
}

void TestMarkdownRenderer::missingImageWarns()
{
    RenderOptions options;
    options.postPath = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/x.md");
    const RenderResult result = MarkdownRenderer().render("One\n\n![gone](/images/none.png)\n", options);
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().line, 3);
    QVERIFY(result.warnings.first().message.contains(u"/images/none.png"));
}

void TestMarkdownRenderer::imageUrlCallbackRewritesMarkdownAndHtmlImages()
{
    RenderOptions options;
    options.postPath = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/x.md");
    options.imageUrl = [](const ResolvedImage &image) { return QStringLiteral("resolved:") + image.relativePath; };
    const QByteArray src = "/images/ninja-build-times/edge-durations.png";
    const RenderResult result = MarkdownRenderer().render("![c](" + src + ")\n\n<img class=\"responsive\" src=\"" + src
                                                              + "\" alt=\"x\">\n\n{{< figure src=\"" + src + "\" >}}\n",
                                                          options);
    QCOMPARE(result.html.count("src=\"resolved:images/ninja-build-times/edge-durations.png\""), 3);
    QVERIFY2(result.html.contains("<img class=\"responsive\" src=\"resolved:"), result.html.constData());
    QVERIFY(result.warnings.isEmpty());
}

void TestMarkdownRenderer::invalidUtf8IsReplacedWithWarning()
{
    const RenderResult result = MarkdownRenderer().render("Fine\n\nBad \xFF\xFE byte\n");
    QVERIFY2(result.html.contains("Bad \xEF\xBF\xBD"), result.html.constData());
    QVERIFY(QUtf8StringView(result.html).isValidUtf8());
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().line, 3);
}

void TestMarkdownRenderer::nulBytesAreHarmless()
{
    const QByteArray post("A\0B $x\0$ {{< fig\0ure >}}\n", 25);
    const RenderResult result = MarkdownRenderer().render(post);
    QVERIFY(!result.html.contains('\0'));
    QVERIFY2(result.html.startsWith("<p>A\xEF\xBF\xBD" "B"), result.html.constData());
}

void TestMarkdownRenderer::deepNestingDoesNotBlowTheStack_data()
{
    QTest::addColumn<QByteArray>("post");
    QByteArray lists, quotes, emphasis, brackets;
    for (int i = 0; i < 10000; ++i) {
        lists += "- ";
        quotes += "> ";
        emphasis += "*a ";
        brackets += "[";
    }
    QTest::newRow("lists") << lists + "x\n";
    QTest::newRow("quotes") << quotes + "x\n";
    QTest::newRow("emphasis") << emphasis + "\n";
    QTest::newRow("brackets") << brackets + "\n";
    QByteArray indented;
    for (int i = 0; i < 2000; ++i)
        indented += QByteArray(i * 2, ' ') + "- item\n";
    QTest::newRow("indented-lists") << indented;
}

void TestMarkdownRenderer::deepNestingDoesNotBlowTheStack()
{
    QFETCH(QByteArray, post);
    const RenderResult result = MarkdownRenderer().render(post);
    QVERIFY(!result.html.isEmpty());
}

void TestMarkdownRenderer::hugePostRenders()
{
    // 50 MB: prose, code and shortcodes repeated.
    const QByteArray chunk = "## Section\n\nSome *prose* with `code` and $x$ and a [link](https://e.org).\n\n"
                             "```cpp\nint main() { return 0; }\n```\n\n{{< figure src=\"/a.png\" >}}\n\n";
    QByteArray post;
    post.reserve(50 * 1024 * 1024 + chunk.size());
    while (post.size() < 50 * 1024 * 1024)
        post += chunk;
    const RenderResult result = MarkdownRenderer().render(post);
    QVERIFY(result.html.size() > post.size());
    QCOMPARE(result.outline.size(), post.count("## Section"));
}

void TestMarkdownRenderer::rendersTheSameOnManyThreads()
{
    QFile file(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/measuring-build-times-with-ninja.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray post = file.readAll();
    const QByteArray expected = MarkdownRenderer().render(post).html;
    QList<int> runs(64);
    const QList<QByteArray> outputs = QtConcurrent::blockingMapped(runs, [&](int) {
        return MarkdownRenderer().render(post).html;
    });
    for (const QByteArray &html : outputs)
        QCOMPARE(html, expected);
}

void TestMarkdownRenderer::earlyHighlightingMatchesSequential()
{
    // Enough code to go parallel: top-level fences (highlighted early), and
    // fences in lists, quotes and with escaped info strings (left to cmark).
    QByteArray post = "---\ntitle: x\n---\n";
    for (int i = 0; i < 400; ++i) {
        post += "## Part " + QByteArray::number(i) + "\n\n";
        post += "```python {hl_lines=[2]}\nimport os\nprint(os.name, " + QByteArray::number(i) + ")\n```\n\n";
        post += "- item\n\n  ```go\n  func f() int { return " + QByteArray::number(i) + " }\n  ```\n\n";
        post += "> ```sh\n> echo " + QByteArray::number(i) + "\n> ```\n\n";
        post += "```c\\+\\+\nint x = 1;\n```\n\n";
        post += "   ```rust\n   fn main() {}\n   ```\n\n";
        post += "```\nplain\n" + QByteArray(120, 'x') + "\n```\n\n";
    }
    RenderOptions sequential;
    sequential.parallel = false;
    sequential.sourceLines = true;
    RenderOptions parallel = sequential;
    parallel.parallel = true;
    const RenderResult a = MarkdownRenderer().render(post, sequential);
    const RenderResult b = MarkdownRenderer().render(post, parallel);
    QVERIFY(a.html.size() > 64 * 1024);
    QCOMPARE(b.html, a.html);
    QCOMPARE(b.warnings.size(), a.warnings.size());
}

void TestMarkdownRenderer::privateUseCharactersCannotForgePlaceholders()
{
    const QByteArray post = "A \xEE\x80\x83" "0\xEE\x80\x84 and \xEE\x80\x80" "0\xEE\x80\x81 here\n\n```\ncode\n```\n";
    const QByteArray html = render(post);
    QVERIFY2(html.startsWith("<p>A \xEF\xBF\xBD" "0\xEF\xBF\xBD and \xEF\xBF\xBD" "0\xEF\xBF\xBD here</p>"), html.constData());
    QCOMPARE(html.count("<pre"), 1);
}

void TestMarkdownRenderer::charactersAreCountedAsAnEditorCounts_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<qsizetype>("expected");
    QTest::newRow("empty") << QByteArray() << qsizetype(0);
    QTest::newRow("line breaks do not count") << QByteArray("a\r\nb\n\rc\n") << qsizetype(3);
    QTest::newRow("two-byte") << QByteArray("Stra\xc3\x9f" "e") << qsizetype(6);
    QTest::newRow("three-byte") << QByteArray("\xe2\x80\x9cq\xe2\x80\x9d") << qsizetype(3);
    QTest::newRow("four-byte is two units") << QByteArray("\xf0\x9f\x98\x80!") << qsizetype(3);
    // Longer than the runs the count goes in, with a tail, sequences across their seams.
    QByteArray mixed;
    for (int i = 0; i < 300; ++i)
        mixed += i % 7 == 0 ? QByteArray("\xf0\x9f\x98\x80\r\n") : i % 3 == 0 ? QByteArray("\xc3\xa9\n") : QByteArray("ab");
    QTest::newRow("long and mixed") << mixed
                                    << QString::fromUtf8(mixed).remove(u'\n').remove(u'\r').size();
}

void TestMarkdownRenderer::charactersAreCountedAsAnEditorCounts()
{
    QFETCH(QByteArray, post);
    QFETCH(qsizetype, expected);
    QCOMPARE(MarkdownRenderer().render(post).characters, expected);
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
