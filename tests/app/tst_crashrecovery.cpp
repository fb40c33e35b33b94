// The real application, killed while a post has unsaved typing, offers that
// typing on its next start: the swap file lives in Postwright's own data
// folder, Ctrl+Shift+R recovers it and Ctrl+S saves it. Driven from outside
// with xdotool, as a user would, under Xvfb.

#include "testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <utility>
#include <sys/types.h>

using namespace Postwright;

namespace {

using TestFiles::read;

const QByteArray OriginalPost = "---\ntitle: \"Before the crash\"\ndate: 2024-05-01\n---\n\nA paragraph written and saved.\n";

// Runs xdotool and waits for it: whether it succeeded within 30 s (a
// --sync that never comes true does not), and what it printed. What it said
// on failure is shown, unless the caller polls and expects failures.
enum class OnFailure { Report, StayQuiet };
bool xdotool(const QStringList &arguments, QString *output = nullptr, OnFailure onFailure = OnFailure::Report)
{
    QProcess process;
    process.start(QStringLiteral("xdotool"), arguments);
    const bool finished = process.waitForFinished(30000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    const bool succeeded = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!succeeded && onFailure == OnFailure::Report)
        qWarning("xdotool %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    return succeeded;
}

// Swap files anywhere below root, dot files included.
QStringList swapFilesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.kate-swp")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

bool swapFileWritten(const QString &root)
{
    const QStringList files = swapFilesBelow(root);
    return std::any_of(files.cbegin(), files.cend(), [](const QString &file) { return QFileInfo(file).size() > 0; });
}

// What an editor could leave beside a post: a swap file or a save's temporary.
QStringList leftBeside(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.kate-swp"), QStringLiteral("*.postwright-*")},
                                  QDir::Files | QDir::Hidden | QDir::System);
}

// One run of `postwright <post>` with its own settings and state folders.
class App
{
public:
    App(const QProcessEnvironment &environment, const QString &post)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(QStringLiteral(POSTWRIGHT_BINARY), {post});
    }
    ~App() { stop(); }

    bool started() { return m_process.waitForStarted(); }
    pid_t pid() const { return pid_t(m_process.processId()); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // Its main window once mapped (titled "post.md — Postwright"), or empty.
    // Polled rather than `search --sync`: xdotool dies of a BadWindow when a
    // window goes away during its search, as some do while the app starts.
    QString findWindow()
    {
        QString found;
        xdotool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                 QString::number(pid()), QStringLiteral("--name"), QStringLiteral("post\\.md")},
                &found, OnFailure::StayQuiet);
        m_window = found.section(u'\n', 0, 0);
        return m_window;
    }

    QString title() const
    {
        QString name;
        xdotool({QStringLiteral("getwindowname"), m_window}, &name);
        return name;
    }

    // Xvfb runs without a window manager here, so there is no
    // _NET_ACTIVE_WINDOW for windowactivate: the X input focus is set directly.
    bool focus() const { return xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), m_window}); }

    // Keys go through XTEST to the focused window: Qt ignores the synthetic
    // events that `--window` would send.
    bool key(const QString &keys) const
    {
        return xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), keys});
    }
    bool type(const QString &text) const
    {
        return xdotool({QStringLiteral("type"), QStringLiteral("--clearmodifiers"), QStringLiteral("--delay"),
                        QStringLiteral("20"), text});
    }

    void kill()
    {
        if (pid() > 0) // 0 would be our own process group
            ::kill(pid(), SIGKILL);
        m_process.waitForFinished();
    }

    // SIGTERM, and SIGKILL should it linger.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            kill();
    }

private:
    QProcess m_process;
    QString m_window;
};

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("no DISPLAY: the application needs an X server (run under xvfb-run)");
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("xdotool is not installed: nothing can type into the application");
    }

    void typedTextSurvivesAKillAndIsRecovered()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString postFolder = dir.filePath(QStringLiteral("site/content/posts"));
        const QString post = postFolder + QStringLiteral("/post.md");
        TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = \"Crash test\"\n");
        TestFiles::write(post, OriginalPost);

        // The user's own settings, recent files and swap files stay out of it;
        // DISPLAY, XAUTHORITY and QTWEBENGINE_CHROMIUM_FLAGS come along.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString dataHome = dir.filePath(QStringLiteral("xdg/data"));
        for (const auto &[variable, folder] : {std::pair{"XDG_CONFIG_HOME", "xdg/config"}, std::pair{"XDG_DATA_HOME", "xdg/data"},
                                                std::pair{"XDG_STATE_HOME", "xdg/state"}, std::pair{"XDG_CACHE_HOME", "xdg/cache"}}) {
            const QString path = dir.filePath(QLatin1String(folder));
            QVERIFY(QDir().mkpath(path));
            environment.insert(QLatin1String(variable), path);
        }
        const QString sentence = QStringLiteral("Typed just before the crash %1.").arg(QDateTime::currentMSecsSinceEpoch());

        {
            App app(environment, post);
            QVERIFY(app.started());
            QTRY_VERIFY2_WITH_TIMEOUT(!app.findWindow().isEmpty(), "the window of the first run did not show", 60000);
            QVERIFY(app.focus());
            // The window gives the editor the focus on open; the typing goes
            // after the last line.
            QVERIFY(app.key(QStringLiteral("ctrl+End")));
            QVERIFY(app.type(sentence));
            // The title's "*" says the typing reached the document.
            QTRY_VERIFY_WITH_TIMEOUT(app.title().startsWith(u"post.md*"), 10000);

            // KTextEditor writes its swap file on its own timer (3 s here,
            // EditorComponent::SwapSyncSeconds): the kill comes once the
            // typing is on disk.
            QTRY_VERIFY_WITH_TIMEOUT(swapFileWritten(dir.path()), 40000);
            app.kill();
            QVERIFY(!app.isRunning());
        }
        QCOMPARE(read(post), OriginalPost);
        const QStringList swapFiles = swapFilesBelow(dir.path());
        QCOMPARE(swapFiles.size(), 1);
        QVERIFY2(swapFiles.first().startsWith(dataHome + u'/'), qPrintable(swapFiles.first()));
        QVERIFY2(swapFiles.first().endsWith(u"-post.md.kate-swp"), qPrintable(swapFiles.first()));
        QVERIFY2(leftBeside(postFolder).isEmpty(), qPrintable(leftBeside(postFolder).join(u' ')));

        {
            App app(environment, post);
            QVERIFY(app.started());
            QTRY_VERIFY2_WITH_TIMEOUT(!app.findWindow().isEmpty(), "the window of the second run did not show", 60000);
            QVERIFY(app.focus());
            // The document stays read-only under the recovery bar, as on disk,
            // until the swap file is taken or dropped: Recover Unsaved
            // Changes, then Save.
            QVERIFY(!app.title().startsWith(u"post.md*"));
            QVERIFY(app.key(QStringLiteral("ctrl+shift+r")));
            // The replayed typing makes the document modified.
            QTRY_VERIFY2_WITH_TIMEOUT(app.title().startsWith(u"post.md*"),
                                      "Ctrl+Shift+R right after the start recovered nothing", 10000);
            QVERIFY(app.key(QStringLiteral("ctrl+s")));
            QTRY_COMPARE_WITH_TIMEOUT(read(post), OriginalPost + sentence.toUtf8(), 15000);
            QTRY_VERIFY_WITH_TIMEOUT(!app.title().startsWith(u"post.md*"), 10000);
            // Saved: nothing is left to offer on the next start.
            QTRY_VERIFY_WITH_TIMEOUT(swapFilesBelow(dir.path()).isEmpty(), 10000);
            app.stop();
        }
        QVERIFY2(leftBeside(postFolder).isEmpty(), qPrintable(leftBeside(postFolder).join(u' ')));
        QCOMPARE(read(post), OriginalPost + sentence.toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)

#include "tst_crashrecovery.moc"
