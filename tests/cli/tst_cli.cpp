// The headless command line, run as a separate process with no display.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runPostwright(const QStringList &arguments, const QProcessEnvironment &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(extraEnvironment);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTWRIGHT_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

const QString examplePost = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/measuring-build-times-with-ninja.md");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionWorksWithoutDisplay();
    void helpListsCommands();
    void exportWritesStandalonePage();
    void exportFragmentToStdout();
    void commandsLoadNoEditorLibraries();
    void exportDrawsMathAndDiagrams();
    void exportPdfHoldsTitleCodeAndMath();
    void exportPdfRefusesBadOptions();
    void withoutMermaidDiagramsStayCodeWithANote();
    void exportMissingInputIsUsageError();
    void exportWithoutOutputIsUsageError();
    void germanHelpWhenLocaleIsGerman();

    void exportEmbedImages();
    void exportCopiesImagesNextToPage();
    void exportTheme();
    void exportUnknownThemeIsUsageError();
    void exportCss();
    void exportMissingCssIsUsageError();
    void exportSafe();
    void exportSafeDropsScriptsAndJavascriptLinks();
    void exportToc();
    void exportWarningsAreCompilerStyle();
    void exportStrictMakesWarningsFail();
    void exportImageOutsideSiteWarnsAndIsNotEmbedded();
    void exportInvalidFrontMatterFails();
    void exportReadsWhatOnlyOpensLikeFrontMatterAsText_data();
    void exportReadsWhatOnlyOpensLikeFrontMatterAsText();
    void exportUnknownOptionIsUsageError();
    void exportSiteWithBrokenPost();
    void exportSiteDraftsAndJobs();
    void exportSiteNotASiteIsUsageError();
    void exportSiteHelp();

    void metaPrintsJson();
    void metaReportsErrorsWithPositions();
    void metaKeepsFloatsAndMergesKeys();
    void setChangesOnlyThatKey();
    void setParsesJsonValuesAndForcesStrings();
    void setReachesIntoMapsAndUnsets();
    void setOnInvalidFrontMatterLeavesTheFile_data();
    void setOnInvalidFrontMatterLeavesTheFile();
    void setAddsFrontMatterWhereThereIsNone();
    void lintPrintsCompilerStyleWarnings();
    void lintCleanPostSucceeds();
    void lintReportsBrokenImagesAndMissingAltText();

    void addImageInsertsAtLineAndPrintsWhereItWent();
    void addImageAppendsInTheSiteStyleAsJson();
    void addImageToJekyllPostUsesAssets();
    void addImageRefusesNonImageAndLeavesEverything();
    void addImageUsageErrors();

    void unclosedQuoteIsAnErrorForMetaLintAndSet();
};

void TestCli::metaPrintsJson()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    const QByteArray text = "---\ntitle: \"Hello\" # shown\ndraft: false\ntags: [\"a\", \"b\"]\ndate: \"2021-04-11\"\nweight: 3\n---\n\nBody.\n";
    TestFiles::write(post, text);
    const Run run = runPostwright({QStringLiteral("meta"), post, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject meta = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(meta.value(u"format").toString(), QStringLiteral("yaml"));
    QCOMPARE(meta.value(u"body_offset").toInteger(), text.indexOf("\nBody.")); // right after the closing line
    QCOMPARE(meta.value(u"keys").toArray(), QJsonArray({"title", "draft", "tags", "date", "weight"}));
    const QJsonObject fields = meta.value(u"fields").toObject();
    QCOMPARE(fields.value(u"title").toString(), QStringLiteral("Hello"));
    QCOMPARE(fields.value(u"draft"), QJsonValue(false));
    QCOMPARE(fields.value(u"tags").toArray(), QJsonArray({"a", "b"}));
    QCOMPARE(fields.value(u"date").toString(), QStringLiteral("2021-04-11"));
    QCOMPARE(fields.value(u"weight").toInteger(), 3);
    QCOMPARE(meta.value(u"errors").toArray().size(), 0);

    const QString none = dir.filePath(QStringLiteral("none.md"));
    TestFiles::write(none, "# Just Markdown\n");
    const QJsonObject plain = QJsonDocument::fromJson(runPostwright({QStringLiteral("meta"), none, QStringLiteral("--json")}).out).object();
    QCOMPARE(plain.value(u"format").toString(), QStringLiteral("none"));
    QCOMPARE(plain.value(u"body_offset").toInteger(), 0);
}

void TestCli::metaReportsErrorsWithPositions()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, "---\ntitle: ok\ntags: [unclosed\n---\nBody.\n");
    const Run run = runPostwright({QStringLiteral("meta"), post, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray errors = QJsonDocument::fromJson(run.out).object().value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors[0].toObject().value(u"line").toInt() >= 3);
    QVERIFY(!errors[0].toObject().value(u"message").toString().isEmpty());
}

void TestCli::metaKeepsFloatsAndMergesKeys()
{
    // QJsonDocument writes 3.0 as 3; a "<<" was shown as a key named "<<".
    QTemporaryDir dir;
    const QList<std::pair<const char *, QByteArray>> posts{
        {"yaml.md", "---\nbase: &base\n  author: Ann\n  toc: true\ntitle: T\nversion: 3.0\n<<: *base\ntoc: false\n---\n"},
        {"toml.md", "+++\ntitle = \"T\"\nversion = 3.0\n+++\n"},
        {"json.md", "{\n  \"title\": \"T\",\n  \"version\": 3.0\n}\n"},
    };
    for (const auto &[name, text] : posts) {
        const QString post = dir.filePath(QString::fromLatin1(name));
        TestFiles::write(post, text);
        const Run run = runPostwright({QStringLiteral("meta"), post, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("\"version\": 3.0"), run.out.constData());
        const QJsonObject fields = QJsonDocument::fromJson(run.out).object().value(u"fields").toObject();
        QCOMPARE(fields.value(u"version").toDouble(), 3.0);
        QVERIFY2(runPostwright({QStringLiteral("meta"), post}).out.contains("version: 3.0\n"), name);
    }
    const QJsonObject yaml =
        QJsonDocument::fromJson(runPostwright({QStringLiteral("meta"), dir.filePath(QStringLiteral("yaml.md")),
                                               QStringLiteral("--json")}).out).object();
    QCOMPARE(yaml.value(u"keys").toArray(), QJsonArray({"base", "title", "version", "toc", "author"}));
    const QJsonObject fields = yaml.value(u"fields").toObject();
    QVERIFY(!fields.contains(u"<<"));
    QCOMPARE(fields.value(u"author").toString(), QStringLiteral("Ann"));
    QCOMPARE(fields.value(u"toc"), QJsonValue(false)); // written in the post: it wins over the merge
}

void TestCli::setChangesOnlyThatKey()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    const QByteArray text = "---\nlayout: post\ntitle: \"Old\"  # keep me\ncategories: [AIML] # choose from [AIML, Career]\n---\nBody.\n";
    TestFiles::write(post, text);
    const Run run = runPostwright({QStringLiteral("set"), post, QStringLiteral("title=New title")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestFiles::read(post), QByteArray(text).replace("\"Old\"", "\"New title\""));
}

void TestCli::setParsesJsonValuesAndForcesStrings()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, "---\ntitle: T\n---\n");
    const Run run = runPostwright({QStringLiteral("set"), post, QStringLiteral("tags=[\"x\", \"y\"]"), QStringLiteral("draft=true"),
                                   QStringLiteral("weight=7"), QStringLiteral("--string"), QStringLiteral("slug=true")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject fields =
        QJsonDocument::fromJson(runPostwright({QStringLiteral("meta"), post, QStringLiteral("--json")}).out).object().value(u"fields").toObject();
    QCOMPARE(fields.value(u"tags").toArray(), QJsonArray({"x", "y"}));
    QCOMPARE(fields.value(u"draft"), QJsonValue(true));
    QCOMPARE(fields.value(u"weight").toInteger(), 7);
    QCOMPARE(fields.value(u"slug"), QJsonValue(QStringLiteral("true")));
}

void TestCli::setReachesIntoMapsAndUnsets()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, "---\ntitle: T\ndraft: true\nparams:\n  author: Ann\n---\n");
    const Run run = runPostwright({QStringLiteral("set"), post, QStringLiteral("params.author=Bo"), QStringLiteral("--unset"),
                                   QStringLiteral("draft")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestFiles::read(post), QByteArray("---\ntitle: T\nparams:\n  author: Bo\n---\n"));
}

void TestCli::setOnInvalidFrontMatterLeavesTheFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("unclosed-flow-list") << QByteArray("---\ntitle: [broken\n---\nBody.\n") << QByteArray("post.md:");
    // A second block above an unclosed one would only bury it.
    QTest::newRow("unclosed-block") << QByteArray("---\ntitle: x\nBody\n") << QByteArray("never closed");
}

void TestCli::setOnInvalidFrontMatterLeavesTheFile()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, says);
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, text);
    const Run run = runPostwright({QStringLiteral("set"), post, QStringLiteral("draft=false")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QCOMPARE(TestFiles::read(post), text);
}

void TestCli::setAddsFrontMatterWhereThereIsNone()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, "# Heading\n\nBody.\n");
    const Run run = runPostwright({QStringLiteral("set"), post, QStringLiteral("title=Hello")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestFiles::read(post), QByteArray("---\ntitle: Hello\n---\n# Heading\n\nBody.\n"));
}

void TestCli::lintPrintsCompilerStyleWarnings()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, "---\ndate: 2024-02-30\n---\nBody.\n");
    const Run run = runPostwright({QStringLiteral("lint"), post});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(post + QStringLiteral(":2: warning: date is not a date")), qPrintable(err));
    QVERIFY2(err.contains(post + QStringLiteral(":3: warning: The post has no title.")), qPrintable(err));
}

void TestCli::lintCleanPostSucceeds()
{
    const Run run = runPostwright({QStringLiteral("lint"), QStringLiteral(POSTWRIGHT_EXAMPLES "/jekyll/_posts/2021-04-11-training-a-first-model.md")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

// The Images dock's check, from the command line: a file the site does not
// have, one outside it, and an image nobody described; a good one says nothing.
void TestCli::lintReportsBrokenImagesAndMissingAltText()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/static/images/there.png")), "png");
    const QString post = dir.filePath(QStringLiteral("site/content/posts/post.md"));
    TestFiles::write(post, "---\ntitle: Images\n---\n\n"
                           "![A chart](/images/missing.png)\n\n"
                           "![](/images/there.png)\n\n"
                           "<img src=\"../../../../outside.png\" alt=\"Out\">\n\n"
                           "![Described](/images/there.png)\n\n"
                           "`![](/images/in-code.png)`\n");
    const Run run = runPostwright({QStringLiteral("lint"), post});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(post + QStringLiteral(":5: warning: image not found in the site: /images/missing.png")), qPrintable(err));
    QVERIFY2(err.contains(post + QStringLiteral(":7: warning: image without alt text: /images/there.png")), qPrintable(err));
    QVERIFY2(err.contains(post + QStringLiteral(":9: warning: image outside the site")), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 3); // nothing of the described image, nothing from code
}

void TestCli::versionWorksWithoutDisplay()
{
    const Run run = runPostwright({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("postwright 0."), run.out.constData());
}

void TestCli::helpListsCommands()
{
    const Run run = runPostwright({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Commands:"), run.out.constData());
    QVERIFY2(run.out.contains("  export "), run.out.constData());
    QVERIFY2(run.out.contains("--screenshot"), run.out.constData());
}

void TestCli::exportWritesStandalonePage()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("post.html"));
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<title>Measuring Build Times with Ninja's Log</title>"));
    QVERIFY(html.contains("<meta name=\"keywords\" content=\"build, cmake, ninja\">"));
    QVERIFY(html.contains("<h2 id=\"ranking-the-slowest-edges\">Ranking the slowest edges</h2>"));
    QVERIFY(!html.contains("draft: false"));
}

void TestCli::exportFragmentToStdout()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--fragment"),
                                   QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<p>Every Ninja build"));
    QVERIFY(!run.out.contains("<html"));
}

namespace {

// What the dynamic loader mapped for an export of post to standard output.
QStringList librariesLoadedExporting(const QByteArray &post)
{
    QTemporaryDir dir;
    const QString postPath = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(postPath, post);
    QProcessEnvironment loaderLog;
    loaderLog.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    loaderLog.insert(QStringLiteral("LD_DEBUG_OUTPUT"), dir.filePath(QStringLiteral("loader")));
    const Run run = runPostwright({QStringLiteral("export"), postPath, QStringLiteral("--fragment"), QStringLiteral("-o"),
                                   QStringLiteral("-")},
                                  loaderLog);
    if (run.exitCode != 0 || !run.out.contains("<h1"))
        return {};
    QStringList loaded;
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("loader.*")}, QDir::Files)) {
        QFile log(dir.filePath(name));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : log.readAll().split('\n')) {
            const qsizetype at = line.indexOf("file=");
            if (at >= 0)
                loaded << QString::fromUtf8(line.mid(at + 5, line.indexOf(' ', at) - at - 5));
        }
    }
    return loaded;
}

} // namespace

// Every library of a Debian package is bound at load, so what the command
// line links is its start-up time: Widgets, WebEngine, Qt Quick and
// KTextEditor belong to the editor module alone, KSyntaxHighlighting (which
// brings Qt Network and its 60 libraries) to the highlighting module, loaded
// when a post has code. The dynamic loader lists what it maps.
void TestCli::commandsLoadNoEditorLibraries()
{
    const QStringList withCode = librariesLoadedExporting("# Code\n\n```cpp\nint main() { return 0; }\n```\n");
    // The log is there and names what the command does use.
    QVERIFY2(!withCode.filter(QStringLiteral("libQt6Core.so")).isEmpty(), qPrintable(withCode.join(u' ')));
    QVERIFY2(!withCode.filter(QStringLiteral("postwright-highlighting.so")).isEmpty(), qPrintable(withCode.join(u' ')));
    QVERIFY2(!withCode.filter(QStringLiteral("libKF6SyntaxHighlighting.so")).isEmpty(), qPrintable(withCode.join(u' ')));
    for (const QString &editorOnly : {QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6WebEngine"),
                                      QStringLiteral("libQt6Quick"), QStringLiteral("libQt6Qml"),
                                      QStringLiteral("libKF6TextEditor"), QStringLiteral("postwright-editor")})
        QVERIFY2(withCode.filter(editorOnly).isEmpty(), qPrintable(editorOnly + QStringLiteral(" loaded: ")
                                                                     + withCode.filter(editorOnly).join(u' ')));

    // Math loads Qt Qml (KaTeX in a QJSEngine) from its own module, and only then.
    const QStringList withMath = librariesLoadedExporting("# Math\n\nEnergy $E=mc^2$.\n");
    QVERIFY2(!withMath.filter(QStringLiteral("postwright-math.so")).isEmpty(), qPrintable(withMath.join(u' ')));
    QVERIFY2(!withMath.filter(QStringLiteral("libQt6Qml")).isEmpty(), qPrintable(withMath.join(u' ')));
    QVERIFY2(withMath.filter(QStringLiteral("libQt6WebEngine")).isEmpty(), qPrintable(withMath.join(u' ')));

    const QStringList withoutCode = librariesLoadedExporting("# No code\n\nJust *words* and `inline code`.\n");
    QVERIFY2(!withoutCode.filter(QStringLiteral("libQt6Core.so")).isEmpty(), qPrintable(withoutCode.join(u' ')));
    for (const QString &codeOnly : {QStringLiteral("postwright-highlighting"), QStringLiteral("libKF6SyntaxHighlighting"),
                                    QStringLiteral("libQt6Network"), QStringLiteral("postwright-math"),
                                    QStringLiteral("libQt6Qml")})
        QVERIFY2(withoutCode.filter(codeOnly).isEmpty(), qPrintable(codeOnly + QStringLiteral(" loaded: ")
                                                                      + withoutCode.filter(codeOnly).join(u' ')));
}

const QString mathPost = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/queueing-delay-in-build-farms.md");

// The example post with math and a diagram: KaTeX's HTML and Mermaid's SVG
// in the page, no script; kept for the blog's own scripts when asked.
void TestCli::exportDrawsMathAndDiagrams()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("post.html"));
    Run run = runPostwright({QStringLiteral("export"), mathPost, QStringLiteral("-o"), page});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QByteArray html = TestFiles::read(page);
    QVERIFY(html.count("<span class=\"katex\">") >= 6);
    QVERIFY(html.contains("<div class=\"diagram\"><svg id=\"postwright-diagram-1\""));
    QVERIFY(html.contains(">git push<") || html.contains(">git push</"));
    QVERIFY(!html.contains("<pre class=\"mermaid\""));
    QVERIFY(!html.contains("<script"));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("katex/fonts/KaTeX_Math-Italic.woff2"))));

    run = runPostwright({QStringLiteral("export"), mathPost, QStringLiteral("--diagrams"), QStringLiteral("keep"),
                         QStringLiteral("--math"), QStringLiteral("mathjax"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("<pre class=\"mermaid\">flowchart LR\n    push[git push] --&gt; queue[(build queue)]"));
    QVERIFY(run.out.contains("<span class=\"math inline\">\\(\\lambda\\)</span>"));
    QVERIFY(run.out.contains("mathjax@3/es5/tex-mml-chtml.js"));
    QVERIFY(!run.out.contains("<svg"));

    run = runPostwright({QStringLiteral("export"), mathPost, QStringLiteral("--math"), QStringLiteral("mathml"),
                         QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("unknown math mode 'mathml'"), run.err.constData());
}

// A PDF made without a display (the offscreen platform): its text holds the
// title, a line of the code and a math symbol drawn by KaTeX.
void TestCli::exportPdfHoldsTitleCodeAndMath()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("post.pdf"));
    const Run run = runPostwright({QStringLiteral("export"), mathPost, QStringLiteral("--pdf"), QStringLiteral("--page-size"),
                                   QStringLiteral("Letter"), QStringLiteral("-o"), pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(TestFiles::read(pdf).startsWith("%PDF-"));
    QCOMPARE(TestFiles::below(dir.path()), QStringList{QStringLiteral("post.pdf")}); // nothing else left beside it
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0, "pdftotext (poppler-utils) failed");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(u"Why the Build Queue Grows"), qPrintable(text.left(300)));
    QVERIFY2(text.contains(u"for rho in (0.5, 0.8, 0.9, 0.95):"), qPrintable(text));
    QVERIFY2(text.contains(u"λ") && text.contains(u"ρ"), qPrintable(text)); // KaTeX's Greek, not "\\lambda"
    QVERIFY(!text.contains(u"\\lambda"));
    QVERIFY2(text.contains(u"git push"), qPrintable(text)); // the diagram is drawn, its labels are text
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(info.readAllStandardOutput().contains("612 x 792 pts (letter)"), "not a Letter page");
}

void TestCli::withoutMermaidDiagramsStayCodeWithANote()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("POSTWRIGHT_MERMAID_DIR"), QStringLiteral("/nonexistent"));
    const Run run = runPostwright({QStringLiteral("export"), mathPost, QStringLiteral("-o"), QStringLiteral("-")}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(":19: warning: Mermaid is not installed; diagrams are shown as code"), run.err.constData());
    QVERIFY(run.out.contains("<p class=\"diagram-note\">Mermaid is not installed, so this diagram stays code"));
    QVERIFY(run.out.contains("<pre class=\"code\"><code>flowchart LR\n"));
    QVERIFY(!run.out.contains("<svg"));
    QVERIFY(run.out.contains("<span class=\"katex\">")); // math does not depend on it
}

void TestCli::exportPdfRefusesBadOptions()
{
    Run run = runPostwright({QStringLiteral("export"), mathPost, QStringLiteral("--pdf"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--pdf"), run.err.constData());
    QTemporaryDir dir;
    run = runPostwright({QStringLiteral("export"), mathPost, QStringLiteral("--pdf"), QStringLiteral("--page-size"),
                         QStringLiteral("B7"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("unknown page size 'B7'"), run.err.constData());
    QVERIFY(TestFiles::below(dir.path()).isEmpty());
}

void TestCli::exportMissingInputIsUsageError()
{
    const Run run = runPostwright({QStringLiteral("export"), QStringLiteral("/nonexistent/post.md"),
                                   QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("postwright export: cannot read /nonexistent/post.md"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::exportWithoutOutputIsUsageError()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("-o"));
}

void TestCli::germanHelpWhenLocaleIsGerman()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POSTWRIGHT_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains("Befehle:"), out.constData());
}

namespace {



const QString exampleImage = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/static/images/ninja-build-times/edge-durations.png");

} // namespace

void TestCli::exportEmbedImages()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("page.html"));
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--embed-images"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(TestFiles::read(out).contains("src=\"data:image/png;base64," + TestFiles::read(exampleImage).toBase64() + "\""));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList{"page.html"});
}

void TestCli::exportCopiesImagesNextToPage()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("page.html"));
    QCOMPARE(runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("-o"), out}).exitCode, 0);
    QCOMPARE(TestFiles::read(dir.filePath(QStringLiteral("images/ninja-build-times/edge-durations.png"))), TestFiles::read(exampleImage));
    QVERIFY(TestFiles::read(out).contains("src=\"images/ninja-build-times/edge-durations.png\""));
}

void TestCli::exportTheme()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--theme"), QStringLiteral("Breeze Dark"),
                                   QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("<span style=\"color:#"));
    QVERIFY(!run.out.contains("--d:"));
}

void TestCli::exportUnknownThemeIsUsageError()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--theme"), QStringLiteral("No Such Theme"),
                                   QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("postwright export: unknown theme 'No Such Theme'; installed themes: "), run.err.constData());
    QVERIFY(run.err.contains("Breeze Light"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::exportCss()
{
    QTemporaryDir dir;
    const QString css = dir.filePath(QStringLiteral("blog.css"));
    TestFiles::write(css, "article { max-width: 40em; } /* the blog's own */\n");
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--css"), css, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("/* the blog's own */"));
    QVERIFY(!run.out.contains("--tag-bg"));
}

void TestCli::exportMissingCssIsUsageError()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--css"), QStringLiteral("/nonexistent.css"),
                                   QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("postwright export: cannot read /nonexistent.css"), run.err.constData());
}

void TestCli::exportSafe()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--safe"), QStringLiteral("--fragment"),
                                   QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("<img class=\"responsive\""));
    QVERIFY(run.out.contains("<!-- raw HTML omitted -->"));
}

void TestCli::exportSafeDropsScriptsAndJavascriptLinks()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, "# Post\n\n<script>alert(1)</script>\n\n<img src=x onerror=\"alert(1)\">\n\n"
                           "[link](javascript:alert(1)) and <a href=\"javascript:alert(1)\">raw</a>\n");
    const Run run = runPostwright({QStringLiteral("export"), post, QStringLiteral("--safe"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(run.out.contains(">link</a>"));
    for (const char *word : {"<script", "onerror", "javascript:"})
        QVERIFY2(!run.out.contains(word), run.out.constData());
}

void TestCli::exportToc()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--toc"), QStringLiteral("--fragment"),
                                   QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("<nav class=\"toc\">"), run.out.constData());
    QVERIFY(run.out.contains("<a href=\"#ranking-the-slowest-edges\">Ranking the slowest edges</a>"));
}

void TestCli::exportWarningsAreCompilerStyle()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("p.md"));
    TestFiles::write(post, "Intro\n\n![x](missing.png)\n\n```nosuchlang\nx\n```\n");
    const Run run = runPostwright({QStringLiteral("export"), post, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), post.toUtf8() + ":3: warning: image not found: missing.png");
    QVERIFY2(lines.at(1).startsWith(post.toUtf8() + ":5: warning: unknown code language 'nosuchlang'"), lines.at(1).constData());
}

void TestCli::exportStrictMakesWarningsFail()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("p.md"));
    TestFiles::write(post, "![x](missing.png)\n");
    QCOMPARE(runPostwright({QStringLiteral("export"), post, QStringLiteral("--strict"), QStringLiteral("-o"), QStringLiteral("-")}).exitCode, 1);
    TestFiles::write(post, "Clean\n");
    QCOMPARE(runPostwright({QStringLiteral("export"), post, QStringLiteral("--strict"), QStringLiteral("-o"), QStringLiteral("-")}).exitCode, 0);
}

void TestCli::exportImageOutsideSiteWarnsAndIsNotEmbedded()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("private.png")), "PRIVATE");
    const QString post = dir.filePath(QStringLiteral("site/content/posts/p.md"));
    TestFiles::write(post, "![p](../../../private.png)\n");
    const QString out = dir.filePath(QStringLiteral("out/p.html"));
    const Run run = runPostwright({QStringLiteral("export"), post, QStringLiteral("--embed-images"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(":1: warning: image outside the site, not used: ../../../private.png"), run.err.constData());
    QVERIFY(!TestFiles::read(out).contains(QByteArray("PRIVATE").toBase64()));
    QVERIFY(!TestFiles::read(out).contains("data:"));
}

void TestCli::exportInvalidFrontMatterFails()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("p.md"));
    TestFiles::write(post, "---\ntitle: [oops\n---\nBody\n");
    const QString out = dir.filePath(QStringLiteral("p.html"));
    const Run run = runPostwright({QStringLiteral("export"), post, QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(post.toUtf8() + ":"), run.err.constData());
    QVERIFY(run.err.contains(": error: invalid front matter"));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::exportReadsWhatOnlyOpensLikeFrontMatterAsText_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArray>("html");
    // Two CommonMark spec examples that open like front matter: a thematic
    // break alone, and a rule with setext headings. Hugo refuses both posts.
    QTest::newRow("toml-delimiter-alone") << QByteArray("+++\n") << QByteArray("<p>+++</p>\n");
    QTest::newRow("rule-and-headings") << QByteArray("---\nFoo\n---\nBar\n---\nBaz\n")
                                       << QByteArray("<hr />\n<h2 id=\"foo\">Foo</h2>\n<h2 id=\"bar\">Bar</h2>\n<p>Baz</p>\n");
    QTest::newRow("yaml-unclosed") << QByteArray("---\ntitle: x\n") << QByteArray("<hr />\n<p>title: x</p>\n");
}

void TestCli::exportReadsWhatOnlyOpensLikeFrontMatterAsText()
{
    // Before: export refused these (exit 1, no output) while the preview
    // showed them as text. One rule now: text, a warning, exit 0.
    QFETCH(QByteArray, post);
    QFETCH(QByteArray, html);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.md"));
    TestFiles::write(path, post);
    const Run run = runPostwright({QStringLiteral("export"), path, QStringLiteral("--fragment"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, html);
    QVERIFY2(run.err.startsWith(path.toUtf8() + ":1: warning: "), run.err.constData());
    QVERIFY2(run.err.contains("Hugo refuses the post"), run.err.constData());
    // The page export gives the same body.
    const QString page = dir.filePath(QStringLiteral("p.html"));
    QCOMPARE(runPostwright({QStringLiteral("export"), path, QStringLiteral("-o"), page}).exitCode, 0);
    QVERIFY(TestFiles::read(page).contains(html));
    // lint flags it.
    const Run lint = runPostwright({QStringLiteral("lint"), path});
    QCOMPARE(lint.exitCode, 1);
    QVERIFY2(lint.out.contains("Hugo refuses the post") || lint.err.contains("Hugo refuses the post"),
             (lint.out + lint.err).constData());
}

void TestCli::exportUnknownOptionIsUsageError()
{
    const Run run = runPostwright({QStringLiteral("export"), examplePost, QStringLiteral("--bogus"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("bogus"));
}

void TestCli::exportSiteWithBrokenPost()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/a.md")), "---\ntitle: A\n---\nText\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/b.md")), "---\ntitle: B\n---\n![x](/images/none.png)\n");
    TestFiles::write(dir.filePath(QStringLiteral("site/content/posts/broken.md")), "+++\ntitle = \n+++\n");
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run run = runPostwright({QStringLiteral("export-site"), dir.filePath(QStringLiteral("site")), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("broken.md:2: error: invalid front matter"), run.err.constData());
    QVERIFY2(run.err.contains("b.md:4: warning: image not found: /images/none.png"), run.err.constData());
    QVERIFY2(run.err.contains("2 posts exported to " + out.toUtf8() + ", 1 failed, 1 warning"), run.err.constData());
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/posts/a/index.html")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/posts/b/index.html")));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/posts/broken/index.html")));
}

void TestCli::exportSiteDraftsAndJobs()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    Run run = runPostwright({QStringLiteral("export-site"), QStringLiteral(POSTWRIGHT_EXAMPLES "/site"), QStringLiteral("-o"), out,
                             QStringLiteral("--jobs"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("4 posts exported") && run.err.contains("1 draft skipped"), run.err.constData());
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/posts/sqlite-wal-notes/index.html")));
    // One copy of KaTeX's stylesheet and fonts for the site, linked from the page with math.
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/katex/fonts/KaTeX_Main-Regular.woff2")));
    const QByteArray mathPage = TestFiles::read(out + QStringLiteral("/posts/queueing-delay-in-build-farms/index.html"));
    QVERIFY(mathPage.contains("<link rel=\"stylesheet\" href=\"../../katex/katex.min.css\">"));
    QVERIFY(mathPage.contains("<span class=\"katex\">"));
    QVERIFY(!TestFiles::read(out + QStringLiteral("/posts/reading-json-logs-with-jq/index.html")).contains("katex"));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/images/ninja-build-times/edge-durations.png")));
    run = runPostwright({QStringLiteral("export-site"), QStringLiteral(POSTWRIGHT_EXAMPLES "/site"), QStringLiteral("-o"), out,
                         QStringLiteral("--drafts"), QStringLiteral("-j"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/posts/sqlite-wal-notes/index.html")));
    QCOMPARE(runPostwright({QStringLiteral("export-site"), QStringLiteral(POSTWRIGHT_EXAMPLES "/site"), QStringLiteral("-o"), out,
                            QStringLiteral("--jobs"), QStringLiteral("zero")}).exitCode, 2);
}

void TestCli::exportSiteNotASiteIsUsageError()
{
    QTemporaryDir dir;
    Run run = runPostwright({QStringLiteral("export-site"), dir.path(), QStringLiteral("-o"), dir.filePath(QStringLiteral("out"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is not a Hugo or Jekyll site"), run.err.constData());
    run = runPostwright({QStringLiteral("export-site"), QStringLiteral("/nonexistent"), QStringLiteral("-o"), dir.path()});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCli::exportSiteHelp()
{
    const Run run = runPostwright({QStringLiteral("export-site"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--jobs", "--drafts", "--embed-images", "--theme", "--css", "--safe", "--toc", "--strict"})
        QVERIFY2(run.out.contains(option), option);
}

namespace {

QString writeChart(const QString &path, QSize size = {64, 32})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x77, 0xb4));
    QDir().mkpath(QFileInfo(path).absolutePath());
    image.save(path, "PNG");
    return path;
}

const QByteArray SummitPost = "---\ntitle: \"Summit\"\nslug: summit2021\n---\n\n## Focus\n\nText.\n";

// A Hugo site with SummitPost in content/posts; returns the post's path.
QString writeHugoSummitPost(const QTemporaryDir &site)
{
    TestFiles::write(site.filePath(QStringLiteral("hugo.toml")), "title = \"x\"\n");
    const QString post = site.filePath(QStringLiteral("content/posts/summit.md"));
    TestFiles::write(post, SummitPost);
    return post;
}

} // namespace

void TestCli::addImageInsertsAtLineAndPrintsWhereItWent()
{
    QTemporaryDir site, downloads;
    const QString post = writeHugoSummitPost(site);
    const QString image = writeChart(downloads.filePath(QStringLiteral("Summit Focus.PNG")));
    // Line 7 is "Text.": the reference goes there as a paragraph of its own.
    const Run run = runPostwright({QStringLiteral("add-image"), post, image, QStringLiteral("--alt"),
                                   QStringLiteral("Focus areas in 2021"), QStringLiteral("--line"), QStringLiteral("7"),
                                   QStringLiteral("--style"), QStringLiteral("markdown")});
    QCOMPARE(run.exitCode, 0);
    const QString stored = site.filePath(QStringLiteral("static/images/summit2021/summit-focus.png"));
    const QList<QByteArray> out = run.out.trimmed().split('\n');
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), QByteArray("![Focus areas in 2021](/images/summit2021/summit-focus.png)"));
    QCOMPARE(QString::fromUtf8(out.at(1)), stored);
    QCOMPARE(TestFiles::read(stored), TestFiles::read(image));
    QCOMPARE(TestFiles::read(post), "---\ntitle: \"Summit\"\nslug: summit2021\n---\n\n## Focus\n\n"
                                    "![Focus areas in 2021](/images/summit2021/summit-focus.png)\n\nText.\n");

    // The same bytes again: the stored file is reused, not copied twice.
    const Run again = runPostwright({QStringLiteral("add-image"), post, image, QStringLiteral("--alt"), QString(),
                                     QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(result.value(u"stored").toString(), stored);
    QVERIFY(result.value(u"reused").toBool());
    QCOMPARE(TestFiles::below(site.filePath(QStringLiteral("static"))), QStringList{QStringLiteral("images/summit2021/summit-focus.png")});
}

void TestCli::addImageAppendsInTheSiteStyleAsJson()
{
    QTemporaryDir site, downloads;
    const QString post = writeHugoSummitPost(site);
    const QString image = writeChart(downloads.filePath(QStringLiteral("chart.png")));
    const Run run = runPostwright({QStringLiteral("add-image"), post, image, QStringLiteral("--alt"),
                                   QStringLiteral("Build \"times\""), QStringLiteral("--class"), QStringLiteral("responsive"),
                                   QStringLiteral("--caption"), QStringLiteral("Before & after"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    const QString reference = result.value(u"reference").toString();
    // A Hugo site's default is the figure shortcode.
    QVERIFY2(reference.startsWith(u"{{< figure src=\"/images/summit2021/chart.png\""), qPrintable(reference));
    QVERIFY2(reference.contains(u"class=\"responsive\""), qPrintable(reference));
    QVERIFY2(reference.contains(u"caption=\"Before & after\""), qPrintable(reference));
    QCOMPARE(result.value(u"line").toInt(), 10);
    QCOMPARE(result.value(u"link").toString(), QStringLiteral("/images/summit2021/chart.png"));
    QVERIFY(!result.value(u"reused").toBool());
    QCOMPARE(TestFiles::read(post), SummitPost + "\n" + reference.toUtf8() + "\n");
}

void TestCli::addImageToJekyllPostUsesAssets()
{
    QTemporaryDir site, downloads;
    TestFiles::write(site.filePath(QStringLiteral("_config.yml")), "title: x\n");
    const QString post = site.filePath(QStringLiteral("_posts/2021-04-11-first-model.md"));
    TestFiles::write(post, "---\nlayout: post\n---\nBody.\n");
    // PNG bytes under a .jpg name: the stored name follows the bytes.
    const QString image = writeChart(downloads.filePath(QStringLiteral("Loss Curve.jpg")));
    const Run run = runPostwright({QStringLiteral("add-image"), post, image, QStringLiteral("--alt"), QStringLiteral("Loss")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split('\n').first(), QByteArray("![Loss](/assets/images/first-model/loss-curve.png)"));
    QVERIFY(QFileInfo::exists(site.filePath(QStringLiteral("assets/images/first-model/loss-curve.png"))));
}

void TestCli::addImageRefusesNonImageAndLeavesEverything()
{
    QTemporaryDir site, downloads;
    const QString post = writeHugoSummitPost(site);
    const QString notes = downloads.filePath(QStringLiteral("notes.png"));
    TestFiles::write(notes, "not a picture\n");
    const Run run = runPostwright({QStringLiteral("add-image"), post, notes, QStringLiteral("--alt"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("notes.png"), run.err.constData());
    QCOMPARE(TestFiles::read(post), SummitPost);
    QVERIFY(!QFileInfo::exists(site.filePath(QStringLiteral("static"))));
}

void TestCli::addImageUsageErrors()
{
    QTemporaryDir site, downloads;
    const QString post = site.filePath(QStringLiteral("post.md"));
    TestFiles::write(post, SummitPost);
    const QString image = writeChart(downloads.filePath(QStringLiteral("chart.png")));
    const QList<QStringList> wrong = {
        {QStringLiteral("add-image"), post, image}, // no --alt
        {QStringLiteral("add-image"), post, image, QStringLiteral("--alt"), QStringLiteral("x"), QStringLiteral("--line"), QStringLiteral("99")},
        {QStringLiteral("add-image"), post, image, QStringLiteral("--alt"), QStringLiteral("x"), QStringLiteral("--style"), QStringLiteral("fancy")},
        {QStringLiteral("add-image"), post},
    };
    for (const QStringList &arguments : wrong) {
        const Run run = runPostwright(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(TestFiles::read(post), SummitPost);
    }
    QVERIFY(!QFileInfo::exists(site.filePath(QStringLiteral("images"))));
}

// Hugo refuses this post ("found unexpected end of stream"); yaml-cpp read the
// rest of the block as the title, and meta, lint and set took it as fine.
void TestCli::unclosedQuoteIsAnErrorForMetaLintAndSet()
{
    QTemporaryDir dir;
    const QString post = dir.filePath(QStringLiteral("post.md"));
    const QByteArray text = "---\ntitle: \"Unterminated quote\ndate: 2024-03-01\ntags: [a, b]\ndraft: false\n---\n\nBody.\n";
    TestFiles::write(post, text);

    const Run meta = runPostwright({QStringLiteral("meta"), post, QStringLiteral("--json")});
    QCOMPARE(meta.exitCode, 1);
    const QJsonArray errors = QJsonDocument::fromJson(meta.out).object().value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value(u"line").toInt(), 2);   // the opening quote
    QCOMPARE(errors[0].toObject().value(u"column").toInt(), 8);
    QVERIFY2(errors[0].toObject().value(u"message").toString().contains(u"never closed"), meta.out.constData());

    const Run lint = runPostwright({QStringLiteral("lint"), post});
    QCOMPARE(lint.exitCode, 1);
    QVERIFY2(lint.err.contains((post + QStringLiteral(":2: ")).toUtf8()) && lint.err.contains("never closed"), lint.err.constData());

    const Run set = runPostwright({QStringLiteral("set"), post, QStringLiteral("title=x")});
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains((post + QStringLiteral(":2:")).toUtf8()), set.err.constData());
    QCOMPARE(TestFiles::read(post), text);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
