#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "editor/markdownactions.h"
#include "editor/markdowneditor.h"
#include "markdown/markdownrenderer.h"
#include "postwright_version.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"

#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

namespace {
// Small posts render at once; the pause only spares long posts redundant work.
constexpr int RenderDelayMs = 60;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_renderTimer(new QTimer(this))
    , m_renderWatcher(new QFutureWatcher<RenderResult>(this))
{
    m_ui->setupUi(this);
    m_editor = new MarkdownEditor(m_ui->splitter);
    m_preview = new PreviewView(m_ui->splitter);
    m_ui->splitter->addWidget(m_editor->view());
    m_ui->splitter->addWidget(m_preview);
    m_ui->splitter->setSizes({640, 640});
    m_markdownActions = new MarkdownActions(m_editor->view());
    m_ui->menuFormat->addActions(m_markdownActions->actions());

    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(m_ui->actionOpenSite, &QAction::triggered, this, &MainWindow::openSiteDialog);
    connect(m_ui->actionSave, &QAction::triggered, this, [this] { m_editor->document()->documentSave(); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowPreview, &QAction::toggled, m_preview, &QWidget::setVisible);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(RenderDelayMs);
    connect(m_renderTimer, &QTimer::timeout, this, &MainWindow::startRender);
    connect(m_renderWatcher, &QFutureWatcher<RenderResult>::finished, this, &MainWindow::renderFinished);
    connect(m_editor, &MarkdownEditor::textChanged, this, &MainWindow::scheduleRender);
    connect(m_preview, &PreviewView::contentShown, this, &MainWindow::previewUpdated);
    // Scroll sync by source line, both ways; a scroll we caused is not echoed.
    connect(m_editor->view(), &KTextEditor::View::displayRangeChanged, this, [this] {
        if (m_scrollEcho.isValid() && m_scrollEcho.elapsed() < 200)
            return;
        m_preview->scrollToLine(m_editor->view()->firstDisplayedLine() + 1);
    });
    connect(m_preview, &PreviewView::scrolledToLine, this, [this](double line) {
        m_scrollEcho.start();
        m_editor->view()->setScrollPosition(KTextEditor::Cursor(qMax(0, int(line) - 1), 0));
    });
    connect(m_editor->document(), &KTextEditor::Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_editor->document(), &KTextEditor::Document::documentUrlChanged, this, &MainWindow::updateTitle);

    updateTitle();
    scheduleRender();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        statusBar()->showMessage(tr("%1 does not exist").arg(path));
        return false;
    }
    m_site = Site::detect(path);
    QString post = path;
    if (info.isDir()) {
        const QList<PostInfo> posts = m_site.posts();
        if (posts.isEmpty()) {
            statusBar()->showMessage(tr("No posts found in %1").arg(path));
            return false;
        }
        post = posts.first().path;
    }
    m_preview->setSite(m_site, post);
    if (!m_editor->openFile(post)) {
        statusBar()->showMessage(tr("Could not open %1").arg(post));
        return false;
    }
    statusBar()->showMessage(m_site.kind() == SiteKind::None
                                 ? post
                                 : tr("%1 (site: %2)").arg(post, m_site.rootPath()));
    updateTitle();
    return true;
}

void MainWindow::scheduleRender()
{
    ++m_generation;
    m_renderTimer->start();
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
    m_renderWatcher->setFuture(QtConcurrent::run([text = m_editor->utf8Text(), options] {
        return MarkdownRenderer().render(text, options);
    }));
}

void MainWindow::renderFinished()
{
    if (m_renderingGeneration == m_generation)
        m_preview->showHtml(m_renderingGeneration, QString::fromUtf8(m_renderWatcher->result().html));
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
    connect(this, &MainWindow::previewUpdated, this, [this, path, timeout](int generation) {
        if (generation != m_generation)
            return;
        timeout->stop();
        takeScreenshotOncePainted(path, 100);
    });
}

void MainWindow::takeScreenshotOncePainted(const QString &path, int triesLeft)
{
    // The DOM holds the post before WebEngine hands its frame to the widget;
    // a preview still all one colour has not painted it yet.
    const QImage preview = m_preview->grab().toImage();
    const QRgb first = preview.isNull() ? 0 : preview.pixel(0, 0);
    bool painted = false;
    for (int y = 0; y < preview.height() && !painted; y += 8)
        for (int x = 0; x < preview.width() && !painted; x += 8)
            painted = preview.pixel(x, y) != first;
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
