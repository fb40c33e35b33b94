// Which files open as posts, and why the others are refused.
#include "document/postfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

class TestPostFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesTheBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("utf-8") << QByteArray("# Café\n\nText.\n") << int(FileVerdict::Text) << QString();
        QTest::newRow("latin-1") << QByteArray("# Caf\xE9\n\nNa\xEFve.\n") << int(FileVerdict::Text) << QString();
        QTest::newRow("windows-1252 quotes") << QByteArray("\x93quoted\x94\n") << int(FileVerdict::Text) << QString();
        QTest::newRow("utf-16 with bom") << QByteArray("\xFF\xFE#\0 \0a\0\n\0", 10) << int(FileVerdict::Text) << QString();
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << int(FileVerdict::Binary) << QStringLiteral("binary");
        QTest::newRow("nul in text") << QByteArray("text\0more", 9) << int(FileVerdict::Binary) << QStringLiteral("byte 4");
        QTest::newRow("control bytes") << QByteArray(200, '\x01') << int(FileVerdict::Binary) << QStringLiteral("binary");
        QTest::newRow("damaged utf-8") << QByteArray("# Café\n\nline two\nbad \xC3 here\n") << int(FileVerdict::Undecodable)
                                       << QStringLiteral("line 4");
        QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE#\0\x00\xD8", 6) << int(FileVerdict::Undecodable) << QStringLiteral("UTF-16");
    }

    void judgesTheBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const FileVerdict verdict = PostFile::inspectBytes(bytes);
        QCOMPARE(int(verdict.kind), kind);
        QCOMPARE(verdict.canOpen(), kind == FileVerdict::Text);
        QVERIFY2(verdict.message.contains(says), qPrintable(verdict.message));
        QVERIFY(!verdict.large);
    }

    void largeFilesOpenWithAFlag()
    {
        QByteArray big(PostFile::LargeBytes + 1, 'a');
        const FileVerdict verdict = PostFile::inspectBytes(big);
        QVERIFY(verdict.canOpen());
        QVERIFY(verdict.large);
    }

    void missingAndFolders()
    {
        QTemporaryDir dir;
        QCOMPARE(int(PostFile::inspect(dir.filePath(QStringLiteral("nope.md"))).kind), int(FileVerdict::Missing));
        QCOMPARE(int(PostFile::inspect(dir.path()).kind), int(FileVerdict::NotAFile));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text\n");
        file.close();
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        if (QFile(path).open(QIODevice::ReadOnly))
            QSKIP("running as root: file modes do not stop reading");
        const FileVerdict verdict = PostFile::inspect(path);
        QCOMPARE(int(verdict.kind), int(FileVerdict::Unreadable));
        QVERIFY(verdict.message.contains(u"cannot be read"));
    }

    void writability()
    {
        QTemporaryDir dir;
        QVERIFY(PostFile::whyNotWritable(dir.filePath(QStringLiteral("new.md"))).isEmpty());
        QVERIFY(PostFile::whyNotWritable(dir.filePath(QStringLiteral("gone/new.md"))).contains(u"no longer exists"));
    }

    void markdownNamesAreKnownBySuffix_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("markdown");
        QTest::newRow("md") << "content/posts/post.md" << true;
        QTest::newRow("upper case") << "POST.MARKDOWN" << true;
        QTest::newRow("mdown") << "notes.mdown" << true;
        QTest::newRow("mkd") << "notes.mkd" << true;
        QTest::newRow("image") << "chart.png" << false;
        QTest::newRow("text") << "notes.txt" << false;
        QTest::newRow("md inside the name") << "post.md.bak" << false;
        QTest::newRow("no suffix") << "README" << false;
    }

    void markdownNamesAreKnownBySuffix()
    {
        QFETCH(QString, path);
        QFETCH(bool, markdown);
        QCOMPARE(PostFile::isMarkdownName(path), markdown);
    }
};

QTEST_GUILESS_MAIN(TestPostFile)
#include "tst_postfile.moc"
