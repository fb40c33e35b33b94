// Saving through the editor component keeps a post as it was on disk
// (encoding, byte order mark, line endings, final newline, permissions), changes
// only the edited bytes, is atomic, and fails without harm.

#include "editor/markdowneditor.h"
#include "testfiles.h"
#include "editor/editorcomponent.h"

#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <KActionCollection>
#include <KMessageWidget>

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QStandardPaths>

#include <chrono>
#include <csignal>
#include <thread>
#include <sys/stat.h>
#include <unistd.h>

using namespace Postwright;

namespace {

using TestFiles::read;

// What KTextEditor::Document::checksum() says of a file with these bytes.
QByteArray gitBlobDigest(const QByteArray &bytes)
{
    return QCryptographicHash::hash("blob " + QByteArray::number(bytes.size()) + '\0' + bytes, QCryptographicHash::Sha1);
}

ino_t inode(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

// The texts of the bars KTextEditor shows above the view.
QStringList barTexts(MarkdownEditor &editor)
{
    QStringList texts;
    for (QLabel *label : editor.view()->findChildren<QLabel *>())
        if (!label->text().isEmpty())
            texts.append(label->text());
    return texts;
}

// With POSTWRIGHT_SNAPSHOTS set: a picture of the editor and its bar.
void snapshotWithBar(MarkdownEditor &editor, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("POSTWRIGHT_SNAPSHOTS"))
        return;
    editor.view()->resize(900, 240);
    editor.view()->window()->show();
    const auto bars = editor.view()->findChildren<KMessageWidget *>();
    QTRY_VERIFY(!bars.isEmpty() && bars.first()->isVisible() && !bars.first()->isShowAnimationRunning()); // slid in
    TestFiles::snapshot(editor.view(), name);
}

} // namespace

class TestSaving : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keepsTheFileAsItWas_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // What an edit on the second line makes of it.
        QTest::addColumn<QByteArray>("edited");
        const QByteArray text = "---\ntitle: \"Café\"\n---\nLine with two trailing spaces  \nlast\n";
        QTest::newRow("utf-8, lf") << text << QByteArray(text).replace("title", "Xtitle");
        QTest::newRow("utf-8, crlf") << QByteArray(text).replace("\n", "\r\n")
                                     << QByteArray(text).replace("title", "Xtitle").replace("\n", "\r\n");
        QTest::newRow("utf-8 with bom") << "\xEF\xBB\xBF" + text << "\xEF\xBB\xBF" + QByteArray(text).replace("title", "Xtitle");
        QTest::newRow("no final newline") << text.chopped(1) << QByteArray(text).replace("title", "Xtitle").chopped(1);
        const auto utf16 = [](const QByteArray &utf8, QStringConverter::Encoding encoding) {
            QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
            return QByteArray(encoder.encode(QString::fromUtf8(utf8)));
        };
        QTest::newRow("utf-16le with bom") << utf16(text, QStringConverter::Utf16LE)
                                           << utf16(QByteArray(text).replace("title", "Xtitle"), QStringConverter::Utf16LE);
        QTest::newRow("utf-16be with bom") << utf16(text, QStringConverter::Utf16BE)
                                           << utf16(QByteArray(text).replace("title", "Xtitle"), QStringConverter::Utf16BE);
        const QByteArray latin1 = "---\ntitle: \"Caf\xE9 \xE0 la cr\xE8me\"\n---\nNa\xEFve text.\n";
        QTest::newRow("latin-1") << latin1 << QByteArray(latin1).replace("title", "Xtitle");
    }

    void keepsTheFileAsItWas()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, edited);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, bytes);
        const QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
        QVERIFY(QFile::setPermissions(path, permissions));

        QWidget parent;
        MarkdownEditor editor(&parent);
        QVERIFY(editor.openFile(path));
        KTextEditor::Document *doc = editor.document();
        QVERIFY(!doc->text().contains(QChar::ReplacementCharacter));

        // An edit and its reverse: the bytes come back unchanged.
        doc->insertText({1, 0}, QStringLiteral("X"));
        doc->removeText(KTextEditor::Range(1, 0, 1, 1));
        QVERIFY(doc->isModified());
        QVERIFY(editor.save());
        QCOMPARE(read(path), bytes);
        QVERIFY(!doc->isModified());

        // A real edit changes that line only.
        doc->insertText({1, 0}, QStringLiteral("X"));
        QVERIFY(editor.save());
        QCOMPARE(read(path), edited);
        // KTextEditor knows the file as saved: its swap file will start from it.
        QCOMPARE(doc->checksum(), gitBlobDigest(edited));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), permissions);
    }

    void everySaveIsAtomic()
    {
        // Ctrl+S in the text (the view's own Save) and the window's Save both
        // replace the file by a rename: a new inode, the old one untouched.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "# Title\n");
        QWidget parent;
        MarkdownEditor editor(&parent);
        QVERIFY(editor.openFile(path));
        const ino_t before = inode(path);
        editor.document()->insertText({1, 0}, QStringLiteral("Text.\n"));
        QAction *viewSave = editor.view()->actionCollection()->action(QStringLiteral("file_save"));
        QVERIFY(viewSave);
        QVERIFY(viewSave->shortcut().isEmpty()); // the window's Save owns Ctrl+S
        // A second post, changed on disk after the save below, is the sentinel:
        // its report travels the same file watcher and the same delay in the
        // editor component, so once it has arrived the report of our save
        // has been handled too.
        const QString sentinelPath = dir.filePath(QStringLiteral("sentinel.md"));
        TestFiles::write(sentinelPath, "# Sentinel\n");
        MarkdownEditor sentinel(&parent);
        QVERIFY(sentinel.openFile(sentinelPath));
        QSignalSpy sentinelReported(sentinel.document(), &KTextEditor::Document::modifiedOnDisk);
        viewSave->trigger();
        QCOMPARE(read(path), QByteArray("# Title\nText.\n"));
        QVERIFY(inode(path) != before);
        QVERIFY(!editor.document()->isModified());
        QVERIFY(barTexts(editor).isEmpty()); // our own save is no change on disk
        // The file watcher's report of our save comes and goes quietly.
        TestFiles::replace(sentinelPath, "# Sentinel, changed\n");
        QVERIFY(sentinelReported.wait(10000));
        QCoreApplication::processEvents(); // what the reports queued
        QVERIFY(barTexts(editor).isEmpty());
        QCOMPARE(editor.document()->text(), QStringLiteral("# Title\nText.\n"));
    }

    void editsAfterASaveAreRecoverable()
    {
        // A child edits, saves, edits again and is killed; the post opened
        // again offers the edits after the save: the swap file started after
        // our save belongs to the saved file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "# Title\n\nOne.\n");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--edit-child"), path});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("edited"));
        // KTextEditor writes its swap file out on a timer (every
        // EditorComponent::SwapSyncSeconds): the kill comes once the edit is
        // on disk.
        const QDir swap(EditorComponent::swapDirectory());
        const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
        const auto swapWritten = [&] {
            for (const QFileInfo &file : swap.entryInfoList({QStringLiteral("*-post.md.kate-swp")}, QDir::Files))
                if (file.size() > 0 && file.lastModified() >= started)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(swapWritten(), 40000);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        QCOMPARE(read(path), QByteArray("# Title\n\nSaved. One.\n"));

        QWidget parent;
        MarkdownEditor reopened(&parent);
        QVERIFY(reopened.openFile(path));
        QVERIFY(reopened.document()->isDataRecoveryAvailable());
        reopened.document()->recoverData();
        QCOMPARE(reopened.document()->text(), QStringLiteral("# Title\n\nUnsaved. Saved. One.\n"));
    }

    void unencodableTextIsNotSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        const QByteArray latin1 = "# Caf\xE9\n";
        TestFiles::write(path, latin1);
        QWidget parent;
        parent.resize(800, 600);
        MarkdownEditor editor(&parent);
        QVERIFY(editor.openFile(path));
        QVERIFY2(!editor.document()->encoding().startsWith(u"UTF"), qPrintable(editor.document()->encoding()));
        editor.document()->insertText({1, 0}, QStringLiteral("Price: 5 \u20AC \U0001F600\n"));
        QString error;
        QVERIFY(editor.encodedText(&error).isEmpty());
        QVERIFY2(error.contains(u"Line 2"), qPrintable(error));
        QVERIFY(!editor.save());
        QCOMPARE(read(path), latin1);
        QVERIFY(editor.document()->isModified());
        QTRY_VERIFY(barTexts(editor).join(u' ').contains(u"was not saved"));
        snapshotWithBar(editor, QStringLiteral("bar-unencodable"));
    }

    void changeOnDiskReloadsQuietlyWithoutEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "# Title\n\nOne.\n\nTwo.\n");
        QWidget parent;
        MarkdownEditor editor(&parent);
        QVERIFY(editor.openFile(path));
        editor.view()->setCursorPosition({4, 2});
        TestFiles::replace(path, "# Title\n\nOne, changed by git pull.\n\nTwo.\n");
        QTRY_COMPARE_WITH_TIMEOUT(editor.document()->text(), QStringLiteral("# Title\n\nOne, changed by git pull.\n\nTwo.\n"), 10000);
        QVERIFY(!editor.document()->isModified());
        QCOMPARE(editor.view()->cursorPosition(), KTextEditor::Cursor(4, 2));
        QVERIFY2(barTexts(editor).isEmpty(), qPrintable(barTexts(editor).join(u'|')));
    }

    void changeOnDiskWithEditsAsks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "# Title\n\nOne.\n");
        QWidget parent;
        parent.resize(800, 600);
        MarkdownEditor editor(&parent);
        QVERIFY(editor.openFile(path));
        editor.document()->insertText({2, 0}, QStringLiteral("Mine. "));
        TestFiles::replace(path, "# Title\n\nTheirs.\n");
        QTRY_VERIFY2_WITH_TIMEOUT(barTexts(editor).join(u' ').contains(u"changed on disk"),
                                  qPrintable(barTexts(editor).join(u'|')), 10000);
        snapshotWithBar(editor, QStringLiteral("bar-changed-on-disk"));
        QCOMPARE(editor.document()->text(), QStringLiteral("# Title\n\nMine. One.\n"));
        QVERIFY(editor.document()->isModified());
    }

    void deletedOnDiskKeepsTheBuffer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        TestFiles::write(path, "# Title\n");
        QWidget parent;
        MarkdownEditor editor(&parent);
        QVERIFY(editor.openFile(path));
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(barTexts(editor).join(u' ').contains(u"deleted on disk"), 10000);
        QCOMPARE(editor.document()->text(), QStringLiteral("# Title\n"));
    }

    void binaryFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.md"));
        TestFiles::write(path, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
        QWidget parent;
        MarkdownEditor editor(&parent);
        QString error;
        QVERIFY(!editor.openFile(path, &error));
        QVERIFY2(error.contains(u"binary"), qPrintable(error));
        QVERIFY(editor.filePath().isEmpty());
    }

    void saveIntoReadOnlyFolderFailsAndKeepsTheFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/post.md");
        const QByteArray original = "# Original\n\nText.\n";
        TestFiles::write(path, original);

        QWidget parent;
        MarkdownEditor editor(&parent);
        QVERIFY(editor.openFile(path));
        editor.document()->insertText({0, 2}, QStringLiteral("Edited "));
        if (const QString why = TestFiles::makeReadOnly(folder); !why.isEmpty())
            QSKIP(qPrintable(why));
        const MarkdownEditor::SaveCheck check = editor.checkSave();
        const bool saved = editor.save(); // checks first; a bar says why not
        TestFiles::makeWritable(folder);
        QVERIFY(!saved);
        QVERIFY(!check.message.isEmpty());
        QVERIFY2(check.message.contains(u"read-only") || check.message.contains(u"write"), qPrintable(check.message));
        QVERIFY(editor.document()->isModified());
        QCOMPARE(read(path), original);
        QVERIFY(editor.document()->text().startsWith(u"# Edited Original"));
        // The swap file is in the state folder, where Hugo and git never look.
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left == QStringList{QStringLiteral("post.md")}, qPrintable(left.join(u' ')));
    }

    void killedSaveLeavesOldOrNewFile()
    {
        // A child saves a large post the way the editor does; it is killed at
        // a random moment of the save. What is on disk is one whole version.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QByteArray before, after;
        for (int i = 0; i < 200000; ++i) {
            before += "old line " + QByteArray::number(i) + '\n';
            after += "NEW LINE " + QByteArray::number(i) + '\n';
        }
        const auto startSaver = [&](QProcess &child) {
            TestFiles::write(path, before);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--save-child"), path});
            return child.waitForStarted() && child.waitForReadyRead(30000) && child.readLine().trimmed() == "saving";
        };
        // How long a whole save takes here, so the kills fall inside it on a
        // fast machine as on a slow one.
        qint64 saveMicroseconds = 0;
        {
            QProcess child;
            QVERIFY(startSaver(child));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(child.waitForFinished(60000));
            saveMicroseconds = timer.nsecsElapsed() / 1000;
        }
        QRandomGenerator random(3);
        int killedDuringSave = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess child;
            QVERIFY(startSaver(child));
            std::this_thread::sleep_for(std::chrono::microseconds(random.bounded(qint64(0), saveMicroseconds)));
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished();
            // Killed, not finished: the kill came during the save.
            killedDuringSave += child.exitStatus() == QProcess::CrashExit;
            const QByteArray onDisk = read(path);
            QVERIFY2(onDisk == before || onDisk == after,
                     qPrintable(QStringLiteral("round %1: %2 bytes, a mix").arg(round).arg(onDisk.size())));
            // No temporary file left where Hugo would see it.
            const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
            QVERIFY2(left == QStringList{QStringLiteral("post.md")} || onDisk == before, qPrintable(left.join(u' ')));
        }
        qInfo("a whole save took %lld us; %d of 8 kills came before it ended", saveMicroseconds, killedDuringSave);
        QVERIFY2(killedDuringSave > 0, "the child always finished before the kill: nothing was tested");
    }
};

// The child of editsAfterASaveAreRecoverable: edits, saves, edits, waits for
// its end.
static int editChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QWidget parent;
    MarkdownEditor editor(&parent);
    if (!editor.openFile(QString::fromLocal8Bit(argv[2])))
        return 2;
    editor.document()->insertText({2, 0}, QStringLiteral("Saved. "));
    if (!editor.save())
        return 1;
    editor.document()->insertText({2, 0}, QStringLiteral("Unsaved. "));
    std::fputs("edited\n", stdout);
    std::fflush(stdout);
    return app.exec();
}

// The child of killedSaveLeavesOldOrNewFile: replaces every line, says so, saves.
static int saveChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QWidget parent;
    MarkdownEditor editor(&parent);
    if (!editor.openFile(QString::fromLocal8Bit(argv[2])))
        return 2;
    KTextEditor::Document *doc = editor.document();
    QString text = doc->text();
    text.replace(QStringLiteral("old line"), QStringLiteral("NEW LINE"));
    doc->setText(text);
    std::fputs("saving\n", stdout);
    std::fflush(stdout);
    return editor.save() ? 0 : 1;
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--save-child") == 0)
        return saveChild(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--edit-child") == 0)
        return editChild(argc, argv);
    QApplication app(argc, argv);
    TestSaving test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_saving.moc"
