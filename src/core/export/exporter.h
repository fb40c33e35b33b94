#pragma once
// HTML export of one post or of a whole site: a standalone page (or the body
// fragment), with local images embedded as data: URIs or copied next to the
// page in the same layout. Nothing is ever written outside the output folder,
// and images outside the site are never read.

#include "markdown/markdownrenderer.h"
#include "problem.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Postwright {

// How an exported page shows math.
enum class ExportMath {
    KaTeX,   // rendered to HTML now (KaTeX in a QJSEngine): the page needs KaTeX's CSS and fonts, no script
    MathJax, // \(...\) and \[...\] kept, with MathJax's script tag, for blogs that use MathJax
    None,    // as the site publishes it (delimiters as typed)
};

// One Mermaid diagram drawn: its SVG, or why there is none.
struct DrawnDiagram
{
    QByteArray svg;
    QString error;
};

struct ExportOptions
{
    bool fragment = false;
    bool embedImages = false;
    bool safe = false;
    bool toc = false;
    QString theme;         // one KSyntaxHighlighting theme; empty: light and dark defaults
    QByteArray styleSheet; // the blog's own CSS instead of Postwright's
    bool parallelRender = true; // see RenderOptions::parallel
    ExportMath math = ExportMath::KaTeX;
    // KaTeX's stylesheet and fonts go here, below the asset root, unless
    // embedded; export-site shares one copy.
    QString katexFolder = QStringLiteral("katex");
    // Draws Mermaid diagrams (every <pre class="mermaid"> of the page, from
    // ```mermaid or raw HTML) as SVG, in order; unset: they stay for a
    // script to draw (--diagrams keep). The app and the web worker draw with
    // WebEngine (src/app/export/diagramrenderer.h).
    using DrawDiagrams = std::function<QList<DrawnDiagram>(const QByteArrayList &sources)>;
    DrawDiagrams drawDiagrams;
};

struct ExportedPost
{
    QByteArray html;
    QList<RenderWarning> warnings; // also when the export failed after the render
    // Set when the post could not be exported; nothing was written then. Its
    // line is the post's (broken front matter), 0 for a failed read or write.
    std::optional<Problem> problem;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::Exporter)
public:
    Exporter(const Site &site, const ExportOptions &options);

    // Renders postPath and writes it to outputPath (a file; "-" is not handled
    // here). Images are copied below assetRoot (the page's folder when empty).
    ExportedPost exportPost(const QString &postPath, const QString &outputPath, const QString &assetRoot = {});

    // Renders without writing: the page or fragment with images embedded or
    // left as written (for standard output).
    ExportedPost renderPost(const QString &postPath);

    // The same for text not (yet) saved: the editor's buffer of postPath.
    ExportedPost exportText(const QByteArray &post, const QString &postPath, const QString &outputPath,
                            const QString &assetRoot = {});
    ExportedPost renderText(const QByteArray &post, const QString &postPath);

private:
    // mathHead: what the page's <head> needs for the math it holds, given
    // whether any was rendered with KaTeX.
    ExportedPost render(const QByteArray &post, const QString &postPath,
                        const std::function<QString(const ResolvedImage &)> &imageUrl,
                        const std::function<QByteArray()> &katexHead);
    static std::optional<QByteArray> readPost(const QString &postPath, ExportedPost *result);

    Site m_site;
    ExportOptions m_options;
};

struct SiteExportSummary
{
    int exported = 0;
    int failed = 0;
    int warnings = 0;
    int skippedDrafts = 0;
};

struct SiteExportOptions
{
    ExportOptions page;
    int jobs = 0; // 0: one per core
    bool drafts = false;
};

class SiteExporter
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::SiteExporter)
public:
    // Called from worker threads, serialised: one finished post.
    using PostDone = std::function<void(const QString &postPath, const ExportedPost &result, int done, int total)>;

    static SiteExportSummary exportSite(const Site &site, const QString &outputDir, const SiteExportOptions &options,
                                        const PostDone &postDone);

    // Where a post's page goes below the output folder: posts/foo.md ->
    // posts/foo/index.html; a page bundle posts/foo/index.md -> posts/foo/index.html.
    static QString pagePathFor(const Site &site, const QString &postPath);
};

} // namespace Postwright
