// The real application, killed while a post has unsaved typing, offers that
// typing on its next start: the swap file lives in Postwright's own data
// folder, Ctrl+Shift+R recovers it and Ctrl+S saves it. Driven from outside
// with xdotool, as a user would, under Xvfb.

#include "realapp.h"
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

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = whyNoRealApp(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void typedTextSurvivesAKillAndIsRecovered()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString postFolder = dir.filePath(QStringLiteral("site/content/posts"));
        const QString post = postFolder + QStringLiteral("/post.md");
        TestFiles::write(dir.filePath(QStringLiteral("site/hugo.toml")), "title = \"Crash test\"\n");
        TestFiles::write(post, OriginalPost);

        const QProcessEnvironment environment = isolatedEnvironment(dir.path());
        QVERIFY(!environment.isEmpty());
        const QString dataHome = dir.filePath(QStringLiteral("xdg/data"));
        const QString sentence = QStringLiteral("Typed just before the crash %1.").arg(QDateTime::currentMSecsSinceEpoch());

        {
            RealApp app(environment, {post}, QStringLiteral("post\\.md"));
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
            RealApp app(environment, {post}, QStringLiteral("post\\.md"));
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
