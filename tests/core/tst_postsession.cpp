// PostSession: one post's site (detected once per path), and the analyses of
// its text, made on a worker thread, stamped with generations, stale ones
// never announced.

#include "document/postsession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "testfiles.h"

using namespace Postwright;

namespace {

const QByteArray Post = "---\n"
                        "title: \"Straße und Öl\"\n"
                        "tags: [jq]\n"
                        "---\n\n"
                        "# First\n\n"
                        "A paragraph with ![](missing.png) in it.\n\n"
                        "## Second\n";

} // namespace

class TestPostSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siteDetectedOncePerPath();
    void analysisReadsThePostOnAWorker();
    void onlyTheNewestTextIsAnnounced();
    void inactiveOrPausedSessionsWait();
    void typingInALongPostIsReadWhileItGoesOn();
};

void TestPostSession::siteDetectedOncePerPath()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = \"Site\"\n");
    const QString post = dir.filePath(QStringLiteral("content/posts/a.md"));
    TestFiles::write(post, Post);
    PostSession session;
    QSignalSpy changed(&session, &PostSession::siteChanged);
    QCOMPARE(session.site().kind(), SiteKind::None);
    session.setPath(post);
    session.setPath(post);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.site().kind(), SiteKind::Hugo);
    QCOMPARE(session.site().rootPath(), QFileInfo(dir.path()).canonicalFilePath());
    // Where images go follows the site and the post.
    QVERIFY(session.imagePlacement(Post).folder.startsWith(session.site().rootPath()));
}

void TestPostSession::analysisReadsThePostOnAWorker()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = \"Site\"\n");
    const QString post = dir.filePath(QStringLiteral("content/posts/a.md"));
    TestFiles::write(post, Post);
    // An image that exists: its URL is asked for while rendering.
    TestFiles::write(dir.filePath(QStringLiteral("static/logo.png")), "not really a PNG");
    const QString text = QString::fromUtf8(Post) + QStringLiteral("\n![Logo](/logo.png)\n");
    PostSession session;
    session.setPath(post);
    QThread *renderThread = nullptr;
    RenderOptions options;
    options.imageUrl = [&renderThread](const ResolvedImage &image) {
        renderThread = QThread::currentThread();
        return image.filePath;
    };
    session.setRenderOptions(options);
    session.setTextSource([text] { return text; });
    QSignalSpy analysed(&session, &PostSession::analysed);
    const quint64 generation = session.textChanged();
    QVERIFY(analysed.wait(10000));
    const std::shared_ptr<const PostAnalysis> analysis = session.analysis();
    QVERIFY(analysis);
    QCOMPARE(analysis->generation, generation);
    QCOMPARE(analysis->text, text);
    // Nothing of it ran on the GUI thread.
    QVERIFY(renderThread);
    QVERIFY(renderThread != QThread::currentThread());
    // The render, the front matter and the image check, read once.
    QCOMPARE(analysis->render.outline.size(), 2);
    QCOMPARE(analysis->render.outline.at(1).text, QStringLiteral("Second"));
    QVERIFY(analysis->frontMatter.isValid());
    QCOMPARE(analysis->frontMatter.values().value(QStringLiteral("title")).toString(), QString::fromUtf8("Straße und Öl"));
    QVERIFY(analysis->header.contains("Straße und Öl"));
    QVERIFY(!analysis->blocks.isEmpty());
    QCOMPARE(analysis->render.images.size(), 2);
    QCOMPARE(analysis->imageProblems.size(), 2);
    QVERIFY(analysis->imageProblems.at(1).isEmpty()); // the logo is there, with alt text
    QList<ImageProblem::Kind> kinds;
    for (const ImageProblem &problem : analysis->imageProblems.first())
        kinds << problem.kind;
    QVERIFY(kinds.contains(ImageProblem::Missing));
    QVERIFY(kinds.contains(ImageProblem::NoAltText));
    QVERIFY(analysis->lintContext);
}

void TestPostSession::onlyTheNewestTextIsAnnounced()
{
    PostSession session;
    int version = 0;
    session.setTextSource([&version] { return QStringLiteral("# Version %1\n").arg(version); });
    QList<quint64> announced;
    QList<quint64> newestThen;
    connect(&session, &PostSession::analysed, this, [&] {
        announced << session.analysis()->generation;
        newestThen << session.generation();
    });
    // Bursts of typing, some while an analysis runs.
    for (version = 1; version <= 40; ++version) {
        session.textChanged();
        if (version % 7 == 0)
            QTest::qWait(1);
    }
    --version;
    QTRY_VERIFY_WITH_TIMEOUT(session.analysis() && session.analysis()->generation == session.generation(), 10000);
    QTest::qWait(50); // nothing stale arrives after
    QVERIFY(!announced.isEmpty());
    QCOMPARE(announced, newestThen); // every announced analysis was of the newest text then
    QVERIFY(announced.size() < 40);  // coalesced
    QCOMPARE(session.analysis()->text, QStringLiteral("# Version 40\n"));
    QCOMPARE(session.analysis()->render.outline.first().text, QStringLiteral("Version 40"));
}

void TestPostSession::inactiveOrPausedSessionsWait()
{
    PostSession session;
    session.setTextSource([] { return QStringLiteral("Text\n"); });
    QSignalSpy analysed(&session, &PostSession::analysed);
    session.setActive(false);
    session.textChanged();
    QVERIFY(!analysed.wait(300));
    session.setActive(true); // the tab came to the front
    QVERIFY(analysed.wait(10000));
    session.setPaused(true);
    session.textChanged();
    QVERIFY(!analysed.wait(300));
    session.setPaused(false);
    QVERIFY(analysed.wait(10000));
    QCOMPARE(session.analysis()->generation, session.generation());
}

void TestPostSession::typingInALongPostIsReadWhileItGoesOn()
{
    // A post long enough that its analysis takes more than a frame.
    QString text = QStringLiteral("# Long\n\n");
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("A paragraph with *emphasis*, `code` and a [link](https://example.org/%1).\n\n").arg(i);
    PostSession session;
    int reads = 0;
    session.setTextSource([&] {
        ++reads;
        return text;
    });
    QSignalSpy analysed(&session, &PostSession::analysed);
    session.textChanged();
    QVERIFY(analysed.wait(20000));
    QVERIFY2(session.analysis()->milliseconds > 16, "the post must take longer than a frame");
    QCOMPARE(reads, 1);

    // Keys every few milliseconds, for longer than an analysis takes: the
    // text is read while they go on (they do not put the read off until a
    // pause), and the keys that come during an analysis are read together.
    QElapsedTimer burst;
    burst.start();
    int keys = 0;
    while (burst.elapsed() < 2 * session.analysis()->milliseconds + 100) {
        session.textChanged();
        ++keys;
        QTest::qWait(3);
    }
    QVERIFY2(reads >= 2, "read while the keys went on");
    QVERIFY2(reads - 1 < keys / 3, "keys during an analysis are read together");
    QTRY_VERIFY_WITH_TIMEOUT(session.analysis() && session.analysis()->generation == session.generation(), 20000);
}

QTEST_GUILESS_MAIN(TestPostSession)
#include "tst_postsession.moc"
