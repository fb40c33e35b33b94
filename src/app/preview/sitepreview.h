#pragma once
// The Site Preview tab: the post's real page as the site's own server (hugo
// server, jekyll serve; see SiteServer) renders it, reloaded after each
// rebuild, with what the server reports in a bar above it. The page may load
// from that server and from nowhere else.

#include <QUrl>
#include <QWidget>

class KMessageWidget;
class QAction;
class QWebEngineView;

namespace Postwright {

class LoopbackRequestFilter;
class Site;
class SiteServer;

class SitePreview : public QWidget
{
    Q_OBJECT
public:
    explicit SitePreview(QWidget *parent = nullptr);
    ~SitePreview() override; // stops the server and waits for it

    // Shows post, of site: starts the site's server, or another one when the
    // site is another. An unsaved post (empty path) keeps the page shown.
    void showPost(const Site &site, const QString &post);

    SiteServer *server() const { return m_server; }
    QWebEngineView *view() const { return m_view; }
    // The bar's text (plain); empty while it is hidden.
    QString message() const;

Q_SIGNALS:
    // The page shown finished loading (ok: it loaded).
    void pageLoaded(bool ok);

private:
    void showMessage(const QString &text, int type);
    void hideMessage();
    void showPage(const QUrl &url);
    void restartServer();

    SiteServer *m_server;
    KMessageWidget *m_bar;
    QWebEngineView *m_view;
    LoopbackRequestFilter *m_filter;
    QAction *m_restartAction;
    QString m_post;
    QString m_siteRoot;
    QUrl m_postUrl;
    QString m_message;
};

} // namespace Postwright
