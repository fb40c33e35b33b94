// The writing window driven as a user drives it: real X events from xdotool
// (through XTEST, the window focused first: Xvfb has no window manager) on
// the toolbar, Configure Shortcuts, F11, and the Posts dock following the
// site on disk. Also: the first start at a laptop's
// 1280x720 shows the text at 72 columns or more beside the preview.
#include "application.h"
#include "documents/documentmanager.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "panels/panelmanager.h"
#include "panels/postspanel.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"
#include "processtesting.h"
#include "realapp.h"
#include "testfiles.h"

#include <KActionCollection>
#include <KKeySequenceWidget>
#include <KShortcutsDialog>
#include <KTextEditor/Document>
#include <KTextEditor/View>
#include <KToolBar>
#include <KXMLGUIFactory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidgetItemIterator>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Postwright;

namespace {

// Where a widget's point is on the screen, for xdotool.
QStringList at(const QWidget *widget, QPoint point)
{
    const QPoint global = widget->mapToGlobal(point);
    return {QString::number(global.x()), QString::number(global.y())};
}

// A real click (move, then press and release) on widget at point (its centre by default).
bool click(const QWidget *widget, QPoint point = {-1, -1})
{
    if (point == QPoint(-1, -1))
        point = widget->rect().center();
    // No --sync: it waits forever when the pointer is there already.
    if (!xdotool(QStringList{QStringLiteral("mousemove")} + at(widget, point)))
        return false;
    QTest::qWait(50); // the move reaches Qt (enter and hover) before the press
    return xdotool({QStringLiteral("click"), QStringLiteral("1")});
}

bool key(const QString &keys)
{
    return xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), keys});
}

// X input focus to the window, then Qt's own idea of the active window.
bool focus(QWidget *window)
{
    return xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(window->winId())})
        && QTest::qWaitForWindowActive(window);
}

// The text column of the view, in characters of its own font.
int columnsOf(KTextEditor::View *view)
{
    const QFont font = view->configValue(QStringLiteral("font")).value<QFont>();
    return int(view->textAreaRect().width() / QFontMetricsF(font).horizontalAdvance(QLatin1Char('M')));
}

} // namespace

class TestWindowFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = whyNoRealApp(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_site = ProcessTesting::copyOfExampleSite(m_dir.path());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openPath(m_site + QStringLiteral("/content/posts/sqlite-wal-notes.md")));
        QVERIFY(focus(m_window.get()));
    }

    void cleanup()
    {
        for (MarkdownEditor *editor : m_window->documents()->editors())
            editor->document()->setModified(false);
        m_window.reset();
    }

    void toolbarBoldWrapsTheSelection()
    {
        KTextEditor::View *view = m_window->editor()->view();
        view->document()->setText(QStringLiteral("a word\n"));
        view->setSelection(KTextEditor::Range(0, 2, 0, 6));
        QAction *bold = m_window->actionCollection()->action(QStringLiteral("format_bold"));
        QWidget *button = m_window->toolBar()->widgetForAction(bold);
        QVERIFY(button && button->isVisible());
        QVERIFY(click(button));
        QTRY_COMPARE(view->document()->text(), QStringLiteral("a **word**\n"));
    }

    // Before Configure Shortcuts below, which gives Bold another key.
    // Kate's view has its own actions on some of these keys; merged into
    // the window they must not make the keys ambiguous (then nothing runs).
    void formatKeysReachTheirActions()
    {
        // Any dialog but Insert Image's file picker (KDE's "ambiguous key"
        // notice, say) is noted and closed, so the test fails instead of waiting.
        bool pickerShown = false;
        QString unexpected;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QDialog *>(top); dialog && dialog->isVisible()) {
                    if (qobject_cast<QFileDialog *>(dialog))
                        pickerShown = true;
                    else
                        unexpected = dialog->windowTitle() + u' ' + dialog->findChild<QLabel *>()->text();
                    dialog->reject();
                }
        });
        poll.start(100);
        KTextEditor::View *view = m_window->editor()->view();
        view->document()->setText(QStringLiteral("a word\n"));
        view->setSelection(KTextEditor::Range(0, 2, 0, 6));
        view->setFocus();
        QVERIFY(key(QStringLiteral("ctrl+b")));
        QTRY_VERIFY(view->document()->text() == u"a **word**\n" || !unexpected.isEmpty());
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        view->setSelection(KTextEditor::Range(0, 4, 0, 8));
        QVERIFY(key(QStringLiteral("ctrl+i")));
        QTRY_VERIFY(view->document()->text() == u"a ***word***\n" || !unexpected.isEmpty());
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        // Insert Image starts with its file picker.
        QVERIFY(key(QStringLiteral("ctrl+shift+i")));
        QTRY_VERIFY_WITH_TIMEOUT(pickerShown || !unexpected.isEmpty(), 5000);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
    }

    void configureShortcutsGivesBoldANewKey()
    {
        // Settings > Configure Shortcuts, as a user opens it: the menu, then its item.
        auto *settings = qobject_cast<QMenu *>(m_window->guiFactory()->container(QStringLiteral("settings"), m_window.get()));
        QVERIFY(settings);
        QAction *configure = m_window->actionCollection()->action(QStringLiteral("options_configure_keybinding"));
        QVERIFY(configure);
        // The dialog is driven from its own event loop (it may be modal):
        // a timer waits for it, and the steps run from there.
        QString failure;
        bool done = false;
        auto fail = [&](const QString &why, QDialog *dialog) {
            failure = why;
            done = true;
            if (dialog)
                dialog->reject();
        };
        QTimer poll;
        poll.setInterval(100);
        connect(&poll, &QTimer::timeout, this, [&] {
            KShortcutsDialog *dialog = nullptr;
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *candidate = qobject_cast<KShortcutsDialog *>(top); candidate && candidate->isVisible())
                    dialog = candidate;
            if (!dialog || done)
                return;
            poll.stop();
            QTest::qWait(300); // laid out and painted
            if (!focus(dialog))
                return fail(QStringLiteral("the dialog could not be focused"), dialog);
            // Search for Bold, as one types it.
            QLineEdit *search = nullptr;
            for (QLineEdit *line : dialog->findChildren<QLineEdit *>())
                if (line->isVisible() && !search)
                    search = line;
            if (!search || !click(search))
                return fail(QStringLiteral("no search line"), dialog);
            xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), QStringLiteral("Bold")});
            auto *tree = dialog->findChild<QTreeWidget *>();
            QTreeWidgetItem *bold = nullptr;
            const bool listed = QTest::qWaitFor([&] {
                bold = nullptr;
                for (QTreeWidgetItemIterator it(tree); *it; ++it)
                    if (!(*it)->isHidden() && (*it)->text(0).remove(u'&') == u"Bold" && (*it)->text(1) == u"Ctrl+B")
                        bold = *it;
                return bold != nullptr;
            }, 3000);
            if (!listed || !bold)
                return fail(QStringLiteral("Bold (Ctrl+B) is not listed"), dialog);
            tree->scrollToItem(bold);
            if (!click(tree->viewport(), tree->visualItemRect(bold).center()))
                return fail(QStringLiteral("could not click Bold"), dialog);
            // The row opens its editor: the custom key's button records.
            QPushButton *record = nullptr;
            const bool opened = QTest::qWaitFor([&] {
                for (KKeySequenceWidget *widget : tree->findChildren<KKeySequenceWidget *>())
                    if (widget->isVisible())
                        record = widget->findChild<QPushButton *>();
                return record != nullptr;
            }, 3000);
            // The row opens with an animation: click where the button settles.
            QTest::qWait(1000);
            if (!opened || !record || !click(record))
                return fail(QStringLiteral("no key recorder under Bold"), dialog);
            QTest::qWait(200);
            key(QStringLiteral("ctrl+alt+shift+b"));
            // The row says the new key once recording ends; the recorder
            // itself may be gone by then.
            if (!QTest::qWaitFor([&] { return bold->text(1) == u"Ctrl+Alt+Shift+B" || !failure.isEmpty(); }, 5000) || !failure.isEmpty())
                return fail(QStringLiteral("Bold's row shows %1 %2").arg(bold->text(1), failure), dialog);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            if (!ok || !click(ok))
                return fail(QStringLiteral("no OK button"), dialog);
            done = true;
        });
        poll.start();
        // Without a running kglobalaccel (as under Xvfb here) KDE's recorder
        // asks whether to take the key from a global shortcut, listing none.
        // The user answers Reassign, as this test does with a click; any
        // other question fails the test (answered No so nothing waits).
        QTimer questions;
        questions.setInterval(200);
        bool reassigned = false;
        connect(&questions, &QTimer::timeout, this, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QDialog *>(top);
                if (!box || !box->isVisible() || qobject_cast<KShortcutsDialog *>(box))
                    continue;
                auto *buttons = box->findChild<QDialogButtonBox *>();
                QPushButton *yes = buttons ? buttons->button(QDialogButtonBox::Yes) : nullptr;
                if (box->objectName() == u"warningYesNo" && yes && !reassigned) {
                    reassigned = true;
                    qInfo("KDE asked: %s; answered %s", qPrintable(box->windowTitle()), qPrintable(yes->text()));
                    questions.stop(); // the click below runs the loop again
                    focus(box);
                    click(yes);
                    questions.start();
                    continue;
                }
                failure = QStringLiteral("asked: ") + box->windowTitle();
                box->reject();
            }
        });
        questions.start();
        QVERIFY(click(m_window->menuBar(), m_window->menuBar()->actionGeometry(settings->menuAction()).center()));
        QTRY_VERIFY(settings->isVisible());
        QVERIFY(click(settings, settings->actionGeometry(configure).center()));
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QAction *boldAction = m_window->actionCollection()->action(QStringLiteral("format_bold"));
        QTRY_COMPARE(boldAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+Shift+B")));
        // The new key works in the text.
        QVERIFY(focus(m_window.get()));
        KTextEditor::View *view = m_window->editor()->view();
        view->document()->setText(QStringLiteral("a word\n"));
        view->setSelection(KTextEditor::Range(0, 2, 0, 6));
        view->setFocus();
        QVERIFY(key(QStringLiteral("ctrl+alt+shift+b")));
        QTRY_COMPARE(view->document()->text(), QStringLiteral("a **word**\n"));
    }

    void f11HidesEveryDockAndEscBringsThemBack()
    {
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 4);
        for (QDockWidget *dock : docks)
            dock->show(); // every dock open, as a user may have them
        QTRY_VERIFY(std::all_of(docks.begin(), docks.end(), [](QDockWidget *d) { return d->isVisible(); }));
        m_window->editor()->view()->setFocus();
        QVERIFY(key(QStringLiteral("F11")));
        QTRY_VERIFY(m_window->actionCollection()->action(QStringLiteral("actionFocusMode"))->isChecked());
        for (QDockWidget *dock : docks)
            QVERIFY2(!dock->isVisible(), qPrintable(dock->windowTitle()));
        QVERIFY(!m_window->toolBar()->isVisible());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->preview()->isVisible());
        QVERIFY(key(QStringLiteral("Escape")));
        QTRY_VERIFY(!m_window->actionCollection()->action(QStringLiteral("actionFocusMode"))->isChecked());
        QTRY_VERIFY(std::all_of(docks.begin(), docks.end(), [](QDockWidget *d) { return d->isVisible(); }));
        QVERIFY(m_window->toolBar()->isVisible());
    }

    void postCreatedOnDiskShowsWithinTwoSeconds()
    {
        QAction *posts = m_window->actionCollection()->action(QStringLiteral("show_posts_dock"));
        QVERIFY(click(m_window->toolBar()->widgetForAction(posts))); // one click opens the dock
        QTRY_VERIFY(m_window->panels()->posts()->isVisible());
        QTRY_VERIFY(m_window->panels()->posts()->visibleCount() > 0);
        const int before = m_window->panels()->posts()->visibleCount();
        TestFiles::write(m_site + QStringLiteral("/content/posts/written-elsewhere.md"),
                         "---\ntitle: \"Written Elsewhere\"\ndate: 2030-01-01\n---\n\nFrom another editor.\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->panels()->posts()->visibleCount(), before + 1, 2000);
        // Newest first, and a click opens it.
        auto *list = m_window->panels()->posts()->findChild<QTreeView *>();
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Written Elsewhere"));
        QVERIFY(click(list->viewport(), list->visualRect(list->model()->index(0, 0)).center()));
        QTRY_VERIFY(m_window->editor()->filePath().endsWith(u"written-elsewhere.md"));
    }

    void savedTitleUpdatesItsRow()
    {
        m_window->findChild<QDockWidget *>(QStringLiteral("postsDock"))->show();
        auto *list = m_window->panels()->posts()->findChild<QTreeView *>();
        const QString path = m_window->editor()->filePath();
        auto rowTitle = [&] {
            for (int row = 0; row < list->model()->rowCount(); ++row)
                if (list->model()->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"sqlite-wal-notes")
                    || list->model()->index(row, 0).data().toString().startsWith(u"SQLite"))
                    return list->model()->index(row, 0).data().toString();
            return QString();
        };
        QTRY_VERIFY(!rowTitle().isEmpty());
        // Retyped in the text, saved with Ctrl+S.
        KTextEditor::View *view = m_window->editor()->view();
        const int titleLine = view->document()->text().left(view->document()->text().indexOf(u"title:")).count(u'\n');
        view->setCursorPosition(KTextEditor::Cursor(titleLine, view->document()->lineLength(titleLine)));
        view->setFocus();
        QVERIFY(key(QStringLiteral("End")));
        QVERIFY(key(QStringLiteral("shift+Home")));
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("10"),
                         QStringLiteral("title: \"Notes on the WAL\"")}));
        QTRY_VERIFY(view->document()->line(titleLine).contains(u"Notes on the WAL"));
        QVERIFY(key(QStringLiteral("ctrl+s")));
        QTRY_VERIFY(!view->document()->isModified());
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->index(list->currentIndex().row(), 0).data().toString(),
                                  QStringLiteral("Notes on the WAL"), 5000);
        QVERIFY(TestFiles::read(path).contains("title: \"Notes on the WAL\""));
    }

    void firstStartShowsSeventyTwoColumnsOnALaptop_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void firstStartShowsSeventyTwoColumnsOnALaptop()
    {
        // A process of its own on an X server of that size, with no
        // settings: the first start as a new user sees it.
        QFETCH(QSize, screen);
        QTemporaryDir home;
        QProcess child;
        QProcessEnvironment environment = isolatedEnvironment(home.path());
        QVERIFY(!environment.isEmpty());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral("xvfb-run"),
                    {QStringLiteral("-a"), QStringLiteral("-s"),
                     QStringLiteral("-screen 0 %1x%2x24 -nolisten tcp").arg(screen.width()).arg(screen.height()),
                     QCoreApplication::applicationFilePath(), QStringLiteral("--measure-first-start"),
                     m_site + QStringLiteral("/content/posts/sqlite-wal-notes.md")});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList measured = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u' ');
        QCOMPARE(measured.size(), 4);
        const QSize window(measured[0].toInt(), measured[1].toInt());
        QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
                 qPrintable(measured.join(u' '))); // the window fits the screen
        QVERIFY2(measured[2].toInt() >= 72, qPrintable(QStringLiteral("columns: ") + measured[2]));
        QCOMPARE(measured[3], QStringLiteral("preview")); // beside the preview
    }

private:
    QTemporaryDir m_dir;
    QString m_site;
    std::unique_ptr<MainWindow> m_window;
};

// --measure-first-start POST: opens the post in a first-start window and
// prints its width and height, the text's columns and whether the preview
// shows.
static int measureFirstStart(const QString &post)
{
    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openPath(post))
        return 1;
    QTest::qWait(200); // the layout settles
    const bool preview = window.preview()->isVisible() && window.preview()->width() > 300;
    QTextStream(stdout) << window.frameGeometry().width() << ' ' << window.frameGeometry().height() << ' '
                        << columnsOf(window.editor()->view()) << ' ' << (preview ? "preview" : "none") << '\n';
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    Application::initResources();
    Application::chooseCompositing();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == u"--measure-first-start") {
        QStandardPaths::setTestModeEnabled(true);
        return measureFirstStart(arguments.value(2));
    }
    TestWindowFlows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowflows.moc"
