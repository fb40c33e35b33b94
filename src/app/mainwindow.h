#pragma once
// The writing window: the Markdown buffer beside the live preview.

#include "site/site.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QTimer;

namespace Postwright {

namespace Ui {
class MainWindow;
}

class MarkdownActions;
class MarkdownEditor;
class PreviewView;
struct RenderResult;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A post, or a site folder (opens its newest post). Returns false on failure.
    bool openPath(const QString &path);
    // Saves a picture of the whole window once the preview shows the current
    // text, then quits the application (status 0, or 1 if saving failed).
    void saveScreenshotWhenRendered(const QString &path);

    MarkdownEditor *editor() const { return m_editor; }
    MarkdownActions *markdownActions() const { return m_markdownActions; }
    PreviewView *preview() const { return m_preview; }

Q_SIGNALS:
    void previewUpdated(int generation);

private:
    void scheduleRender();
    void startRender();
    void renderFinished();
    void updateTitle();
    void openFileDialog();
    void openSiteDialog();
    void showAbout();
    void takeScreenshotOncePainted(const QString &path, int triesLeft);
    void takeScreenshot(const QString &path);

    std::unique_ptr<Ui::MainWindow> m_ui;
    MarkdownEditor *m_editor;
    MarkdownActions *m_markdownActions;
    PreviewView *m_preview;
    Site m_site;
    QTimer *m_renderTimer;
    QFutureWatcher<RenderResult> *m_renderWatcher;
    int m_generation = 0;          // of the newest text
    int m_renderingGeneration = 0; // of the render under way
    bool m_renderPending = false;  // the text changed while a render ran
    QElapsedTimer m_scrollEcho;    // since the preview scrolled the editor
};

} // namespace Postwright
