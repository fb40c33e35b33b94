// Saves replace a file whole or not at all: permissions and links are kept,
// a read-only folder or a full disk fails with the file intact, and a writer
// killed at any moment leaves the old file or the new one.
#include "document/atomicwriter.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <thread>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Postwright;
using TestFiles::read;

namespace {

constexpr qsizetype ChildBytes = 96 * 1024 * 1024;

// The files in dir, hidden ones too.
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// What a write said: empty when it succeeded.
template<typename T>
QString messageOf(const Result<T> &result)
{
    return result ? QString() : result.problem().message;
}

} // namespace

class TestAtomicWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        Result<> written = AtomicWriter::write(path, "first\n");
        QVERIFY2(written, qPrintable(messageOf(written)));
        QCOMPARE(read(path), QByteArray("first\n"));
        written = AtomicWriter::write(path, "second, longer\n");
        QVERIFY2(written, qPrintable(messageOf(written)));
        QCOMPARE(read(path), QByteArray("second, longer\n"));
        QVERIFY(AtomicWriter::write(path, ""));
        QCOMPARE(read(path), QByteArray());
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("post.md")});
    }

    void createNewNeverReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-post.md"));
        Result<> created = AtomicWriter::createNew(path, "new\n");
        QVERIFY2(created, qPrintable(messageOf(created)));
        QCOMPARE(read(path), QByteArray("new\n"));
        created = AtomicWriter::createNew(path, "other\n");
        QVERIFY(!created);
        QVERIFY2(created.problem().message.contains(path), qPrintable(messageOf(created)));
        QCOMPARE(read(path), QByteArray("new\n"));
        // A dangling link is a name taken too: nothing is written through it.
        const QString link = dir.filePath(QStringLiteral("link.md"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere.md")), link));
        QVERIFY(!AtomicWriter::createNew(link, "through\n"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("elsewhere.md"))));
        // No temporary file is left behind either way.
        QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("link.md"), QStringLiteral("new-post.md")}));
    }

    void keepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "old\n");
        const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ExeOwner;
        QVERIFY(QFile::setPermissions(path, mode));
        QVERIFY(AtomicWriter::write(path, "new\n"));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), mode);
    }

    void newFileGetsTheUsualMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        const mode_t mask = ::umask(022);
        QVERIFY(AtomicWriter::write(path, "new\n"));
        ::umask(mask);
        QVERIFY(QFile::permissions(path) & QFile::ReadOther); // not QTemporaryFile's 0600
    }

    void linkStaysALink()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString target = dir.filePath(QStringLiteral("real/post.md"));
        const QString link = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(target, "old\n");
        QVERIFY(QFile::link(target, link));
        QVERIFY(AtomicWriter::write(link, "new\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(read(target), QByteArray("new\n"));
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("real"))), QStringList{QStringLiteral("post.md")});
    }

    void readOnlyFolderFailsAndKeepsTheFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/post.md");
        TestFiles::write(path, "original\n");
        if (const QString why = TestFiles::makeReadOnly(folder); !why.isEmpty())
            QSKIP(qPrintable(why));
        const Result<> written = AtomicWriter::write(path, "replacement\n");
        const QStringList left = filesIn(folder);
        TestFiles::makeWritable(folder);
        QVERIFY(!written);
        const QString error = written.problem().message;
        QVERIFY2(error.contains(u"read-only", Qt::CaseInsensitive) || error.contains(u"Permission"), qPrintable(error));
        QCOMPARE(read(path), QByteArray("original\n"));
        QCOMPARE(left, QStringList{QStringLiteral("post.md")});
    }

    void fullDiskFailsAndKeepsTheFile()
    {
        // A file size limit fails writes past it as a full disk would.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        const QByteArray original = "original\n";
        TestFiles::write(path, original);
        const Result<> written = TestFiles::withFileSizeLimit(64 * 1024, [&] {
            return AtomicWriter::write(path, QByteArray(1024 * 1024, 'x'));
        });
        QVERIFY(!written);
        const QString error = written.problem().message;
        QVERIFY2(error.contains(u"post.md") && error.contains(u"larger"), qPrintable(error));
        QCOMPARE(read(path), original);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("post.md")});
    }

    void missingFolderFails()
    {
        QTemporaryDir dir;
        const Result<> written = AtomicWriter::write(dir.filePath(QStringLiteral("gone/post.md")), "x");
        QVERIFY(!written);
        QVERIFY2(written.problem().message.contains(u"does not exist"), qPrintable(written.problem().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("gone"))));
    }

    void leftoversOfKilledSavesAreRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "old\n");
        const QString stale = dir.filePath(QStringLiteral(".post.md.postwright-abcDEF"));
        const QString fresh = dir.filePath(QStringLiteral(".post.md.postwright-ghiJKL"));
        const QString other = dir.filePath(QStringLiteral(".post.md.postwright-notmine"));
        TestFiles::write(stale, "half");
        TestFiles::write(fresh, "half");
        TestFiles::write(other, "theirs");
        QFile staleFile(stale);
        QVERIFY(staleFile.open(QIODevice::ReadWrite));
        QVERIFY(staleFile.setFileTime(QDateTime::currentDateTime().addSecs(-120), QFileDevice::FileModificationTime));
        staleFile.close();
        QVERIFY(AtomicWriter::write(path, "new\n"));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh)); // perhaps another window saving right now
        QVERIFY(QFileInfo::exists(other)); // not a name we make
    }

    void stagedWriteTakesANumberedNameAndNeverReplaces()
    {
        QTemporaryDir dir;
        TestFiles::write(dir.filePath(QStringLiteral("chart.png")), "first");
        AtomicWriter writer(dir.filePath(QStringLiteral("chart.png")), AtomicWriter::Publish::CreateNumbered);
        const Result<> opened = writer.open();
        QVERIFY2(opened, qPrintable(messageOf(opened)));
        for (const QByteArray &chunk : {QByteArray("one "), QByteArray(3 * 1024 * 1024, 'x'), QByteArray(" three")}) {
            const Result<> appended = writer.append(chunk);
            QVERIFY2(appended, qPrintable(messageOf(appended)));
        }
        // Unseen until published: no name but hidden temporary ones.
        for (const QString &name : filesIn(dir.path()))
            QVERIFY2(name == u"chart.png" || AtomicWriter::isTemporaryName(name, QStringLiteral("chart.png")), qPrintable(name));
        // A name taken after open() is skipped as well.
        TestFiles::write(dir.filePath(QStringLiteral("chart-2.png")), "second");
        const Result<QString> published = writer.publish();
        QVERIFY2(published, qPrintable(messageOf(published)));
        QCOMPARE(*published, QStringLiteral("chart-3.png"));
        QCOMPARE(read(dir.filePath(*published)), "one " + QByteArray(3 * 1024 * 1024, 'x') + " three");
        QCOMPARE(read(dir.filePath(QStringLiteral("chart.png"))), QByteArray("first"));
        QCOMPARE(read(dir.filePath(QStringLiteral("chart-2.png"))), QByteArray("second"));
        QCOMPARE(filesIn(dir.path()), (QStringList{"chart-2.png", "chart-3.png", "chart.png"}));

        // A name without an extension is numbered at its end.
        TestFiles::write(dir.filePath(QStringLiteral("notes")), "mine");
        AtomicWriter plain(dir.filePath(QStringLiteral("notes")), AtomicWriter::Publish::CreateNumbered);
        QVERIFY(plain.open());
        QVERIFY(plain.append("new"));
        const Result<QString> numbered = plain.publish();
        QVERIFY2(numbered, qPrintable(messageOf(numbered)));
        QCOMPARE(*numbered, QStringLiteral("notes-2"));
        QCOMPARE(read(dir.filePath(QStringLiteral("notes"))), QByteArray("mine"));
        QCOMPARE(read(dir.filePath(QStringLiteral("notes-2"))), QByteArray("new"));
    }

    void stagedCreateNewRefusesANameTakenMeanwhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-post.md"));
        AtomicWriter writer(path, AtomicWriter::Publish::CreateNew);
        QVERIFY(writer.open());
        QVERIFY(writer.append("mine\n"));
        TestFiles::write(path, "theirs\n");
        const Result<QString> published = writer.publish();
        QVERIFY(!published);
        QVERIFY2(published.problem().message.contains(path) && published.problem().message.contains(u"exists already"),
                 qPrintable(messageOf(published)));
        QCOMPARE(published.problem().line, 0);
        QCOMPARE(writer.failure().step, AtomicWriter::Step::Exists);
        QCOMPARE(read(path), QByteArray("theirs\n"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("new-post.md")});
    }

    void destroyedUnpublishedLeavesNothing_data()
    {
        QTest::addColumn<int>("publish");
        QTest::newRow("create-numbered") << int(AtomicWriter::Publish::CreateNumbered);
        QTest::newRow("create-new") << int(AtomicWriter::Publish::CreateNew);
        QTest::newRow("replace") << int(AtomicWriter::Publish::Replace);
    }

    void destroyedUnpublishedLeavesNothing()
    {
        QFETCH(int, publish);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("static/images/summit"));
        {
            AtomicWriter writer(folder + QStringLiteral("/chart.png"), AtomicWriter::Publish(publish));
            writer.setRoot(dir.path());
            const Result<> opened = writer.open();
            QVERIFY2(opened, qPrintable(messageOf(opened)));
            QVERIFY(QFileInfo(folder).isDir()); // made by open()
            QVERIFY(writer.append(QByteArray(256 * 1024, 'x')));
        }
        QCOMPARE(TestFiles::below(dir.path()), QStringList());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("static"))));

        // Beside a file, its temporary goes (hidden, or without a name) and
        // the file stays as it was.
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "old\n");
        {
            AtomicWriter writer(path, AtomicWriter::Publish(publish));
            if (writer.open()) {
                QVERIFY(writer.append("new\n"));
                for (const QString &name : filesIn(dir.path()))
                    QVERIFY2(name == u"post.md" || AtomicWriter::isTemporaryName(name, QStringLiteral("post.md")), qPrintable(name));
            }
        }
        QCOMPARE(read(path), QByteArray("old\n"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("post.md")});
    }

    void failedWriteRollsBackAtOnce()
    {
        // A file size limit fails writes past it as a full disk would.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("assets/images"));
        AtomicWriter writer(folder + QStringLiteral("/photo.bmp"), AtomicWriter::Publish::CreateNumbered);
        writer.setRoot(dir.path());
        QVERIFY(writer.open());
        QVERIFY(QFileInfo(folder).isDir());
        const Result<> appended = TestFiles::withFileSizeLimit(64 * 1024, [&] {
            return writer.append(QByteArray(1024 * 1024, 'x'));
        });
        QVERIFY(!appended);
        QVERIFY2(appended.problem().message.contains(u"photo.bmp") && appended.problem().message.contains(u"larger"),
                 qPrintable(appended.problem().message));
        QCOMPARE(writer.failure().step, AtomicWriter::Step::Write);
        QCOMPARE(writer.failure().error, EFBIG);
        // Gone before the writer is: the temporary file and both folders.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("assets"))));
        QCOMPARE(filesIn(dir.path()), QStringList());
        const Result<QString> published = writer.publish();
        QVERIFY(!published);
        QCOMPARE(published.problem().message, appended.problem().message);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("assets"))));
    }

    void rootKeepsTheWriteInside()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("site"));
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(root) && QDir().mkpath(outside));
        QVERIFY(QFile::link(outside, root + QStringLiteral("/static")));
        AtomicWriter writer(root + QStringLiteral("/static/images/x.png"), AtomicWriter::Publish::CreateNumbered);
        writer.setRoot(root);
        const Result<> opened = writer.open();
        QVERIFY(!opened);
        QCOMPARE(writer.failure().step, AtomicWriter::Step::OutsideRoot);
        QVERIFY2(opened.problem().message.contains(u"outside"), qPrintable(opened.problem().message));
        QCOMPARE(TestFiles::below(outside), QStringList());
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void killedWriterLeavesOldOrNewFile()
    {
        // On a disk, not in memory (/tmp may be tmpfs): the sync takes time.
        // The temporary file may have no name at all while it is written
        // (O_TMPFILE), so the kill's moment is judged by the result.
        QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/killed-save-XXXXXX"));
        const QString path = dir.filePath(QStringLiteral("post.md"));
        const QByteArray before(ChildBytes, 'o');
        const auto startWriter = [&](QProcess &child) {
            TestFiles::write(path, before);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-child"), path});
            return child.waitForStarted() && child.waitForReadyRead(30000) && child.readLine().trimmed() == "writing";
        };
        // How long a whole write takes on this disk, so the kills below fall
        // inside it however fast or slow the machine is (a fixed range of
        // sleeps missed it on a fast disk).
        qint64 writeMicroseconds = 0;
        {
            QProcess child;
            QVERIFY(startWriter(child));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(child.waitForFinished(60000));
            writeMicroseconds = timer.nsecsElapsed() / 1000;
        }
        QRandomGenerator random(7);
        int killedMidWrite = 0;
        // A first write on a busy machine can take ten times the later ones:
        // a round whose writer finished before its kill halves the range the
        // next kill is drawn from, and rounds go on (up to 40) until one kill
        // came inside a write.
        qint64 range = writeMicroseconds;
        for (int round = 0; round < 40 && (round < 10 || killedMidWrite == 0); ++round) {
            QProcess child;
            QVERIFY(startWriter(child));
            std::this_thread::sleep_for(std::chrono::microseconds(random.bounded(qint64(0), qMax(qint64(1), range))));
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished();
            const bool stillWriting = child.exitStatus() == QProcess::CrashExit; // killed, not finished
            const QByteArray onDisk = read(path);
            QVERIFY2(onDisk == before || onDisk == QByteArray(before.size(), 'N'),
                     qPrintable(QStringLiteral("round %1: a mix of %2 bytes").arg(round).arg(onDisk.size())));
            // Killed inside write(), before its rename: the case that matters.
            killedMidWrite += stillWriting && onDisk == before;
            if (!stillWriting)
                range = qMax(qint64(1000), range / 2);
            for (const QString &name : filesIn(dir.path()))
                QVERIFY2(name == u"post.md" || AtomicWriter::isTemporaryName(name, QStringLiteral("post.md")), qPrintable(name));
        }
        qInfo("a whole write took %lld us; %d kills came inside one", writeMicroseconds, killedMidWrite);
        QVERIFY2(killedMidWrite > 0, "the writer always finished before the kill: nothing was tested");
    }
};

// The child of killedWriterLeavesOldOrNewFile: says it starts, then writes.
static int writeChild(const char *path)
{
    const QByteArray after(ChildBytes, 'N');
    std::fputs("writing\n", stdout);
    std::fflush(stdout);
    return AtomicWriter::write(QString::fromLocal8Bit(path), after) ? 0 : 1;
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-child") == 0)
        return writeChild(argv[2]);
    QCoreApplication app(argc, argv);
    TestAtomicWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicwriter.moc"
