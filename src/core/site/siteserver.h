#pragma once
// Runs a site's own development server (hugo server, jekyll serve) on
// 127.0.0.1 for the Site Preview, finds which page of it shows a post, and
// reports what the server says went wrong. The server and anything it starts
// live in a process group of their own that stop() ends whole, and the
// kernel ends it should this process die first (PR_SET_PDEATHSIG).

#include "site.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;
class QTimer;

namespace Postwright {

class SiteServer : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running };

    explicit SiteServer(QObject *parent = nullptr);
    ~SiteServer() override; // stops the server and waits for it

    // The program that serves a site of kind ("hugo", "jekyll"), as found on
    // PATH; empty when it is not installed or kind is None.
    static QString serverProgram(SiteKind kind);
    // Whether site can be served here: a Hugo or Jekyll site with its program.
    static bool canServe(const Site &site) { return !serverProgram(site.kind()).isEmpty(); }
    // The arguments that serve the site at root on 127.0.0.1:port with
    // drafts and future posts, writing nothing into the site: Hugo renders
    // to memory under baseUrl (the site's own path kept, "http://127.0.0.1/blog/"),
    // Jekyll builds into destination.
    static QStringList serverArguments(SiteKind kind, const QString &root, int port, const QUrl &baseUrl,
                                       const QString &destination);
    // A TCP port on 127.0.0.1 that nothing listens on; 0 if none was found.
    static int freePort();
    // The local page of the post at relativePath (from the site root, as
    // `hugo list all` writes it) in that command's CSV output: the
    // permalink's path on the server at base. Empty with *error set when the
    // list has no such post (it is not published: a headless bundle, say).
    static QUrl postUrlFromList(const QByteArray &csv, const QString &relativePath, const QUrl &base,
                                QString *error = nullptr);

    // Starts serving site on a free port (stopping any server before);
    // false, with error() set, when the site cannot be served.
    bool start(const Site &site);
    // Ends the server and everything it started, and waits for them.
    void stop();

    State state() const { return m_state; }
    const Site &site() const { return m_site; }
    // Where the server serves the site's root, once running.
    QUrl baseUrl() const { return m_baseUrl; }
    int port() const { return m_port; }
    // The server's process id while it runs (also its process group's), else 0.
    qint64 processId() const;
    // The last error reported by errorOccurred().
    QString error() const { return m_error; }

    // Asks the site which page shows post (a file path): answered by
    // postUrlFound() once the server is running, or by postUrlNotFound().
    // Hugo says it (`hugo list all`); for Jekyll it is the site's home page.
    void findPostUrl(const QString &post);

Q_SIGNALS:
    // The server serves the site at baseUrl.
    void ready(const QUrl &baseUrl);
    // The server saw a change in the site and rebuilds it: errors reported
    // before are old news.
    void rebuilding();
    // A rebuild after a change in the site ended (with errors or without):
    // pages shown before may have changed. Hugo's fast render mode renders a
    // page when it is asked for, so errors may follow the first request.
    void rebuilt();
    // The server reported an error (a failed build, its error output), or it
    // ended without being stopped; message is for the reader.
    void errorOccurred(const QString &message);
    // The server ended without stop(): it did not start, crashed or exited
    // (errorOccurred() said why just before).
    void stopped();
    void postUrlFound(const QString &post, const QUrl &url);
    void postUrlNotFound(const QString &post, const QString &message);

private:
    void launch();
    void readOutput(QProcess::ProcessChannel channel);
    void handleLine(const QString &line, bool fromErrorChannel);
    void becomeReady(const QUrl &url);
    void flushErrors();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void listFinished();
    void answerPost();
    void killGroup(qint64 group, int signal) const;
    void report(const QString &message);

    Site m_site;
    QString m_program;
    State m_state = State::Stopped;
    QProcess *m_process = nullptr;
    qint64 m_group = 0; // the server's process group, while any of it may live
    int m_port = 0;
    int m_attempts = 0; // starts for this site, should a port be taken meanwhile
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_partial[2]; // stdout, stderr: the start of a line not ended yet
    QStringList m_errorLines; // since the last report
    QStringList m_recentOutput; // the last lines, for a server that ends
    QTimer *m_errorTimer;
    QTimer *m_probe; // connects to the port, for servers that buffer their output
    std::unique_ptr<QTemporaryDir> m_destination; // Jekyll's build
    QProcess *m_list = nullptr; // `hugo list all`
    QString m_listedPost;
    QString m_pendingPost; // asked while a list ran
    QString m_answeredPost; // the last answer, given once the server runs
    QUrl m_answerUrl;
    QString m_answerError;
};

} // namespace Postwright
