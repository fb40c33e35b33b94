#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "document/atomicwriter.h"
#include "document/postfile.h"
#include "editor/markdownactions.h"
#include "editor/markdowneditor.h"
#include "editor/untitledstore.h"
#include "dialogs/insertimagedialog.h"
#include "export/diagramrenderer.h"
#include "export/pageprinter.h"
#include "images/imageinserter.h"
#include "panels/imagespanel.h"
#include "export/exporter.h"
#include "export/htmlpage.h"
#include "panels/frontmatterpanel.h"
#include "panels/outlinepanel.h"
#include "panels/postspanel.h"
#include "postwright_version.h"
#include "preview/previewview.h"
#include "preview/sitepreview.h"
#include "preview/siteschemehandler.h"
#include "settings.h"
#include "site/newpost.h"
#include "site/siteserver.h"

#include <KActionCollection>
#include <KTextEditor/Document>
#include <KTextEditor/Message>
#include <KTextEditor/View>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QTextDocumentFragment>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Postwright {

namespace {

// A post that renders within a frame renders on the next turn of the event
// loop. A longer one waits for a pause in typing of a quarter of its last
// render (at most 50 ms), so key repeat costs one render per burst rather
// than one per key, while a single key still shows soon. Keys that arrive
// during a render are coalesced into the next one anyway.
int renderDelayFor(double lastRenderMs)
{
    return lastRenderMs < 16 ? 0 : std::min(50, int(lastRenderMs / 4));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(std::make_unique<Settings>())
    , m_renderTimer(new QTimer(this))
    , m_renderWatcher(new QFutureWatcher<PreviewRender>(this))
    , m_untitled(new UntitledStore(this))
{
    m_ui->setupUi(this);
    // The editor side: a tab per open post above their views.
    auto *editorArea = new QWidget(m_ui->splitter);
    auto *editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_tabs = new QTabBar(editorArea);
    m_tabs->setObjectName(QStringLiteral("postTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->setExpanding(false);
    m_tabs->setAutoHide(true); // one post: no tab bar
    m_stack = new QStackedWidget(editorArea);
    editorLayout->addWidget(m_tabs);
    editorLayout->addWidget(m_stack);
    m_previewTabs = new QTabWidget(m_ui->splitter);
    m_previewTabs->setObjectName(QStringLiteral("previewTabs"));
    m_previewTabs->setDocumentMode(true);
    m_previewTabs->setTabBarAutoHide(true); // tabs once the site preview opens
    m_preview = new PreviewView(m_previewTabs);
    m_previewTabs->addTab(m_preview, tr("Preview"));
    m_ui->splitter->addWidget(editorArea);
    m_ui->splitter->addWidget(m_previewTabs);
    m_ui->splitter->setSizes({640, 640});
    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::setCurrentTab);
    connect(m_tabs, &QTabBar::tabCloseRequested, this, &MainWindow::closeTab);
    m_askOnDropAction = new QAction(tr("&Ask Before Inserting Dropped Images"), this);
    m_askOnDropAction->setCheckable(true);
    m_askOnDropAction->setChecked(m_settings->askBeforeInsertingDroppedImages());
    m_askOnDropAction->setToolTip(tr("Open the Insert Image dialog for every image dropped on the post"));
    connect(m_askOnDropAction, &QAction::toggled, this,
            [this](bool ask) { m_settings->setAskBeforeInsertingDroppedImages(ask); });
    setUpDocks();
    setUpStatusBar();
    setAcceptDrops(true);
    connect(m_preview, &PreviewView::imagesDropped, this, [this](const QStringList &paths, int line) {
        imagesDropped(m_editor, paths, KTextEditor::Cursor(qMax(0, line - 1), 0), true);
    });

    m_ui->actionNewPost->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcut(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionNewPost, &QAction::triggered, this, &MainWindow::newPostDialog);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(m_ui->actionOpenSite, &QAction::triggered, this, &MainWindow::openSiteDialog);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    // Swap-file recovery from the keyboard too (KTextEditor's bar has buttons only).
    m_recoverAction = new QAction(tr("&Recover Unsaved Changes"), this);
    m_recoverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_recoverAction->setToolTip(tr("Restore the edits this post had when Postwright last stopped without saving them"));
    m_discardRecoveryAction = new QAction(tr("&Discard Unsaved Changes from Last Time"), this);
    m_ui->menuFile->insertActions(m_ui->actionQuit, {m_recoverAction, m_discardRecoveryAction});
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_recoverAction, &QAction::triggered, this, [this] {
        if (m_editor->document()->isDataRecoveryAvailable())
            m_editor->document()->recoverData();
        updateRecoveryActions();
    });
    connect(m_discardRecoveryAction, &QAction::triggered, this, [this] {
        if (m_editor->document()->isDataRecoveryAvailable())
            m_editor->document()->discardDataRecovery();
        updateRecoveryActions();
    });
    connect(m_ui->menuFile, &QMenu::aboutToShow, this, &MainWindow::updateRecoveryActions);
    m_ui->actionCloseTab->setShortcut(QKeySequence::Close);
    m_ui->actionNextTab->setShortcut(QKeySequence::NextChild);
    m_ui->actionPreviousTab->setShortcut(QKeySequence::PreviousChild);
    connect(m_ui->actionCloseTab, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    connect(m_ui->actionNextTab, &QAction::triggered, this, [this] {
        setCurrentTab((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    connect(m_ui->actionPreviousTab, &QAction::triggered, this, [this] {
        setCurrentTab((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionExportPage, &QAction::triggered, this, [this] { exportHtml(false, false); });
    connect(m_ui->actionExportEmbedded, &QAction::triggered, this, [this] { exportHtml(true, false); });
    connect(m_ui->actionExportFragment, &QAction::triggered, this, [this] { exportHtml(false, true); });
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    connect(m_ui->actionCopyHtml, &QAction::triggered, this, &MainWindow::copyAsHtml);
    connect(m_ui->actionShowPreview, &QAction::toggled, m_previewTabs, &QWidget::setVisible);
    connect(m_ui->actionSitePreview, &QAction::toggled, this, &MainWindow::showSitePreview);
    connect(m_previewTabs, &QTabWidget::tabCloseRequested, this, [this] { showSitePreview(false); });
    connect(m_ui->actionPreviewBelow, &QAction::toggled, this, &MainWindow::setPreviewBelow);
    connect(m_ui->actionShowPostHeader, &QAction::toggled, this, [this](bool shown) {
        m_settings->setPreviewShowsHeader(shown);
        m_preview->setHeader(shown ? m_postHeader : QByteArray());
    });
    connect(m_ui->actionFocusMode, &QAction::toggled, this, &MainWindow::setFocusMode);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreviewStyle, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Preview Stylesheet"), m_site.rootPath(),
                                                          tr("Stylesheets (*.css);;All files (*)"));
        if (!path.isEmpty()) // Cancel changes nothing
            setPreviewStyleSheet(path);
    });
    connect(m_ui->actionNoPreviewStyle, &QAction::triggered, this, [this] { setPreviewStyleSheet({}); });
    addAction(m_ui->actionFocusMode); // its key works with the menus hidden
    // Esc leaves focus mode too; only then does the window take the key.
    m_leaveFocusAction = new QAction(tr("Leave Focus Mode"), this);
    m_leaveFocusAction->setShortcut(Qt::Key_Escape);
    m_leaveFocusAction->setEnabled(false);
    connect(m_leaveFocusAction, &QAction::triggered, this, [this] { setFocusMode(false); });
    addAction(m_leaveFocusAction);
    // The preview's per-site opt-in for web content (it follows setSite), after its stylesheet.
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(m_ui->menuView->actions().indexOf(m_ui->actionPreviewStyle) + 1),
                                 m_preview->allowWebContentAction());

    m_renderTimer->setSingleShot(true);
    connect(m_renderTimer, &QTimer::timeout, this, &MainWindow::startRender);
    connect(m_renderWatcher, &QFutureWatcher<PreviewRender>::finished, this, &MainWindow::renderFinished);
    connect(m_preview, &PreviewView::contentShown, this, &MainWindow::previewUpdated);
    connect(m_preview, &PreviewView::scrolledToLine, this, [this](double line) {
        m_scrollEcho.start();
        m_lineFromPreview = qMax(0, int(line) - 1);
        m_editor->view()->setScrollPosition(KTextEditor::Cursor(m_lineFromPreview, 0));
    });
    connect(m_postsPanel, &PostsPanel::postActivated, this, [this](const QString &path) {
        if (path != m_editor->filePath())
            openPath(path);
    });
    connect(m_outlinePanel, &OutlinePanel::headingActivated, this, &MainWindow::jumpToLine);

    setCurrentEditor(addEditor());
    restoreLayout();
    updateRecentMenu();
    updateTitle();
    updateStatus();
    scheduleRender();
}

MainWindow::~MainWindow()
{
    m_renderWatcher->waitForFinished();
    // Closed with nothing unsaved (saved, or discarded when asked): no
    // untitled text of this window is left to recover.
    for (MarkdownEditor *editor : std::as_const(m_editors))
        if (!editor->document()->isModified())
            m_untitled->forget(editor);
    // The views go while every widget of the window is still there. Left to
    // the window's own teardown, a view was deleted after its completion
    // widget and crashed in ~ViewPrivate (seen once the Images dock had been
    // raised; tst_imageinsert).
    for (const QMetaObject::Connection &connection : std::as_const(m_editorConnections))
        disconnect(connection);
    m_editor = nullptr;
    qDeleteAll(std::exchange(m_editors, {}));
}

MarkdownEditor *MainWindow::addEditor()
{
    auto *editor = new MarkdownEditor(m_stack);
    m_stack->addWidget(editor->view());
    m_editors.append(editor);
    {
        const QSignalBlocker blocker(m_tabs); // the caller decides which tab is current
        m_tabs->addTab(QString());
    }
    updateTabText(editor);
    connect(editor, &MarkdownEditor::textChanged, this, [this, editor] {
        if (editor == m_editor)
            scheduleRender();
    });
    auto changed = [this, editor] {
        updateTabText(editor);
        if (editor == m_editor)
            updateTitle();
    };
    connect(editor->document(), &KTextEditor::Document::modifiedChanged, this, changed);
    connect(editor->document(), &KTextEditor::Document::documentUrlChanged, this, changed);
    connect(editor->document(), &KTextEditor::Document::documentUrlChanged, this, &MainWindow::updateRecoveryActions);
    // A saved title or draft flag shows in the Posts dock at once.
    connect(editor, &MarkdownEditor::saved, m_postsPanel, &PostsPanel::refresh);
    connect(editor, &MarkdownEditor::saveAsRequested, this, [this, editor] {
        setCurrentEditor(editor);
        saveAs();
    });
    connect(editor, &MarkdownEditor::previewResumed, this, [this, editor] {
        if (editor == m_editor)
            scheduleRender();
    });
    connect(editor->actions(), &MarkdownActions::insertImageRequested, this, [this] { insertImageDialog(); });
    connect(editor, &MarkdownEditor::imagesDropped, this, [this, editor](const QStringList &paths, KTextEditor::Cursor at) {
        imagesDropped(editor, paths, at, false);
    });
    connect(editor, &MarkdownEditor::postsDropped, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            if (PostFile::isMarkdownName(path))
                openPath(path);
    });
    connect(editor->images(), &ImageInserter::inserted, this, [this](const QStringList &references) {
        statusBar()->showMessage(tr("Inserted %n image(s)", nullptr, int(references.size())), 5000);
    });
    m_untitled->track(editor);
    return editor;
}

void MainWindow::updateTabText(MarkdownEditor *editor)
{
    const int index = int(m_editors.indexOf(editor));
    const QString path = editor->filePath();
    QString text = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    if (editor->document()->isModified())
        text += QStringLiteral(" •");
    m_tabs->setTabText(index, text);
    m_tabs->setTabToolTip(index, path);
}

void MainWindow::setCurrentTab(int index)
{
    if (index >= 0 && index < m_editors.size() && m_editors[index] != m_editor)
        setCurrentEditor(m_editors[index]);
}

void MainWindow::setCurrentEditor(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_editorConnections))
        disconnect(connection);
    m_editorConnections.clear();
    const bool focusMode = m_ui->actionFocusMode->isChecked();
    if (m_editor && focusMode)
        m_editor->view()->setContentsMargins(0, 0, 0, 0);
    m_editor = editor;
    m_stack->setCurrentWidget(editor->view());
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(int(m_editors.indexOf(editor)));
    }
    KTextEditor::View *view = editor->view();
    m_editorConnections << connect(view, &KTextEditor::View::cursorPositionChanged, this, [this] {
        updateStatus();
        m_outlinePanel->setCurrentLine(m_editor->view()->cursorPosition().line() + 1);
    });
    // Scroll sync by source line, both ways; a scroll we caused is not echoed.
    m_editorConnections << connect(view, &KTextEditor::View::displayRangeChanged, this, [this] {
        // The editor only scrolls by whole lines: where the preview put it is
        // its echo, not a move of the reader's, and must not move the preview.
        const int first = m_editor->view()->firstDisplayedLine();
        if (first == m_lineFromPreview || (m_scrollEcho.isValid() && m_scrollEcho.elapsed() < 200))
            return;
        m_lineFromPreview = -1;
        m_preview->scrollToLine(first + 1);
    });
    m_ui->menuFormat->clear();
    m_ui->menuFormat->addActions(editor->actions()->actions());
    m_ui->menuFormat->addSeparator();
    m_ui->menuFormat->addAction(m_askOnDropAction);
    rebuildEditMenu();

    const QString path = editor->filePath();
    if (!path.isEmpty()) {
        const Site &site = editor->site();
        if (site.rootPath() != m_site.rootPath() || site.kind() != m_site.kind())
            m_postsPanel->setSite(site);
        m_site = site;
        m_postsPanel->setCurrentPost(path);
    }
    m_preview->setSite(m_site, path);
    m_ui->actionSitePreview->setEnabled(m_sitePreview || SiteServer::canServe(m_site));
    if (m_sitePreview)
        m_sitePreview->showPost(m_site, path);
    m_frontMatterPanel->setEditor(editor, m_site);
    m_imagesPanel->setEditor(editor);
    if (focusMode)
        setFocusMode(true);
    updateTitle();
    updateStatus();
    // KTextEditor found the post's swap file while opening it: Ctrl+Shift+R
    // must work at once, not only after the File menu was opened.
    updateRecoveryActions();
    scheduleRender();
    view->setFocus();
}

bool MainWindow::closeTab(int index)
{
    if (index < 0 || index >= m_editors.size())
        return false;
    MarkdownEditor *editor = m_editors[index];
    if (!settleUnsaved({editor}))
        return false;
    m_untitled->forget(editor); // saved or discarded: nothing to recover
    if (m_editors.size() == 1) {
        // The last tab stays, empty: the window always has an editor.
        editor->document()->closeUrl();
        updateTabText(editor);
        setCurrentEditor(editor);
        return true;
    }
    m_editors.removeAt(index);
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->removeTab(index);
    }
    if (editor == m_editor) {
        m_editor = nullptr;
        setCurrentEditor(m_editors.value(qMin(index, int(m_editors.size()) - 1)));
    }
    delete editor->view();
    delete editor;
    return true;
}

// Kate's editor component brings undo, search and replace, go to line, spell
// check and vi mode; the Edit menu offers those of the current post's view.
void MainWindow::rebuildEditMenu()
{
    QMenu *menu = m_ui->menuEdit;
    menu->clear();
    const KActionCollection *actions = m_editor->view()->actionCollection();
    const QList<QList<const char *>> groups = {
        {"edit_undo", "edit_redo"},
        {"edit_find", "edit_find_next", "edit_replace", "go_goto_line"},
        {"tools_spelling_from_cursor", "tools_toggle_automatic_spell_checking", "view_input_modes"},
    };
    for (const QList<const char *> &group : groups) {
        for (const char *name : group)
            if (QAction *action = actions->action(QLatin1String(name)))
                menu->addAction(action);
        menu->addSeparator();
    }
    menu->addAction(m_ui->actionCopyHtml);
}

void MainWindow::setUpDocks()
{
    m_postsPanel = new PostsPanel(this);
    m_postsDock = new QDockWidget(tr("Posts"), this);
    m_postsDock->setObjectName(QStringLiteral("postsDock"));
    m_postsDock->setWidget(m_postsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_postsDock);

    m_outlinePanel = new OutlinePanel(this);
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineDock->setWidget(m_outlinePanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    resizeDocks({m_postsDock}, {260}, Qt::Horizontal);

    m_frontMatterPanel = new FrontMatterPanel(this);
    m_frontMatterDock = new QDockWidget(tr("Front Matter"), this);
    m_frontMatterDock->setObjectName(QStringLiteral("frontMatterDock"));
    m_frontMatterDock->setWidget(m_frontMatterPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_frontMatterDock);
    resizeDocks({m_frontMatterDock}, {320}, Qt::Horizontal);
    connect(m_frontMatterPanel, &FrontMatterPanel::lineActivated, this, [this](int line, int column) {
        jumpToLine(line);
        m_editor->view()->setCursorPosition(KTextEditor::Cursor(qMax(0, line - 1), qMax(0, column - 1)));
    });

    m_imagesPanel = new ImagesPanel(this);
    m_imagesDock = new QDockWidget(tr("Images"), this);
    m_imagesDock->setObjectName(QStringLiteral("imagesDock"));
    m_imagesDock->setWidget(m_imagesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_imagesDock);
    tabifyDockWidget(m_frontMatterDock, m_imagesDock);
    m_frontMatterDock->raise();
    connect(m_imagesPanel, &ImagesPanel::insertRequested, this, [this] { insertImageDialog(); });
    connect(m_imagesPanel, &ImagesPanel::lineActivated, this, [this](int line) {
        jumpToLine(line);
        m_editor->view()->setFocus();
    });

    m_ui->menuView->addAction(m_postsDock->toggleViewAction());
    m_ui->menuView->addAction(m_outlineDock->toggleViewAction());
    m_ui->menuView->addAction(m_frontMatterDock->toggleViewAction());
    m_ui->menuView->addAction(m_imagesDock->toggleViewAction());
}

void MainWindow::imagesDropped(MarkdownEditor *editor, const QStringList &paths, KTextEditor::Cursor at, bool ownParagraph)
{
    if (!m_askOnDropAction->isChecked()) {
        editor->images()->insertFiles(paths, at, ownParagraph);
        return;
    }
    if (editor != m_editor)
        setCurrentEditor(editor);
    for (const QString &path : paths)
        insertImageDialog(path, at, ownParagraph);
}

void MainWindow::insertImageDialog(const QString &source, KTextEditor::Cursor at, bool ownParagraph)
{
    MarkdownEditor *editor = m_editor;
    const ImagePlacement placement = editor->images()->placement();
    if (placement.postPath.isEmpty()) {
        editor->showBar(ImagePlacement::unsavedPostMessage(),
                        KTextEditor::Message::Warning);
        return;
    }
    InsertImageDialog dialog(placement, this);
    if (!source.isEmpty())
        dialog.setSourceFile(source);
    if (dialog.exec() != QDialog::Accepted || !m_editors.contains(editor))
        return;
    const ImageRequest request = dialog.request();
    if (dialog.rememberStyle()) {
        QString error;
        if (!ImagePlacement::rememberStyle(placement.siteRoot, *request.style, request.fields.cssClass, &error))
            editor->showBar(tr("The reference style was not saved for the site: %1").arg(error), KTextEditor::Message::Warning);
    }
    editor->images()->insert({request}, at.isValid() ? at : editor->view()->cursorPosition(), ownParagraph);
}

void MainWindow::setUpStatusBar()
{
    m_positionLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_ui->splitter->restoreState(m_settings->splitterState());
    m_ui->actionPreviewBelow->setChecked(m_settings->previewOrientation() == Qt::Vertical);
    m_ui->actionShowPostHeader->setChecked(m_settings->previewShowsHeader());
    m_ui->actionShowPreview->setChecked(m_settings->previewVisible());
    if (const QString css = m_settings->previewStyleSheet(); QFileInfo::exists(css))
        m_preview->setUserStyleSheet(css);
    m_ui->actionNoPreviewStyle->setEnabled(!m_preview->userStyleSheet().isEmpty());
}

void MainWindow::setPreviewStyleSheet(const QString &path)
{
    m_preview->setUserStyleSheet(path);
    m_settings->setPreviewStyleSheet(path);
    m_ui->actionNoPreviewStyle->setEnabled(!path.isEmpty());
}

void MainWindow::saveLayout()
{
    if (m_ui->actionFocusMode->isChecked())
        setFocusMode(false); // remember the everyday layout, not the focused one
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_ui->splitter->saveState());
    m_settings->setPreviewOrientation(m_ui->splitter->orientation());
    m_settings->setPreviewVisible(m_ui->actionShowPreview->isChecked());
    QStringList files;
    for (MarkdownEditor *editor : std::as_const(m_editors))
        if (!editor->filePath().isEmpty())
            files.append(editor->filePath());
    m_settings->setOpenFiles(files);
    m_settings->setCurrentFile(m_editor->filePath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnsaved(m_editors)) {
        event->ignore();
        return;
    }
    saveLayout();
    showSitePreview(false); // its server goes with the window
    event->accept();
}

bool MainWindow::reopenLastSession()
{
    bool opened = false;
    for (const QString &file : m_settings->openFiles())
        if (QFileInfo(file).isFile())
            opened = openPath(file) || opened;
    const QString current = m_settings->currentFile();
    for (MarkdownEditor *editor : std::as_const(m_editors))
        if (!current.isEmpty() && editor->filePath() == current)
            setCurrentEditor(editor);
    return opened;
}

bool MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        statusBar()->showMessage(tr("%1 does not exist").arg(path));
        return false;
    }
    QString post = info.absoluteFilePath();
    if (info.isDir()) {
        post = Site::newestPostIn(path);
        if (post.isEmpty()) {
            statusBar()->showMessage(tr("No posts found in %1").arg(path));
            return false;
        }
    }
    // A post open already: its tab. Otherwise a new tab, or the empty one.
    for (MarkdownEditor *editor : std::as_const(m_editors)) {
        if (editor->filePath() == post) {
            setCurrentEditor(editor);
            return true;
        }
    }
    MarkdownEditor *editor = m_editor && m_editor->isPristine() ? m_editor : addEditor();
    QString error;
    if (!editor->openFile(post, &error)) {
        // Refused (not text, unreadable): said where the user looks, nothing opened.
        if (editor != m_editor)
            closeTab(int(m_editors.indexOf(editor)));
        const QString message = tr("%1 was not opened: %2").arg(QFileInfo(post).fileName(), error);
        statusBar()->showMessage(message);
        m_editor->showBar(message, KTextEditor::Message::Error);
        return false;
    }
    updateTabText(editor);
    setCurrentEditor(editor);
    const Site &site = editor->site();
    m_settings->addRecentFile(post);
    if (site.kind() != SiteKind::None)
        m_settings->addRecentSite(site.rootPath());
    updateRecentMenu();
    statusBar()->showMessage(site.kind() == SiteKind::None ? post : tr("%1 (site: %2)").arg(post, site.rootPath()), 5000);
    updateTitle();
    return true;
}

void MainWindow::scheduleRender()
{
    ++m_generation;
    if (m_editor->isPreviewPaused())
        return;
    m_renderTimer->start(renderDelayFor(m_lastRenderMs));
}

void MainWindow::startRender()
{
    if (m_renderWatcher->isRunning()) {
        m_renderPending = true; // renderFinished() starts the next one
        return;
    }
    m_renderPending = false;
    m_renderingGeneration = m_generation;
    RenderOptions options;
    options.sourceLines = true;
    options.site = m_site;
    options.postPath = m_editor->filePath();
    options.imageUrl = [](const ResolvedImage &image) { return SiteSchemeHandler::fileUrl(image.filePath); };
    options.math = MathOutput::Marked; // drawn by KaTeX in the page
    options.diagrams = true;           // drawn by Mermaid in the page
    // The copy of the text is all the GUI thread does; encoding and rendering
    // happen on the worker.
    m_renderWatcher->setFuture(QtConcurrent::run([text = m_editor->document()->text(), options] {
        QElapsedTimer clock;
        clock.start();
        const QByteArray utf8 = text.toUtf8();
        PreviewRender render{MarkdownRenderer().render(utf8, options), {}, {}, 0, text};
        render.blocks = HtmlBlocks::split(render.result.html);
        PageMeta meta = PageMeta::fromFrontMatter(readFrontMatter(utf8), options.postPath.isEmpty()
                                                                             ? tr("Untitled")
                                                                             : QFileInfo(options.postPath).completeBaseName());
        meta.readingMinutes = render.result.readingMinutes;
        render.header = HtmlPage::header(meta);
        render.milliseconds = clock.nsecsElapsed() / 1e6;
        return render;
    }));
}

void MainWindow::renderFinished()
{
    if (m_renderingGeneration == m_generation) {
        const PreviewRender render = m_renderWatcher->result();
        const RenderResult &result = render.result;
        m_lastRenderMs = render.milliseconds;
        m_preview->showHtml(m_renderingGeneration, result.html, render.blocks);
        m_postHeader = render.header;
        m_preview->setHeader(m_ui->actionShowPostHeader->isChecked() ? m_postHeader : QByteArray());
        m_outlinePanel->setOutline(result.outline);
        m_outlinePanel->setCurrentLine(m_editor->view()->cursorPosition().line() + 1);
        m_imagesPanel->showImages(render.text, result.images);
        m_preview->showNotice(m_editor->filePath() + QStringLiteral("#omitted-html"),
                              result.omittedHtml > 0
                                  ? tr("Raw HTML omitted in %n place(s), as on your published site "
                                       "(markup.goldmark.renderer.unsafe is false).",
                                       nullptr, result.omittedHtml)
                                  : QString());
        m_words = result.words;
        m_readingMinutes = result.readingMinutes;
        m_characters = result.characters;
        updateStatus();
    }
    if (m_renderPending || m_renderingGeneration != m_generation)
        startRender();
}

void MainWindow::updateTitle()
{
    const QString path = m_editor->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_editor->document()->isModified());
}

QString MainWindow::statusText() const
{
    return m_positionLabel->text() + QStringLiteral(" · ") + m_countLabel->text();
}

void MainWindow::updateStatus()
{
    const KTextEditor::Cursor cursor = m_editor->view()->cursorPosition();
    m_positionLabel->setText(tr("Ln %1, Col %2").arg(cursor.line() + 1).arg(cursor.column() + 1));
    m_countLabel->setText(tr("%n word(s)", nullptr, m_words) + QStringLiteral(" · ")
                          + tr("%n character(s)", nullptr, int(m_characters)) + QStringLiteral(" · ")
                          + tr("%n min read", nullptr, m_readingMinutes));
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    for (const QString &file : m_settings->recentFiles())
        menu->addAction(QFileInfo(file).fileName(), this, [this, file] { openPath(file); })->setToolTip(file);
    const QStringList sites = m_settings->recentSites();
    if (!sites.isEmpty()) {
        menu->addSection(tr("Sites"));
        for (const QString &site : sites)
            menu->addAction(site, this, [this, site] { openPath(site); });
    }
    menu->setEnabled(!menu->isEmpty());
}

void MainWindow::jumpToLine(int line)
{
    KTextEditor::View *view = m_editor->view();
    m_scrollEcho.start();
    view->setCursorPosition(KTextEditor::Cursor(qMax(0, line - 1), 0));
    view->setScrollPosition(KTextEditor::Cursor(qMax(0, line - 1), 0));
    m_preview->scrollToLine(line);
    view->setFocus();
}

void MainWindow::setPreviewBelow(bool below)
{
    m_ui->splitter->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
    if (m_ui->actionPreviewBelow->isChecked() != below)
        m_ui->actionPreviewBelow->setChecked(below);
}

void MainWindow::showSitePreview(bool show)
{
    if (m_ui->actionSitePreview->isChecked() != show) {
        m_ui->actionSitePreview->setChecked(show); // comes back here through toggled
        return;
    }
    if (show && !m_sitePreview) {
        m_sitePreview = new SitePreview(m_previewTabs);
        m_previewTabs->setCurrentIndex(m_previewTabs->addTab(m_sitePreview, tr("Site Preview")));
        m_previewTabs->setTabsClosable(true);
        m_previewTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the preview stays
        m_sitePreview->showPost(m_site, m_editor->filePath());
    } else if (!show && m_sitePreview) {
        delete std::exchange(m_sitePreview, nullptr); // stops its server; its tab goes
        m_previewTabs->setTabsClosable(false);
        m_ui->actionSitePreview->setEnabled(SiteServer::canServe(m_site));
    }
}

void MainWindow::setFocusMode(bool on)
{
    if (m_ui->actionFocusMode->isChecked() != on) {
        m_ui->actionFocusMode->setChecked(on); // comes back here through toggled
        return;
    }
    m_leaveFocusAction->setEnabled(on);
    if (on) {
        m_layoutBeforeFocus = saveState();
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
        m_previewTabs->hide();
        m_tabs->setAutoHide(false);
        m_tabs->hide();
        menuBar()->hide();
        statusBar()->hide();
        // A centred column of about 80 characters.
        const int column = m_editor->view()->fontMetrics().horizontalAdvance(QString(80, u'M'));
        const int margin = qMax(0, (width() - column) / 2);
        m_editor->view()->setContentsMargins(margin, 0, margin, 0);
    } else {
        m_editor->view()->setContentsMargins(0, 0, 0, 0);
        m_tabs->setAutoHide(true); // shown again for two posts or more
        m_tabs->setVisible(m_tabs->count() > 1);
        menuBar()->show();
        statusBar()->show();
        m_previewTabs->setVisible(m_ui->actionShowPreview->isChecked());
        restoreState(m_layoutBeforeFocus);
    }
}

void MainWindow::newPostDialog()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Post"), tr("Title of the new post:"), QLineEdit::Normal,
                                                QString(), &ok);
    if (ok && !title.trimmed().isEmpty())
        createPost(title.trimmed());
}

QString MainWindow::createPost(const QString &title)
{
    const QString folder = m_editor->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_editor->filePath()).absolutePath();
    const NewPost post = NewPost::plan(m_site, title, QDateTime::currentDateTime(), folder);
    QDir().mkpath(QFileInfo(post.path).absolutePath());
    QFile file(post.path);
    // NewOnly: a file that appeared meanwhile is never overwritten.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(post.content) != post.content.size()) {
        QMessageBox::warning(this, tr("New Post"), tr("Could not create %1: %2").arg(post.path, file.errorString()));
        return {};
    }
    file.close();
    if (!openPath(post.path))
        return {};
    m_postsPanel->setSite(m_site); // list the new post too
    KTextEditor::View *view = m_editor->view();
    view->setCursorPosition(KTextEditor::Cursor(m_editor->document()->lines() - 1, 0));
    return post.path;
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Post"), m_site.rootPath(),
        tr("Markdown posts (*.md *.markdown *.mdown *.mkd);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openSiteDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Site"), m_site.rootPath());
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::save()
{
    return m_editor->save();
}

bool MainWindow::saveAs()
{
    const QString start = m_editor->filePath().isEmpty() ? m_site.rootPath() : m_editor->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Post As"), start, tr("Markdown posts (*.md *.markdown)"));
    if (path.isEmpty())
        return false;
    QString why;
    if (m_editor->saveAs(path, &why))
        return true;
    m_editor->showBar(tr("%1 was not saved: %2").arg(QFileInfo(path).fileName(), why), KTextEditor::Message::Error);
    return false;
}

void MainWindow::updateRecoveryActions()
{
    const bool available = m_editor && m_editor->document()->isDataRecoveryAvailable();
    m_recoverAction->setEnabled(available);
    m_discardRecoveryAction->setEnabled(available);
}

int MainWindow::recoverUntitled()
{
    int recovered = 0;
    for (const QString &stored : m_untitled->leftOver()) {
        QFile file(stored);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const QDateTime when = QFileInfo(stored).lastModified();
        MarkdownEditor *editor = m_editor && m_editor->isPristine() ? m_editor : addEditor();
        m_untitled->track(editor, stored); // it stays stored until saved or discarded
        editor->document()->setText(text);
        auto *discard = new QAction(tr("Discard"), editor);
        connect(discard, &QAction::triggered, this, [this, editor] {
            m_untitled->forget(editor);
            editor->document()->clear();
            editor->document()->setModified(false);
        });
        editor->showBar(tr("Recovered text that was never saved, as it was at %1. Save it to keep it.")
                            .arg(QLocale().toString(when, QLocale::ShortFormat)),
                        KTextEditor::Message::Warning, {discard});
        updateTabText(editor);
        setCurrentEditor(editor);
        ++recovered;
    }
    return recovered;
}

bool MainWindow::settleUnsaved(const QList<MarkdownEditor *> &editors)
{
    QList<MarkdownEditor *> unsaved;
    for (MarkdownEditor *editor : editors)
        if (editor->document()->isModified())
            unsaved.append(editor);
    if (unsaved.isEmpty())
        return true;
    QStringList names;
    for (MarkdownEditor *editor : std::as_const(unsaved))
        names.append(QStringLiteral("<li>%1</li>").arg((editor->filePath().isEmpty() ? tr("Untitled") : editor->filePath()).toHtmlEscaped()));
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("<p>These posts have changes that are not saved:</p><ul>%1</ul>").arg(names.join(QString())),
                    QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::SaveAll);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    switch (box.exec()) {
    case QMessageBox::SaveAll:
        for (MarkdownEditor *editor : std::as_const(unsaved)) {
            setCurrentEditor(editor);
            if (!(editor->filePath().isEmpty() ? saveAs() : save()))
                return false;
        }
        return true;
    case QMessageBox::Discard:
        for (MarkdownEditor *editor : std::as_const(unsaved)) {
            // Closed unmodified: KTextEditor removes its swap file; the
            // untitled store forgets the text.
            m_untitled->forget(editor);
            editor->document()->setModified(false);
            editor->document()->closeUrl();
        }
        return true;
    default:
        return false;
    }
}

QByteArray MainWindow::fragmentHtml() const
{
    ExportOptions options;
    options.fragment = true;
    return Exporter(m_site, options).renderText(m_editor->utf8Text(), m_editor->filePath()).html;
}

void MainWindow::exportHtml(bool embedImages, bool fragment)
{
    const QString post = m_editor->filePath();
    // Beside the post, named after it.
    const QString suggested = post.isEmpty() ? tr("post.html")
                                             : QFileInfo(post).absolutePath() + u'/' + QFileInfo(post).completeBaseName()
                                                   + QStringLiteral(".html");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as HTML"), suggested, tr("HTML pages (*.html *.htm)"));
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.embedImages = embedImages;
    options.fragment = fragment;
    options.drawDiagrams = DiagramRenderer::draw;
    const ExportedPost result = Exporter(m_site, options).exportText(m_editor->utf8Text(), post, path);
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), result.error);
        return;
    }
    showExported(path, result.warnings);
}

void MainWindow::showExported(const QString &path, const QList<RenderWarning> &warnings)
{
    // A bar over the text, not a dialog: the writing goes on, the keys stay
    // with the text.
    QString message = tr("Exported to %1").arg(path);
    if (!warnings.isEmpty())
        message += QLatin1Char(' ') + tr("%n warning(s); the first: line %1: %2", nullptr, int(warnings.size()))
                                          .arg(warnings.first().line)
                                          .arg(warnings.first().message);
    auto *open = new QAction(tr("Open"), nullptr);
    connect(open, &QAction::triggered, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    auto *folder = new QAction(tr("Show in Folder"), nullptr);
    connect(folder, &QAction::triggered, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    KTextEditor::Message *bar = m_editor->showBar(message, warnings.isEmpty() ? KTextEditor::Message::Positive
                                                                              : KTextEditor::Message::Warning,
                                                  {open, folder});
    bar->setAutoHide(15000);
    statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
}

void MainWindow::exportPdf()
{
    const QString post = m_editor->filePath();
    const QString suggested = post.isEmpty() ? tr("post.pdf")
                                             : QFileInfo(post).absolutePath() + u'/' + QFileInfo(post).completeBaseName()
                                                   + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The HTML export, with its files beside it in a folder of its own,
    // printed by WebEngine; the PDF is written whole or not at all.
    QTemporaryDir work;
    ExportOptions options;
    options.drawDiagrams = DiagramRenderer::draw;
    const QString page = work.filePath(QStringLiteral("page.html"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ExportedPost result = Exporter(m_site, options).exportText(m_editor->utf8Text(), post, page);
    const QString pdf = work.filePath(QStringLiteral("page.pdf"));
    const QPageLayout layout = PagePrinter::layoutFor(
        QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QStringLiteral("Letter") : QStringLiteral("A4"), 15);
    if (result.error.isEmpty())
        PagePrinter::printToPdf(page, pdf, layout, &result.error);
    QFile in(pdf);
    QString error;
    if (result.error.isEmpty() && (!in.open(QIODevice::ReadOnly) || !AtomicWriter::write(path, in.readAll(), &error)))
        result.error = tr("Cannot write %1: %2").arg(path, error.isEmpty() ? in.errorString() : error);
    QApplication::restoreOverrideCursor();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), result.error);
        return;
    }
    showExported(path, result.warnings);
}

void MainWindow::copyAsHtml()
{
    const QString html = QString::fromUtf8(fragmentHtml());
    auto *data = new QMimeData;
    data->setHtml(html);
    data->setText(QTextDocumentFragment::fromHtml(html).toPlainText());
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied the post as HTML"), 4000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && PostFile::isMarkdownName(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && PostFile::isMarkdownName(urls.first().toLocalFile())) {
        openPath(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Postwright"),
                       tr("<h3>Postwright %1</h3><p>An editor for technical blog posts, "
                          "aware of Hugo and Jekyll sites.</p>")
                           .arg(QStringLiteral(POSTWRIGHT_VERSION_STRING)));
}

void MainWindow::saveScreenshotWhenRendered(const QString &path)
{
    // Gives up after a generous wait so a broken preview cannot hang a script.
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, path] {
        qWarning("postwright: the preview did not render in time; saving the window as it is");
        takeScreenshot(path);
    });
    timeout->start(60000);
    if (m_sitePreview) { // the post as the site serves it
        connect(m_sitePreview, &SitePreview::pageLoaded, this, [this, path, timeout] {
            timeout->stop();
            takeScreenshotWhenSettled(path, 200);
        });
        return;
    }
    connect(this, &MainWindow::previewUpdated, this, [this, path, timeout](int generation) {
        if (generation != m_generation)
            return;
        timeout->stop();
        takeScreenshotWhenSettled(path, 200);
    });
}

void MainWindow::takeScreenshotWhenSettled(const QString &path, int triesLeft)
{
    // Fonts and diagrams arrive after the blocks (the site's page: after it
    // loaded): the picture waits for them.
    QWebEnginePage *page = m_sitePreview ? m_sitePreview->view()->page() : m_preview->page();
    // Layout first: it is what asks for the fonts the text needs.
    page->runJavaScript(m_sitePreview ? QStringLiteral("document.body.offsetHeight >= 0 && document.fonts.status === 'loaded'")
                                      : QStringLiteral("window.postwright && window.postwright.settled()"),
                                     [this, path, triesLeft](const QVariant &settled) {
                                         if (settled.toBool() || triesLeft <= 0)
                                             takeScreenshotOncePainted(path, 100);
                                         else
                                             QTimer::singleShot(50, this, [this, path, triesLeft] {
                                                 takeScreenshotWhenSettled(path, triesLeft - 1);
                                             });
                                     });
}

void MainWindow::takeScreenshotOncePainted(const QString &path, int triesLeft)
{
    // The DOM holds the post before WebEngine hands its frame to the widget;
    // a preview still all one colour has not painted it yet.
    QWidget *page = m_sitePreview ? static_cast<QWidget *>(m_sitePreview->view()) : m_preview;
    const QImage preview = page->grab().toImage();
    const QRgb first = preview.isNull() ? 0 : preview.pixel(0, 0);
    // Notes over the page (raw HTML omitted) are no sign of the page.
    QList<QRect> notes;
    for (const QWidget *child : page->findChildren<QWidget *>())
        if (child->isVisible() && qstrcmp(child->metaObject()->className(), "KMessageWidget") == 0)
            notes.append(QRect(child->mapTo(page, QPoint(0, 0)), child->size()));
    auto onNote = [&notes](int x, int y) {
        return std::any_of(notes.cbegin(), notes.cend(), [x, y](const QRect &r) { return r.contains(x, y); });
    };
    bool painted = false;
    for (int y = 0; y < preview.height() && !painted; y += 8)
        for (int x = 0; x < preview.width() && !painted; x += 8)
            painted = preview.pixel(x, y) != first && !onNote(x, y);
    if (painted || triesLeft <= 0) {
        takeScreenshot(path);
        return;
    }
    QTimer::singleShot(100, this, [this, path, triesLeft] { takeScreenshotOncePainted(path, triesLeft - 1); });
}

void MainWindow::takeScreenshot(const QString &path)
{
    const bool saved = grab().save(path);
    if (!saved)
        qWarning("postwright: could not save the screenshot to %s", qPrintable(path));
    QApplication::exit(saved ? 0 : 1);
}

} // namespace Postwright
