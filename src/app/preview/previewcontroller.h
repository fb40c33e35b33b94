#pragma once
// Keeps the preview up with the current post: shows each analysis its
// session announces (rendered off the GUI thread, stale ones never
// announced), scrolls the preview and the text together, and hosts the Site
// Preview beside it. Also saves a screenshot once the preview has settled.

#include "site/site.h"

#include <QElapsedTimer>
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

    // The post the preview follows (its session's analyses, its site, its scrolling).
    void setEditor(MarkdownEditor *editor);

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
    void previewUpdated(int generation);
    void sitePreviewClosed();

private:
    void setStyleSheet(const QString &path);
    void showAnalysis();
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
    QByteArray m_postHeader; // of the analysis shown
    bool m_showsHeader = true;
    int m_shownGeneration = 0; // counts what the preview was given to show
    QElapsedTimer m_scrollEcho;    // since the preview scrolled the editor
    int m_lineFromPreview = -1;    // the editor line the preview scrolled to
};

} // namespace Postwright
