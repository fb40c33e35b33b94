#include "previewcontroller.h"

#include "editor/markdowneditor.h"
#include "preview/previewview.h"
#include "preview/sitepreview.h"
#include "preview/siteschemehandler.h"
#include "settings.h"

#include <KActionCollection>
#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <algorithm>

namespace Postwright {

PreviewController::PreviewController(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_tabs(new QTabWidget(parentWidget))
    , m_preview(new PreviewView(m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // tabs once the site preview opens
    m_tabs->addTab(m_preview, tr("Preview"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this] { setSitePreviewShown(false); });
    connect(m_preview, &PreviewView::contentShown, this, &PreviewController::previewUpdated);
    connect(m_preview, &PreviewView::scrolledToLine, this, [this](double line) {
        m_scrollEcho.start();
        m_lineFromPreview = qMax(0, int(line) - 1);
        m_editor->view()->setScrollPosition(KTextEditor::Cursor(m_lineFromPreview, 0));
    });
}

PreviewController::~PreviewController() = default;

void PreviewController::setUpActions(KActionCollection *actions, Settings &settings)
{
    m_settings = &settings;
    m_actions = actions;
    auto add = [actions](const char *name, const QString &text, bool checked, const QString &icon = {}) {
        QAction *action = actions->addAction(QLatin1String(name));
        action->setText(text);
        action->setIcon(QIcon::fromTheme(icon));
        action->setCheckable(true);
        action->setChecked(checked);
        return action;
    };
    QAction *shown = add("actionShowPreview", tr("Show &Preview"), settings.previewVisible(), QStringLiteral("view-preview"));
    actions->setDefaultShortcut(shown, Qt::Key_F8);
    m_tabs->setVisible(shown->isChecked());
    connect(shown, &QAction::toggled, this, [this](bool visible) {
        m_tabs->setVisible(visible);
        m_settings->setPreviewVisible(visible);
    });
    add("actionSitePreview", tr("S&ite Preview"), false, QStringLiteral("internet-web-browser"))
        ->setToolTip(tr("Show the post as its site's own server (hugo or jekyll) builds it, in a tab beside the preview"));
    add("actionPreviewBelow", tr("Preview &Below the Editor"), settings.previewOrientation() == Qt::Vertical);
    QAction *header = add("actionShowPostHeader", tr("Show Post &Header"), settings.previewShowsHeader());
    header->setStatusTip(tr("Show the post's title, date and tags above the preview, as the blog's page does"));
    m_showsHeader = header->isChecked();
    connect(header, &QAction::toggled, this, [this](bool shown) {
        m_settings->setPreviewShowsHeader(shown);
        setShowsHeader(shown);
    });
    QAction *style = actions->addAction(QStringLiteral("actionPreviewStyle"));
    style->setText(tr("Preview &Stylesheet…"));
    connect(style, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_tabs->window(), tr("Preview Stylesheet"), m_site.rootPath(),
                                                          tr("Stylesheets (*.css);;All files (*)"));
        if (!path.isEmpty()) // Cancel changes nothing
            setStyleSheet(path);
        m_editor->view()->setFocus();
    });
    QAction *noStyle = actions->addAction(QStringLiteral("actionNoPreviewStyle"));
    noStyle->setText(tr("&No Preview Stylesheet"));
    noStyle->setStatusTip(tr("Show the preview in Postwright's own style again"));
    connect(noStyle, &QAction::triggered, this, [this] { setStyleSheet({}); });
    actions->addAction(QStringLiteral("allow_web_content"), m_preview->allowWebContentAction());
    if (const QString css = settings.previewStyleSheet(); QFileInfo::exists(css))
        m_preview->setUserStyleSheet(css);
    noStyle->setEnabled(!m_preview->userStyleSheet().isEmpty());
    m_preview->setZoomPercent(settings.previewZoom());
}

void PreviewController::setStyleSheet(const QString &path)
{
    m_preview->setUserStyleSheet(path);
    m_settings->setPreviewStyleSheet(path);
    m_actions->action(QStringLiteral("actionNoPreviewStyle"))->setEnabled(!path.isEmpty());
}

void PreviewController::setEditor(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_editorConnections))
        disconnect(connection);
    m_editorConnections.clear();
    m_editor = editor;
    m_editorConnections << connect(editor->session(), &PostSession::analysed, this, &PreviewController::showAnalysis);
    // Scroll sync by source line, both ways; a scroll we caused is not echoed.
    m_editorConnections << connect(editor->view(), &KTextEditor::View::displayRangeChanged, this, [this] {
        // The editor only scrolls by whole lines: where the preview put it is
        // its echo, not a move of the reader's, and must not move the preview.
        const int first = m_editor->view()->firstDisplayedLine();
        if (first == m_lineFromPreview || (m_scrollEcho.isValid() && m_scrollEcho.elapsed() < 200))
            return;
        m_lineFromPreview = -1;
        m_preview->scrollToLine(first + 1);
    });
    const QString path = editor->filePath();
    if (!path.isEmpty())
        m_site = editor->site();
    m_preview->setSite(m_site, path);
    if (m_sitePreview)
        m_sitePreview->showPost(m_site, path);
    showAnalysis(); // the post as last read; a newer reading follows when under way
}

void PreviewController::showAnalysis()
{
    const std::shared_ptr<const PostAnalysis> analysis = m_editor->session()->analysis();
    if (!analysis)
        return; // the first is under way
    const RenderResult &result = analysis->render;
    m_preview->showHtml(++m_shownGeneration, result.html, analysis->blocks);
    m_postHeader = analysis->header;
    m_preview->setHeader(m_showsHeader ? m_postHeader : QByteArray());
    m_preview->showNotice(m_editor->filePath() + QStringLiteral("#omitted-html"),
                          result.omittedHtml > 0 ? tr("Raw HTML omitted in %n place(s), as on your published site "
                                                      "(markup.goldmark.renderer.unsafe is false).",
                                                      nullptr, result.omittedHtml)
                                                 : QString());
}

void PreviewController::setShowsHeader(bool shown)
{
    m_showsHeader = shown;
    m_preview->setHeader(shown ? m_postHeader : QByteArray());
}

void PreviewController::jumpToLine(int line)
{
    KTextEditor::View *view = m_editor->view();
    m_scrollEcho.start();
    view->setCursorPosition(KTextEditor::Cursor(qMax(0, line - 1), 0));
    view->setScrollPosition(KTextEditor::Cursor(qMax(0, line - 1), 0));
    m_preview->scrollToLine(line);
    view->setFocus();
}

void PreviewController::setSitePreviewShown(bool shown)
{
    if (shown && !m_sitePreview) {
        m_sitePreview = new SitePreview(m_tabs);
        m_tabs->setCurrentIndex(m_tabs->addTab(m_sitePreview, tr("Site Preview")));
        m_tabs->setTabsClosable(true);
        m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the preview stays
        m_sitePreview->showPost(m_site, m_editor->filePath());
    } else if (!shown && m_sitePreview) {
        delete std::exchange(m_sitePreview, nullptr); // stops its server; its tab goes
        m_tabs->setTabsClosable(false);
        Q_EMIT sitePreviewClosed();
    }
}

void PreviewController::saveScreenshotWhenRendered(QWidget *window, const QString &path)
{
    // Gives up after a generous wait so a broken preview cannot hang a script.
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, window, path] {
        qWarning("postwright: the preview did not render in time; saving the window as it is");
        takeScreenshotOncePainted(window, path, 0);
    });
    timeout->start(60000);
    if (m_sitePreview) { // the post as the site serves it
        connect(m_sitePreview, &SitePreview::pageLoaded, this, [this, window, path, timeout] {
            timeout->stop();
            takeScreenshotWhenSettled(window, path, 200);
        });
        return;
    }
    connect(this, &PreviewController::previewUpdated, this, [this, window, path, timeout](int generation) {
        // The page shows the newest analysis of the newest text.
        const PostSession *session = m_editor->session();
        if (generation != m_shownGeneration || !session->analysis() || session->analysis()->generation != session->generation())
            return;
        timeout->stop();
        takeScreenshotWhenSettled(window, path, 200);
    });
}

void PreviewController::takeScreenshotWhenSettled(QWidget *window, const QString &path, int triesLeft)
{
    // Fonts and diagrams arrive after the blocks (the site's page: after it
    // loaded): the picture waits for them.
    QWebEnginePage *page = m_sitePreview ? m_sitePreview->view()->page() : m_preview->page();
    // Layout first: it is what asks for the fonts the text needs.
    page->runJavaScript(m_sitePreview ? QStringLiteral("document.body.offsetHeight >= 0 && document.fonts.status === 'loaded'")
                                      : QStringLiteral("window.postwright && window.postwright.settled()"),
                        [this, window, path, triesLeft](const QVariant &settled) {
                            if (settled.toBool() || triesLeft <= 0)
                                takeScreenshotOncePainted(window, path, 100);
                            else
                                QTimer::singleShot(50, this, [this, window, path, triesLeft] {
                                    takeScreenshotWhenSettled(window, path, triesLeft - 1);
                                });
                        });
}

void PreviewController::takeScreenshotOncePainted(QWidget *window, const QString &path, int triesLeft)
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
    if (!painted && triesLeft > 0 && page->isVisible()) {
        QTimer::singleShot(100, this, [this, window, path, triesLeft] { takeScreenshotOncePainted(window, path, triesLeft - 1); });
        return;
    }
    const bool saved = window->grab().save(path);
    if (!saved)
        qWarning("postwright: could not save the screenshot to %s", qPrintable(path));
    QApplication::exit(saved ? 0 : 1);
}

} // namespace Postwright
