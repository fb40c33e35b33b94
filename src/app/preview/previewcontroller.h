#pragma once
// Keeps the preview up with the current post: renders on a worker thread as
// the text changes (each render stamped with a generation, stale ones
// dropped), scrolls the preview and the text together, and hosts the Site
// Preview beside it. Also saves a screenshot once the preview has settled.

#include "markdown/htmlblocks.h"
#include "markdown/markdownrenderer.h"
#include "site/site.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

class KActionCollection;
class QTabWidget;
class QTimer;
class QWidget;

namespace Postwright {

class MarkdownEditor;
class Settings;
class PreviewView;
class SitePreview;

// A render for the preview, its body already cut into blocks on the worker.
struct PreviewRender
{
    RenderResult result;
    QList<HtmlBlock> blocks;
    QByteArray header;       // the post's title, date and tags (HtmlPage::header)
    double milliseconds = 0; // on the worker
    QString text;            // what was rendered
};

class PreviewController : public QObject
{
    Q_OBJECT
public:
    explicit PreviewController(QWidget *parentWidget);
    ~PreviewController() override;

    // The preview, and the site preview once opened, in tabs.
    QTabWidget *widget() const { return m_tabs; }
    PreviewView *preview() const { return m_preview; }
    SitePreview *sitePreview() const { return m_sitePreview; }

    // View > Show Preview, Site Preview, Preview Below the Editor, Show Post
    // Header, the stylesheets and web content: in the window's collection,
    // as settings remember them.
    void setUpActions(KActionCollection *actions, Settings &settings);

    // The post the preview follows (its text, its site, its scrolling).
    void setEditor(MarkdownEditor *editor);
    // Renders the current text soon.
    void scheduleRender();
    int generation() const { return m_generation; }

    // The post's title, date and tags above its body.
    void setShowsHeader(bool shown);
    // Opens or closes the Site Preview; closing stops its server.
    void setSitePreviewShown(bool shown);
    // Shows line (1-based) in the preview and the text, the cursor on it.
    void jumpToLine(int line);

    // Saves a picture of window once the preview (or the site preview) shows
    // the current text, fonts and diagrams included, then quits the
    // application (status 0, or 1 if saving failed).
    void saveScreenshotWhenRendered(QWidget *window, const QString &path);

Q_SIGNALS:
    void rendered(const PreviewRender &render);
    void previewUpdated(int generation);
    void sitePreviewClosed();

private:
    void setStyleSheet(const QString &path);
    void startRender();
    void renderFinished();
    void takeScreenshotWhenSettled(QWidget *window, const QString &path, int triesLeft);
    void takeScreenshotOncePainted(QWidget *window, const QString &path, int triesLeft);

    Settings *m_settings = nullptr;
    KActionCollection *m_actions = nullptr;
    QTabWidget *m_tabs;
    PreviewView *m_preview;
    SitePreview *m_sitePreview = nullptr;
    MarkdownEditor *m_editor = nullptr;
    QList<QMetaObject::Connection> m_editorConnections;
    Site m_site;
    QTimer *m_renderTimer;
    QFutureWatcher<PreviewRender> *m_renderWatcher;
    QByteArray m_postHeader; // of the latest render
    bool m_showsHeader = true;
    int m_generation = 0;          // of the newest text
    int m_renderingGeneration = 0; // of the render under way
    bool m_renderPending = false;  // the text changed while a render ran
    double m_lastRenderMs = 0;     // sets the pause before the next
    QElapsedTimer m_scrollEcho;    // since the preview scrolled the editor
    int m_lineFromPreview = -1;    // the editor line the preview scrolled to
};

} // namespace Postwright
