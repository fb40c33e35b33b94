#pragma once
// Serves the preview: its page from the resources (with a fresh script nonce
// and the Content-Security-Policy that goes with it), and the site's files
// (static folders, the post's folder) and nothing else. Paths that resolve
// outside the site ("..", %2e%2e, %2f, symlinks, absolute paths), other hosts
// and other methods get 403 and a warning in the log.

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

    // The page's policy: scripts only with this load's nonce, no plugins,
    // forms or <base>; frames from the web only when remoteFrames.
    static QByteArray contentSecurityPolicy(const QByteArray &nonce, bool remoteFrames);

    // What a request gets, decided without a browser (so tests can ask).
    struct Answer
    {
        enum Kind { Page, File, Denied, NotFound };
        Kind kind = NotFound;
        QString path;   // Page: the resource; File: the canonical file
        QString reason; // Denied: why, for the log
    };
    Answer answer(const QUrl &url, const QByteArray &method = "GET") const;

    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void setSite(const Site &site, const QString &postPath);
    // The folder the page may read below (canonical), or "" before setSite.
    QString siteRoot() const { return m_roots.value(0); }
    // Whether the page's policy lets frames from the web (https:) in; for
    // the next page load.
    void setRemoteFramesAllowed(bool allowed) { m_remoteFrames = allowed; }
    void requestStarted(QWebEngineUrlRequestJob *job) override;

Q_SIGNALS:
    // A request was refused: the path asked for; outsideSite when it was
    // denied (403), not merely missing (404).
    void requestRefused(const QString &path, bool outsideSite);

private:
    bool isAllowed(const QString &path) const;
    void replyWithPage(QWebEngineUrlRequestJob *job, const QString &resource);

    ImageResolver m_resolver;
    QStringList m_roots; // canonical
    bool m_remoteFrames = false;
};

} // namespace Postwright
