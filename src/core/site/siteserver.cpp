#include "siteserver.h"

#include "hugoconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Postwright {

namespace {

constexpr int MaxAttempts = 3;        // ports taken between freePort() and the server's bind
constexpr int StopGraceMs = 5000;     // for SIGTERM, before SIGKILL
constexpr int MaxReportedLines = 12;  // of one error report
constexpr int RecentLines = 20;

// Runs in the child between fork and exec (async-signal-safe calls only):
// a process group of its own, so that stop() reaches whatever the server
// starts, and death with the thread that started it (the GUI thread, which
// lives as long as the application), so a crash or kill -9 of Postwright
// takes the server with it. A parent gone before prctl took effect would
// never send the signal: then the child gives up at once.
void prepareServerProcess(QProcess *process)
{
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No .hugo_build.lock in the reader's site (the server takes the flag,
    // `hugo list` only the setting).
    environment.insert(QStringLiteral("HUGO_NOBUILDLOCK"), QStringLiteral("true"));
    process->setProcessEnvironment(environment);
}

// RFC 4180, as Go's encoding/csv writes it: quoted fields, "" for a quote,
// line breaks inside quotes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    auto endRow = [&] {
        row.append(std::exchange(field, {}));
        if (row.size() > 1 || !row.first().isEmpty())
            rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

// Where a Hugo site's baseURL puts its root: "/" or "/blog/".
QString hugoBasePath(const QString &root)
{
    QString path = QUrl(HugoConfig::read(root).value({QStringLiteral("baseURL")}).toString()).path();
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}

bool acceptsConnections(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(port));
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

} // namespace

SiteServer::SiteServer(QObject *parent)
    : QObject(parent)
    , m_errorTimer(new QTimer(this))
    , m_probe(new QTimer(this))
{
    // Error lines that no build's end follows are reported after a pause.
    m_errorTimer->setSingleShot(true);
    m_errorTimer->setInterval(300);
    connect(m_errorTimer, &QTimer::timeout, this, &SiteServer::flushErrors);
    m_probe->setInterval(250);
    connect(m_probe, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting && acceptsConnections(m_port))
            becomeReady(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)));
    });
}

SiteServer::~SiteServer()
{
    const QSignalBlocker blocker(this); // nobody listens to a server going away
    stop();
}

QString SiteServer::serverProgram(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hugo:
        return QStandardPaths::findExecutable(QStringLiteral("hugo"));
    case SiteKind::Jekyll:
        return QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    case SiteKind::None:
        break;
    }
    return {};
}

QStringList SiteServer::serverArguments(SiteKind kind, const QString &root, int port, const QUrl &baseUrl,
                                        const QString &destination)
{
    const QString portText = QString::number(port);
    switch (kind) {
    case SiteKind::Hugo:
        // The base URL names 127.0.0.1 so that the pages' absolute links stay
        // on this server (Hugo would write localhost); the port is appended.
        return {QStringLiteral("server"), QStringLiteral("--source"), root,
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), portText,
                QStringLiteral("--baseURL"), baseUrl.toString(),
                QStringLiteral("--buildDrafts"), QStringLiteral("--buildFuture"),
                QStringLiteral("--renderToMemory"), QStringLiteral("--disableLiveReload"),
                QStringLiteral("--noHTTPCache"), QStringLiteral("--noBuildLock")};
    case SiteKind::Jekyll:
        // Watching, unlike a one-off preview: a save must rebuild the page.
        return {QStringLiteral("serve"), QStringLiteral("--source"), root,
                QStringLiteral("--destination"), destination,
                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), portText,
                QStringLiteral("--drafts"), QStringLiteral("--future"), QStringLiteral("--unpublished"),
                QStringLiteral("--watch"), QStringLiteral("--disable-disk-cache")};
    case SiteKind::None:
        break;
    }
    return {};
}

int SiteServer::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the kernel picks one
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QUrl SiteServer::postUrlFromList(const QByteArray &csv, const QString &relativePath, const QUrl &base, QString *error)
{
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
    const QStringList header = rows.value(0);
    const qsizetype pathColumn = header.indexOf(QStringLiteral("path"));
    const qsizetype linkColumn = header.indexOf(QStringLiteral("permalink"));
    if (pathColumn < 0 || linkColumn < 0) {
        if (error)
            *error = tr("Hugo listed no pages (hugo list all wrote no path and permalink columns).");
        return {};
    }
    const QString wanted = QDir::cleanPath(relativePath);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        if (QDir::cleanPath(row.value(pathColumn)) != wanted)
            continue;
        // Hugo writes the permalink under the configured baseURL; the same
        // path serves it here.
        const QUrl permalink(row.value(linkColumn));
        return base.resolved(QUrl(permalink.path(QUrl::FullyEncoded), QUrl::StrictMode));
    }
    if (error)
        *error = tr("Hugo publishes no page for %1 (a headless bundle, a post outside the content folder, or one "
                    "set not to render).")
                     .arg(relativePath);
    return {};
}

qint64 SiteServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool SiteServer::start(const Site &site)
{
    stop();
    m_site = site;
    m_program = serverProgram(site.kind());
    m_error.clear();
    m_attempts = 0;
    if (m_program.isEmpty()) {
        m_error = site.kind() == SiteKind::None
                      ? tr("The post is not part of a Hugo or Jekyll site.")
                      : tr("%1 is not installed (it was not found on PATH).")
                            .arg(site.kind() == SiteKind::Hugo ? QStringLiteral("hugo") : QStringLiteral("jekyll"));
        return false;
    }
    launch();
    return true;
}

void SiteServer::launch()
{
    ++m_attempts;
    m_port = freePort();
    if (m_port == 0) {
        report(tr("No free port on 127.0.0.1 for the site's server."));
        return;
    }
    const QString root = m_site.rootPath();
    QString destination;
    if (m_site.kind() == SiteKind::Jekyll) {
        m_destination = std::make_unique<QTemporaryDir>();
        destination = m_destination->path();
    }
    QUrl base(QStringLiteral("http://127.0.0.1/"));
    if (m_site.kind() == SiteKind::Hugo)
        base.setPath(hugoBasePath(root));
    m_baseUrl.clear();
    m_partial[0].clear();
    m_partial[1].clear();
    m_errorLines.clear();
    m_recentOutput.clear();

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(serverArguments(m_site.kind(), root, m_port, base, destination));
    m_process->setWorkingDirectory(root);
    prepareServerProcess(m_process);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readOutput(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &SiteServer::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        const QString why = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        m_state = State::Stopped;
        report(tr("%1 could not be started: %2").arg(QFileInfo(m_program).fileName(), why));
        Q_EMIT stopped();
    });
    m_state = State::Starting;
    m_process->start();
    m_group = m_process->processId();
    // Jekyll's output may sit in Ruby's buffer: the open port says it too.
    if (m_site.kind() == SiteKind::Jekyll)
        m_probe->start();
}

void SiteServer::readOutput(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    const int index = channel == QProcess::StandardOutput ? 0 : 1;
    QByteArray &data = m_partial[index];
    data += channel == QProcess::StandardOutput ? m_process->readAllStandardOutput() : m_process->readAllStandardError();
    qsizetype end;
    while ((end = data.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(data.left(end));
        data.remove(0, end + 1);
        handleLine(line, index == 1);
        if (!m_process)
            return; // the line stopped the server
    }
}

void SiteServer::handleLine(const QString &rawLine, bool fromErrorChannel)
{
    static const QRegularExpression colour(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    static const QRegularExpression readyLine(
        QStringLiteral("(?:Web Server is available at|Server address:)\\s+(https?://\\S+)"));
    // Hugo: "ERROR ...", "Error: ..."; Jekyll: "jekyll 4.3.2 | Error: ...",
    // "  Liquid Exception: ...", "Conversion error: ...".
    static const QRegularExpression errorLine(
        QStringLiteral("(?:^|\\|)\\s*(?:ERROR\\b|Error:|Conversion error:|Liquid Exception:)"));
    static const QRegularExpression warningLine(QStringLiteral("^\\s*(?:WARN\\b|Warning:)|\\bwarning:"),
                                                QRegularExpression::CaseInsensitiveOption);
    // Hugo: "Built in 35 ms", "Total in 2 ms" (a change), "Rebuilt in 13 ms"
    // (the configuration); Jekyll: "...done in 0.12 seconds."
    // Hugo: "Change detected, rebuilding site (#1).", "Change of config file
    // detected, rebuilding site"; Jekyll: "Regenerating: 1 file(s) changed".
    static const QRegularExpression changeLine(QStringLiteral("rebuilding site|^\\s*Regenerating:"));
    static const QRegularExpression builtLine(QStringLiteral("^\\s*(?:(?:Total|Rebuilt|Built) in \\d|(?:\\.\\.\\.)?done in \\d)"));

    const QString line = QString(rawLine).remove(colour).remove(u'\r').trimmed();
    if (line.isEmpty())
        return;
    m_recentOutput.append(line);
    if (m_recentOutput.size() > RecentLines)
        m_recentOutput.removeFirst();

    if (m_state == State::Starting) {
        if (const QRegularExpressionMatch match = readyLine.match(line); match.hasMatch()) {
            becomeReady(QUrl(match.captured(1)));
            return;
        }
    }
    if (m_state == State::Running && changeLine.match(line).hasMatch()) {
        flushErrors();
        Q_EMIT rebuilding();
    }
    // Hugo writes only its failures to stderr; Ruby writes warnings there too.
    const bool isError = errorLine.match(line).hasMatch()
                       || (fromErrorChannel && m_site.kind() == SiteKind::Hugo && !warningLine.match(line).hasMatch());
    if (isError) {
        m_errorLines.append(line);
        // While it starts, errors wait for it to serve or to end.
        if (m_state == State::Running)
            m_errorTimer->start();
    }
    if (m_state == State::Running && builtLine.match(line).hasMatch()) {
        flushErrors();
        Q_EMIT rebuilt();
    }
}

void SiteServer::becomeReady(const QUrl &url)
{
    m_probe->stop();
    m_baseUrl = url;
    m_port = url.port(m_port);
    m_state = State::Running;
    Q_EMIT ready(m_baseUrl);
    flushErrors(); // a server that serves although its build reported errors
    answerPost();
}

void SiteServer::flushErrors()
{
    m_errorTimer->stop();
    if (m_errorLines.isEmpty())
        return;
    QStringList lines = std::exchange(m_errorLines, {});
    if (lines.size() > MaxReportedLines)
        lines = lines.mid(0, MaxReportedLines) << QStringLiteral("…");
    report(lines.join(u'\n'));
}

void SiteServer::report(const QString &message)
{
    m_error = message;
    Q_EMIT errorOccurred(message);
}

void SiteServer::processFinished(int exitCode, QProcess::ExitStatus status)
{
    for (const QProcess::ProcessChannel channel : {QProcess::StandardOutput, QProcess::StandardError})
        readOutput(channel);
    for (int index : {0, 1})
        if (!m_partial[index].isEmpty())
            handleLine(QString::fromUtf8(std::exchange(m_partial[index], {})), index == 1);
    if (!m_process)
        return; // stopped by a receiver of what it said last
    m_probe->stop();
    m_errorTimer->stop();
    killGroup(std::exchange(m_group, 0), SIGKILL); // whatever it started and left behind
    m_process->deleteLater();
    m_process = nullptr;
    const bool wasRunning = m_state == State::Running;
    m_state = State::Stopped;

    // Another program took the port between freePort() and the server's bind.
    if (!wasRunning && m_attempts < MaxAttempts && m_recentOutput.join(u'\n').contains(u"address already in use")) {
        launch();
        return;
    }
    const QString program = QFileInfo(m_program).fileName();
    QString message = status == QProcess::CrashExit ? tr("The site's server (%1) crashed.").arg(program)
                      : wasRunning                  ? tr("The site's server (%1) stopped with exit code %2.").arg(program).arg(exitCode)
                                                    : tr("The site's server (%1) did not start (exit code %2).").arg(program).arg(exitCode);
    QStringList lines = std::exchange(m_errorLines, {});
    if (lines.isEmpty() && !wasRunning)
        lines = m_recentOutput.mid(qMax(0, int(m_recentOutput.size()) - 5));
    if (lines.size() > MaxReportedLines)
        lines = lines.mid(0, MaxReportedLines) << QStringLiteral("…");
    if (!lines.isEmpty())
        message += u'\n' + lines.join(u'\n');
    report(message);
    Q_EMIT stopped();
}

void SiteServer::killGroup(qint64 group, int signal) const
{
    if (group > 1) // never 0 (our own group) or -1 (every process)
        ::kill(-pid_t(group), signal);
}

void SiteServer::stop()
{
    m_probe->stop();
    m_errorTimer->stop();
    m_errorLines.clear();
    m_pendingPost.clear();
    m_answeredPost.clear();
    if (QProcess *list = std::exchange(m_list, nullptr)) {
        list->disconnect(this);
        killGroup(list->processId(), SIGKILL);
        list->waitForFinished(StopGraceMs);
        delete list;
    }
    if (QProcess *process = std::exchange(m_process, nullptr)) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            killGroup(m_group, SIGTERM);
            if (!process->waitForFinished(StopGraceMs)) {
                killGroup(m_group, SIGKILL);
                process->kill(); // in case it left its group
                process->waitForFinished(StopGraceMs);
            }
        }
        delete process;
    }
    killGroup(std::exchange(m_group, 0), SIGKILL); // whatever it started and left behind
    m_destination.reset();
    m_state = State::Stopped;
    m_baseUrl.clear();
}

void SiteServer::findPostUrl(const QString &post)
{
    if (post.isEmpty() || m_site.kind() == SiteKind::None)
        return;
    if (m_site.kind() != SiteKind::Hugo) {
        // Jekyll has no command that names a post's page: its home page.
        m_answeredPost = post;
        m_answerUrl = QUrl(QStringLiteral("./"));
        m_answerError.clear();
        answerPost();
        return;
    }
    if (m_list) {
        m_pendingPost = post; // asked again once this list is read
        return;
    }
    m_listedPost = post;
    m_list = new QProcess(this);
    m_list->setProgram(m_program);
    // The server's environment, whose configuration may place pages elsewhere.
    m_list->setArguments({QStringLiteral("list"), QStringLiteral("all"), QStringLiteral("--environment"),
                          QStringLiteral("development"), QStringLiteral("--source"), m_site.rootPath()});
    m_list->setWorkingDirectory(m_site.rootPath());
    prepareServerProcess(m_list);
    connect(m_list, &QProcess::finished, this, &SiteServer::listFinished);
    connect(m_list, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            listFinished();
    });
    m_list->start();
}

void SiteServer::listFinished()
{
    QProcess *list = std::exchange(m_list, nullptr);
    list->deleteLater();
    list->disconnect(this);
    const QString post = m_listedPost;
    const QString root = QFileInfo(m_site.rootPath()).canonicalFilePath();
    const QString relative = QDir(root).relativeFilePath(QFileInfo(post).canonicalFilePath());
    m_answerError.clear();
    if (list->exitStatus() == QProcess::NormalExit && list->exitCode() == 0 && list->error() != QProcess::FailedToStart) {
        m_answerUrl = postUrlFromList(list->readAllStandardOutput(), relative, QUrl(), &m_answerError);
    } else {
        QString output = QString::fromUtf8(list->readAllStandardError()).trimmed();
        if (output.isEmpty())
            output = QString::fromUtf8(list->readAllStandardOutput()).trimmed();
        m_answerError = tr("hugo list all failed: %1").arg(output.isEmpty() ? list->errorString() : output);
    }
    m_answeredPost = post;
    answerPost();
    if (!m_pendingPost.isEmpty())
        findPostUrl(std::exchange(m_pendingPost, {}));
}

void SiteServer::answerPost()
{
    // A post Hugo does not list is said at once; a page, once it is served.
    if (m_answeredPost.isEmpty() || (m_answerError.isEmpty() && m_state != State::Running))
        return;
    const QString post = std::exchange(m_answeredPost, {});
    if (m_answerError.isEmpty())
        Q_EMIT postUrlFound(post, m_baseUrl.resolved(m_answerUrl));
    else
        Q_EMIT postUrlNotFound(post, m_answerError);
}

} // namespace Postwright
