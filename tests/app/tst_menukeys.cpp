// Menu items chosen with the keyboard in the real application (Alt+V, then
// the item's letter), as a user does: X events from xdotool under Xvfb.
// View > Site Preview starts the site's own hugo server and stops it again;
// View > Show Post Header's choice is remembered.

#include "processtesting.h"
#include "realapp.h"
#include "testfiles.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

class TestMenuKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = whyNoRealApp(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty())
            QSKIP("hugo is not installed: the site preview has no server to start");
    }

    void sitePreviewAndPostHeaderFromTheKeyboard()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString site = ProcessTesting::copyOfExampleSite(dir.path());
        const QString post = site + QStringLiteral("/content/posts/queueing-delay-in-build-farms.md");
        const QProcessEnvironment environment = isolatedEnvironment(dir.path());
        QVERIFY(!environment.isEmpty());
        const QString config = dir.filePath(QStringLiteral("xdg/config"));

        RealApp app(environment, {post}, QStringLiteral("queueing-delay-in-build-farms\\.md"));
        QVERIFY(app.started());
        QTRY_VERIFY2_WITH_TIMEOUT(!app.findWindow().isEmpty(), "the window did not show", 60000);
        QVERIFY(app.focus());

        // View > Site Preview: the site's own server, started by the app.
        QVERIFY(app.key(QStringLiteral("alt+v")));
        QVERIFY(app.key(QStringLiteral("i")));
        qint64 server = 0;
        QTRY_VERIFY2_WITH_TIMEOUT((server = ProcessTesting::runningDescendant(app.pid(), QStringLiteral("hugo"),
                                                                             QStringLiteral("server"))) > 0,
                                  "View > Site Preview started no hugo server", 30000);
        // Chosen again: the tab closes and the server with it.
        QVERIFY(app.focus());
        QVERIFY(app.key(QStringLiteral("alt+v")));
        QVERIFY(app.key(QStringLiteral("i")));
        QTRY_VERIFY2_WITH_TIMEOUT(ProcessTesting::isGone(server), "the server outlived its tab", 30000);

        // View > Show Post Header, off; remembered when the app quits.
        const QStringList windows = app.visibleWindows();
        QVERIFY(app.key(QStringLiteral("alt+v")));
        QVERIFY(app.key(QStringLiteral("h")));
        // The menu has closed and the window has the keys again: on a busy
        // machine the focus could otherwise go back to the window before the
        // menu closes, and the menu's closing take it away again (no window
        // manager gives it back), so that Ctrl+Q reaches nothing.
        QTRY_VERIFY2_WITH_TIMEOUT(app.visibleWindows() == windows, "View's menu did not close", 30000);
        QVERIFY(app.focus());
        QVERIFY(app.key(QStringLiteral("ctrl+q")));
        QTRY_VERIFY_WITH_TIMEOUT(!app.isRunning(), 30000);
        QByteArray settings;
        QDirIterator it(config, {QStringLiteral("*.conf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            settings += TestFiles::read(it.next());
        QVERIFY2(settings.contains("header=false"), settings.constData());
    }
};

QTEST_GUILESS_MAIN(TestMenuKeys)
#include "tst_menukeys.moc"
