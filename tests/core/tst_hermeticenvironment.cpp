// Every test runs in a home of its own (tests/run-hermetic): this test fails
// when the launcher is bypassed or lets the machine's HOME, XDG folders or
// /tmp through, so no test can lean on files an earlier run left behind.

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

class TestHermeticEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldersAreOwnAndFresh_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QString>("leaf");
        QTest::newRow("HOME") << QByteArray("HOME") << QStringLiteral("home");
        QTest::newRow("XDG_CONFIG_HOME") << QByteArray("XDG_CONFIG_HOME") << QStringLiteral("config");
        QTest::newRow("XDG_DATA_HOME") << QByteArray("XDG_DATA_HOME") << QStringLiteral("data");
        QTest::newRow("XDG_STATE_HOME") << QByteArray("XDG_STATE_HOME") << QStringLiteral("state");
        QTest::newRow("XDG_CACHE_HOME") << QByteArray("XDG_CACHE_HOME") << QStringLiteral("cache");
        QTest::newRow("XDG_RUNTIME_DIR") << QByteArray("XDG_RUNTIME_DIR") << QStringLiteral("runtime");
        QTest::newRow("TMPDIR") << QByteArray("TMPDIR") << QStringLiteral("tmp");
    }

    void foldersAreOwnAndFresh()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QString, leaf);
        const QString path = qEnvironmentVariable(variable.constData());
        QVERIFY2(!path.isEmpty(), variable.constData());
        const QFileInfo info(path);
        QVERIFY2(info.isDir() && info.isWritable(), qPrintable(path));
        QCOMPARE(info.fileName(), leaf);
        // Side by side in a folder of this test's own: the homes in one, the
        // temporary and runtime folders (short paths, for sockets) in another.
        const bool temporary = variable == "TMPDIR" || variable == "XDG_RUNTIME_DIR";
        QCOMPARE(info.absolutePath(),
                 QFileInfo(qEnvironmentVariable(temporary ? "TMPDIR" : "HOME")).absolutePath());
        if (temporary)
            QVERIFY2(path.size() < 60, qPrintable(path)); // room for a socket's name below it
        QVERIFY(path != QDir::rootPath() && path != u"/tmp" && path != u"/root");
        // Fresh: nothing in it but what this process made.
        QVERIFY2(QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), qPrintable(path));
    }

    void qtAndTheTestsFindThem()
    {
        const QString home = qEnvironmentVariable("HOME");
        QCOMPARE(QDir::homePath(), home);
        QCOMPARE(QDir::tempPath(), qEnvironmentVariable("TMPDIR"));
        QStandardPaths::setTestModeEnabled(true);
        const QString homes = QFileInfo(home).absolutePath();
        const QString temporary = QFileInfo(qEnvironmentVariable("TMPDIR")).absolutePath();
        QVERIFY(homes != temporary);
        for (QStandardPaths::StandardLocation location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::AppLocalDataLocation,
              QStandardPaths::GenericCacheLocation}) {
            const QString where = QStandardPaths::writableLocation(location);
            QVERIFY2(where.startsWith(homes + u'/'), qPrintable(where));
        }
        for (QStandardPaths::StandardLocation location : {QStandardPaths::TempLocation, QStandardPaths::RuntimeLocation}) {
            const QString where = QStandardPaths::writableLocation(location);
            QVERIFY2(where.startsWith(temporary + u'/'), qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(TestHermeticEnvironment)
#include "tst_hermeticenvironment.moc"
