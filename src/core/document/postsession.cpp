#include "postsession.h"

#include "export/htmlpage.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

namespace {

// A post read within a frame is read on the next turn of the event loop. A
// longer one is read a frame after the key, so the key's own repaint (and the
// X server drawing it) has the machine first. A key that comes while a read
// is due or an analysis runs does not put it off: it is read with the rest.
constexpr int FrameMs = 16;

int delayAfter(double lastMs)
{
    return lastMs < FrameMs ? 0 : FrameMs;
}

} // namespace

PostSession::PostSession(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PostSession::start);
    connect(&m_watcher, &QFutureWatcher<PostAnalysis>::finished, this, &PostSession::finished);
}

PostSession::~PostSession()
{
    m_watcher.waitForFinished();
}

void PostSession::setPath(const QString &path)
{
    const QString cleaned = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (cleaned == m_path && !m_path.isEmpty())
        return;
    m_path = cleaned;
    m_site = m_path.isEmpty() ? Site() : Site::detect(m_path);
    m_lintContext.reset(); // the other posts are another site's now
    Q_EMIT siteChanged();
}

ImagePlacement PostSession::imagePlacement(const QByteArray &text) const
{
    return ImagePlacement::forPost(m_site, m_path, text);
}

quint64 PostSession::textChanged()
{
    ++m_generation;
    if (!m_paused && m_active && !m_timer.isActive())
        m_timer.start(delayAfter(m_lastMs));
    return m_generation;
}

void PostSession::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_active)
        m_timer.start(0);
}

void PostSession::setActive(bool active)
{
    m_active = active;
    if (active && !m_paused && (!m_analysis || m_analysis->generation != m_generation))
        m_timer.start(0);
}

void PostSession::start()
{
    if (!m_textSource)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true; // finished() starts the next one
        return;
    }
    m_pending = false;
    m_runningGeneration = m_generation;
    RenderOptions options = m_options;
    options.site = m_site;
    options.postPath = m_path;
    options.highlightCache = m_highlightCache;
    // The copy of the text is all the GUI thread does.
    m_watcher.setFuture(QtConcurrent::run([text = m_textSource(), options, lint = m_lintContext, generation = m_generation] {
        PostAnalysis analysis = analyse(text, options, lint);
        options.highlightCache->endRender(); // one analysis at a time
        analysis.generation = generation;
        return analysis;
    }));
}

void PostSession::finished()
{
    if (m_watcher.future().resultCount() > 0) {
        PostAnalysis analysis = m_watcher.result();
        m_lastMs = analysis.milliseconds;
        m_lintContext = analysis.lintContext;
        if (analysis.generation == m_generation) {
            m_analysis = std::make_shared<const PostAnalysis>(std::move(analysis));
            Q_EMIT analysed();
        }
    }
    if ((m_pending || m_runningGeneration != m_generation) && m_active && !m_paused)
        start();
}

PostAnalysis PostSession::analyse(const QString &text, const RenderOptions &options,
                                  std::shared_ptr<const LintContext> lintContext)
{
    QElapsedTimer clock;
    clock.start();
    PostAnalysis analysis;
    analysis.text = text;
    const QByteArray utf8 = text.toUtf8();
    analysis.render = MarkdownRenderer().render(utf8, options);
    analysis.blocks = HtmlBlocks::split(analysis.render.html);
    // The front matter is parsed once: the header's title, date and tags are its values.
    analysis.frontMatter = FrontMatterDocument::parse(utf8);
    const FrontMatterData values{analysis.frontMatter.block, analysis.frontMatter.values(), std::nullopt};
    PageMeta meta = PageMeta::fromFrontMatter(values, options.postPath.isEmpty() ? tr("Untitled")
                                                                                 : QFileInfo(options.postPath).completeBaseName());
    meta.readingMinutes = analysis.render.readingMinutes;
    analysis.header = HtmlPage::header(meta);
    if (!lintContext)
        lintContext = std::make_shared<const LintContext>(LintContext::forSite(options.site.value_or(Site())).withoutPost(options.postPath));
    analysis.lintContext = lintContext;
    analysis.frontMatterFindings = FrontMatterLint::check(analysis.frontMatter, *lintContext);
    const bool saved = !options.postPath.isEmpty();
    analysis.imageProblems.reserve(analysis.render.images.size());
    for (const ImageUse &use : std::as_const(analysis.render.images))
        analysis.imageProblems.append(ImageCheck::problems(use, saved));
    analysis.milliseconds = clock.nsecsElapsed() / 1e6;
    return analysis;
}

} // namespace Postwright
