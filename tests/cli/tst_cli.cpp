// The headless command line, run as a separate process with no display.

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

Run runPostwright(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
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
    void exportUnknownOptionIsUsageError();
    void exportSiteWithBrokenPost();
    void exportSiteDraftsAndJobs();
    void exportSiteNotASiteIsUsageError();
    void exportSiteHelp();
};

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
    QVERIFY2(run.err.contains("3 posts exported") && run.err.contains("1 draft skipped"), run.err.constData());
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/posts/sqlite-wal-notes/index.html")));
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
