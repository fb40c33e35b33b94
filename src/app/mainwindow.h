#pragma once
// The writing window: the Markdown buffer beside the live preview, with the
// site's posts and the post's outline in docks.

#include "markdown/htmlblocks.h"
#include "markdown/markdownrenderer.h"
#include "site/site.h"

#include <KTextEditor/Cursor>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabBar;
class QTabWidget;
class QTimer;

namespace Postwright {

namespace Ui {
class MainWindow;
}

class MarkdownEditor;
class OutlinePanel;
class FrontMatterPanel;
class ImagesPanel;
class PostsPanel;
class PreviewView;
class SitePreview;
class UntitledStore;
class Settings;

// A render for the preview, its body already cut into blocks on the worker.
struct PreviewRender
{
    RenderResult result;
    QList<HtmlBlock> blocks;
    QByteArray header;       // the post's title, date and tags (HtmlPage::header)
    double milliseconds = 0; // on the worker
    QString text;            // what was rendered
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A post, or a site folder (opens its newest post). Returns false on failure.
    bool openPath(const QString &path);
    // Creates a post titled `title` where the site keeps posts, from its
    // archetype, and opens it. Returns its path, or empty on failure.
    QString createPost(const QString &title);
    // Opens the files open when the editor last closed; false if there were none.
    bool reopenLastSession();
    // Opens, in tabs, the untitled texts an earlier run left unsaved (it
    // crashed or was killed); returns how many.
    int recoverUntitled();
    // Saves the current post; false when it was not saved (a bar says why).
    bool save();
    // Saves a picture of the whole window once the preview shows the current
    // text, then quits the application (status 0, or 1 if saving failed).
    void saveScreenshotWhenRendered(const QString &path);

    // The post in the current tab.
    MarkdownEditor *editor() const { return m_editor; }
    int editorCount() const { return int(m_editors.size()); }
    void setCurrentTab(int index);
    bool closeTab(int index);
    PreviewView *preview() const { return m_preview; }
    // View > Site Preview: the post as its site's own server renders it, in a
    // tab beside the preview; closing it stops the server.
    void showSitePreview(bool show);
    SitePreview *sitePreview() const { return m_sitePreview; }
    PostsPanel *postsPanel() const { return m_postsPanel; }
    OutlinePanel *outlinePanel() const { return m_outlinePanel; }
    FrontMatterPanel *frontMatterPanel() const { return m_frontMatterPanel; }
    ImagesPanel *imagesPanel() const { return m_imagesPanel; }
    // Insert Image: the dialog, with source chosen already when not empty;
    // the reference goes in at `at`, or the cursor when it is invalid (as a
    // paragraph of its own before that line with ownParagraph).
    void insertImageDialog(const QString &source = {}, KTextEditor::Cursor at = KTextEditor::Cursor::invalid(),
                           bool ownParagraph = false);
    QAction *askOnImageDropAction() const { return m_askOnDropAction; }
    QString statusText() const; // line, words, characters, reading time
    void setFocusMode(bool on);
    void setPreviewBelow(bool below);
    // The HTML fragment of the current post, as export writes it.
    QByteArray fragmentHtml() const;

Q_SIGNALS:
    void previewUpdated(int generation);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    MarkdownEditor *addEditor();
    void setCurrentEditor(MarkdownEditor *editor);
    void updateTabText(MarkdownEditor *editor);
    void rebuildEditMenu();
    void setUpDocks();
    void setUpStatusBar();
    void restoreLayout();
    void saveLayout();
    void scheduleRender();
    void startRender();
    void renderFinished();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void newPostDialog();
    void openFileDialog();
    void openSiteDialog();
    bool saveAs();
    // Asks what to do with unsaved posts, naming them; false: cancelled.
    bool settleUnsaved(const QList<MarkdownEditor *> &editors);
    void updateRecoveryActions();
    void exportHtml(bool embedImages, bool fragment);
    void exportPdf();
    // Says where an export went, with Open and Show in Folder.
    void showExported(const QString &path, const QList<RenderWarning> &warnings);
    // The blog theme's stylesheet over the preview, remembered; empty: none.
    void setPreviewStyleSheet(const QString &path);
    void copyAsHtml();
    void jumpToLine(int line);
    void imagesDropped(MarkdownEditor *editor, const QStringList &paths, KTextEditor::Cursor at, bool ownParagraph);
    void showAbout();
    void takeScreenshotWhenSettled(const QString &path, int triesLeft);
    void takeScreenshotOncePainted(const QString &path, int triesLeft);
    void takeScreenshot(const QString &path);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Settings> m_settings;
    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QList<MarkdownEditor *> m_editors;
    MarkdownEditor *m_editor = nullptr;
    QList<QMetaObject::Connection> m_editorConnections; // to the current editor's view
    PreviewView *m_preview;
    QByteArray m_postHeader; // of the latest render, shown unless View > Show Post Header is off
    QTabWidget *m_previewTabs; // the preview, and the site preview once opened
    SitePreview *m_sitePreview = nullptr;
    PostsPanel *m_postsPanel;
    OutlinePanel *m_outlinePanel;
    QDockWidget *m_postsDock;
    QDockWidget *m_outlineDock;
    FrontMatterPanel *m_frontMatterPanel;
    QDockWidget *m_frontMatterDock;
    QLabel *m_positionLabel;
    QLabel *m_countLabel;
    Site m_site;
    QTimer *m_renderTimer;
    QFutureWatcher<PreviewRender> *m_renderWatcher;
    UntitledStore *m_untitled;
    QAction *m_recoverAction = nullptr;
    QAction *m_discardRecoveryAction = nullptr;
    QAction *m_askOnDropAction = nullptr;
    QAction *m_leaveFocusAction = nullptr;
    ImagesPanel *m_imagesPanel;
    QDockWidget *m_imagesDock;
    int m_generation = 0;          // of the newest text
    int m_renderingGeneration = 0; // of the render under way
    bool m_renderPending = false;  // the text changed while a render ran
    double m_lastRenderMs = 0;     // sets the pause before the next
    int m_words = 0;
    int m_readingMinutes = 0;
    qsizetype m_characters = 0; // counted by the render, off the GUI thread
    QElapsedTimer m_scrollEcho;    // since the preview scrolled the editor
    int m_lineFromPreview = -1;    // the editor line the preview scrolled to
    QByteArray m_layoutBeforeFocus;
};

} // namespace Postwright
