#pragma once
// One open post as everything around the text sees it: its file, its site
// (detected once each time the post gets a path), where its images go, and
// the newest analysis of its text. An analysis is the post read once on a
// worker thread: the render (HTML, outline, images, counts), the front
// matter and its lint findings, each image's problems. Each is stamped with
// the generation of the text it read; text that arrives while one runs is
// read by the next, and an analysis of text that has since changed is never
// announced. The preview, the docks and the status bar observe analysed();
// none of them parses the post or detects the site itself.

#include "frontmatter/frontmatterdocument.h"
#include "frontmatter/frontmatterlint.h"
#include "images/imagecheck.h"
#include "images/imageplacement.h"
#include "markdown/highlightcache.h"
#include "markdown/htmlblocks.h"
#include "markdown/markdownrenderer.h"
#include "site/site.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Postwright {

struct PostAnalysis
{
    quint64 generation = 0;
    QString text;            // what was read
    RenderResult render;     // HTML (with source lines), outline, images, counts
    QList<HtmlBlock> blocks; // the HTML cut into the preview's blocks
    QByteArray header;       // the post's title, date and tags (HtmlPage::header)
    FrontMatterDocument frontMatter;
    QList<LintFinding> frontMatterFindings;
    std::shared_ptr<const LintContext> lintContext; // the site's other posts' terms
    QList<QList<ImageProblem>> imageProblems;       // one list per render.images entry
    double milliseconds = 0;                        // on the worker
};

class PostSession : public QObject
{
    Q_OBJECT
public:
    explicit PostSession(QObject *parent = nullptr);
    ~PostSession() override; // waits for an analysis under way

    // The post's file (empty: not saved yet). A new path means a new site.
    void setPath(const QString &path);
    QString path() const { return m_path; }
    const Site &site() const { return m_site; }
    // Where images inserted into text go (the post's slug may be in its front matter).
    ImagePlacement imagePlacement(const QByteArray &text) const;

    // Where the text comes from when an analysis starts (read on the GUI
    // thread: a copy is all it costs there), and how the render is made;
    // the site and the post's path are filled in by the session.
    void setTextSource(std::function<QString()> source) { m_textSource = std::move(source); }
    void setRenderOptions(const RenderOptions &options) { m_options = options; }

    // The text changed: analyses it soon (on the next turn of the event loop
    // for a post that renders within a frame, a frame later for a longer one;
    // right after the analysis under way, if one is). More keys meanwhile do
    // not put it off. Returns the new generation.
    quint64 textChanged();
    // Paused (a very large post), no analysis runs; resuming analyses now.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Inactive (a tab in the background), text changes are counted but not
    // read; becoming active again reads the text if it changed meanwhile.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    quint64 generation() const { return m_generation; }
    // The newest analysis announced; null before the first.
    std::shared_ptr<const PostAnalysis> analysis() const { return m_analysis; }

    // The analysis itself, as the worker runs it (for the CLI and tests).
    static PostAnalysis analyse(const QString &text, const RenderOptions &options,
                                std::shared_ptr<const LintContext> lintContext);

Q_SIGNALS:
    void siteChanged();
    // analysis() is of the newest text.
    void analysed();

private:
    void start();
    void finished();

    QString m_path;
    Site m_site;
    RenderOptions m_options;
    // The post's highlighted code blocks, kept from one analysis to the next.
    std::shared_ptr<HighlightCache> m_highlightCache = std::make_shared<HighlightCache>();
    std::function<QString()> m_textSource;
    std::shared_ptr<const LintContext> m_lintContext; // counted once per path, on the worker
    std::shared_ptr<const PostAnalysis> m_analysis;
    QTimer m_timer;
    QFutureWatcher<PostAnalysis> m_watcher;
    quint64 m_generation = 0;          // of the newest text
    quint64 m_runningGeneration = 0;   // of the analysis under way
    bool m_pending = false;            // the text changed while one ran
    bool m_paused = false;
    bool m_active = true;
    double m_lastMs = 0;               // sets the delay before the next
};

} // namespace Postwright
