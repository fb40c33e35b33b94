#pragma once
// Turns a post (Markdown with optional front matter) into HTML with cmark-gfm
// and its GitHub extensions, plus what the UI needs: the outline, image and
// link references, word count, and warnings with line numbers. Reentrant: any
// thread may render; code highlighting keeps one KSyntaxHighlighting
// repository per thread.

#include "attributesettings.h"
#include "goldmarkextensions.h"
#include "images/imagereference.h"
#include "math/mathoutput.h"
#include "problem.h"
#include "site/imageresolver.h"
#include "site/site.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Postwright {

class HighlightCache;

struct RenderOptions
{
    bool safe = false;        // drop raw HTML even where the site's settings keep it
    bool sourceLines = false; // data-line="N" on block elements, for scroll sync
    bool toc = false;         // a table of contents before the body
    QString lightTheme;       // KSyntaxHighlighting theme names; empty: defaults
    QString darkTheme;        // "-" for one theme only (lightTheme)
    QString postPath;         // resolves relative images; names the file in warnings
    std::optional<Site> site; // resolves site-root images; detected from postPath when unset
    // How Markdown becomes HTML (extensions, raw HTML, footnotes, ...): the
    // site's settings (Site::markup) when unset.
    std::optional<MarkupSettings> markup;
    // Heading ids and attribute lists; the site's settings when unset.
    std::optional<AttributeSettings> attributes;
    // Gives the URL to write for a local image (embed, copy, preview scheme).
    // Unset: the reference stays as written.
    std::function<QString(const ResolvedImage &)> imageUrl;
    // Highlight a long post's code blocks on several threads. Off where the
    // caller already renders many posts in parallel.
    bool parallel = true;
    // Goldmark's typographer, definition lists, emoji and extras; unset: the
    // site's settings (GoldmarkExtensions::forSite).
    std::optional<GoldmarkExtensions> goldmark;
    MathOutput math = MathOutput::AsSite;
    // For MathOutput::Rendered: the formula (without delimiters) as HTML.
    std::function<RenderedMath(QByteArrayView tex, bool display)> renderMath;
    // ```mermaid blocks as <pre class="mermaid"> for Mermaid to draw, instead
    // of code.
    bool diagrams = false;
    // Code blocks highlighted by earlier renders of the same post; the
    // caller ends each render (HighlightCache::endRender). Unset: none kept.
    std::shared_ptr<HighlightCache> highlightCache;
};

struct OutlineEntry
{
    int level = 1;
    QString text;
    QString id;
    int line = 0;
};

struct Reference
{
    QString target; // as written
    int line = 0;
};

// An image reference the post writes, where it is (UTF-16 offsets into the
// post, as an editor counts) and the file it finds.
struct ImageUse
{
    FoundImageReference reference;
    ResolvedImage image;
};

// Something the preview or export could not do as written, at a line of the
// post (0: the post as a whole).
using RenderWarning = Problem;

struct RenderResult
{
    QByteArray html; // the body fragment, UTF-8
    QList<OutlineEntry> outline;
    QList<ImageUse> images; // as the lexer found them: Markdown, <img> and figure references
    QList<Reference> links;
    QList<RenderWarning> warnings;
    // Raw HTML blocks, tags and comments written as <!-- raw HTML omitted -->
    // (renderer.unsafe = false, or RenderOptions::safe).
    int omittedHtml = 0;
    int words = 0;
    int readingMinutes = 0;
    qsizetype characters = 0; // of the whole post, front matter included
};

class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::MarkdownRenderer)
public:
    RenderResult render(QByteArrayView post, const RenderOptions &options = {}) const;

    // The CSS the highlighted code needs, for the given theme choice.
    static QByteArray codeStyleSheet(const RenderOptions &options = {});
    static int readingMinutes(int words);
};

} // namespace Postwright
