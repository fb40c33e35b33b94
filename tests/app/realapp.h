#pragma once
// The real application driven from outside as a user drives it: X events
// sent with xdotool (through XTEST) to its focused window, under Xvfb.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <csignal>
#include <utility>
#include <sys/types.h>

namespace Postwright {

// Runs xdotool and waits for it: whether it succeeded within 30 s (a
// --sync that never comes true does not), and what it printed. What it said
// on failure is shown, unless the caller polls and expects failures.
enum class OnFailure { Report, StayQuiet };
inline bool xdotool(const QStringList &arguments, QString *output = nullptr, OnFailure onFailure = OnFailure::Report)
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

// Why the real application cannot be driven here (no X server, no
// xdotool), for QSKIP; empty when it can.
inline QString whyNoRealApp()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        return QStringLiteral("no DISPLAY: the application needs an X server (run under xvfb-run)");
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        return QStringLiteral("xdotool is not installed: nothing can type into the application");
    return {};
}

// This process's environment with XDG config, data, state and cache folders
// of its own below root (root/xdg/config and so on): the user's settings,
// recent files and swap files stay out of it; DISPLAY, XAUTHORITY and
// QTWEBENGINE_CHROMIUM_FLAGS come along. Empty when a folder cannot be made.
inline QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[variable, folder] : {std::pair{"XDG_CONFIG_HOME", "xdg/config"}, std::pair{"XDG_DATA_HOME", "xdg/data"},
                                            std::pair{"XDG_STATE_HOME", "xdg/state"}, std::pair{"XDG_CACHE_HOME", "xdg/cache"}}) {
        const QString path = root + u'/' + QLatin1String(folder);
        if (!QDir().mkpath(path))
            return {};
        environment.insert(QLatin1String(variable), path);
    }
    return environment;
}

// One run of the real `postwright`, in the environment given (its own
// settings and state folders), driven with xdotool.
class RealApp
{
public:
    // arguments for postwright; windowName: a regular expression its main
    // window's title matches.
    RealApp(const QProcessEnvironment &environment, const QStringList &arguments, const QString &windowName)
        : m_windowName(windowName)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(QStringLiteral(POSTWRIGHT_BINARY), arguments);
    }
    ~RealApp() { stop(); }

    bool started() { return m_process.waitForStarted(); }
    pid_t pid() const { return pid_t(m_process.processId()); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // Its main window once mapped (its title matching windowName), or empty.
    // Polled rather than `search --sync`: xdotool dies of a BadWindow when a
    // window goes away during its search, as some do while the app starts.
    QString findWindow()
    {
        m_window = windowsNamed(m_windowName).value(0);
        return m_window;
    }

    // Its windows on the screen: the main window, and menus or dialogs
    // while they are open.
    QStringList visibleWindows() const { return windowsNamed(QStringLiteral(".*")); }

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
    // Its mapped windows whose title matches the regular expression pattern.
    QStringList windowsNamed(const QString &pattern) const
    {
        QString found;
        xdotool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                 QString::number(pid()), QStringLiteral("--name"), pattern},
                &found, OnFailure::StayQuiet);
        return found.split(u'\n', Qt::SkipEmptyParts);
    }

    QProcess m_process;
    QString m_windowName;
    QString m_window;
};


} // namespace Postwright
