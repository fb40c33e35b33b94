#include "panelmanager.h"

#include "editor/markdowneditor.h"
#include "panels/frontmatterpanel.h"
#include "panels/imagespanel.h"
#include "panels/outlinepanel.h"
#include "panels/postspanel.h"
#include "preview/previewcontroller.h"

#include <KActionCollection>
#include <KTextEditor/View>
#include <KXmlGuiWindow>

#include <QDockWidget>

namespace Postwright {

PanelManager::PanelManager(KXmlGuiWindow *window, PreviewController *preview)
    : QObject(window)
    , m_window(window)
    , m_preview(preview)
    , m_posts(new PostsPanel(window))
    , m_outline(new OutlinePanel(window))
    , m_frontMatter(new FrontMatterPanel(window))
    , m_images(new ImagesPanel(window))
{
    QDockWidget *posts = addDock(m_posts, tr("Posts"), QStringLiteral("posts"), QStringLiteral("view-list-details"),
                                 Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(posts, addDock(m_outline, tr("Outline"), QStringLiteral("outline"),
                                            QStringLiteral("view-list-tree"), Qt::LeftDockWidgetArea));
    QDockWidget *frontMatter = addDock(m_frontMatter, tr("Front Matter"), QStringLiteral("front_matter"),
                                       QStringLiteral("document-properties"), Qt::RightDockWidgetArea);
    window->tabifyDockWidget(frontMatter, addDock(m_images, tr("Images"), QStringLiteral("images"),
                                                  QStringLiteral("image-x-generic"), Qt::RightDockWidgetArea));
    connect(m_posts, &PostsPanel::postActivated, this, [this](const QString &path) {
        if (!m_editor || path != m_editor->filePath())
            Q_EMIT postActivated(path);
    });
    connect(m_outline, &OutlinePanel::headingActivated, preview, &PreviewController::jumpToLine);
    connect(m_frontMatter, &FrontMatterPanel::lineActivated, this, [this](int line, int column) {
        m_preview->jumpToLine(line);
        m_editor->view()->setCursorPosition(KTextEditor::Cursor(qMax(0, line - 1), qMax(0, column - 1)));
    });
    connect(m_images, &ImagesPanel::insertRequested, this, &PanelManager::insertImageRequested);
    connect(m_images, &ImagesPanel::lineActivated, preview, &PreviewController::jumpToLine);
}

QDockWidget *PanelManager::addDock(QWidget *panel, const QString &title, const QString &name, const QString &icon,
                                   Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    // The names the saved window layouts know (postsDock, frontMatterDock, ...).
    dock->setObjectName(QString(name).replace(QStringLiteral("_m"), QStringLiteral("M")) + QStringLiteral("Dock"));
    dock->setWidget(panel);
    m_window->addDockWidget(area, dock);
    dock->hide(); // out of the way until asked for; the layout is remembered after
    QAction *toggle = dock->toggleViewAction();
    toggle->setIcon(QIcon::fromTheme(icon));
    m_window->actionCollection()->addAction(QStringLiteral("show_%1_dock").arg(name), toggle);
    m_docks.append(dock);
    return dock;
}

void PanelManager::setEditor(MarkdownEditor *editor)
{
    disconnect(m_analysed);
    disconnect(m_cursorMoved);
    m_editor = editor;
    m_analysed = connect(editor->session(), &PostSession::analysed, this, &PanelManager::showAnalysis);
    m_cursorMoved = connect(editor->view(), &KTextEditor::View::cursorPositionChanged, this,
                            [this](KTextEditor::View *, KTextEditor::Cursor cursor) { m_outline->setCurrentLine(cursor.line() + 1); });
    m_posts->setCurrentPost(editor->filePath());
    m_frontMatter->setEditor(editor);
    m_images->setEditor(editor);
    showAnalysis();
}

void PanelManager::showAnalysis()
{
    if (const std::shared_ptr<const PostAnalysis> analysis = m_editor->session()->analysis())
        m_outline->setOutline(analysis->render.outline);
    else
        m_outline->setOutline({});
    m_outline->setCurrentLine(m_editor->view()->cursorPosition().line() + 1);
}

} // namespace Postwright
