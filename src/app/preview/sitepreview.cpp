#include "sitepreview.h"

#include "previewpage.h"

#include "site/site.h"
#include "site/siteserver.h"

#include <KMessageWidget>

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

#include <atomic>

namespace Postwright {

// Lets the page load from the site's server on 127.0.0.1 and nothing else:
// no CDN, no analytics, no other port of this machine.
class LoopbackRequestFilter : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void setPort(int port) { m_port = port; }
    bool allows(const QUrl &url) const
    {
        const QString scheme = url.scheme();
        if (scheme == u"data" || scheme == u"blob" || url.toString() == u"about:blank")
            return true; // made in the page, or nothing
        const int port = m_port;
        return port > 0 && scheme == u"http" && url.host() == u"127.0.0.1" && url.port() == port;
    }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override { info.block(!allows(info.requestUrl())); }

private:
    std::atomic<int> m_port = 0;
};

namespace {

// Navigation stays on the server; a link the reader clicks out of the site
// opens in the browser, and no page opens windows.
class SitePage : public QWebEnginePage
{
public:
    SitePage(QWebEngineProfile *profile, const LoopbackRequestFilter *filter, QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_filter(filter)
    {
        connect(this, &QWebEnginePage::permissionRequested, this, [](QWebEnginePermission permission) {
            permission.deny();
        });
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool) override
    {
        if (m_filter->allows(url))
            return true;
        if (type == NavigationTypeLinkClicked && PreviewPage::opensExternally(url))
            QDesktopServices::openUrl(url);
        return false;
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }

private:
    const LoopbackRequestFilter *m_filter;
};

QString programName(const Site &site)
{
    return site.kind() == SiteKind::Jekyll ? QStringLiteral("jekyll") : QStringLiteral("hugo");
}

} // namespace

SitePreview::SitePreview(QWidget *parent)
    : QWidget(parent)
    , m_server(new SiteServer(this))
    , m_bar(new KMessageWidget(this))
    , m_view(new QWebEngineView(this))
{
    // A profile of its own, in memory: nothing of the site lands on disk, and
    // the filter holds for this view alone.
    auto *profile = new QWebEngineProfile(m_view);
    m_filter = new LoopbackRequestFilter(profile);
    profile->setUrlRequestInterceptor(m_filter);
    m_view->setPage(new SitePage(profile, m_filter, m_view));
    QWebEngineSettings *s = m_view->settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);

    m_bar->setObjectName(QStringLiteral("sitePreviewMessage"));
    m_bar->setWordWrap(true);
    m_bar->setCloseButtonVisible(true);
    m_bar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &QWebEngineView::loadFinished, this, &SitePreview::pageLoaded);
    connect(m_server, &SiteServer::ready, this, [this] {
        m_filter->setPort(m_server->port());
        hideMessage(); // "starting"
    });
    connect(m_server, &SiteServer::postUrlFound, this, [this](const QString &post, const QUrl &url) {
        if (post == m_post)
            showPage(url);
    });
    connect(m_server, &SiteServer::postUrlNotFound, this, [this](const QString &post, const QString &why) {
        // The server's own error says more (a site that does not build
        // lists no pages either).
        if (post != m_post || (!m_bar->isHidden() && m_bar->messageType() == KMessageWidget::Error))
            return;
        showMessage(why, KMessageWidget::Warning);
        if (m_server->state() == SiteServer::State::Running)
            showPage(m_server->baseUrl()); // the site's home, at least
    });
    connect(m_server, &SiteServer::errorOccurred, this, [this](const QString &message) {
        showMessage(message, KMessageWidget::Error);
    });
    // The errors shown were the last build's: this one reports its own.
    connect(m_server, &SiteServer::rebuilding, this, [this] {
        if (m_bar->messageType() == KMessageWidget::Error)
            hideMessage();
    });
    // After a save (or any change in the site) the server has rebuilt: the
    // page shown is reloaded at once, and the post asked for again, as its
    // page moves when its slug, date or section does.
    connect(m_server, &SiteServer::rebuilt, this, [this] {
        if (m_postUrl.isValid())
            m_view->reload();
        m_server->findPostUrl(m_post);
    });
    m_restartAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Restart the Server"), this);
    m_restartAction->setObjectName(QStringLiteral("restartServer"));
    connect(m_restartAction, &QAction::triggered, this, &SitePreview::restartServer);
    connect(m_server, &SiteServer::stopped, this, [this] { m_bar->addAction(m_restartAction); });
}

SitePreview::~SitePreview()
{
    m_server->stop();
    delete m_view->page(); // before its profile, as WebEngine requires
}

void SitePreview::showPost(const Site &site, const QString &post)
{
    if (post.isEmpty()) {
        showMessage(tr("Save the post to see it on its site."), KMessageWidget::Information);
        return;
    }
    m_post = QFileInfo(post).absoluteFilePath();
    if (m_server->state() != SiteServer::State::Stopped && m_siteRoot == site.rootPath()) {
        m_server->findPostUrl(m_post);
        return;
    }
    m_siteRoot = site.rootPath();
    m_postUrl.clear();
    m_filter->setPort(0);
    if (!m_server->start(site)) {
        showMessage(m_server->error(), KMessageWidget::Warning);
        m_view->setUrl(QUrl(QStringLiteral("about:blank")));
        return;
    }
    showMessage(tr("Starting the site's server (%1)…").arg(programName(site)), KMessageWidget::Information);
    m_server->findPostUrl(m_post); // while it starts
}

void SitePreview::restartServer()
{
    const Site site = m_server->site();
    m_siteRoot.clear(); // starts it again
    showPost(site, m_post);
}

void SitePreview::showPage(const QUrl &url)
{
    if (url == m_postUrl)
        return; // shown, and reloaded by the rebuild that led here
    m_postUrl = url;
    m_view->load(url);
}

void SitePreview::showMessage(const QString &text, int type)
{
    m_bar->removeAction(m_restartAction);
    m_message = text;
    // Plain text, whatever the server wrote (its errors quote templates).
    m_bar->setText(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_bar->setMessageType(KMessageWidget::MessageType(type));
    m_bar->show();
}

void SitePreview::hideMessage()
{
    m_message.clear();
    m_bar->hide();
}

QString SitePreview::message() const
{
    return m_bar->isHidden() ? QString() : m_message;
}

} // namespace Postwright
