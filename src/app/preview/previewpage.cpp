#include "previewpage.h"

#include "siteschemehandler.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePermission>

#include <utility>

namespace Postwright {

namespace {
Q_LOGGING_CATEGORY(lcPage, "postwright.preview.page")
}

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // target="_blank" and the context menu's "open in new window": a link
    // the reader chose goes to the browser; no window opens here.
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
        if (request.isUserInitiated() && opensExternally(request.requestedUrl()))
            QDesktopServices::openUrl(request.requestedUrl());
        else
            Q_EMIT navigationRefused(request.requestedUrl());
    });
    // Camera, microphone, location, notifications: a preview needs none.
    connect(this, &QWebEnginePage::permissionRequested, this, [](QWebEnginePermission permission) {
        permission.deny();
    });
}

void PreviewPage::loadPreview()
{
    m_loadExpected = true;
    load(SiteSchemeHandler::pageUrl());
}

bool PreviewPage::opensExternally(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == u"https" || scheme == u"http" || scheme == u"mailto";
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame) {
        // CSP already keeps frames out unless allowed; this holds even if a
        // policy did not.
        if (m_remoteFrames && url.scheme() == u"https")
            return true;
        qCInfo(lcPage, "refused frame %s", qPrintable(url.toDisplayString()));
        Q_EMIT navigationRefused(url);
        return false;
    }
    const bool preview = url.adjusted(QUrl::RemoveFragment) == SiteSchemeHandler::pageUrl();
    // The page itself when the view loads it or the reader reloads it (its
    // #anchors move within the page and never ask). A post's meta refresh
    // back to it would reload it forever: refused like any other.
    if (preview && (std::exchange(m_loadExpected, false) || type == NavigationTypeReload))
        return true;
    if (type == NavigationTypeLinkClicked && opensExternally(url)) {
        QDesktopServices::openUrl(url);
        return false;
    }
    qCInfo(lcPage, "refused navigation to %s", qPrintable(url.toDisplayString()));
    Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr; // newWindowRequested decided already
}

} // namespace Postwright
