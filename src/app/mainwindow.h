#pragma once
// The writing window, a KXmlGuiWindow as Kate's: actions in a
// KActionCollection laid out by postwrightui.rc, the current post's
// KTextEditor view merged in as a GUI client, the text beside the live
// preview, and the site's posts, the outline, the front matter and the
// images in docks. The work is done by its parts: the DocumentManager (open
// posts), the ViewManager (tabs), the PreviewController (rendering, scroll
// sync, site preview) and the ExportController.

#include "preview/previewcontroller.h"
#include "views/viewmanager.h"

#include <KTextEditor/Cursor>
#include <KXmlGuiWindow>

#include <memory>

class QSplitter;

namespace KTextEditor {
class View;
}

namespace Postwright {

class CountsLabel;
class DocumentManager;
class ExportController;
class MarkdownEditor;
class PanelManager;
class PreviewView;
class Settings;
class SitePreview;

class MainWindow : public KXmlGuiWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A post, or a site folder (opens its newest post). Returns false on failure.
    bool openPath(const QString &path) { return m_views->openPath(path); }
    QString createPost(const QString &title) { return m_views->createPost(title); }
    bool reopenLastSession() { return m_views->reopenLastSession(); }
    // Opens, in tabs, the untitled texts an earlier run left unsaved (it
    // crashed or was killed); returns how many.
    int recoverUntitled();
    // Saves the current post; false when it was not saved (a bar says why).
    bool save();
    void saveScreenshotWhenRendered(const QString &path) { m_preview->saveScreenshotWhenRendered(this, path); }

    DocumentManager *documents() const { return m_documents; }
    ViewManager *views() const { return m_views; }
    PreviewController *previewController() const { return m_preview; }
    // The post in the current tab.
    MarkdownEditor *editor() const { return m_views->current(); }
    int editorCount() const;
    void setCurrentTab(int index) { m_views->setCurrentIndex(index); }
    bool closeTab(int index) { return m_views->closeTab(index); }
    PreviewView *preview() const { return m_preview->preview(); }
    // View > Site Preview: the post as its site's own server renders it, in a
    // tab beside the preview; closing it stops the server.
    void showSitePreview(bool show);
    SitePreview *sitePreview() const { return m_preview->sitePreview(); }
    // The docks: posts, outline, front matter, images.
    PanelManager *panels() const { return m_panels; }
    // Insert Image: the dialog, with source chosen already when not empty
    // (else its file picker opens first); the reference goes in at `at`, or
    // the cursor when it is invalid (as a paragraph of its own before that
    // line with ownParagraph).
    void insertImageDialog(const QString &source = {}, KTextEditor::Cursor at = KTextEditor::Cursor::invalid(),
                           bool ownParagraph = false);
    QAction *askOnImageDropAction() const;
    QString statusText() const; // words, characters, reading time
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
    void setUpActions();
    void editorCreated(MarkdownEditor *editor);
    void currentChanged(MarkdownEditor *editor);
    void retitleMenus();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    void updateCounts();
    void showSettings();
    void imagesDropped(MarkdownEditor *editor, const QStringList &paths, KTextEditor::Cursor at, bool ownParagraph);
    QAction *action(const char *name) const;
    void showMessage(const QString &text, int timeout = 0);

    std::unique_ptr<Settings> m_settings;
    DocumentManager *m_documents;
    ViewManager *m_views;
    PreviewController *m_preview;
    ExportController *m_exports;
    QSplitter *m_splitter;
    KTextEditor::View *m_mergedView = nullptr; // the view merged as a GUI client
    PanelManager *m_panels;
    CountsLabel *m_countLabel;
    QByteArray m_layoutBeforeFocus;
};

} // namespace Postwright
