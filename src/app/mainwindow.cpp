#include "mainwindow.h"

#include "countslabel.h"
#include "dialogs/settingsdialog.h"
#include "document/postfile.h"
#include "documents/documentmanager.h"
#include "editor/markdownactions.h"
#include "editor/markdowneditor.h"
#include "export/exportcontroller.h"
#include "images/imageinserter.h"
#include "panels/frontmatterpanel.h"
#include "panels/panelmanager.h"
#include "panels/postspanel.h"
#include "preview/previewview.h"
#include "settings.h"
#include "site/siteserver.h"

#include <KActionCollection>
#include <KActionMenu>
#include <KLocalizedString>
#include <KStandardAction>
#include <KTextEditor/Document>
#include <KTextEditor/View>
#include <KToolBar>
#include <KXMLGUIFactory>

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace Postwright {

namespace {

// KXmlGuiWindow's own constructor asks KDE's translations (the about data's
// translator names): the application's domain is set before it runs.
QWidget *withTranslationDomain(QWidget *parent)
{
    if (KLocalizedString::applicationDomain().isEmpty())
        KLocalizedString::setApplicationDomain(QByteArrayLiteral("postwright"));
    return parent;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : KXmlGuiWindow(withTranslationDomain(parent))
    , m_settings(std::make_unique<Settings>())
    , m_documents(new DocumentManager(this))
    , m_splitter(new QSplitter(this))
    , m_countLabel(new CountsLabel(this))
{
    connect(m_documents, &DocumentManager::editorCreated, this, &MainWindow::editorCreated);
    connect(m_documents, &DocumentManager::aboutToClose, this, [this](MarkdownEditor *editor) {
        if (m_mergedView == editor->view())
            guiFactory()->removeClient(std::exchange(m_mergedView, nullptr));
    });
    m_preview = new PreviewController(m_splitter);
    m_exports = new ExportController(*m_settings, this);
    m_panels = new PanelManager(this, m_preview);
    connect(m_panels, &PanelManager::postActivated, this, &MainWindow::openPath);
    connect(m_panels, &PanelManager::insertImageRequested, this, [this] { insertImageDialog(); });
    setUpActions(); // before the first editor: its view gives up the format keys
    m_views = new ViewManager(m_documents, *m_settings, m_splitter);
    m_views->setUpActions(actionCollection());
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_preview->widget());
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_countLabel);
    setAcceptDrops(true);
    connect(m_views, &ViewManager::currentChanged, this, &MainWindow::currentChanged);
    connect(m_views, &ViewManager::currentTitleChanged, this, &MainWindow::updateTitle);
    connect(m_views, &ViewManager::siteChanged, m_panels->posts(), &PostsPanel::setSite);
    connect(m_views, &ViewManager::message, this, &MainWindow::showMessage);
    connect(m_preview, &PreviewController::previewUpdated, this, &MainWindow::previewUpdated);
    connect(m_preview, &PreviewController::sitePreviewClosed, this, [this] {
        action("actionSitePreview")->setChecked(false);
        action("actionSitePreview")->setEnabled(SiteServer::canServe(m_views->site()));
    });
    connect(m_preview->preview(), &PreviewView::imagesDropped, this, [this](const QStringList &paths, int line) {
        imagesDropped(editor(), paths, KTextEditor::Cursor(qMax(0, line - 1), 0), true);
    });
    connect(m_exports, &ExportController::message, this, &MainWindow::showMessage);
    // Menus and toolbar from postwrightui.rc; the window's size and layout
    // are kept by restoreLayout() with the rest of Postwright's settings.
    setComponentName(QStringLiteral("postwright"), tr("Postwright")); // the .rc's folder, in tests too
    setupGUI(Keys | ToolBar | Create, QStringLiteral("postwrightui.rc"));
    for (const char *name : {"help_contents", "help_whats_this", "help_report_bug", "help_donate"})
        if (QAction *unused = actionCollection()->action(QLatin1String(name)))
            unused->setVisible(false); // no handbook or bug address to offer
    connect(guiFactory(), &KXMLGUIFactory::makingChanges, this, [this](bool making) {
        if (!making)
            retitleMenus();
    });
    currentChanged(editor()); // merges its view now that the factory exists
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The merged view leaves the factory before the views go, and the views
    // go while every widget of the window is still there.
    if (m_mergedView)
        guiFactory()->removeClient(std::exchange(m_mergedView, nullptr));
    delete m_documents;
}

QAction *MainWindow::action(const char *name) const
{
    return actionCollection()->action(QLatin1String(name));
}

void MainWindow::setUpActions()
{
    KActionCollection *ac = actionCollection();
    auto add = [ac](const char *name, const QString &text, const QString &icon = {}, const QKeySequence &key = {}) {
        QAction *a = ac->addAction(QLatin1String(name));
        a->setText(text);
        if (!icon.isEmpty())
            a->setIcon(QIcon::fromTheme(icon));
        if (!key.isEmpty())
            ac->setDefaultShortcut(a, key);
        return a;
    };
    auto checkable = [](QAction *a, bool checked) {
        a->setCheckable(true);
        a->setChecked(checked);
        return a;
    };
    m_exports->setUpActions(ac);
    KStandardAction::quit(this, &QWidget::close, ac);
    // Edit, Format: on the current post.
    MarkdownActions::addWindowActions(ac, [this] { return editor()->actions(); });
    QAction *askOnDrop = checkable(add("ask_on_image_drop", tr("&Ask Before Inserting Dropped Images")),
                                   m_settings->askBeforeInsertingDroppedImages());
    askOnDrop->setToolTip(tr("Open the Insert Image dialog for every image dropped on the post"));
    connect(askOnDrop, &QAction::toggled, this, [this](bool ask) { m_settings->setAskBeforeInsertingDroppedImages(ask); });
    // View
    m_preview->setUpActions(ac, *m_settings);
    connect(action("actionSitePreview"), &QAction::toggled, this, &MainWindow::showSitePreview);
    connect(action("actionPreviewBelow"), &QAction::toggled, this, &MainWindow::setPreviewBelow);
    connect(checkable(add("actionFocusMode", tr("&Focus Mode"), QStringLiteral("view-fullscreen"), Qt::Key_F11), false),
            &QAction::toggled, this, &MainWindow::setFocusMode);
    addAction(action("actionFocusMode")); // its key works with the menus hidden
    // Esc leaves focus mode too; only then does the window take the key.
    QAction *leave = add("leave_focus_mode", tr("Leave Focus Mode"), {}, Qt::Key_Escape);
    leave->setEnabled(false);
    connect(leave, &QAction::triggered, this, [this] { setFocusMode(false); });
    addAction(leave);
    KStandardAction::preferences(this, &MainWindow::showSettings, ac);
}

void MainWindow::editorCreated(MarkdownEditor *editor)
{
    connect(editor->actions(), &MarkdownActions::insertImageRequested, this, [this] { insertImageDialog(); });
    // A saved title or draft flag shows in the Posts dock at once.
    connect(editor, &MarkdownEditor::saved, m_panels->posts(), &PostsPanel::refresh);
    connect(editor, &MarkdownEditor::saveAsRequested, this, [this, editor] {
        m_views->setCurrent(editor);
        m_documents->saveAs(editor, m_views->site().rootPath());
    });
    connect(editor, &MarkdownEditor::imagesDropped, this, [this, editor](const QStringList &paths, KTextEditor::Cursor at) {
        imagesDropped(editor, paths, at, false);
    });
    connect(editor, &MarkdownEditor::postsDropped, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            if (PostFile::isMarkdownName(path))
                openPath(path);
    });
    connect(editor->images(), &ImageInserter::inserted, this, [this](const QStringList &references) {
        showMessage(tr("Inserted %n image(s)", nullptr, int(references.size())), 5000);
    });
}

void MainWindow::currentChanged(MarkdownEditor *editor)
{
    if (guiFactory() && m_mergedView != editor->view()) {
        // Kate's own Edit, View, Bookmarks and Tools items are the current view's.
        if (m_mergedView)
            guiFactory()->removeClient(m_mergedView);
        m_mergedView = editor->view();
        // Its own Save items would write past Postwright's checks; its HTML
        // export is of the source, not the post; its settings are a part of
        // Configure Postwright.
        for (const char *name : {"file_save", "file_save_as", "file_save_as_with_encoding", "file_save_copy_as", "file_export_html",
                                 "set_confdlg"})
            if (QAction *bypass = m_mergedView->actionCollection()->action(QLatin1String(name)))
                bypass->setVisible(false);
        guiFactory()->addClient(m_mergedView);
        // Kate binds some of the format keys (Ctrl+B sets a bookmark, Ctrl+Shift+I
        // unindents), and merging its view sets its keys again: two actions on
        // one key would make both silent.
        QList<QKeySequence> ours;
        for (const char *name : {"format_bold", "format_italic", "format_link", "format_code", "format_code_block", "insert_image"})
            ours += action(name)->shortcuts();
        editor->actions()->releaseShortcutsOfTheView(ours);
        retitleMenus();
    }
    connect(editor->session(), &PostSession::analysed, this, &MainWindow::updateCounts, Qt::UniqueConnection);
    m_preview->setEditor(editor);
    m_exports->setEditor(editor);
    action("actionSitePreview")->setEnabled(sitePreview() || SiteServer::canServe(m_views->site()));
    m_panels->setEditor(editor);
    updateTitle();
    updateCounts();
}

void MainWindow::retitleMenus()
{
    // Postwright's own menu, in Postwright's translation (KXMLGUI would look
    // for the title in a gettext catalogue).
    if (auto *format = qobject_cast<QMenu *>(guiFactory()->container(QStringLiteral("format"), this)))
        format->setTitle(tr("F&ormat"));
    if (auto *toolBar = qobject_cast<KToolBar *>(guiFactory()->container(QStringLiteral("mainToolBar"), this)))
        toolBar->setWindowTitle(tr("Main Toolbar"));
}

void MainWindow::restoreLayout()
{
    // On a first start the window fills the screen's free area (a laptop's
    // 1280x720 included), the text beside the preview, the docks closed.
    if (!restoreGeometry(m_settings->windowGeometry()) && screen())
        setGeometry(screen()->availableGeometry());
    restoreState(m_settings->windowState());
    // The text a little wider than the preview: 72 columns and more at 1280.
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({width() * 56 / 100, width() * 44 / 100});
    action("actionPreviewBelow")->setChecked(m_settings->previewOrientation() == Qt::Vertical);
}

void MainWindow::saveLayout()
{
    if (action("actionFocusMode")->isChecked())
        setFocusMode(false); // remember the everyday layout, not the focused one
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setPreviewOrientation(m_splitter->orientation());
    QStringList files;
    for (MarkdownEditor *editor : m_documents->editors())
        if (!editor->filePath().isEmpty())
            files.append(editor->filePath());
    m_settings->setOpenFiles(files);
    m_settings->setCurrentFile(editor()->filePath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->settleUnsaved(m_documents->editors(), m_views->site().rootPath())) {
        event->ignore();
        return;
    }
    saveLayout();
    showSitePreview(false); // its server goes with the window
    event->accept();
}

bool MainWindow::save()
{
    return editor()->save();
}

int MainWindow::editorCount() const
{
    return int(m_documents->editors().size());
}

int MainWindow::recoverUntitled()
{
    const QList<MarkdownEditor *> recovered = m_documents->recoverUntitled(editor(), m_views);
    if (!recovered.isEmpty())
        m_views->setCurrent(recovered.last());
    return int(recovered.size());
}

void MainWindow::updateTitle()
{
    const QString path = editor()->filePath();
    setWindowTitle((path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()) + QStringLiteral("[*]"));
    setWindowModified(editor()->document()->isModified());
}

QString MainWindow::statusText() const
{
    return m_countLabel->text();
}

// The cursor's position is KTextEditor's own status bar's; the counts come
// from the newest analysis, made off the GUI thread.
void MainWindow::updateCounts()
{
    const std::shared_ptr<const PostAnalysis> analysis = editor()->session()->analysis();
    m_countLabel->showCounts(analysis ? &analysis->render : nullptr);
}

void MainWindow::setPreviewBelow(bool below)
{
    m_splitter->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
    action("actionPreviewBelow")->setChecked(below);
}

void MainWindow::showSitePreview(bool show)
{
    if (action("actionSitePreview")->isChecked() != show)
        action("actionSitePreview")->setChecked(show); // comes back here through toggled
    else
        m_preview->setSitePreviewShown(show);
}

void MainWindow::setFocusMode(bool on)
{
    if (action("actionFocusMode")->isChecked() != on) {
        action("actionFocusMode")->setChecked(on); // comes back here through toggled
        return;
    }
    action("leave_focus_mode")->setEnabled(on);
    if (on)
        m_layoutBeforeFocus = saveState();
    for (QDockWidget *dock : m_panels->docks())
        if (on)
            dock->hide();
    for (KToolBar *bar : toolBars())
        bar->setVisible(!on);
    m_preview->widget()->setVisible(!on && action("actionShowPreview")->isChecked());
    m_views->setTabBarAllowed(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_views->setColumnWidth(on ? 80 : 0); // a centred column of about 80 characters
    if (!on)
        restoreState(m_layoutBeforeFocus);
}

QAction *MainWindow::askOnImageDropAction() const
{
    return action("ask_on_image_drop");
}

QByteArray MainWindow::fragmentHtml() const
{
    return m_exports->fragmentHtml();
}

void MainWindow::imagesDropped(MarkdownEditor *editor, const QStringList &paths, KTextEditor::Cursor at, bool ownParagraph)
{
    if (!askOnImageDropAction()->isChecked()) {
        editor->images()->insertFiles(paths, at, ownParagraph);
        return;
    }
    m_views->setCurrent(editor);
    for (const QString &path : paths)
        insertImageDialog(path, at, ownParagraph);
}

void MainWindow::insertImageDialog(const QString &source, KTextEditor::Cursor at, bool ownParagraph)
{
    editor()->images()->insertWithDialog(this, source, at, ownParagraph);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_settings, this);
    dialog.exec();
    preview()->setZoomPercent(m_settings->previewZoom());
    askOnImageDropAction()->setChecked(m_settings->askBeforeInsertingDroppedImages());
    editor()->view()->setFocus();
}

void MainWindow::showMessage(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
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

} // namespace Postwright
