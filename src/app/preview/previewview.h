#pragma once
// The live preview: a WebEngine page from the resources that receives rendered
// HTML over QWebChannel instead of being reloaded. What a post brings is shown,
// never run: see PreviewPage and SiteSchemeHandler.

#include "markdown/htmlblocks.h"

#include <QWebEngineView>

class KMessageWidget;
class QAction;
class QFileSystemWatcher;
class QWebChannel;

namespace Postwright {

class PreviewBridge;
class PreviewPage;
class SiteSchemeHandler;
class Site;

class PreviewView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Shows html (a body fragment, UTF-8) cut into blocks by HtmlBlocks::split;
    // only the blocks that differ from the shown ones travel to the page.
    // generation identifies it in contentShown().
    void showHtml(int generation, const QByteArray &html, const QList<HtmlBlock> &blocks);
    void showHtml(int generation, const QByteArray &html);
    int shownGeneration() const { return m_shownGeneration; }

    // The post's title, date and tags above the body (HtmlPage::header), as
    // the blog's page shows them; "" shows none.
    void setHeader(const QByteArray &html);

    // Which files the page may load: the site's, and the post's folder. Also
    // whether web content is allowed, as the reader chose for that site.
    void setSite(const Site &site, const QString &postPath);
    SiteSchemeHandler *schemeHandler() const { return m_scheme; }
    PreviewPage *previewPage() const { return m_page; }

    // Frames from the web (videos, embeds) in posts; off by default. A change
    // reloads the page (its policy is fixed per load).
    void setRemoteFramesAllowed(bool allowed);
    bool remoteFramesAllowed() const { return m_remoteFrames; }
    // View > Allow Web Content in Preview for This Site: checkable, follows
    // the site of setSite and remembers the choice for it.
    QAction *allowWebContentAction() const { return m_webContentAction; }

    // A stylesheet applied over Postwright's (the blog theme's CSS); reloaded
    // whenever the file changes on disk. Empty: none.
    void setUserStyleSheet(const QString &path);
    // The page's text size, in percent of its own.
    void setZoomPercent(int percent) { setZoomFactor(percent / 100.0); }
    QString userStyleSheet() const { return m_userStyleSheet; }

    // Scrolls so that source line `line` (1-based, fractional) is at the top.
    void scrollToLine(double line);

    // A note along the bottom of the preview, over the page (raw HTML left out,
    // as the published site will); empty text hides it. A note the reader
    // closed stays closed for as long as key is the same.
    void showNotice(const QString &key, const QString &text);
    QString noticeText() const; // the note shown; empty when none

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void childEvent(QChildEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The page's DOM holds the HTML of generation (painting follows).
    void contentShown(int generation);
    // The reader scrolled the preview; line is the source line now at the top.
    void scrolledToLine(double line);
    // The page's policy refused something the post holds: directive is the
    // CSP directive ("script-src-attr", "frame-src"), url what it refused
    // ("inline" for inline code).
    void contentBlocked(const QString &directive, const QString &url);
    // Image files were dropped on the preview over the block that starts at
    // source line `line` (1-based).
    void imagesDropped(const QStringList &paths, int line);

private:
    void followPalette();
    void sendUserStyle();
    void sendBlocks(const QList<HtmlBlock> &shown);
    void placeNotice();

    SiteSchemeHandler *m_scheme;
    PreviewPage *m_page;
    QAction *m_webContentAction;
    bool m_remoteFrames = false;
    QFileSystemWatcher *m_styleWatcher;
    QString m_userStyleSheet;
    PreviewBridge *m_bridge;
    QWebChannel *m_channel;
    bool m_pageReady = false;
    // The latest body and its blocks, and the blocks the page holds.
    int m_generation = -1;
    QByteArray m_html;
    QList<HtmlBlock> m_blocks;
    QList<HtmlBlock> m_pageBlocks;
    QByteArray m_header;
    int m_shownGeneration = -1;
    KMessageWidget *m_notice = nullptr;
    QString m_noticeKey;
    QString m_closedNoticeKey;
};

} // namespace Postwright
