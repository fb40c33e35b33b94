// Export of one post and of a whole site: images copied in the same layout or
// embedded, never read from outside the site, never written outside the output.

#include "export/exporter.h"
#include "frontmatter/frontmatterreader.h"
#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

namespace {

// Why an export failed: empty when it did not.
QString problemOf(const ExportedPost &result)
{
    return result.problem ? result.problem->message : QString();
}

const QString examplePost = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/measuring-build-times-with-ninja.md");
const QString exampleImage = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/static/images/ninja-build-times/edge-durations.png");

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standalonePageHasMetaHeaderAndStyles();
    void imagesAreCopiedInTheSameLayout();
    void imagesAreEmbedded();
    void imageOutsideTheSiteIsNeverUsed();
    void relativeImageClimbingOutOfTheOutputGoesToMedia();
    void fragmentIsBodyOnly();
    void exportFollowsTheSitesMarkupSettings();
    void exportAndPreviewAgreeOnWhatIsFrontMatter_data();
    void exportAndPreviewAgreeOnWhatIsFrontMatter();
    void userStyleSheetReplacesOurs();
    void invalidFrontMatterFailsWithoutWriting();
    void brokenFrontMatterProblemHasItsPlace_data();
    void brokenFrontMatterProblemHasItsPlace();
    void unreadablePostProblemHasNoLine();
    void pagePaths_data();
    void pagePaths();
    void siteExportSkipsBrokenPostAndDrafts(); // and pages Hugo never renders
    void exportAddsNoScriptOfItsOwn_data();
    void exportAddsNoScriptOfItsOwn();
    void safeDropsScriptsHandlersAndDangerousUrls_data();
    void safeDropsScriptsHandlersAndDangerousUrls();
    void userStyleSheetCannotEndItsStyleElement();
};

void TestExporter::standalonePageHasMetaHeaderAndStyles()
{
    QTemporaryDir out;
    Exporter exporter(Site::detect(examplePost), {});
    const ExportedPost result = exporter.exportPost(examplePost, out.filePath(QStringLiteral("page.html")));
    QVERIFY2(!result.problem, qPrintable(problemOf(result)));
    const QByteArray html = TestFiles::read(out.filePath(QStringLiteral("page.html")));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<meta name=\"description\" content=\"Ninja already records"));
    QVERIFY(html.contains("<meta name=\"author\" content=\"Ada Brandt\">"));
    QVERIFY(html.contains("<meta name=\"keywords\" content=\"build, cmake, ninja\">"));
    QVERIFY(html.contains("<time datetime=\"2025-03-18\">2025-03-18</time>"));
    QVERIFY(html.contains("<span class=\"tag\">cmake</span>"));
    QVERIFY(html.contains("min read</span>"));
    QVERIFY(html.contains("prefers-color-scheme: dark"));
    QVERIFY(html.contains("pre.code span[style]{color:var(--l)}"));
    QVERIFY(!html.contains("<script"));
}

void TestExporter::imagesAreCopiedInTheSameLayout()
{
    QTemporaryDir out;
    Exporter exporter(Site::detect(examplePost), {});
    const ExportedPost result = exporter.exportPost(examplePost, out.filePath(QStringLiteral("post/page.html")));
    QVERIFY2(!result.problem, qPrintable(problemOf(result)));
    QVERIFY(result.warnings.isEmpty());
    const QByteArray html = TestFiles::read(out.filePath(QStringLiteral("post/page.html")));
    QVERIFY2(html.contains("src=\"images/ninja-build-times/edge-durations.png\""), html.constData());
    QCOMPARE(TestFiles::below(out.path()), QStringList({"post/images/ninja-build-times/edge-durations.png", "post/page.html"}));
    QCOMPARE(TestFiles::read(out.filePath(QStringLiteral("post/images/ninja-build-times/edge-durations.png"))), TestFiles::read(exampleImage));
}

void TestExporter::imagesAreEmbedded()
{
    QTemporaryDir out;
    ExportOptions options;
    options.embedImages = true;
    Exporter exporter(Site::detect(examplePost), options);
    const ExportedPost result = exporter.exportPost(examplePost, out.filePath(QStringLiteral("page.html")));
    QVERIFY2(!result.problem, qPrintable(problemOf(result)));
    const QByteArray html = TestFiles::read(out.filePath(QStringLiteral("page.html")));
    QVERIFY(html.contains("src=\"data:image/png;base64," + TestFiles::read(exampleImage).toBase64() + "\""));
    QCOMPARE(TestFiles::below(out.path()), QStringList{"page.html"});
}

void TestExporter::imageOutsideTheSiteIsNeverUsed()
{
    QTemporaryDir dir;
    // Raw HTML kept, so that the <img> is read too.
    TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = 'x'\n[markup.goldmark.renderer]\nunsafe = true\n");
    TestFiles::write(dir.filePath(QStringLiteral("secret.png")), "SECRET-BYTES");
    const QString post = dir.filePath(QStringLiteral("site/content/posts/p.md"));
    TestFiles::write(post, "![s](../../../secret.png)\n\n<img src=\"/../../secret.png\">\n");
    for (bool embed : {false, true}) {
        ExportOptions options;
        options.embedImages = embed;
        Exporter exporter(Site::detect(post), options);
        const QString page = dir.filePath(QStringLiteral("out/page.html"));
        const ExportedPost result = exporter.exportPost(post, page);
        QVERIFY2(!result.problem, qPrintable(problemOf(result)));
        QCOMPARE(result.warnings.size(), 2);
        QVERIFY(result.warnings.first().message.contains(u"outside the site"));
        const QByteArray html = TestFiles::read(page);
        QVERIFY(!html.contains("data:"));
        QVERIFY(!html.contains(QByteArray("SECRET-BYTES").toBase64()));
        QCOMPARE(TestFiles::below(dir.filePath(QStringLiteral("out"))), QStringList{"page.html"});
    }
}

void TestExporter::relativeImageClimbingOutOfTheOutputGoesToMedia()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/static/shared/logo.png")), "PNG");
    const QString post = dir.filePath(QStringLiteral("site/content/posts/p.md"));
    TestFiles::write(post, "![l](../../static/shared/logo.png)\n");
    Exporter exporter(Site::detect(post), {});
    const QString out = dir.filePath(QStringLiteral("out"));
    const ExportedPost result = exporter.exportPost(post, out + QStringLiteral("/page.html"));
    QVERIFY2(!result.problem, qPrintable(problemOf(result)));
    const QStringList files = TestFiles::below(out);
    QCOMPARE(files.size(), 2);
    QVERIFY2(files.first().startsWith(u"_media/") && files.first().endsWith(u"-logo.png"), qPrintable(files.join(u',')));
    QVERIFY(TestFiles::read(out + QStringLiteral("/page.html")).contains("src=\"" + files.first().toUtf8() + "\""));
}

void TestExporter::fragmentIsBodyOnly()
{
    ExportOptions options;
    options.fragment = true;
    Exporter exporter(Site::detect(examplePost), options);
    const ExportedPost result = exporter.renderPost(examplePost);
    QVERIFY(result.html.startsWith("<p>Every Ninja build"));
    QVERIFY(!result.html.contains("<html") && !result.html.contains("<style"));
    QVERIFY(result.html.contains("src=\"/images/ninja-build-times/edge-durations.png\""));
}

// The export is the page as the site will publish it: Hugo's default drops
// raw HTML, a site that sets unsafe keeps it; footnotes off stay text.
void TestExporter::exportFollowsTheSitesMarkupSettings()
{
    const QByteArray postText = "Text <kbd>K</kbd>[^1]\n\n[^1]: Note here\n";
    for (const bool unsafe : {false, true}) {
        QTemporaryDir dir;
        TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")),
                         unsafe ? "[markup.goldmark.renderer]\nunsafe = true\n[markup.goldmark.extensions]\nfootnote = false\n"
                                : "title = 'x'\n");
        const QString post = dir.filePath(QStringLiteral("content/posts/p.md"));
        TestFiles::write(post, postText);
        ExportOptions options;
        options.fragment = true;
        const ExportedPost result = Exporter(Site::detect(post), options).renderPost(post);
        if (unsafe) {
            QCOMPARE(result.html, QByteArray("<p>Text <kbd>K</kbd>[^1]</p>\n<p>[^1]: Note here</p>\n"));
        } else {
            QVERIFY2(result.html.startsWith("<p>Text <!-- raw HTML omitted -->K<!-- raw HTML omitted --><sup id=\"fnref:1\">"),
                     result.html.constData());
            QVERIFY2(result.html.contains("<div class=\"footnotes\" role=\"doc-endnotes\">"), result.html.constData());
        }
    }
}

void TestExporter::exportAndPreviewAgreeOnWhatIsFrontMatter_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<bool>("notice");
    // Two CommonMark spec examples that only open like front matter.
    QTest::newRow("toml-delimiter-alone") << QByteArray("+++\n") << true;
    QTest::newRow("rule-and-headings") << QByteArray("---\nFoo\n---\nBar\n---\nBaz\n") << true;
    QTest::newRow("unclosed-yaml") << QByteArray("---\ntitle: A\n\nText.\n") << true;
    QTest::newRow("front-matter") << QByteArray("---\ntitle: A\n---\nText.\n") << false;
    QTest::newRow("empty-front-matter") << QByteArray("---\n---\nText.\n") << false;
}

void TestExporter::exportAndPreviewAgreeOnWhatIsFrontMatter()
{
    // The preview renders with MarkdownRenderer; export must give the same
    // body and the same warning, not fail.
    QFETCH(QByteArray, post);
    QFETCH(bool, notice);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.md"));
    TestFiles::write(path, post);
    RenderOptions renderOptions;
    renderOptions.postPath = path;
    const RenderResult preview = MarkdownRenderer().render(post, renderOptions);
    ExportOptions options;
    options.fragment = true;
    const ExportedPost exported = Exporter(Site::detect(path), options).renderPost(path);
    QVERIFY2(!exported.problem, qPrintable(problemOf(exported)));
    QCOMPARE(exported.html, preview.html);
    const auto saysHugoRefuses = [](const QList<RenderWarning> &warnings) {
        return std::any_of(warnings.cbegin(), warnings.cend(),
                           [](const RenderWarning &w) { return w.line == 1 && w.message.contains(u"Hugo refuses"); });
    };
    QCOMPARE(saysHugoRefuses(preview.warnings), notice);
    QCOMPARE(saysHugoRefuses(exported.warnings), notice);
}

void TestExporter::userStyleSheetReplacesOurs()
{
    ExportOptions options;
    options.styleSheet = "body { font-family: 'Blog Serif'; }\n";
    Exporter exporter(Site::detect(examplePost), options);
    const QByteArray html = exporter.renderPost(examplePost).html;
    QVERIFY(html.contains("body { font-family: 'Blog Serif'; }"));
    QVERIFY(!html.contains("--tag-bg"));
    QVERIFY(html.contains("pre.code span[style]{color:var(--l)}"));
}

void TestExporter::invalidFrontMatterFailsWithoutWriting()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("bad.md"));
    TestFiles::write(post, "---\ntitle: [unclosed\n---\nBody\n");
    Exporter exporter(Site::detect(post), {});
    const QString page = dir.filePath(QStringLiteral("bad.html"));
    const ExportedPost result = exporter.exportPost(post, page);
    QVERIFY(result.problem);
    QVERIFY(result.problem->line > 0);
    QVERIFY(!QFileInfo::exists(page));
}

void TestExporter::brokenFrontMatterProblemHasItsPlace_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<int>("line");

    QTest::newRow("yaml") << QByteArray("---\ntitle: Fine\ndate: 2024: 01\n---\nBody\n") << 3;
    // yaml-cpp notices the missing "]" where the block ends.
    QTest::newRow("yaml-unclosed-list") << QByteArray("---\ntitle: Fine\ntags: [unclosed\n---\nBody\n") << 4;
    QTest::newRow("toml") << QByteArray("+++\ntitle = 'Fine'\ndate = \n+++\nBody\n") << 3;
}

void TestExporter::brokenFrontMatterProblemHasItsPlace()
{
    QFETCH(QByteArray, post);
    QFETCH(int, line);

    // The reader's Problem, said as the export's, at the same place in the post.
    const std::optional<Problem> broken = readFrontMatter(post).error;
    QVERIFY(broken);
    QCOMPARE(broken->line, line);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.md"));
    TestFiles::write(path, post);
    Exporter exporter(Site::detect(path), {});
    const QString page = dir.filePath(QStringLiteral("broken.html"));
    for (const ExportedPost &result : {exporter.exportPost(path, page), exporter.renderPost(path), exporter.renderText(post, path)}) {
        QVERIFY(result.problem);
        QCOMPARE(result.problem->message, QStringLiteral("invalid front matter: ") + broken->message);
        QCOMPARE(result.problem->line, line);
        QCOMPARE(result.problem->column, broken->column);
        QVERIFY(result.html.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(page));
}

void TestExporter::unreadablePostProblemHasNoLine()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.md"));
    const ExportedPost result = Exporter(Site::detect(dir.path()), {}).renderPost(missing);
    QVERIFY(result.problem);
    QCOMPARE(result.problem->message, QStringLiteral("cannot read %1: No such file or directory").arg(missing));
    QCOMPARE(result.problem->line, 0);
}

void TestExporter::pagePaths_data()
{
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("page");
    QTest::newRow("hugo-post") << QStringLiteral("site/content/posts/sqlite-wal-notes.md")
                               << QStringLiteral("posts/sqlite-wal-notes/index.html");
    QTest::newRow("jekyll-post") << QStringLiteral("jekyll/_posts/2021-04-11-training-a-first-model.md")
                                 << QStringLiteral("posts/2021-04-11-training-a-first-model/index.html");
}

void TestExporter::pagePaths()
{
    QFETCH(QString, post);
    QFETCH(QString, page);
    const QString path = QStringLiteral(POSTWRIGHT_EXAMPLES "/") + post;
    QCOMPARE(SiteExporter::pagePathFor(Site::detect(path), path), page);

    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "x = 1\n");
    TestFiles::write(dir.filePath(QStringLiteral("content/posts/b/index.md")), "x\n");
    const QString bundle = dir.filePath(QStringLiteral("content/posts/b/index.md"));
    QCOMPARE(SiteExporter::pagePathFor(Site::detect(bundle), bundle), QStringLiteral("posts/b/index.html"));
}

void TestExporter::siteExportSkipsBrokenPostAndDrafts()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/static/images/c.png")), "PNG");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/good.md")), "---\ntitle: Good\ndate: 2024-01-01\n---\n![c](/images/c.png)\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/bundle/index.md")), "---\ntitle: Bundle\n---\nText\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/broken.md")), "---\ntitle: [oops\n---\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/draft.md")), "---\ntitle: Draft\ndraft: true\n---\n");
    // Pages Hugo never renders (before: exported like the others).
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/headless/index.md")), "---\ntitle: Headless\nheadless: true\n---\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/never.md")), "---\ntitle: Never\nbuild:\n  render: never\n---\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/old.md")), "+++\ntitle = 'Old'\n[_build]\nrender = false\n+++\n");
    const Site site = Site::detect(dir.filePath(QStringLiteral("site")));
    const QString out = dir.filePath(QStringLiteral("out"));

    QStringList failed;
    SiteExportOptions options;
    options.jobs = 2;
    const SiteExportSummary summary = SiteExporter::exportSite(site, out, options,
        [&](const QString &post, const ExportedPost &result, int, int) {
            if (result.problem)
                failed.append(QFileInfo(post).fileName());
        });
    QCOMPARE(summary.exported, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.skippedDrafts, 1);
    QCOMPARE(failed, QStringList{"broken.md"});
    QCOMPARE(TestFiles::below(out), QStringList({"images/c.png", "index.html", "posts/bundle/index.html", "posts/good/index.html"}));
    QVERIFY(TestFiles::read(out + QStringLiteral("/posts/good/index.html")).contains("src=\"../../images/c.png\""));
    const QByteArray index = TestFiles::read(out + QStringLiteral("/index.html"));
    QVERIFY(index.contains("<a href=\"posts/good/index.html\">Good</a>"));
    QVERIFY(!index.contains("Draft"));
    QVERIFY(!index.contains("Headless") && !index.contains("Never") && !index.contains("Old"));

    options.drafts = true;
    QTemporaryDir out2;
    QCOMPARE(SiteExporter::exportSite(site, out2.path(), options, {}).exported, 3);
}


namespace {

// A post with everything the renderer makes of its own: code in several
// languages (with line numbers and highlighted lines), math, shortcodes, a
// table, footnotes, task lists, an image.
const QByteArray postWithOwnMarkup = "---\ntitle: Own markup\ntags: [a]\n---\n"
                                     "# Heading\n\nText with $x^2$ math and a footnote.[^1]\n\n"
                                     "```cpp {linenos=true,hl_lines=[2]}\nint main()\n{\n    return 0;\n}\n```\n\n"
                                     "```js\nconsole.log('<script>');\n```\n\n"
                                     "```python\nprint(1)\n```\n\n"
                                     "$$\n\\int x\\,dx\n$$\n\n"
                                     "{{< figure src=\"/images/ninja-build-times/edge-durations.png\" title=\"Chart\" >}}\n\n"
                                     "{{< youtube dQw4w9WgXcQ >}}\n\n"
                                     "{{< highlight go >}}\npackage main\n{{< /highlight >}}\n\n"
                                     "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n"
                                     "[^1]: The note.\n";

} // namespace

void TestExporter::exportAddsNoScriptOfItsOwn_data()
{
    QTest::addColumn<bool>("fragment");
    QTest::addColumn<bool>("embed");
    QTest::addColumn<bool>("toc");
    QTest::newRow("page") << false << false << false;
    QTest::newRow("embedded") << false << true << true;
    QTest::newRow("fragment") << true << false << true;
}

void TestExporter::exportAddsNoScriptOfItsOwn()
{
    // Highlighting, math and shortcodes are plain HTML and CSS: an exported
    // page runs no script unless the post itself holds one.
    QFETCH(bool, fragment);
    QFETCH(bool, embed);
    QFETCH(bool, toc);
    ExportOptions options;
    options.fragment = fragment;
    options.embedImages = embed;
    options.toc = toc;
    const QString post = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/own-markup.md");
    const ExportedPost result = Exporter(Site::detect(post), options).renderText(postWithOwnMarkup, post);
    QVERIFY2(!result.problem, qPrintable(problemOf(result)));
    QVERIFY(result.html.contains("<pre class=\"code"));
    // Math is KaTeX's HTML, drawn at export (tst_math has the rest).
    QVERIFY2(result.html.count("<span class=\"katex\">") == 2 && !result.html.contains("$x^2$"), result.html.constData());
    const QByteArray html = result.html.toLower();
    QVERIFY2(!html.contains("<script"), result.html.constData());
    QVERIFY(!html.contains("javascript:"));
    static const QRegularExpression handler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="));
    QVERIFY2(!QString::fromUtf8(html).contains(handler), result.html.constData());
    // The one <script> text is the post's own code, escaped.
    QVERIFY(result.html.contains("&lt;script&gt;"));
}

void TestExporter::safeDropsScriptsHandlersAndDangerousUrls_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::newRow("script") << QByteArray("<script>alert(1)</script>\n");
    QTest::newRow("inline-script") << QByteArray("Text <script>alert(1)</script> more.\n");
    QTest::newRow("onerror") << QByteArray("<img src=x onerror=\"alert(1)\">\n");
    QTest::newRow("inline-onerror") << QByteArray("An <img src=x onerror=alert(1)> image.\n");
    QTest::newRow("svg-onload") << QByteArray("<svg onload=alert(1)></svg>\n");
    QTest::newRow("html-javascript-link") << QByteArray("<a href=\"javascript:alert(1)\">x</a>\n");
    QTest::newRow("markdown-javascript-link") << QByteArray("[x](javascript:alert(1))\n");
    QTest::newRow("mixed-case-link") << QByteArray("[x](JaVaScRiPt:alert(1))\n");
    QTest::newRow("reference-link") << QByteArray("[x][r]\n\n[r]: javascript:alert(1)\n");
    QTest::newRow("autolink") << QByteArray("<javascript:alert(1)>\n");
    QTest::newRow("vbscript-link") << QByteArray("[x](vbscript:msgbox(1))\n");
    QTest::newRow("data-html-link") << QByteArray("[x](data:text/html,<script>alert(1)</script>)\n");
    QTest::newRow("file-image") << QByteArray("![x](file:///etc/passwd)\n");
    QTest::newRow("iframe") << QByteArray("<iframe src=\"file:///etc/passwd\"></iframe>\n");
    QTest::newRow("figure-link") << QByteArray("{{< figure src=\"/x.png\" link=\"javascript:alert(1)\" >}}\n");
    QTest::newRow("figure-hidden-scheme") << QByteArray("{{< figure src=\"/x.png\" link=\" java\tscript:alert(1)\" >}}\n");
    QTest::newRow("figure-src") << QByteArray("{{< figure src=\"javascript:alert(1)\" >}}\n");
    QTest::newRow("figure-data-html") << QByteArray("{{< figure src=\"/x.png\" link=\"data:text/html,<script>alert(1)</script>\" >}}\n");
    QTest::newRow("paired-shortcode") << QByteArray("{{< details >}}\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n{{< /details >}}\n");
}

void TestExporter::safeDropsScriptsHandlersAndDangerousUrls()
{
    QFETCH(QByteArray, markdown);
    ExportOptions options;
    options.safe = true;
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    for (bool fragment : {false, true}) {
        options.fragment = fragment;
        const ExportedPost result = Exporter(Site::detect(post), options).renderText("# Title\n\n" + markdown, post);
        QVERIFY2(!result.problem, qPrintable(problemOf(result)));
        QVERIFY(result.html.contains("<h1"));
        // Browsers ignore tabs and newlines in a URL's scheme: so does the check.
        const QByteArray html = result.html.toLower().replace('\t', "").replace('\n', "");
        QVERIFY2(!html.contains("<script"), result.html.constData());
        QVERIFY2(!html.contains("<iframe"), result.html.constData());
        // Handlers anywhere in a tag; dangerous URLs as attribute values (as
        // text, "javascript:alert(1)" is harmless and stays).
        static const QRegularExpression handler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="));
        static const QRegularExpression url(QStringLiteral("=\\s*[\"']?\\s*(javascript:|vbscript:|data:text/html|file:)"));
        QVERIFY2(!QString::fromUtf8(html).contains(handler), result.html.constData());
        QVERIFY2(!QString::fromUtf8(html).contains(url), result.html.constData());
    }
    // Without --safe it all passes through: the rows test something.
    options.safe = false;
    const QString unsafe = QString::fromUtf8(
        Exporter(Site::detect(post), options).renderText("# Title\n\n" + markdown, post).html.toLower().replace('\t', ""));
    static const QRegularExpression dangerous(QStringLiteral("<script|<iframe|<[^>]*\\son[a-z]+\\s*=|=\\s*[\"']?\\s*(javascript:|vbscript:|data:text/html|file:)"));
    QVERIFY2(unsafe.contains(dangerous), qPrintable(unsafe));
}

void TestExporter::userStyleSheetCannotEndItsStyleElement()
{
    // The blog's CSS goes inside <style>; a "</style>" in it must not end the
    // element and let markup (a script) follow.
    ExportOptions options;
    options.styleSheet = "body { color: red; }\n/* </STYLE><script>alert(1)</script> */\n";
    const ExportedPost result = Exporter(Site::detect(examplePost), options).renderPost(examplePost);
    QVERIFY(result.html.contains("body { color: red; }"));
    // One style element, ending after the comment: the "script" is CSS text.
    const QByteArray html = result.html.toLower();
    QCOMPARE(html.count("</style"), 1);
    QVERIFY(html.indexOf("<script") < html.indexOf("</style"));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
