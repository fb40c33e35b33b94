// The writing window with real widgets under Xvfb: the post in the editor,
// rendered in the preview (read back from the page's DOM).

#include "application.h"
#include "editor/markdowneditor.h"
#include "editor/untitledstore.h"
#include "mainwindow.h"
#include "panels/panelmanager.h"
#include "panels/outlinepanel.h"
#include "panels/postspanel.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"

#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <KMessageWidget>

#include <QAbstractButton>
#include <QLabel>
#include <QStatusBar>
#include <QApplication>
#include <QRegularExpression>
#include <QClipboard>
#include <QFileDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QTabBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QScrollBar>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <KActionCollection>
#include <KToolBar>

#include <QTest>
#include <QTimer>

#include "previewtesting.h"
#include "testfiles.h"
#include <functional>
#include <QWebEnginePage>

using namespace Postwright;
using PreviewTesting::evaluate;

namespace {

bool waitForPreviewOf(MainWindow &window)
{
    QSignalSpy spy(&window, &MainWindow::previewUpdated);
    return spy.wait(30000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensNewestPostOfSiteHighlighted();
    void previewShowsRenderedPostWithoutFrontMatter();
    void typingUpdatesPreview();
    void rawHtmlNoticeFollowsTheSitesSetting();
    void editBelowViewportKeepsScrollAndPage();
    void patchedPreviewEqualsAFreshOne();
    void siteImagesLoadThroughTheScheme();
    void pathsOutsideTheSiteAreRefused();
    void editorScrollMovesPreview();
    void previewScrollMovesEditor();
    void postsDockListsNewestFirstWithDrafts();
    void postsDockFilterAndOpen();
    void outlineClickJumpsBothPanes();
    void outlineFollowsCursor();
    void statusBarCounts();
    void changingCountsLeaveTheLayoutAlone();
    void copyAsHtmlPutsHtmlAndText();
    void focusModeHidesChrome();
    void settingsRestoreWindowLayout();
    void previewFollowsDarkPalette();
    void newPostFromArchetype();
    void userStyleSheetAppliesAndReloads();
    void severalPostsInTabs();
    void sessionRestoresEveryTab();
    void menusOfferKateTools();
    void untitledTextComesBackAfterACrash();
    void thePostKnowsItsSiteAfterSaveAs();
    void cancellingTheStylesheetDialogKeepsTheStylesheet();
    void exportEndsWithABarNotADialog();
    void postsDockFollowsTheDiskAndSaves();
    void cleanup();
};

void TestMainWindow::cleanup()
{
    // Each test starts from no saved settings.
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/postwright.conf"));
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::initResources();
}

void TestMainWindow::opensNewestPostOfSiteHighlighted()
{
    MainWindow window;
    QVERIFY(window.openPath(QStringLiteral(POSTWRIGHT_EXAMPLES "/site")));
    QVERIFY(window.editor()->filePath().endsWith(u"measuring-build-times-with-ninja.md"));
    QCOMPARE(window.editor()->document()->highlightingMode(), QStringLiteral("Postwright Markdown"));
    QVERIFY(window.editor()->document()->text().startsWith(u"---\n# Series"));
    QVERIFY(window.windowTitle().startsWith(u"measuring-build-times-with-ninja.md"));
}

void TestMainWindow::previewShowsRenderedPostWithoutFrontMatter()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/measuring-build-times-with-ninja.md")));
    QVERIFY(waitForPreviewOf(window));
    QCOMPARE(evaluate(window.preview(), QStringLiteral("document.querySelector('h2').textContent")).toString(),
             QStringLiteral("What the log holds"));
    const QString text = evaluate(window.preview(), QStringLiteral("document.body.innerText")).toString();
    QVERIFY2(!text.contains(u"draft:"), qPrintable(text.left(200)));
    QVERIFY(evaluate(window.preview(), QStringLiteral("document.querySelectorAll('table').length")).toInt() == 1);
    // Code is highlighted: a keyword span has a colour from the code stylesheet.
    const QString keywordColour = evaluate(window.preview(), QStringLiteral(
        "getComputedStyle(document.querySelector('pre.code span[style]')).color")).toString();
    QVERIFY2(keywordColour.startsWith(u"rgb(") && keywordColour != u"rgb(0, 0, 0)", qPrintable(keywordColour));
}

void TestMainWindow::typingUpdatesPreview()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    QVERIFY(waitForPreviewOf(window));

    KTextEditor::View *view = window.editor()->view();
    KTextEditor::Document *doc = window.editor()->document();
    view->setFocus();
    view->setCursorPosition(KTextEditor::Cursor(doc->lines() - 1, doc->lineLength(doc->lines() - 1)));
    QTest::keyClick(view->focusProxy() ? view->focusProxy() : view, Qt::Key_Return);
    QTest::keyClicks(view->focusProxy() ? view->focusProxy() : view, QStringLiteral("## Typed heading"));
    QVERIFY(doc->isModified());
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(window.preview(), QStringLiteral("Array.from(document.querySelectorAll('h2')).pop().textContent"))
            .toString(),
        QStringLiteral("Typed heading"), 20000);
    doc->setModified(false); // nothing is saved: the example stays as it is
}

// Hugo's default drops raw HTML from the published page, and the preview
// with it: a note over the preview says so, until the HTML is gone or the
// reader closes the note.
void TestMainWindow::rawHtmlNoticeFollowsTheSitesSetting()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = 'x'\n");
    const QString post = dir.filePath(QStringLiteral("content/posts/p.md"));
    TestFiles::write(post, "---\ntitle: P\n---\nPress <kbd>Ctrl</kbd> now.\n");
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openPath(post));
    QVERIFY(waitForPreviewOf(window));
    PreviewView *preview = window.preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->noticeText().contains(u"markup.goldmark.renderer.unsafe"), 20000);
    QVERIFY2(preview->noticeText().contains(u'2'), qPrintable(preview->noticeText()));
    auto *notice = preview->findChild<KMessageWidget *>(QStringLiteral("previewNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->width(), preview->width());
    QCOMPARE(notice->geometry().bottom(), preview->rect().bottom());
    TestFiles::snapshot(&window, QStringLiteral("raw-html-notice"));

    KTextEditor::Document *doc = window.editor()->document();
    doc->setText(QStringLiteral("---\ntitle: P\n---\nPress Ctrl now.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->noticeText().isEmpty(), 20000);

    doc->setText(QStringLiteral("---\ntitle: P\n---\nPress <kbd>Ctrl</kbd> now.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->noticeText().isEmpty(), 20000);
    // Closed by the reader: it stays closed for this post.
    auto *close = notice->findChild<QToolButton *>();
    QVERIFY(close);
    close->click();
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 5000);
    doc->setText(QStringLiteral("---\ntitle: P\n---\nPress <kbd>Ctrl</kbd> and <kbd>C</kbd>.\n"));
    QVERIFY(waitForPreviewOf(window));
    QVERIFY(preview->noticeText().isEmpty());
    doc->setModified(false);
}

namespace {

// A long post: 150 sections, the chart near the top.
QString writeLongPost(const QString &dir)
{
    QByteArray post = "---\ntitle: Long\n---\n# Long post\n\n![chart](/images/ninja-build-times/edge-durations.png)\n\n";
    for (int i = 1; i <= 150; ++i)
        post += "## Section " + QByteArray::number(i) + "\n\nParagraph " + QByteArray::number(i)
                + " with enough words to wrap in a narrow preview pane.\n\n";
    const QString path = dir + QStringLiteral("/content/posts/long.md");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(post);
    return path;
}

// A copy of the example site in a temporary folder, to edit freely.
QString copyOfExampleSite(const QTemporaryDir &dir)
{
    QDirIterator it(QStringLiteral(POSTWRIGHT_EXAMPLES "/site"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = dir.path() + QStringLiteral("/site/")
                               + QDir(QStringLiteral(POSTWRIGHT_EXAMPLES "/site")).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(source, target);
    }
    return dir.path() + QStringLiteral("/site");
}

bool openAndRender(MainWindow &window, const QString &path)
{
    window.resize(1200, 800);
    window.show();
    QSignalSpy spy(&window, &MainWindow::previewUpdated);
    return window.openPath(path) && spy.wait(30000);
}

} // namespace

void TestMainWindow::editBelowViewportKeepsScrollAndPage()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAndRender(window, writeLongPost(copyOfExampleSite(dir))));
    PreviewView *preview = window.preview();
    // A settled page first: images loaded (their size would shift the layout).
    QTRY_VERIFY(evaluate(preview, QStringLiteral("Array.from(document.images).every(i => i.complete)")).toBool());
    // Mark the page and a block near the top; scroll a little down.
    evaluate(preview, QStringLiteral("window.__marker = 42; document.querySelector('h2').dataset.marker = 'kept';"
                                     "window.scrollTo(0, 300); window.scrollY"));
    QTRY_COMPARE(evaluate(preview, QStringLiteral("window.scrollY")).toInt(), 300);

    // Edit far below the viewport: section 140.
    KTextEditor::Document *doc = window.editor()->document();
    const int line = doc->text().left(doc->text().indexOf(u"Paragraph 140 ")).count(u'\n');
    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    doc->insertText(KTextEditor::Cursor(line, 0), QStringLiteral("Edited "));
    QVERIFY(updated.wait(20000));
    QTRY_VERIFY(evaluate(preview, QStringLiteral("document.body.innerText.includes('Edited Paragraph 140')")).toBool());
    QCOMPARE(evaluate(preview, QStringLiteral("window.__marker")).toInt(), 42);
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('h2').dataset.marker")).toString(), QStringLiteral("kept"));
    QCOMPARE(evaluate(preview, QStringLiteral("window.scrollY")).toInt(), 300);

    // An edit above shifts every line below; blocks are kept and renumbered.
    doc->insertText(KTextEditor::Cursor(4, 0), QStringLiteral("A new paragraph.\n\n"));
    QVERIFY(updated.wait(20000));
    QTRY_VERIFY(evaluate(preview, QStringLiteral("document.body.innerText.includes('A new paragraph.')")).toBool());
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('h2').dataset.marker")).toString(), QStringLiteral("kept"));
    const int h2Line = evaluate(preview, QStringLiteral("Number(document.querySelector('h2').getAttribute('data-line'))")).toInt();
    QCOMPARE(h2Line, doc->text().left(doc->text().indexOf(u"## Section 1\n")).count(u'\n') + 1);
    doc->setModified(false);
}

void TestMainWindow::patchedPreviewEqualsAFreshOne()
{
    // Edits of every kind reach the page as block patches; the body they leave
    // must be the one a freshly loaded page shows for the same text.
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAndRender(window, writeLongPost(copyOfExampleSite(dir))));
    PreviewView *preview = window.preview();
    KTextEditor::Document *doc = window.editor()->document();
    const auto lineOf = [doc](const QString &text) { return int(doc->text().left(doc->text().indexOf(text)).count(u'\n')); };
    const QString body = QStringLiteral("document.getElementById('content').innerHTML");
    evaluate(preview, QStringLiteral("window.__marker = 1"));

    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    const QList<std::function<void()>> edits{
        [&] { doc->insertText({4, 0}, QStringLiteral("Above everything.\n\n")); },
        [&] { doc->insertText({lineOf(QStringLiteral("Paragraph 70 ")), 0}, QStringLiteral("**Bold** start ")); },
        [&] { doc->removeLine(lineOf(QStringLiteral("## Section 30\n"))); },
        [&] { doc->insertText({lineOf(QStringLiteral("## Section 90\n")), 0}, QStringLiteral("```cpp\nint x = 1;\n```\n\n")); },
        [&] { doc->insertText({lineOf(QStringLiteral("## Section 100\n")), 0}, QStringLiteral("<div class=\"note\">\n\n")); },
        [&] { doc->insertText({lineOf(QStringLiteral("## Section 104\n")), 0}, QStringLiteral("</div>\n\n")); },
        [&] { doc->insertText({lineOf(QStringLiteral("## Section 120\n")), 0}, QStringLiteral("- a\n- b\n\n\n")); },
        [&] { doc->removeText(KTextEditor::Range(lineOf(QStringLiteral("## Section 140\n")), 0,
                                                 lineOf(QStringLiteral("## Section 143\n")), 0)); },
    };
    for (const auto &edit : edits) {
        const int before = updated.count();
        edit();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() > before, 20000);
    }
    QVERIFY(updated.count() >= edits.size());
    const QString patched = evaluate(preview, body).toString();
    QVERIFY(patched.contains(QStringLiteral("Above everything.")));
    QVERIFY(patched.contains(QStringLiteral("<div class=\"note\">")));
    QVERIFY(!patched.contains(QStringLiteral("Section 141<")));
    QCOMPARE(evaluate(preview, QStringLiteral("window.__marker")).toInt(), 1); // patched, never reloaded

    QSignalSpy shown(preview, &PreviewView::contentShown);
    preview->reload();
    QVERIFY(shown.wait(20000));
    QTRY_VERIFY(evaluate(preview, QStringLiteral("window.__marker === undefined")).toBool());
    QCOMPARE(evaluate(preview, body).toString(), patched);
    doc->setModified(false);
}

void TestMainWindow::siteImagesLoadThroughTheScheme()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/toml-front-matter-for-hugo.md")));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(window.preview(), QStringLiteral(
        "(() => { const i = document.querySelector('figure img'); return !!i && i.complete && i.naturalWidth > 0; })()")).toBool(), 10000);
    QCOMPARE(evaluate(window.preview(), QStringLiteral("document.querySelector('figure img').naturalWidth")).toInt(), 720);
}

void TestMainWindow::pathsOutsideTheSiteAreRefused()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/toml-front-matter-for-hugo.md")));
    QSignalSpy refused(window.preview()->schemeHandler(), &SiteSchemeHandler::requestRefused);
    const QStringList attempts = {
        QStringLiteral("/../../../../etc/passwd"),
        QStringLiteral("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hostname"),
        QStringLiteral("/__file__/etc/passwd"),
        QStringLiteral("/__file__/") + QStringLiteral(POSTWRIGHT_EXAMPLES "/../README.md"),
    };
    for (const QString &path : attempts)
        evaluate(window.preview(), QStringLiteral("(() => { const i = document.createElement('img'); i.src = '%1';"
                                                  " document.body.appendChild(i); return 1; })()").arg(path));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), attempts.size(), 10000);
    for (const QList<QVariant> &args : refused)
        QVERIFY2(!args.first().toString().isEmpty(), "a refused request names its path");
}

void TestMainWindow::editorScrollMovesPreview()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAndRender(window, writeLongPost(copyOfExampleSite(dir))));
    KTextEditor::View *view = window.editor()->view();
    // Scroll as a user does: the view's vertical scroll bar.
    QScrollBar *bar = nullptr;
    for (QScrollBar *candidate : view->findChildren<QScrollBar *>())
        if (candidate->orientation() == Qt::Vertical && candidate->maximum() > 0)
            bar = candidate;
    QVERIFY(bar);
    bar->setValue(bar->maximum() * 2 / 3);
    const int top = view->firstDisplayedLine() + 1;
    QVERIFY(top > 100);
    // The preview shows the same source line at its top.
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(evaluate(window.preview(), QStringLiteral("window.postwright.lineAtTop()")).toDouble() - top) <= 2.0,
                             10000);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::previewScrollMovesEditor()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAndRender(window, writeLongPost(copyOfExampleSite(dir))));
    const QString text = window.editor()->document()->text();
    const int line = text.left(text.indexOf(u"## Section 80\n")).count(u'\n');
    evaluate(window.preview(), QStringLiteral("window.scrollTo(0, document.getElementById('section-80').offsetTop - 8)"));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(window.editor()->view()->firstDisplayedLine() - line) <= 1, 10000);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::postsDockListsNewestFirstWithDrafts()
{
    MainWindow window;
    QSignalSpy loaded(window.panels()->posts(), &PostsPanel::postsLoaded);
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site")));
    QVERIFY(loaded.size() > 0 || loaded.wait(10000));
    QCOMPARE(window.panels()->posts()->visibleCount(), 5);
    QVERIFY(window.panels()->posts()->pathAt(0).endsWith(u"measuring-build-times-with-ninja.md"));
    QVERIFY(window.panels()->posts()->pathAt(1).endsWith(u"sqlite-wal-notes.md"));
    auto *list = window.panels()->posts()->findChild<QTreeView *>();
    QVERIFY(list);
    QCOMPARE(list->model()->index(1, 1).data().toString(), QStringLiteral("2025-01-09 · draft"));
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Measuring Build Times with Ninja's Log"));
}

void TestMainWindow::postsDockFilterAndOpen()
{
    MainWindow window;
    QSignalSpy loaded(window.panels()->posts(), &PostsPanel::postsLoaded);
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site")));
    QVERIFY(loaded.size() > 0 || loaded.wait(10000));
    window.findChild<QDockWidget *>(QStringLiteral("postsDock"))->show(); // docks start closed
    auto *filter = window.panels()->posts()->findChild<QLineEdit *>();
    QTest::keyClicks(filter, QStringLiteral("jq"));
    QCOMPARE(window.panels()->posts()->visibleCount(), 1);
    auto *list = window.panels()->posts()->findChild<QTreeView *>();
    const QRect rect = list->visualRect(list->model()->index(0, 0));
    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(window.editor()->filePath().endsWith(u"reading-json-logs-with-jq.md"));
    QVERIFY(updated.wait(20000));
    QCOMPARE(evaluate(window.preview(), QStringLiteral("document.querySelector('h2').textContent")).toString(),
             QStringLiteral("Filtering by level"));
}

void TestMainWindow::outlineClickJumpsBothPanes()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openAndRender(window, writeLongPost(copyOfExampleSite(dir))));
    QTRY_COMPARE(window.panels()->outline()->entryCount(), 151);
    window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->show(); // docks start closed
    window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->raise();
    auto *tree = window.panels()->outline()->findChild<QTreeWidget *>();
    QTreeWidgetItem *item = tree->findItems(QStringLiteral("Section 120"), Qt::MatchExactly | Qt::MatchRecursive).value(0);
    QVERIFY(item);
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    const QString text = window.editor()->document()->text();
    const int line = text.left(text.indexOf(u"## Section 120\n")).count(u'\n');
    QCOMPARE(window.editor()->view()->cursorPosition().line(), line);
    QVERIFY(window.editor()->view()->firstDisplayedLine() <= line && window.editor()->view()->lastDisplayedLine() >= line);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(evaluate(window.preview(), QStringLiteral(
        "document.getElementById('section-120').getBoundingClientRect().top")).toDouble()) < 60, 10000);
    window.editor()->document()->setModified(false);
}

void TestMainWindow::outlineFollowsCursor()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/measuring-build-times-with-ninja.md")));
    QTRY_COMPARE(window.panels()->outline()->entryCount(), 3);
    const QString text = window.editor()->document()->text();
    const int line = text.left(text.indexOf(u"## What fixed it")).count(u'\n');
    window.editor()->view()->setCursorPosition(KTextEditor::Cursor(line + 2, 0));
    QCOMPARE(window.panels()->outline()->currentEntry(), 2);
    auto *tree = window.panels()->outline()->findChild<QTreeWidget *>();
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("What fixed it"));
    window.editor()->view()->setCursorPosition(KTextEditor::Cursor(0, 0));
    QCOMPARE(window.panels()->outline()->currentEntry(), -1);
}

void TestMainWindow::statusBarCounts()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    window.editor()->view()->setCursorPosition(KTextEditor::Cursor(9, 2));
    // The counts: words from the render, characters from the buffer. The
    // cursor's position is KTextEditor's status bar's, shown once.
    const QString status = window.statusText();
    static const QRegularExpression counts(QStringLiteral("^(\\d+) word.* · (\\d+) character.* · (\\d+) min read$"));
    const QRegularExpressionMatch m = counts.match(status);
    QVERIFY2(m.hasMatch(), qPrintable(status));
    QCOMPARE(m.captured(2).toInt(), window.editor()->document()->totalCharacters());
    QVERIFY(m.captured(1).toInt() > 50);
    QCOMPARE(m.captured(3).toInt(), 1);
}

// Counts that change on every keystroke change only their label: the window
// is not laid out again (its docks and toolbars with it), and the label
// still shows all of its text.
void TestMainWindow::changingCountsLeaveTheLayoutAlone()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    KTextEditor::Document *document = window.editor()->document();
    const auto typeAndWait = [&](const QString &text) {
        const QString before = window.statusText();
        document->insertText(KTextEditor::Cursor(document->lines() - 1, 0), text);
        return QTest::qWaitFor([&] { return window.statusText() != before; }, 5000);
    };
    QVERIFY(typeAndWait(QStringLiteral("Some ")));
    QTest::qWait(200);
    struct LayoutRequests : QObject
    {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::LayoutRequest;
            return false;
        }
    } requests;
    window.installEventFilter(&requests);
    for (const QString &text : {QStringLiteral("more "), QStringLiteral("words, "), QStringLiteral("and many more characters than before. ")})
        QVERIFY(typeAndWait(text));
    QCoreApplication::processEvents();
    QCOMPARE(requests.count, 0);
    QLabel *label = nullptr;
    for (QLabel *candidate : window.statusBar()->findChildren<QLabel *>())
        if (candidate->text() == window.statusText())
            label = candidate;
    QVERIFY(label);
    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(QStringLiteral("%1 < %2").arg(label->width()).arg(label->sizeHint().width())));
}

void TestMainWindow::copyAsHtmlPutsHtmlAndText()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    QAction *copy = window.actionCollection()->action(QStringLiteral("actionCopyHtml"));
    QVERIFY(copy);
    copy->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data->hasHtml());
    QVERIFY2(data->html().contains(u"<h2 id=\"filtering-by-level\">Filtering by level</h2>"), qPrintable(data->html().left(300)));
    QVERIFY(data->text().contains(u"Filtering by level"));
    QVERIFY(!data->text().contains(u"<h2"));
}

void TestMainWindow::focusModeHidesChrome()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    QVERIFY(window.openPath(QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/sqlite-wal-notes.md"))); // two tabs
    auto *tabs = window.findChild<QTabBar *>(QStringLiteral("postTabs"));
    QTRY_VERIFY(tabs->isVisible());
    window.findChild<QDockWidget *>(QStringLiteral("postsDock"))->show(); // open before, open after
    QVERIFY(window.toolBar()->isVisible());
    window.setFocusMode(true);
    QVERIFY(!window.toolBar()->isVisible());
    QVERIFY(!window.preview()->isVisible());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!tabs->isVisible());
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) // the Images dock too
        QVERIFY2(!dock->isVisible(), qPrintable(dock->windowTitle()));
    // About 80 columns in the middle of the window (the line numbers' border
    // and rounding take a column or two).
    const int margin = window.editor()->view()->contentsMargins().left();
    QVERIFY(margin > 0);
    const int column = window.width() - 2 * margin;
    const QFont font = window.editor()->view()->configValue(QStringLiteral("font")).value<QFont>(); // the text's own
    const int character = QFontMetrics(font).horizontalAdvance(QLatin1Char('M'));
    QVERIFY2(qAbs(column / character - 80) <= 3, qPrintable(QString::number(column / character)));
    // Esc leaves it (window shortcuts need the window active).
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.editor()->view()->setFocus();
    QTest::keyClick(window.editor()->view()->focusProxy() ? window.editor()->view()->focusProxy() : window.editor()->view(),
                    Qt::Key_Escape);
    QTRY_VERIFY(!window.actionCollection()->action(QStringLiteral("actionFocusMode"))->isChecked());
    QVERIFY(window.preview()->isVisible());
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.toolBar()->isVisible());
    QVERIFY(window.panels()->posts()->isVisible());
    QVERIFY(tabs->isVisible());
    QCOMPARE(window.editor()->view()->contentsMargins().left(), 0);
}

void TestMainWindow::settingsRestoreWindowLayout()
{
    QList<int> sizes;
    QRect geometry;
    {
        MainWindow window;
        QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/sqlite-wal-notes.md")));
        window.resize(1100, 700);
        QTRY_COMPARE(window.size(), QSize(1100, 700));
        window.setPreviewBelow(true);
        QCoreApplication::sendPostedEvents(); // the layouts it asked for
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        splitter->setSizes({300, 200});
        QCoreApplication::sendPostedEvents();
        sizes = splitter->sizes();
        // Docks start closed; the ones the user opened stay open.
        window.findChild<QDockWidget *>(QStringLiteral("postsDock"))->show();
        window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->hide();
        geometry = window.geometry();
        QVERIFY(window.close());
    }
    MainWindow restored;
    restored.show();
    QVERIFY(restored.reopenLastSession());
    QVERIFY(restored.editor()->filePath().endsWith(u"sqlite-wal-notes.md"));
    QCOMPARE(restored.size(), geometry.size());
    auto *splitter = restored.findChild<QSplitter *>(QStringLiteral("splitter"));
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QTRY_COMPARE(splitter->sizes(), sizes);
    QVERIFY(!restored.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->isVisible());
    QVERIFY(restored.findChild<QDockWidget *>(QStringLiteral("postsDock"))->isVisible());
}

void TestMainWindow::previewFollowsDarkPalette()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    QTRY_COMPARE(evaluate(window.preview(), QStringLiteral("document.documentElement.dataset.scheme")).toString(), QStringLiteral("light"));
    QPalette dark = window.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    window.preview()->setPalette(dark);
    QTRY_COMPARE(evaluate(window.preview(), QStringLiteral("document.documentElement.dataset.scheme")).toString(), QStringLiteral("dark"));
    // The page's background and the code colours switch with it.
    QCOMPARE(evaluate(window.preview(), QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")).toString(),
             QStringLiteral("rgb(30, 31, 34)"));
    const QString style = evaluate(window.preview(), QStringLiteral("document.querySelector('pre.code span[style]').getAttribute('style')")).toString();
    const QString dColour = style.section(QStringLiteral("--d:"), 1).section(u';', 0, 0);
    const QColor expected(dColour);
    QCOMPARE(evaluate(window.preview(), QStringLiteral("getComputedStyle(document.querySelector('pre.code span[style]')).color")).toString(),
             QStringLiteral("rgb(%1, %2, %3)").arg(expected.red()).arg(expected.green()).arg(expected.blue()));
}

void TestMainWindow::newPostFromArchetype()
{
    QTemporaryDir dir;
    const QString site = copyOfExampleSite(dir);
    MainWindow window;
    QVERIFY(openAndRender(window, site));
    QSignalSpy loaded(window.panels()->posts(), &PostsPanel::postsLoaded);
    const QString path = window.createPost(QStringLiteral("Profiling with perf"));
    QCOMPARE(path, site + QStringLiteral("/content/posts/profiling-with-perf.md"));
    QCOMPARE(window.editor()->filePath(), path);
    QVERIFY(window.editor()->document()->text().startsWith(u"---\ntitle: \"Profiling with perf\"\ndate: \""));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.panels()->posts()->visibleCount(), 6); // the example site's five and the new one
    // The same title again: a new file, the first one untouched.
    QCOMPARE(window.createPost(QStringLiteral("Profiling with perf")), site + QStringLiteral("/content/posts/profiling-with-perf-2.md"));
}

void TestMainWindow::userStyleSheetAppliesAndReloads()
{
    QTemporaryDir dir;
    const QString css = dir.filePath(QStringLiteral("theme.css"));
    TestFiles::write(css, "h2 { color: rgb(1, 2, 3); }\n");
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    window.preview()->setUserStyleSheet(css);
    const QString colour = QStringLiteral("getComputedStyle(document.querySelector('h2')).color");
    QTRY_COMPARE(evaluate(window.preview(), colour).toString(), QStringLiteral("rgb(1, 2, 3)"));
    // Saved by an editor that replaces the file.
    QFile::remove(css);
    TestFiles::write(css, "h2 { color: rgb(4, 5, 6); }\n");
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(window.preview(), colour).toString(), QStringLiteral("rgb(4, 5, 6)"), 10000);
    window.preview()->setUserStyleSheet({});
    QTRY_VERIFY(evaluate(window.preview(), colour).toString() != u"rgb(4, 5, 6)");
}

void TestMainWindow::severalPostsInTabs()
{
    MainWindow window;
    const QString jq = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md");
    const QString toml = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/toml-front-matter-for-hugo.md");
    QVERIFY(openAndRender(window, jq));
    QCOMPARE(window.editorCount(), 1); // the empty first tab was reused
    auto *tabs = window.findChild<QTabBar *>(QStringLiteral("postTabs")); // the docks have tab bars too
    QVERIFY(!tabs->isVisible()); // one post: no tab bar

    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    QVERIFY(window.openPath(toml));
    QCOMPARE(window.editorCount(), 2);
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->tabText(1), QStringLiteral("toml-front-matter-for-hugo.md"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(window.preview(), QStringLiteral("document.querySelector('h2').textContent")).toString(),
                              QStringLiteral("Shortcodes I use every week"), 20000);

    // Edits stay with their post; the tab shows it.
    window.editor()->view()->setCursorPosition(KTextEditor::Cursor(12, 0));
    window.editor()->document()->insertText(KTextEditor::Cursor(12, 0), QStringLiteral("Edited. "));
    QVERIFY(tabs->tabText(1).endsWith(u"•"));

    // Back to the first tab: its post in the editor and the preview.
    tabs->setCurrentIndex(0);
    QVERIFY(window.editor()->filePath().endsWith(u"reading-json-logs-with-jq.md"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(window.preview(), QStringLiteral("document.querySelector('h2').textContent")).toString(),
                              QStringLiteral("Filtering by level"), 20000);
    // Opening a post that is open already switches to it.
    QVERIFY(window.openPath(toml));
    QCOMPARE(window.editorCount(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(window.editor()->document()->text().contains(u"Edited. "));
    window.editor()->document()->setModified(false);
    QVERIFY(window.closeTab(1));
    QCOMPARE(window.editorCount(), 1);
    QVERIFY(window.editor()->filePath().endsWith(u"reading-json-logs-with-jq.md"));
}

void TestMainWindow::sessionRestoresEveryTab()
{
    const QString jq = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md");
    const QString toml = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/toml-front-matter-for-hugo.md");
    {
        MainWindow window;
        QVERIFY(openAndRender(window, jq));
        QVERIFY(window.openPath(toml));
        window.setCurrentTab(0);
        QVERIFY(window.close());
    }
    MainWindow restored;
    restored.show();
    QVERIFY(restored.reopenLastSession());
    QCOMPARE(restored.editorCount(), 2);
    QCOMPARE(restored.editor()->filePath(), QFileInfo(jq).absoluteFilePath());
}

void TestMainWindow::menusOfferKateTools()
{
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    // Merged into the window's menus from the view's own layout, wherever
    // Kate puts them (Edit, Go, Tools), and shown.
    QStringList names;
    QList<QAction *> shown;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->menu() && !action->menu()->actions().isEmpty())
                collect(action->menu()->actions());
            if (!action->isSeparator() && action->isVisible()) {
                names.append(action->objectName());
                shown.append(action);
            }
        }
    };
    collect(window.menuBar()->actions());
    for (const char *name : {"edit_undo", "edit_find", "edit_replace", "go_goto_line", "tools_toggle_automatic_spell_checking",
                             "view_input_modes", "actionCopyHtml"})
        QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(u',') + QStringLiteral(" lacks ") + QLatin1String(name)));
    // Find opens the view's own search bar.
    auto searchBarShown = [&] {
        for (QWidget *child : window.editor()->view()->findChildren<QWidget *>())
            if (QByteArray(child->metaObject()->className()).contains("SearchBar") && child->isVisible())
                return true;
        return false;
    };
    QVERIFY(!searchBarShown());
    // The view's own Save items are not offered: they would bypass Postwright's checks.
    QVERIFY(!names.contains(QStringLiteral("file_save_as_with_encoding")));
    QCOMPARE(names.count(QStringLiteral("file_save")), 1);
    // Every dock opens from the View menu.
    for (const char *name : {"show_posts_dock", "show_outline_dock", "show_front_matter_dock", "show_images_dock"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QAction *find = shown.value(names.indexOf(QStringLiteral("edit_find")));
    QVERIFY(find);
    find->trigger();
    QTRY_VERIFY(searchBarShown());
}

void TestMainWindow::untitledTextComesBackAfterACrash()
{
    // A run that typed into an untitled post keeps its text in the state
    // folder every few seconds; here it is left there, as after a crash.
    QDir(UntitledStore::directory()).removeRecursively();
    {
        MainWindow window;
        window.show();
        window.editor()->document()->setText(QStringLiteral("# Never saved\n\nWords worth keeping.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(UntitledStore::directory()).entryList(QDir::Files).isEmpty(), 10000);
        const QStringList stored = QDir(UntitledStore::directory()).entryList(QDir::Files);
        QCOMPARE(stored.size(), 1);
        // The crash: the stored text outlives the window.
        QFile::copy(UntitledStore::directory() + u'/' + stored.first(), UntitledStore::directory() + QStringLiteral("/kept"));
        window.editor()->document()->setModified(false);
    }
    QVERIFY(QDir(UntitledStore::directory()).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty()); // closed: forgotten
    QVERIFY(QFile::rename(UntitledStore::directory() + QStringLiteral("/kept"), UntitledStore::directory() + QStringLiteral("/crashed.md")));

    MainWindow window;
    window.show();
    QCOMPARE(window.recoverUntitled(), 1);
    QCOMPARE(window.editor()->document()->text(), QStringLiteral("# Never saved\n\nWords worth keeping.\n"));
    QVERIFY(window.editor()->document()->isModified());
    QVERIFY(window.editor()->filePath().isEmpty());
    // It stays stored until the user saves or discards it.
    QVERIFY(QFileInfo::exists(UntitledStore::directory() + QStringLiteral("/crashed.md")));
    window.editor()->document()->setModified(false);
    window.closeTab(0);
    QVERIFY(!QFileInfo::exists(UntitledStore::directory() + QStringLiteral("/crashed.md")));
}

// Triggers action and answers the modal file dialog it opens, as the user
// would: path chosen and accepted, or Cancel when path is empty. Whether the
// dialog came.
static bool answerFileDialog(QWidget *window, QAction *action, const QString &path)
{
    bool answered = false;
    QTimer::singleShot(0, window, [&] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()), 10000);
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (path.isEmpty()) {
            dialog->reject();
        } else {
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // as Open and Save do
        }
        answered = true;
    });
    action->trigger();
    return answered;
}

// The site is found when the post gets a path, and again when Save As moves
// it into another site; the window, the image inserter and the docks ask the
// editor for it.
void TestMainWindow::thePostKnowsItsSiteAfterSaveAs()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo/hugo.toml")), "title = 'x'\n");
    TestFiles::write(dir.filePath(QStringLiteral("jekyll/_config.yml")), "title: y\n");
    const QString post = dir.filePath(QStringLiteral("hugo/content/posts/p.md"));
    TestFiles::write(post, "---\ntitle: P\n---\nText.\n");
    MainWindow window;
    QVERIFY(openAndRender(window, post));
    QCOMPARE(window.editor()->site().kind(), SiteKind::Hugo);
    QCOMPARE(window.editor()->site().rootPath(), QDir(dir.filePath(QStringLiteral("hugo"))).absolutePath());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("jekyll/_posts"))));
    QString why;
    QVERIFY2(window.editor()->saveAs(dir.filePath(QStringLiteral("jekyll/_posts/2024-01-01-p.md")), &why), qPrintable(why));
    QCOMPARE(window.editor()->site().kind(), SiteKind::Jekyll);
    QCOMPARE(window.editor()->site().rootPath(), QDir(dir.filePath(QStringLiteral("jekyll"))).absolutePath());
}

// View > Preview Stylesheet: Cancel changes nothing; No Preview Stylesheet
// is the way back to Postwright's own look.
void TestMainWindow::cancellingTheStylesheetDialogKeepsTheStylesheet()
{
    QTemporaryDir dir;
    const QString css = dir.filePath(QStringLiteral("theme.css"));
    TestFiles::write(css, "h2 { color: rgb(1, 2, 3); }\n");
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    auto *choose = window.actionCollection()->action(QStringLiteral("actionPreviewStyle"));
    auto *none = window.actionCollection()->action(QStringLiteral("actionNoPreviewStyle"));
    QVERIFY(choose && none && !none->isEnabled());
    QVERIFY(answerFileDialog(&window, choose, css)); // chosen
    QCOMPARE(window.preview()->userStyleSheet(), css);
    QVERIFY(none->isEnabled());
    QVERIFY(answerFileDialog(&window, choose, {})); // Cancel
    QCOMPARE(window.preview()->userStyleSheet(), css);
    QTRY_COMPARE(evaluate(window.preview(), QStringLiteral("getComputedStyle(document.querySelector('h2')).color")).toString(),
                 QStringLiteral("rgb(1, 2, 3)"));
    none->trigger();
    QVERIFY(window.preview()->userStyleSheet().isEmpty());
    QVERIFY(!none->isEnabled());
}

// File > Export > HTML Page: once the file is written, a bar over the text
// says where, with Open and Show in Folder; no dialog waits for a click.
void TestMainWindow::exportEndsWithABarNotADialog()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("post.html"));
    MainWindow window;
    QVERIFY(openAndRender(window, QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/reading-json-logs-with-jq.md")));
    QVERIFY(answerFileDialog(&window, window.actionCollection()->action(QStringLiteral("actionExportPage")), page));
    QVERIFY(QFileInfo(page).size() > 0);
    QVERIFY(!QApplication::activeModalWidget());
    QStringList texts, buttons;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            texts.clear();
            buttons.clear();
            for (QLabel *label : window.editor()->view()->findChildren<QLabel *>())
                if (label->isVisible())
                    texts << label->text();
            for (QAbstractButton *button : window.editor()->view()->findChildren<QAbstractButton *>())
                if (button->isVisible())
                    buttons << button->text().remove(u'&');
            return texts.join(u' ').contains(QStringLiteral("Exported to ") + page);
        }(),
        10000);
    QVERIFY2(buttons.contains(QStringLiteral("Open")) && buttons.contains(QStringLiteral("Show in Folder")),
             qPrintable(buttons.join(u'|')));
}

// The Posts dock without a restart: a post created on disk shows within 2 s,
// one deleted goes, and a saved title and draft flag show in its row.
void TestMainWindow::postsDockFollowsTheDiskAndSaves()
{
    QTemporaryDir dir;
    const QString site = copyOfExampleSite(dir);
    MainWindow window;
    QSignalSpy loaded(window.panels()->posts(), &PostsPanel::postsLoaded);
    QVERIFY(openAndRender(window, site + QStringLiteral("/content/posts/measuring-build-times-with-ninja.md")));
    QVERIFY(loaded.size() > 0 || loaded.wait(10000));
    const int before = window.panels()->posts()->visibleCount();
    auto *list = window.panels()->posts()->findChild<QTreeView *>();
    const auto titles = [list] {
        QStringList all;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            all << list->model()->index(row, 0).data().toString();
        return all;
    };
    const QString created = site + QStringLiteral("/content/posts/written-elsewhere.md");
    TestFiles::write(created, "---\ntitle: Written Elsewhere\ndate: 2026-01-01\n---\nText.\n");
    QTRY_VERIFY_WITH_TIMEOUT(titles().contains(QStringLiteral("Written Elsewhere")), 2000);
    QCOMPARE(window.panels()->posts()->visibleCount(), before + 1);
    QVERIFY(QFile::remove(created));
    QTRY_COMPARE_WITH_TIMEOUT(window.panels()->posts()->visibleCount(), before, 2000);

    // A new title and draft: true, saved from the editor.
    KTextEditor::Document *doc = window.editor()->document();
    for (const auto &[key, value] : {std::pair{u"title:", u"title: \"Retitled on Save\""}, std::pair{u"draft:", u"draft: true"}}) {
        int line = 0;
        while (line < doc->lines() && !doc->line(line).startsWith(key))
            ++line;
        QVERIFY(line < doc->lines());
        doc->replaceText(KTextEditor::Range(line, 0, line, doc->lineLength(line)), QString::fromUtf16(value));
    }
    QVERIFY(window.save());
    QTRY_VERIFY_WITH_TIMEOUT(titles().contains(QStringLiteral("Retitled on Save")), 2000);
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->index(row, 0).data().toString() == u"Retitled on Save")
            QVERIFY2(list->model()->index(row, 1).data().toString().endsWith(u"draft"),
                     qPrintable(list->model()->index(row, 1).data().toString()));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    Application::chooseCompositing(); // as the editor does
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
