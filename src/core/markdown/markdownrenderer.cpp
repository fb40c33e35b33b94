#include "markdownrenderer.h"

#include "codehighlighter.h"
#include "definitionlists.h"
#include "extras.h"
#include "frontmatter/frontmatterreader.h"
#include "headingids.h"
#include "postlexer.h"
#include "protectedspans.h"
#include "rawhtml.h"
#include "shortcoderenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QUtf8StringView>
#include <QFuture>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace Postwright {

namespace {

void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

QString themeOrDefault(const QString &name, const QString &fallback)
{
    return name.isEmpty() ? fallback : name;
}

// One highlighter per thread and theme choice: KSyntaxHighlighting's
// repository must not be shared between threads.
CodeHighlighter &highlighterFor(const RenderOptions &options)
{
    using Key = std::pair<QString, QString>;
    thread_local std::map<Key, std::unique_ptr<CodeHighlighter>> cache;
    const Key key{themeOrDefault(options.lightTheme, CodeHighlighter::defaultLightTheme()),
                  options.darkTheme == u"-" ? QString() : themeOrDefault(options.darkTheme, CodeHighlighter::defaultDarkTheme())};
    auto &slot = cache[key];
    if (!slot)
        slot = std::make_unique<CodeHighlighter>(key.first, key.second);
    return *slot;
}

thread_local int renderDepth = 0; // nested renders of paired shortcodes

// Placeholders of blocks in cmark's output: U+E003, index, U+E004.
namespace BlockMark {
constexpr char Open[] = "\xEE\x80\x83";
constexpr char Close[] = "\xEE\x80\x84";
} // namespace BlockMark

// Placeholders of inline HTML (rendered shortcodes, math): U+E005, index, U+E006.
namespace InlineMark {
constexpr char Open[] = "\xEE\x80\x85";
constexpr char Close[] = "\xEE\x80\x86";
} // namespace InlineMark

QByteArray literalOf(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QByteArray(text) : QByteArray();
}

bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

int lineOf(cmark_node *node)
{
    for (cmark_node *n = node; n; n = cmark_node_parent(n))
        if (isBlock(n) && cmark_node_get_start_line(n) > 0)
            return cmark_node_get_start_line(n);
    return 0;
}

// The token at pos (an index into spans), or -1; end receives its end.
int tokenAt(const QByteArray &text, qsizetype pos, qsizetype *end)
{
    if (!QByteArrayView(text).sliced(pos).startsWith(SpanToken::Open))
        return -1;
    const qsizetype close = text.indexOf(SpanToken::Close, pos + SpanToken::Size);
    if (close < 0)
        return -1;
    bool ok = false;
    const int index = text.mid(pos + SpanToken::Size, close - pos - SpanToken::Size).toInt(&ok);
    if (!ok)
        return -1;
    *end = close + SpanToken::Size;
    return index;
}

// Words are runs of letters and digits (an apostrophe inside one too), read
// straight from UTF-8: ASCII by table, anything else decoded and asked.
int countWords(const QByteArray &utf8)
{
    int words = 0;
    bool inWord = false;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const auto *end = p + utf8.size();
    while (p < end) {
        char32_t c = *p++;
        if (c >= 0x80) {
            const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
            c &= 0x3F >> extra;
            for (int k = 0; k < extra && p < end; ++k)
                c = (c << 6) | (*p++ & 0x3F);
        }
        const bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')
                                     : QChar::isLetterOrNumber(c);
        const bool wordChar = letter || (inWord && (c == '\'' || c == 0x2019));
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

QByteArray validUtf8(QByteArrayView post, QList<RenderWarning> &warnings)
{
    QByteArray text = post.toByteArray();
    if (text.contains('\0'))
        text.replace(QByteArrayView("\0", 1), "\xEF\xBF\xBD");
    // U+E000 to U+E006 mark Postwright's own placeholders; a post never needs
    // them, and one that has them gets U+FFFD instead.
    if (text.contains("\xEE\x80")) {
        for (const char *mark : {"\xEE\x80\x80", "\xEE\x80\x81", "\xEE\x80\x82", "\xEE\x80\x83", "\xEE\x80\x84",
                                 "\xEE\x80\x85", "\xEE\x80\x86"})
            text.replace(mark, "\xEF\xBF\xBD");
    }
    if (QUtf8StringView(text).isValidUtf8())
        return text;
    int line = 1, firstBad = 0, badLines = 0;
    for (qsizetype pos = 0; pos <= text.size(); ++line) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        if (!QUtf8StringView(text.constData() + pos, end - pos).isValidUtf8()) {
            ++badLines;
            if (!firstBad)
                firstBad = line;
        }
        pos = end + 1;
    }
    warnings.append({firstBad, MarkdownRenderer::tr("invalid UTF-8 replaced with U+FFFD on %n line(s)", nullptr, badLines)});
    return QString::fromUtf8(text).toUtf8();
}

class RenderPass
{
public:
    RenderPass(const RenderOptions &options, RenderResult &result)
        : m_options(options)
        , m_result(result)
        , m_highlighter(highlighterFor(options))
    {
        m_cmarkOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG;
        m_cmarkOptions |= options.safe ? CMARK_OPT_SAFE : CMARK_OPT_UNSAFE;
        if (options.sourceLines)
            m_cmarkOptions |= CMARK_OPT_SOURCEPOS;
        if (options.site)
            m_site = *options.site;
        else if (!options.postPath.isEmpty())
            m_site = Site::detect(options.postPath);
        m_resolver = ImageResolver(m_site, options.postPath);
        m_goldmark = options.goldmark ? *options.goldmark : GoldmarkExtensions::forSite(m_site);
        for (const QString &name : m_site.shortcodeNames())
            m_context.siteShortcodes.insert(name.toUtf8());
        m_context.highlighter = &m_highlighter;
        m_context.safe = options.safe;
        m_context.warn = [this](int line, const QString &message) { warn(line, message); };
        m_context.imageSource = [this](const QByteArray &src, int line) { return imageSource(src, line); };
        m_context.renderMarkdown = [this](const QByteArray &markdown, int line) { return renderNested(markdown, line); };
    }

    QByteArray run(QByteArrayView post)
    {
        const QByteArray text = validUtf8(post, m_result.warnings);
        const FrontMatterBlock block = FrontMatterBlock::locate(text);
        if (const QString notice = block.noticeText(); !notice.isEmpty())
            warn(1, notice);
        QByteArray excerptSeparator;
        if (block.exists() && block.content(text).contains("excerpt_separator"))
            excerptSeparator = readFrontMatter(text).string(QStringLiteral("excerpt_separator")).toUtf8();
        LexerOptions lexerOptions;
        lexerOptions.excerptSeparator = excerptSeparator;
        // Hugo runs no Liquid and Jekyll no shortcodes; a post outside a site may hold either.
        lexerOptions.hugo = m_site.kind() != SiteKind::Jekyll;
        lexerOptions.liquid = m_site.kind() != SiteKind::Hugo;
        const LexedPost lexed = PostLexer::lex(text, lexerOptions);
        ProtectedText protectedText = protectSpans(text, lexed);
        m_spans = std::move(protectedText.spans);
        startHighlighting(std::move(protectedText.fencedBlocks));

        ensureExtensionsRegistered();
        std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(m_cmarkOptions));
        if (m_goldmark.definitionList)
            cmark_parser_attach_syntax_extension(parser.get(), DefinitionLists::extension());
        if (cmark_syntax_extension *extras = Extras::extension(m_goldmark.extras)) // before strikethrough: it may take "~"
            cmark_parser_attach_syntax_extension(parser.get(), extras);
        for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
            if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(parser.get(), ext);
        cmark_parser_feed(parser.get(), protectedText.text.constData(), size_t(protectedText.text.size()));
        std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
        m_extensions = cmark_parser_get_syntax_extensions(parser.get());
        if (m_goldmark.definitionList)
            DefinitionLists::finish(document.get(), protectedText.text, m_options.sourceLines);
        m_parsedText = protectedText.text;

        transform(document.get());

        char *html = cmark_render_html(document.get(), m_cmarkOptions, m_extensions);
        QByteArray out = spliceBlocks(html);
        cmark_get_default_mem_allocator()->free(html);
        if (m_options.sourceLines)
            out = sourceposToDataLine(out);
        // In document order, whatever pass found them.
        auto byLine = [](const Reference &a, const Reference &b) { return a.line < b.line; };
        std::stable_sort(m_result.links.begin(), m_result.links.end(), byLine);
        for (FoundImageReference &reference : ImageReference::found(text, lexed.images))
            m_result.images.append({reference, resolve(reference.src)});
        std::stable_sort(m_result.warnings.begin(), m_result.warnings.end(),
                         [](const RenderWarning &a, const RenderWarning &b) { return a.line < b.line; });
        if (m_options.toc && !m_result.outline.isEmpty())
            out.prepend(tableOfContents());
        m_result.readingMinutes = MarkdownRenderer::readingMinutes(m_result.words);
        m_earlyHtml.waitForFinished(); // results nobody used still run on the pool
        return out;
    }

private:
    struct Nodes
    {
        std::vector<cmark_node *> paragraphs, texts, headings, codeBlocks, images, links, htmls, codes;
    };

    static Nodes collect(cmark_node *root)
    {
        Nodes nodes;
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            if (ev != CMARK_EVENT_ENTER)
                continue;
            cmark_node *node = cmark_iter_get_node(it.get());
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_PARAGRAPH: nodes.paragraphs.push_back(node); break;
            case CMARK_NODE_TEXT: nodes.texts.push_back(node); break;
            case CMARK_NODE_HEADING: nodes.headings.push_back(node); break;
            case CMARK_NODE_CODE_BLOCK: nodes.codeBlocks.push_back(node); break;
            case CMARK_NODE_IMAGE: nodes.images.push_back(node); break;
            case CMARK_NODE_LINK: nodes.links.push_back(node); break;
            case CMARK_NODE_HTML_BLOCK:
            case CMARK_NODE_HTML_INLINE: nodes.htmls.push_back(node); break;
            case CMARK_NODE_CODE: nodes.codes.push_back(node); break;
            default: break;
            }
        }
        return nodes;
    }

    void transform(cmark_node *document)
    {
        Nodes nodes = collect(document);
        struct PendingHeading
        {
            cmark_node *node;
            OutlineEntry entry;
            bool explicitId;
        };
        std::vector<PendingHeading> headings;
        for (cmark_node *heading : nodes.headings) {
            PendingHeading pending{heading, {}, false};
            pending.entry.level = cmark_node_get_heading_level(heading);
            pending.entry.line = cmark_node_get_start_line(heading);
            pending.entry.text = headingText(heading, &pending.entry.id);
            pending.explicitId = !pending.entry.id.isEmpty();
            headings.push_back(pending);
        }
        // Ids in document order; explicit {#ids} are reserved first.
        for (PendingHeading &h : headings)
            if (h.explicitId)
                m_ids.takeExplicit(h.entry.id);
        for (PendingHeading &h : headings)
            if (!h.explicitId)
                h.entry.id = m_ids.take(h.entry.text);

        // Spans alone in their paragraph become blocks.
        for (cmark_node *paragraph : nodes.paragraphs) {
            const int index = soleToken(paragraph);
            if (index < 0 || !ShortcodeRenderer::rendersAsBlock(m_spans.at(index)))
                continue;
            replaceWithBlock(paragraph, renderSpan(index, true, cmark_node_get_start_line(paragraph)));
        }
        // After the ids: Hugo makes them from the text as typed.
        applyTextExtensions(document, m_parsedText, m_goldmark);
        nodes = collect(document);
        for (cmark_node *text : nodes.texts)
            expandTokens(text);
        for (cmark_node *node : nodes.codes) {
            const QByteArray code = restoreSource(literalOf(node));
            cmark_node_set_literal(node, code.constData());
            m_result.words += countWords(code);
        }
        for (cmark_node *node : nodes.htmls)
            rewriteHtml(node);
        highlightCodeBlocks(nodes.codeBlocks);
        for (cmark_node *node : nodes.images)
            resolveImage(node);
        for (cmark_node *node : nodes.links) {
            const QByteArray url = restoreUrl(QByteArray(cmark_node_get_url(node)));
            cmark_node_set_url(node, url.constData());
            m_result.links.append({QString::fromUtf8(url), lineOf(node)});
        }
        for (PendingHeading &h : headings) {
            m_result.outline.append(h.entry);
            replaceHeading(h.node, h.entry);
        }
    }

    // The heading's text as a reader sees it; a trailing {#id} is taken out
    // and returned through explicitId.
    QString headingText(cmark_node *heading, QString *explicitId)
    {
        cmark_node *last = cmark_node_last_child(heading);
        if (last && cmark_node_get_type(last) == CMARK_NODE_TEXT) {
            QByteArray literal = literalOf(last);
            const QByteArray trimmed = literal.trimmed();
            const qsizetype open = trimmed.lastIndexOf("{#");
            if (open >= 0 && trimmed.endsWith('}') && !trimmed.mid(open + 2, trimmed.size() - open - 3).contains(' ')) {
                *explicitId = QString::fromUtf8(trimmed.mid(open + 2, trimmed.size() - open - 3));
                literal = trimmed.left(open).trimmed();
                cmark_node_set_literal(last, literal.constData());
            }
        }
        QByteArray text;
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(heading));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(it.get());
            if (ev == CMARK_EVENT_ENTER && (cmark_node_get_type(node) == CMARK_NODE_TEXT || cmark_node_get_type(node) == CMARK_NODE_CODE))
                text += readableText(literalOf(node));
            else if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK)
                text += ' ';
        }
        return QString::fromUtf8(text).trimmed();
    }

    // Text with tokens as the reader sees them: math as written, tags dropped.
    QByteArray readableText(const QByteArray &text) const
    {
        QByteArray out;
        for (qsizetype i = 0; i < text.size();) {
            qsizetype end = 0;
            const int index = tokenAt(text, i, &end);
            if (index >= 0 && index < m_spans.size()) {
                const ProtectedSpan &span = m_spans.at(index);
                if (span.kind == ProtectedSpan::MathInline || span.kind == ProtectedSpan::MathDisplay)
                    out += span.source;
                i = end;
            } else if (QByteArrayView(text).sliced(i).startsWith(SpanToken::Filler)) {
                i += SpanToken::Size;
            } else {
                out += text[i++];
            }
        }
        return out;
    }

    // Text with every token put back as its source, filler lines dropped.
    QByteArray restoreSource(QByteArray text) const
    {
        if (!text.contains("\xEE\x80"))
            return text;
        text.replace(QByteArray("\n") + SpanToken::Filler, "");
        text.replace(SpanToken::Filler, "");
        QByteArray out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size();) {
            qsizetype end = 0;
            const int index = tokenAt(text, i, &end);
            if (index >= 0 && index < m_spans.size()) {
                out += m_spans.at(index).source;
                i = end;
            } else {
                out += text[i++];
            }
        }
        return out;
    }

    // A URL with its tokens put back: a shortcode or Liquid link target as the
    // address it stands for, as far as the post tells (ref "a.md" is a.md).
    QByteArray restoreUrl(QByteArray text) const
    {
        if (!text.contains("\xEE\x80"))
            return text;
        QByteArray out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size();) {
            qsizetype end = 0;
            const int index = tokenAt(text, i, &end);
            if (index >= 0 && index < m_spans.size()) {
                out += ShortcodeRenderer::targetOf(m_spans.at(index));
                i = end;
            } else {
                out += text[i++];
            }
        }
        return out;
    }

    // Raw HTML with its tokens put back: Hugo runs shortcodes and Jekyll
    // Liquid inside HTML too, so they show as they do in text; math stays TeX.
    QByteArray expandInHtml(QByteArray text, int line)
    {
        if (!text.contains("\xEE\x80"))
            return text;
        text.replace(QByteArray("\n") + SpanToken::Filler, "");
        text.replace(SpanToken::Filler, "");
        QByteArray out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size();) {
            qsizetype end = 0;
            const int index = tokenAt(text, i, &end);
            if (index < 0 || index >= m_spans.size()) {
                out += text[i++];
                continue;
            }
            const ProtectedSpan &span = m_spans.at(index);
            const bool math = span.kind == ProtectedSpan::MathInline || span.kind == ProtectedSpan::MathDisplay;
            out += math ? span.source : renderSpan(index, false, line);
            i = end;
        }
        return out;
    }

    int soleToken(cmark_node *paragraph) const
    {
        QByteArray text;
        for (cmark_node *child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
            const auto type = cmark_node_get_type(child);
            if (type == CMARK_NODE_TEXT)
                text += literalOf(child);
            else if (type != CMARK_NODE_SOFTBREAK)
                return -1;
        }
        text.replace(SpanToken::Filler, "");
        text = text.trimmed();
        qsizetype end = 0;
        const int index = tokenAt(text, 0, &end);
        return index >= 0 && index < m_spans.size() && end == text.size() ? index : -1;
    }

    QByteArray lineAttribute(int line) const
    {
        return m_options.sourceLines && line > 0 ? " data-line=\"" + QByteArray::number(line) + '"' : QByteArray();
    }

    QByteArray renderSpan(int index, bool block, int line)
    {
        m_context.lineAttribute = block ? lineAttribute(line) : QByteArray();
        return ShortcodeRenderer::render(m_spans.at(index), block, m_context);
    }

    // Blocks we render ourselves (code, headings, shortcodes) go through cmark
    // as short placeholders and are spliced into its output once: highlighted
    // code is large, and cmark would copy it twice more.
    void replaceWithBlock(cmark_node *node, QByteArray html)
    {
        QByteArray placeholder; // nothing to show (a Liquid comment): nothing at all
        if (!html.isEmpty()) {
            placeholder = BlockMark::Open + QByteArray::number(m_blocks.size()) + BlockMark::Close;
            m_blocks.append(std::move(html));
        }
        cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(block, placeholder.constData());
        cmark_node_set_on_exit(block, "");
        if (cmark_node_replace(node, block))
            cmark_node_free(node);
        else
            cmark_node_free(block);
    }

    void expandTokens(cmark_node *text)
    {
        QByteArray literal = literalOf(text);
        if (!literal.contains("\xEE\x80")) {
            m_result.words += countWords(literal);
            return;
        }
        literal.replace(SpanToken::Filler, "");
        m_result.words += countWords(readableText(literal));
        bool inImage = false;
        for (cmark_node *n = cmark_node_parent(text); n && !inImage; n = cmark_node_parent(n))
            inImage = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
        QByteArray pending;
        auto flushText = [&] {
            if (pending.isEmpty())
                return;
            cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(node, pending.constData());
            if (!cmark_node_insert_before(text, node))
                cmark_node_free(node);
            pending.clear();
        };
        for (qsizetype i = 0; i < literal.size();) {
            qsizetype end = 0;
            const int index = tokenAt(literal, i, &end);
            if (index < 0 || index >= m_spans.size()) {
                pending += literal[i++];
                continue;
            }
            i = end;
            if (inImage) { // an alt text is plain text
                pending += m_spans.at(index).source;
                continue;
            }
            // A text placeholder, not a custom node: table cells take only
            // text-like children, and the HTML goes in after rendering.
            pending += InlineMark::Open + QByteArray::number(m_inlines.size()) + InlineMark::Close;
            m_inlines.append(renderSpan(index, false, lineOf(text)));
        }
        flushText();
        cmark_node_unlink(text);
        cmark_node_free(text);
    }

    void rewriteHtml(cmark_node *node)
    {
        const int line = lineOf(node);
        QByteArray html = RawHtml::rewriteImageSources(literalOf(node), [&](const QByteArray &src) {
            return src.contains("\xEE\x80") ? src : imageSource(src, line); // a template's address is no file
        });
        html = expandInHtml(html, line);
        cmark_node_set_literal(node, html.constData());
    }

    // Resolves a local image, records it, warns when it is missing or outside
    // the site, and returns the URL to write.
    QByteArray imageSource(const QByteArray &src, int line)
    {
        const QString reference = QString::fromUtf8(src);
        const ResolvedImage image = resolve(reference);
        switch (image.status) {
        case ResolvedImage::Remote:
            return src;
        case ResolvedImage::Missing:
            warn(line, MarkdownRenderer::tr("image not found: %1").arg(reference));
            return src;
        case ResolvedImage::OutsideSite:
            warn(line, MarkdownRenderer::tr("image outside the site, not used: %1").arg(reference));
            return src;
        case ResolvedImage::Local:
            break;
        }
        return m_options.imageUrl ? m_options.imageUrl(image).toUtf8() : src;
    }

    ResolvedImage resolve(const QString &reference)
    {
        auto it = m_resolved.constFind(reference);
        if (it == m_resolved.constEnd())
            it = m_resolved.insert(reference, m_resolver.resolve(reference));
        return *it;
    }

    void resolveImage(cmark_node *node)
    {
        const QByteArray url = restoreUrl(QByteArray(cmark_node_get_url(node)));
        const QByteArray written = imageSource(url, lineOf(node));
        cmark_node_set_url(node, written.constData());
    }

    // Long posts: the fenced blocks the scanner found are highlighted on
    // worker threads while this thread parses and transforms the post.
    void startHighlighting(QList<FencedBlock> blocks)
    {
        qsizetype codeSize = 0;
        for (const FencedBlock &block : blocks)
            codeSize += block.content.size();
        if (!m_options.parallel || codeSize < ParallelFrom)
            return;
        m_early = std::move(blocks);
        for (qsizetype i = 0; i < m_early.size(); ++i)
            m_earlyByLine.insert(m_early.at(i).line, i);
        const RenderOptions &options = m_options;
        const bool lines = m_options.sourceLines;
        m_earlyHtml = QtConcurrent::mapped(m_early, [&options, lines](const FencedBlock &block) {
            const QByteArray attributes = lines ? "data-line=\"" + QByteArray::number(block.line) + '"' : QByteArray();
            return highlighterFor(options).toHtml(QString::fromUtf8(block.content),
                                                  CodeInfo::parse(QString::fromUtf8(block.info)), attributes);
        });
    }

    // The early result for a block cmark parsed, when the scanner saw the very same.
    std::optional<QByteArray> earlyResult(int line, const QByteArray &info, const QByteArray &code)
    {
        const auto it = m_earlyByLine.constFind(line);
        if (it == m_earlyByLine.constEnd())
            return std::nullopt;
        const FencedBlock &block = m_early.at(*it);
        if (block.info != info || block.content != code)
            return std::nullopt;
        return m_earlyHtml.resultAt(int(*it));
    }

    void highlightCodeBlocks(const std::vector<cmark_node *> &codeBlocks)
    {
        struct Job
        {
            cmark_node *node;
            QString code;
            CodeInfo info;
            int line;
            QByteArray attributes;
            QByteArray html;
            bool done = false; // highlighted early
            bool knownLanguage = true;
        };
        std::vector<Job> jobs;
        jobs.reserve(codeBlocks.size());
        qsizetype codeSize = 0;
        for (cmark_node *node : codeBlocks) {
            const int line = cmark_node_get_start_line(node);
            const QByteArray literal = restoreSource(literalOf(node));
            const QByteArray info(cmark_node_get_fence_info(node));
            Job job{node, QString::fromUtf8(literal), CodeInfo::parse(QString::fromUtf8(info)), line,
                    lineAttribute(line).trimmed(), {}};
            if (std::optional<QByteArray> early = earlyResult(line, info, literal)) {
                job.html = std::move(*early);
                job.done = true;
            } else {
                codeSize += job.code.size();
            }
            jobs.push_back(std::move(job));
        }
        // Blocks are independent; each thread highlights with its own repository.
        const RenderOptions &options = m_options;
        auto highlight = [&options](Job &job) {
            CodeHighlighter &highlighter = highlighterFor(options);
            job.knownLanguage = job.info.language.isEmpty() || highlighter.knowsLanguage(job.info.language);
            if (!job.done)
                job.html = highlighter.toHtml(job.code, job.info, job.attributes);
        };
        if (m_options.parallel && codeSize >= ParallelFrom && jobs.size() > 1)
            QtConcurrent::blockingMap(jobs, highlight);
        else
            std::for_each(jobs.begin(), jobs.end(), highlight);
        for (Job &job : jobs) {
            if (!job.knownLanguage)
                warn(job.line, MarkdownRenderer::tr("unknown code language '%1'; shown as plain text").arg(job.info.language));
            replaceWithBlock(job.node, job.html);
        }
    }

    void replaceHeading(cmark_node *heading, const OutlineEntry &entry)
    {
        char *rendered = cmark_render_html(heading, m_cmarkOptions & ~CMARK_OPT_SOURCEPOS, m_extensions);
        QByteArray html(rendered);
        cmark_get_default_mem_allocator()->free(rendered);
        const QByteArray tag = "<h" + QByteArray::number(entry.level);
        if (!html.startsWith(tag + '>'))
            return;
        html.insert(tag.size(), " id=\"" + RawHtml::escape(entry.id.toUtf8()) + '"' + lineAttribute(entry.line));
        replaceWithBlock(heading, html);
    }

    QByteArray renderNested(const QByteArray &markdown, int line)
    {
        if (renderDepth >= 4)
            return "<p>" + RawHtml::escape(markdown) + "</p>\n";
        ++renderDepth;
        RenderOptions nested = m_options;
        nested.sourceLines = false;
        nested.toc = false;
        nested.site = m_site;
        nested.goldmark = m_goldmark;
        RenderResult inner = MarkdownRenderer().render(markdown, nested);
        --renderDepth;
        for (const RenderWarning &w : inner.warnings)
            m_result.warnings.append({w.line + line - 1, w.message});
        m_result.words += inner.words;
        return inner.html;
    }

    void warn(int line, const QString &message)
    {
        m_result.warnings.append({line, message});
    }

    QByteArray spliceBlocks(const char *html) const
    {
        QByteArray out = splice(html, BlockMark::Open, BlockMark::Close, m_blocks, true);
        // Inline HTML last: blocks (headings) hold placeholders too.
        return m_inlines.isEmpty() ? out : splice(out, InlineMark::Open, InlineMark::Close, m_inlines, false);
    }

    static QByteArray splice(QByteArrayView rendered, const char *open, const char *close, const QList<QByteArray> &parts,
                             bool blocks)
    {
        qsizetype size = rendered.size();
        for (const QByteArray &part : parts)
            size += part.size();
        QByteArray out;
        out.reserve(size);
        qsizetype copied = 0;
        for (qsizetype at = rendered.indexOf(open); at >= 0; at = rendered.indexOf(open, copied)) {
            const qsizetype end = rendered.indexOf(close, at);
            if (end < 0)
                break;
            bool ok = false;
            const qsizetype index = rendered.sliced(at + 3, end - at - 3).toLongLong(&ok);
            out.append(rendered.sliced(copied, at - copied));
            if (ok && index >= 0 && index < parts.size()) {
                const QByteArray &part = parts.at(index);
                // cmark ends a block's line itself.
                out.append(blocks && part.endsWith('\n') ? QByteArrayView(part).chopped(1) : QByteArrayView(part));
            }
            copied = end + 3;
        }
        out.append(rendered.sliced(copied));
        return out;
    }

    static QByteArray sourceposToDataLine(const QByteArray &html)
    {
        static const QByteArray marker = " data-sourcepos=\"";
        QByteArray out;
        out.reserve(html.size());
        qsizetype copied = 0;
        for (qsizetype at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, copied)) {
            const qsizetype start = at + marker.size();
            const qsizetype colon = html.indexOf(':', start);
            const qsizetype close = html.indexOf('"', start);
            if (close < 0)
                break;
            out.append(html.constData() + copied, at - copied);
            out += " data-line=\"" + html.mid(start, (colon >= 0 && colon < close ? colon : close) - start) + '"';
            copied = close + 1;
        }
        out.append(html.constData() + copied, html.size() - copied);
        return out;
    }

    QByteArray tableOfContents() const
    {
        int minLevel = 6;
        for (const OutlineEntry &e : m_result.outline)
            minLevel = qMin(minLevel, e.level);
        QByteArray html = "<nav class=\"toc\">\n<ul>\n";
        int depth = 0;
        bool first = true;
        for (const OutlineEntry &e : m_result.outline) {
            const int level = e.level - minLevel;
            if (first) {
                first = false;
            } else if (level > depth) {
                for (; depth < level; ++depth)
                    html += "\n<ul>\n";
            } else {
                html += "</li>\n";
                for (; depth > level; --depth)
                    html += "</ul>\n</li>\n";
            }
            html += "<li><a href=\"#" + RawHtml::escape(e.id.toUtf8()) + "\">"
                    + RawHtml::escape(e.text.toUtf8()) + "</a>";
        }
        html += "</li>\n";
        for (; depth > 0; --depth)
            html += "</ul>\n</li>\n";
        return html + "</ul>\n</nav>\n";
    }

    static constexpr qsizetype ParallelFrom = 64 * 1024; // below, threads cost more than they save

    const RenderOptions &m_options;
    RenderResult &m_result;
    QList<FencedBlock> m_early;
    QHash<int, qsizetype> m_earlyByLine;
    QFuture<QByteArray> m_earlyHtml;
    CodeHighlighter &m_highlighter;
    Site m_site;
    ImageResolver m_resolver;
    QHash<QString, ResolvedImage> m_resolved; // reference as written -> file
    ShortcodeContext m_context;
    HeadingIds m_ids;
    QList<ProtectedSpan> m_spans;
    QList<QByteArray> m_blocks; // spliced in for BlockMark placeholders
    QList<QByteArray> m_inlines; // spliced in for InlineMark placeholders
    int m_cmarkOptions = 0;
    cmark_llist *m_extensions = nullptr;
    GoldmarkExtensions m_goldmark;
    QByteArrayView m_parsedText; // what cmark parsed
};

} // namespace

RenderResult MarkdownRenderer::render(QByteArrayView post, const RenderOptions &options) const
{
    RenderResult result;
    result.html = RenderPass(options, result).run(post);
    // Characters as an editor counts them: UTF-16 units (4-byte sequences are
    // two), line breaks not counted.
    for (char c : post) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\n' || byte == '\r')
            continue;
        result.characters += (byte & 0xC0) != 0x80;
        result.characters += byte >= 0xF0;
    }
    return result;
}

QByteArray MarkdownRenderer::codeStyleSheet(const RenderOptions &options)
{
    return highlighterFor(options).styleSheet();
}

int MarkdownRenderer::readingMinutes(int words)
{
    // 220 words a minute, a common figure for technical prose.
    return words <= 0 ? 0 : (words + 219) / 220;
}

} // namespace Postwright
