// SiteServer with the real hugo on a copy of the example site: it serves on
// 127.0.0.1, finds a post's page, follows a save, reports errors and leaves
// no process behind.

#include "site/siteserver.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "processtesting.h"
#include "testfiles.h"

using namespace Postwright;
using ProcessTesting::isGone;
using ProcessTesting::listeningAddresses;

namespace {

constexpr int StartMs = 60000; // a loaded machine, a first hugo run

const QString NinjaPost = QStringLiteral("content/posts/measuring-build-times-with-ninja.md");

// The body of a GET of url ("" when the server did not answer in time).
QByteArray fetch(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(10000))
        return {};
    // HTTP/1.0: one response, never chunked, then the server closes.
    socket.write("GET " + url.path(QUrl::FullyEncoded).toUtf8() + " HTTP/1.0\r\nHost: " + url.authority().toUtf8()
                 + "\r\n\r\n");
    QByteArray response;
    const QDeadlineTimer deadline(10000);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(deadline.remainingTime()));
        response += socket.readAll();
    }
    response += socket.readAll();
    return response;
}

// Starts server on the site at root and waits until it serves.
bool startAndWait(SiteServer &server, const QString &root)
{
    QSignalSpy ready(&server, &SiteServer::ready);
    if (!server.start(Site::detect(root)))
        return false;
    return ready.wait(StartMs) || !ready.isEmpty();
}

QUrl urlOf(SiteServer &server, const QString &post)
{
    QSignalSpy found(&server, &SiteServer::postUrlFound);
    QSignalSpy notFound(&server, &SiteServer::postUrlNotFound);
    server.findPostUrl(post);
    const QDeadlineTimer deadline(StartMs);
    while (found.isEmpty() && notFound.isEmpty() && !deadline.hasExpired())
        found.wait(int(deadline.remainingTime()));
    return found.isEmpty() ? QUrl() : found.first().at(1).toUrl();
}

// Waits (rebuild after rebuild) until url's page holds text.
bool pageShows(SiteServer &server, const QUrl &url, const QByteArray &text)
{
    QSignalSpy rebuilt(&server, &SiteServer::rebuilt);
    const QDeadlineTimer deadline(StartMs);
    while (!fetch(url).contains(text)) {
        if (deadline.hasExpired())
            return false;
        if (rebuilt.isEmpty())
            rebuilt.wait(int(deadline.remainingTime()));
        else
            rebuilt.removeFirst();
    }
    return true;
}

} // namespace

class TestSiteServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postUrlFromHugosList_data();
    void postUrlFromHugosList();
    void argumentsPerKind();
    void freePortIsFree();
    void refusesWhatItCannotServe();

    void servesThePostOnLoopback();
    void servesDraftsAndFuturePosts();
    void showsTheSavedTitleAfterARebuild();
    void stopEndsTheServerAndWhatItStarted();
    void destroyingTheServerStopsIt();
    void aCrashIsReportedAndCleanedUp();
    void brokenConfigReportsTheError();
    void brokenTemplateAfterStartIsReported();
    void servesAJekyllSite_data();
    void servesAJekyllSite();

private:
    bool hugoMissing() const { return QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty(); }
};

void TestSiteServer::postUrlFromHugosList_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("url"); // empty: not found

    const QByteArray header = "path,slug,title,date,expiryDate,publishDate,draft,permalink,kind,section\n";
    const QByteArray rows =
        "content/posts/a.md,,Plain,2025-03-18T00:00:00Z,0001-01-01T00:00:00Z,2025-03-18T00:00:00Z,false,"
        "https://blog.example.org/posts/a/,page,posts\n"
        "content/posts/b/index.md,,\"Commas, \"\"quotes\"\" and\na line break\",2023-11-02T09:30:00+01:00,"
        "0001-01-01T00:00:00Z,2023-11-02T09:30:00+01:00,true,https://blog.example.org/blog/b%C3%A4r/,page,posts\r\n";
    QTest::newRow("plain") << header + rows << "content/posts/a.md" << "http://127.0.0.1:4242/posts/a/";
    QTest::newRow("quoted fields, a bundle, a path below the root")
        << header + rows << "content/posts/b/index.md" << "http://127.0.0.1:4242/blog/b%C3%A4r/";
    QTest::newRow("./ in the path") << header + rows << "./content/posts/a.md" << "http://127.0.0.1:4242/posts/a/";
    QTest::newRow("not listed") << header + rows << "content/posts/c.md" << "";
    QTest::newRow("columns in another order")
        << QByteArray("permalink,path\nhttps://x.org/p/,content/p.md\n") << "content/p.md"
        << "http://127.0.0.1:4242/p/";
    QTest::newRow("no header") << QByteArray("Error: something\n") << "content/posts/a.md" << "";
    QTest::newRow("nothing") << QByteArray() << "content/posts/a.md" << "";
}

void TestSiteServer::postUrlFromHugosList()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, post);
    QFETCH(QString, url);
    QString error;
    const QUrl found = SiteServer::postUrlFromList(csv, post, QUrl(QStringLiteral("http://127.0.0.1:4242/")), &error);
    QCOMPARE(found.toString(QUrl::FullyEncoded), url);
    QCOMPARE(error.isEmpty(), !url.isEmpty());
}

void TestSiteServer::argumentsPerKind()
{
    const QStringList hugo = SiteServer::serverArguments(SiteKind::Hugo, QStringLiteral("/s"), 4242,
                                                         QUrl(QStringLiteral("http://127.0.0.1/blog/")), {});
    QCOMPARE(hugo.first(), QStringLiteral("server"));
    for (const char *flag : {"--buildDrafts", "--buildFuture", "--renderToMemory", "--disableLiveReload", "--noBuildLock"})
        QVERIFY2(hugo.contains(QLatin1String(flag)), flag);
    QCOMPARE(hugo.at(hugo.indexOf(QStringLiteral("--bind")) + 1), QStringLiteral("127.0.0.1"));
    QCOMPARE(hugo.at(hugo.indexOf(QStringLiteral("--port")) + 1), QStringLiteral("4242"));
    QCOMPARE(hugo.at(hugo.indexOf(QStringLiteral("--source")) + 1), QStringLiteral("/s"));
    QCOMPARE(hugo.at(hugo.indexOf(QStringLiteral("--baseURL")) + 1), QStringLiteral("http://127.0.0.1/blog/"));

    const QStringList jekyll = SiteServer::serverArguments(SiteKind::Jekyll, QStringLiteral("/s"), 4242, {}, QStringLiteral("/tmp/out"));
    QCOMPARE(jekyll.first(), QStringLiteral("serve"));
    for (const char *flag : {"--drafts", "--future", "--watch"})
        QVERIFY2(jekyll.contains(QLatin1String(flag)), flag);
    QCOMPARE(jekyll.at(jekyll.indexOf(QStringLiteral("--host")) + 1), QStringLiteral("127.0.0.1"));
    QCOMPARE(jekyll.at(jekyll.indexOf(QStringLiteral("--port")) + 1), QStringLiteral("4242"));
    QCOMPARE(jekyll.at(jekyll.indexOf(QStringLiteral("--destination")) + 1), QStringLiteral("/tmp/out"));
    QVERIFY(SiteServer::serverArguments(SiteKind::None, QStringLiteral("/s"), 4242, {}, {}).isEmpty());
}

void TestSiteServer::freePortIsFree()
{
    const int port = SiteServer::freePort();
    QVERIFY(port > 0);
    QVERIFY(listeningAddresses(port).isEmpty());
}

void TestSiteServer::refusesWhatItCannotServe()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("note.md")), "# Note\n");
    SiteServer server;
    QVERIFY(!server.start(Site::detect(dir.filePath(QStringLiteral("note.md")))));
    QVERIFY(!server.error().isEmpty());
    QCOMPARE(server.state(), SiteServer::State::Stopped);
    QCOMPARE(server.processId(), qint64(0));
}

void TestSiteServer::servesThePostOnLoopback()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    SiteServer server;
    QVERIFY(startAndWait(server, root));
    QCOMPARE(server.state(), SiteServer::State::Running);
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.baseUrl().port(), server.port());
    QCOMPARE(listeningAddresses(server.port()), QStringList{QStringLiteral("0100007F")}); // 127.0.0.1 only

    // A second server of the same site takes another free port.
    SiteServer second;
    QVERIFY(startAndWait(second, root));
    QVERIFY(second.port() != server.port());
    second.stop();

    const QUrl url = urlOf(server, root + u'/' + NinjaPost);
    QCOMPARE(url, server.baseUrl().resolved(QUrl(QStringLiteral("/posts/measuring-build-times-with-ninja/"))));
    const QByteArray page = fetch(url);
    QVERIFY2(page.startsWith("HTTP/1.0 200") || page.startsWith("HTTP/1.1 200"), page.left(200).constData());
    QVERIFY(page.contains("<h1>Measuring Build Times with Ninja&#39;s Log</h1>"));
    // Nothing written into the site: no lock file, no public folder.
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.hugo_build.lock")));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/public")));
}

void TestSiteServer::servesDraftsAndFuturePosts()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    TestFiles::write(root + QStringLiteral("/content/posts/next-year.md"),
                     "---\ntitle: \"A Post from the Future\"\ndate: 2999-01-01\n---\nSoon.\n");
    SiteServer server;
    QVERIFY(startAndWait(server, root));
    const QUrl draft = urlOf(server, root + QStringLiteral("/content/posts/sqlite-wal-notes.md"));
    QVERIFY(draft.isValid());
    QVERIFY(fetch(draft).contains("Notes on SQLite&#39;s Write-Ahead Log"));
    const QUrl future = urlOf(server, root + QStringLiteral("/content/posts/next-year.md"));
    QVERIFY(future.isValid());
    QVERIFY(fetch(future).contains("A Post from the Future"));

    // A file Hugo does not publish is said so.
    TestFiles::write(root + QStringLiteral("/content/posts/headless/index.md"),
                     "---\ntitle: Headless\nbuild:\n  render: never\n  list: never\n---\n");
    QSignalSpy notFound(&server, &SiteServer::postUrlNotFound);
    server.findPostUrl(root + QStringLiteral("/content/posts/headless/index.md"));
    QVERIFY(notFound.wait(StartMs));
    QVERIFY(!notFound.first().at(1).toString().isEmpty());
}

void TestSiteServer::showsTheSavedTitleAfterARebuild()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    SiteServer server;
    QVERIFY(startAndWait(server, root));
    const QString post = root + u'/' + NinjaPost;
    const QUrl url = urlOf(server, post);
    QVERIFY(fetch(url).contains("Measuring Build Times"));

    // Saved as editors save: a new file renamed over the post.
    QByteArray text = TestFiles::read(post);
    text.replace("Measuring Build Times with Ninja's Log", "Where the Build Time Goes");
    TestFiles::replace(post, text);
    QVERIFY(pageShows(server, url, "<h1>Where the Build Time Goes</h1>"));
    QVERIFY(server.error().isEmpty());
}

void TestSiteServer::stopEndsTheServerAndWhatItStarted()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    // A hugo that starts a helper first, as sites with PostCSS or Dart Sass do.
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    const QString bin = dir.filePath(QStringLiteral("bin"));
    TestFiles::write(bin + QStringLiteral("/hugo"),
                     "#!/bin/sh\nsleep 600 &\nexec " + QFile::encodeName(QStandardPaths::findExecutable(QStringLiteral("hugo")))
                         + " \"$@\"\n");
    QVERIFY(QFile::setPermissions(bin + QStringLiteral("/hugo"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin) + ':' + path);
    auto restorePath = qScopeGuard([&] { qputenv("PATH", path); });

    SiteServer server;
    QVERIFY(startAndWait(server, root));
    const qint64 pid = server.processId();
    QVERIFY(pid > 0);
    QCOMPARE(ProcessTesting::processGroup(pid), pid); // a group of its own
    const QList<qint64> started = ProcessTesting::descendants(pid);
    QVERIFY2(!started.isEmpty(), "the helper is not running");
    QVERIFY(!isGone(started.first()));

    server.stop();
    QCOMPARE(server.state(), SiteServer::State::Stopped);
    QCOMPARE(server.processId(), qint64(0));
    QVERIFY(isGone(pid));
    for (qint64 child : started)
        QVERIFY2(isGone(child), qPrintable(ProcessTesting::commandName(child)));
}

void TestSiteServer::destroyingTheServerStopsIt()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    auto server = std::make_unique<SiteServer>();
    QVERIFY(startAndWait(*server, root));
    const qint64 pid = server->processId();
    server.reset();
    QVERIFY(isGone(pid));
}

void TestSiteServer::aCrashIsReportedAndCleanedUp()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    SiteServer server;
    QVERIFY(startAndWait(server, root));
    const qint64 pid = server.processId();
    QSignalSpy error(&server, &SiteServer::errorOccurred);
    QSignalSpy stopped(&server, &SiteServer::stopped);
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(stopped.wait(StartMs));
    QCOMPARE(error.size(), 1);
    QVERIFY2(error.first().at(0).toString().contains(u"crashed"), qPrintable(error.first().at(0).toString()));
    QCOMPARE(server.state(), SiteServer::State::Stopped);
    QVERIFY(isGone(pid));
}

void TestSiteServer::brokenConfigReportsTheError()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    TestFiles::write(root + QStringLiteral("/hugo.toml"), "title = \"Broken\"\nbaseURL = [\n");
    SiteServer server;
    QSignalSpy error(&server, &SiteServer::errorOccurred);
    QSignalSpy stopped(&server, &SiteServer::stopped);
    QSignalSpy ready(&server, &SiteServer::ready);
    QVERIFY(server.start(Site::detect(root)));
    QVERIFY(stopped.wait(StartMs));
    QVERIFY(ready.isEmpty());
    QCOMPARE(error.size(), 1);
    const QString message = error.first().at(0).toString();
    QVERIFY2(message.contains(u"did not start") && message.contains(u"hugo.toml"), qPrintable(message));
    QCOMPARE(server.error(), message);
    QCOMPARE(server.processId(), qint64(0));

    // No page can be named either; hugo's reason comes along (it writes it to stdout).
    QSignalSpy notFound(&server, &SiteServer::postUrlNotFound);
    server.findPostUrl(root + u'/' + NinjaPost);
    QVERIFY(notFound.wait(StartMs));
    QVERIFY2(notFound.first().at(1).toString().contains(u"hugo.toml"), qPrintable(notFound.first().at(1).toString()));
}

void TestSiteServer::brokenTemplateAfterStartIsReported()
{
    if (hugoMissing())
        QSKIP("hugo is not on PATH");
    QTemporaryDir dir;
    const QString root = ProcessTesting::copyOfExampleSite(dir.path());
    SiteServer server;
    QVERIFY(startAndWait(server, root));
    const QUrl url = urlOf(server, root + u'/' + NinjaPost);
    QSignalSpy rebuilding(&server, &SiteServer::rebuilding);
    QSignalSpy rebuilt(&server, &SiteServer::rebuilt);
    QSignalSpy error(&server, &SiteServer::errorOccurred);
    TestFiles::write(root + QStringLiteral("/layouts/_default/single.html"),
                     "{{ define \"main\" }}{{ .Title | nosuchfunction }}{{ end }}\n");
    // Hugo's fast render mode renders a page when it is asked for: the
    // error comes with the first request after the rebuild.
    const QDeadlineTimer deadline(StartMs);
    while (error.isEmpty() && !deadline.hasExpired()) {
        if (rebuilt.isEmpty()) { // the error, or a rebuild to ask again after
            if (!QTest::qWaitFor([&] { return !rebuilt.isEmpty() || !error.isEmpty(); }, deadline))
                break;
            continue;
        }
        rebuilt.clear();
        fetch(url);
    }
    QVERIFY(!rebuilding.isEmpty());
    QVERIFY(!error.isEmpty());
    const QString message = error.first().at(0).toString();
    QVERIFY2(message.contains(u"nosuchfunction") && message.contains(u"single.html"), qPrintable(message));
    QCOMPARE(server.state(), SiteServer::State::Running); // Hugo serves on, the last good pages

    // Fixed: a rebuild without errors.
    TestFiles::replace(root + QStringLiteral("/layouts/_default/single.html"),
                       "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ end }}\n");
    QVERIFY(pageShows(server, url, "<h1>Measuring Build Times with Ninja&#39;s Log</h1>"));
}

void TestSiteServer::servesAJekyllSite_data()
{
    QTest::addColumn<bool>("saysItsAddress");
    QTest::newRow("its address in its log") << true;
    // Ruby buffers what goes to a pipe: then the open port says it.
    QTest::newRow("its log held back") << false;
}

void TestSiteServer::servesAJekyllSite()
{
    QFETCH(bool, saysItsAddress);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not on PATH: no stand-in for jekyll");
    // Jekyll is not in the build root: a stand-in that takes its arguments,
    // logs as it does (warnings and request lines on stderr included),
    // builds into --destination and serves it on --host:--port.
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("blog"));
    TestFiles::write(root + QStringLiteral("/_config.yml"), "title: Blog\n");
    TestFiles::write(root + QStringLiteral("/_posts/2024-01-02-hello.md"), "---\ntitle: Hello\n---\nHi.\n");
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QByteArray script = "#!/bin/sh\n"
                        "while [ $# -gt 0 ]; do case \"$1\" in\n"
                        "  --port) port=$2; shift;; --host) host=$2; shift;; --destination) out=$2; shift;;\n"
                        "  --drafts|--future|--watch) seen=\"$seen $1\";; esac; shift; done\n"
                        "[ \"$seen\" = ' --drafts --future --watch' ] || { echo \"Error: arguments$seen\" >&2; exit 2; }\n"
                        "echo '<title>Hello from Jekyll</title>' > \"$out/index.html\"\n"
                        "echo 'ruby: warning: something is deprecated' >&2\n"
                        "echo '                    done in 0.012 seconds.'\n";
    // As WEBrick does, the address is said once the port is open.
    script += "exec " + QFile::encodeName(python) + " -c '\n"
              "import functools, http.server, sys\n"
              "port, host, out, say = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == \"1\"\n"
              "handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=out)\n"
              "server = http.server.HTTPServer((host, port), handler)\n"
              "if say: print(\"    Server address: http://%s:%d/\" % (host, port), flush=True)\n"
              "server.serve_forever()\n"
              "' \"$port\" \"$host\" \"$out\" " + (saysItsAddress ? "1" : "0") + "\n";
    TestFiles::write(bin + QStringLiteral("/jekyll"), script);
    QVERIFY(QFile::setPermissions(bin + QStringLiteral("/jekyll"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin) + ':' + path);
    auto restorePath = qScopeGuard([&] { qputenv("PATH", path); });

    SiteServer server;
    QSignalSpy error(&server, &SiteServer::errorOccurred);
    QVERIFY(startAndWait(server, root));
    QCOMPARE(server.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port())));
    QCOMPARE(listeningAddresses(server.port()), QStringList{QStringLiteral("0100007F")});
    // Jekyll names no post's page: the site's home.
    const QUrl url = urlOf(server, root + QStringLiteral("/_posts/2024-01-02-hello.md"));
    QCOMPARE(url, server.baseUrl());
    QVERIFY(fetch(url).contains("Hello from Jekyll"));
    QVERIFY2(error.isEmpty(), qPrintable(server.error())); // warnings and request logs are no errors
    const qint64 pid = server.processId();
    server.stop();
    QVERIFY(isGone(pid));
}

QTEST_GUILESS_MAIN(TestSiteServer)
#include "tst_siteserver.moc"
