#include "previewview.h"

#include "previewbridge.h"
#include "previewpage.h"
#include "previewpermissions.h"
#include "siteschemehandler.h"

#include "images/imageinserter.h"
#include "markdown/markdownrenderer.h"

#include <KMessageWidget>

#include <QAction>
#include <QChildEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QResizeEvent>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Postwright {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
    , m_scheme(new SiteSchemeHandler(this))
    , m_webContentAction(new QAction(tr("Allow Web Content in Preview for This Site"), this))
    , m_styleWatcher(new QFileSystemWatcher(this))
    , m_bridge(new PreviewBridge(this))
    , m_channel(new QWebChannel(this))
{
    // A profile of its own, kept in memory: nothing of a post lands in a disk
    // cache, and the site's scheme handler belongs to this view alone.
    auto *profile = new QWebEngineProfile(this);
    profile->installUrlSchemeHandler(SiteSchemeHandler::Scheme, m_scheme);
    m_page = new PreviewPage(profile, this);
    setPage(m_page);

    // JavaScript stays on for the page's own script; the page's policy keeps
    // every other script from running. Beyond that, nothing a post could use
    // to reach the machine or the reader.
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    // Schemes Chromium does not know (mailto:, an app's own) still ask
    // PreviewPage, which lets only a clicked mailto: out.
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::AllowUnknownUrlSchemesFromUserInteraction);

    m_webContentAction->setCheckable(true);
    m_webContentAction->setEnabled(false); // until there is a site
    m_webContentAction->setStatusTip(tr("Show frames from the web (videos, embeds) in this site's posts; "
                                        "scripts in posts still never run"));
    connect(m_webContentAction, &QAction::triggered, this, [this](bool allowed) {
        PreviewPermissions::setWebContentAllowed(m_scheme->siteRoot(), allowed);
        setRemoteFramesAllowed(allowed);
    });

    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    page()->setWebChannel(m_channel);

    connect(m_bridge, &PreviewBridge::pageReadyReceived, this, [this] {
        m_pageReady = true;
        Q_EMIT m_bridge->codeStyleChanged(QString::fromUtf8(MarkdownRenderer::codeStyleSheet()));
        followPalette();
        sendUserStyle();
        Q_EMIT m_bridge->headerChanged(QString::fromUtf8(m_header));
        // A page that (re)loads holds nothing: it gets every block.
        m_pageBlocks.clear();
        if (m_generation >= 0)
            sendBlocks({});
    });
    connect(page(), &QWebEnginePage::loadStarted, this, [this] { m_pageReady = false; });
    connect(m_bridge, &PreviewBridge::contentShownReceived, this, [this](int generation) {
        m_shownGeneration = generation;
        Q_EMIT contentShown(generation);
    });
    connect(m_bridge, &PreviewBridge::previewScrolledReceived, this, &PreviewView::scrolledToLine);
    connect(m_bridge, &PreviewBridge::contentBlockedReceived, this, &PreviewView::contentBlocked);
    connect(m_styleWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // Editors save by replacing the file: watch the new one.
        if (!m_styleWatcher->files().contains(path) && QFileInfo::exists(path))
            m_styleWatcher->addPath(path);
        sendUserStyle();
    });
    connect(m_styleWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_userStyleSheet.isEmpty() && !m_styleWatcher->files().contains(m_userStyleSheet)
            && QFileInfo::exists(m_userStyleSheet)) {
            m_styleWatcher->addPath(m_userStyleSheet);
            sendUserStyle();
        }
    });
    followPalette();
    m_page->loadPreview();
}

PreviewView::~PreviewView()
{
    // The page before its profile, as WebEngine requires.
    delete page();
}

void PreviewView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void PreviewView::setUserStyleSheet(const QString &path)
{
    const QStringList watched = m_styleWatcher->files() + m_styleWatcher->directories();
    if (!watched.isEmpty())
        m_styleWatcher->removePaths(watched);
    m_userStyleSheet = path;
    if (!path.isEmpty()) // the folder too: a file replaced late comes back there
        m_styleWatcher->addPaths({path, QFileInfo(path).absolutePath()});
    sendUserStyle();
}

void PreviewView::sendUserStyle()
{
    if (!m_pageReady)
        return;
    QFile file(m_userStyleSheet);
    const QString css = !m_userStyleSheet.isEmpty() && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    Q_EMIT m_bridge->userStyleChanged(css);
}

void PreviewView::followPalette()
{
    // The page behind the post takes the editor's background, so a render never
    // flashes white in a dark window.
    page()->setBackgroundColor(palette().color(QPalette::Base));
    if (m_pageReady)
        Q_EMIT m_bridge->colorSchemeChanged(palette().color(QPalette::Base).lightness() < 128);
}

void PreviewView::setSite(const Site &site, const QString &postPath)
{
    m_scheme->setSite(site, postPath);
    const QString root = m_scheme->siteRoot();
    const bool allowed = PreviewPermissions::webContentAllowed(root);
    m_webContentAction->setEnabled(!root.isEmpty());
    m_webContentAction->setChecked(allowed);
    setRemoteFramesAllowed(allowed);
}

void PreviewView::setRemoteFramesAllowed(bool allowed)
{
    if (allowed == m_remoteFrames)
        return;
    m_remoteFrames = allowed;
    m_scheme->setRemoteFramesAllowed(allowed);
    m_page->setRemoteFramesAllowed(allowed);
    // The policy comes with the page: a new one needs a fresh load, which
    // gets every block again (pageReady).
    m_page->loadPreview();
}

void PreviewView::scrollToLine(double line)
{
    if (m_pageReady)
        Q_EMIT m_bridge->scrollRequested(line);
}

void PreviewView::setHeader(const QByteArray &html)
{
    if (html == m_header)
        return;
    m_header = html;
    if (m_pageReady)
        Q_EMIT m_bridge->headerChanged(QString::fromUtf8(m_header));
}

void PreviewView::showHtml(int generation, const QByteArray &html)
{
    showHtml(generation, html, HtmlBlocks::split(html));
}

void PreviewView::showHtml(int generation, const QByteArray &html, const QList<HtmlBlock> &blocks)
{
    m_generation = generation;
    m_html = html;
    m_blocks = blocks;
    if (m_pageReady)
        sendBlocks(m_pageBlocks);
}

void PreviewView::sendBlocks(const QList<HtmlBlock> &shown)
{
    // Against nothing shown, the diff inserts every block; removed = -1 then
    // also clears whatever the page holds.
    const BlockPatch patch = HtmlBlocks::diff(shown, m_blocks);
    QStringList inserted;
    inserted.reserve(patch.inserted);
    for (int k = patch.start; k < patch.start + patch.inserted; ++k)
        inserted.append(QString::fromUtf8(QByteArrayView(m_html).sliced(m_blocks[k].offset, m_blocks[k].length)));
    QJsonArray shifts;
    for (const LineShift &shift : std::as_const(patch.shifts))
        shifts << shift.first << shift.count << shift.delta;
    m_pageBlocks = m_blocks;
    Q_EMIT m_bridge->blocksChanged(m_generation, patch.start, shown.isEmpty() ? -1 : patch.removed, inserted, shifts);
}

void PreviewView::showNotice(const QString &key, const QString &text)
{
    if (text.isEmpty() || key == m_closedNoticeKey) {
        if (m_notice)
            m_notice->hide();
        m_noticeKey = key;
        return;
    }
    if (!m_notice) {
        m_notice = new KMessageWidget(this);
        m_notice->setObjectName(QStringLiteral("previewNotice"));
        m_notice->setMessageType(KMessageWidget::Information);
        m_notice->setWordWrap(true);
        m_notice->setCloseButtonVisible(true);
        // Only the reader's close button animates the hiding.
        connect(m_notice, &KMessageWidget::hideAnimationFinished, this, [this] { m_closedNoticeKey = m_noticeKey; });
    }
    m_noticeKey = key;
    m_notice->setText(text);
    m_notice->show();
    m_notice->raise();
    placeNotice();
}

QString PreviewView::noticeText() const
{
    return m_notice && m_notice->isVisible() ? m_notice->text() : QString();
}

void PreviewView::resizeEvent(QResizeEvent *event)
{
    QWebEngineView::resizeEvent(event);
    placeNotice();
}

void PreviewView::placeNotice()
{
    if (!m_notice || !m_notice->isVisible())
        return;
    // Along the bottom: the top is where a post starts and where scrolling
    // puts the line being edited.
    const int wanted = m_notice->heightForWidth(width());
    const int height = wanted > 0 ? wanted : m_notice->sizeHint().height();
    m_notice->setGeometry(0, this->height() - height, width(), height);
}

void PreviewView::childEvent(QChildEvent *event)
{
    // WebEngine draws into a child widget of its own, which gets the drag
    // and drop events: image drops are ours, not the page's.
    if (event->added() && event->child()->isWidgetType())
        event->child()->installEventFilter(this);
    QWebEngineView::childEvent(event);
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (ImageInserter::imageFiles(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = ImageInserter::imageFiles(drop->mimeData());
        if (files.isEmpty())
            break;
        drop->acceptProposedAction();
        const double y = drop->position().y() / zoomFactor();
        page()->runJavaScript(QStringLiteral("window.postwright ? window.postwright.lineAt(%1) : 1").arg(y),
                              [this, files](const QVariant &line) { Q_EMIT imagesDropped(files, qMax(1, line.toInt())); });
        return true;
    }
    default:
        break;
    }
    return QWebEngineView::eventFilter(watched, event);
}

} // namespace Postwright
