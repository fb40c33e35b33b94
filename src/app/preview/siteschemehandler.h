#pragma once
// Serves the preview: its page from the resources, and the site's files
// (static folders, the post's folder) and nothing else. Paths that resolve
// outside the site ("..", %2e%2e, symlinks, absolute paths) get 403 and a
// warning in the log.

#include "site/imageresolver.h"
#include "site/site.h"

#include <QWebEngineUrlSchemeHandler>

namespace Postwright {

class SiteSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    static constexpr char Scheme[] = "pw-site";

    // Must run before the QApplication is created.
    static void registerScheme();
    static QUrl pageUrl();
    // The URL the preview uses for a local file (an image the renderer resolved).
    static QString fileUrl(const QString &canonicalPath);

    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void setSite(const Site &site, const QString &postPath);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

Q_SIGNALS:
    // A request was refused (outside the site, or not found): the path asked for.
    void requestRefused(const QString &path);

private:
    bool isAllowed(const QString &canonicalPath) const;
    void refuse(QWebEngineUrlRequestJob *job, const QString &path, bool denied);

    ImageResolver m_resolver;
    QStringList m_roots; // canonical
};

} // namespace Postwright
