// The headless command line, run as a separate process with no display.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
