#include "markdownrenderer.h"


#include "attributelines.h"
#include "bytecounting.h"
#include "cmarknodes.h"
#include "codehighlighter.h"
#include "highlightcache.h"
#include "definitionlists.h"
#include "diagrams/mermaidfiles.h"
#include "extras.h"
#include "frontmatter/frontmatterreader.h"
#include "goldmarkstyle.h"
#include "headingids.h"
#include "headingsource.h"
#include "postlexer.h"
#include "protectedspans.h"
#include "rawhtml.h"
#include "shortcoderenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QUtf8StringView>
#include <QFuture>
#include <QByteArrayMatcher>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
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

// Above this size a render's tree and lexed post are freed on the thread
// pool: for a 1 MB post that is some ten milliseconds the result need not
// wait for.
constexpr qsizetype FreeLaterBytes = 64 * 1024;

void freeLater(std::unique_ptr<cmark_node, NodeDeleter> document, std::unique_ptr<cmark_parser, ParserDeleter> parser,
               LexedPost &&lexed)
{
    auto leftovers = std::make_shared<LexedPost>(std::move(lexed));
    QThreadPool::globalInstance()->start([document = document.release(), parser = parser.release(), leftovers]() mutable {
        cmark_node_free(document);
        cmark_parser_free(parser);
        leftovers.reset();
    });
}

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

// A code block's HTML, with extraAttributes in its <pre> tag: from the
// post's cache when an earlier render highlighted the same code.
QByteArray highlightedBlock(const RenderOptions &options, QByteArrayView info, const QByteArray &code,
                            const CodeInfo &parsed, const QByteArray &extraAttributes)
{
    HighlightCache *cache = options.highlightCache.get();
    QByteArray key;
    std::optional<QByteArray> html;
    if (cache) {
        key = HighlightCache::key(options.lightTheme, options.darkTheme, info, code);
        html = cache->find(key);
    }
    if (!html) {
        html = highlighterFor(options).toHtml(QString::fromUtf8(code), parsed);
        if (cache)
            cache->insert(key, *html);
    }
    // As toHtml puts them: the first '>' ends the <pre> tag.
    if (!extraAttributes.isEmpty())
        html->insert(html->indexOf('>'), ' ' + extraAttributes);
    return *std::move(html);
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

// The inline HTML behind the placeholders, in one buffer: a post may hold a
// million labels, and one allocation each would cost more than the rest.
class InlineParts
{
public:
    // Appends the placeholder for the next part to text; the part is what
    // write() appends to the buffer it is given.
    template<typename Write>
    void add(QByteArray &text, Write write)
    {
        SpanToken::append(text, size(), InlineMark::Open, InlineMark::Close);
        write(m_html);
        m_ends.push_back(m_html.size());
    }
    QByteArrayView at(qsizetype index) const
    {
        const qsizetype start = index == 0 ? 0 : m_ends.at(index - 1);
        return QByteArrayView(m_html).sliced(start, m_ends.at(index) - start);
    }
    qsizetype size() const { return qsizetype(m_ends.size()); }
    qsizetype bytes() const { return m_html.size(); }

private:
    QByteArray m_html;
    std::vector<qsizetype> m_ends;
};

// Where the three-byte mark (U+E000 to U+E006, all "\xEE\x80..") is in
// text from `from`, or -1: a memchr for its rare first byte, which plain text
// passes at memory speed (a general substring search does not).
qsizetype findMark(QByteArrayView text, const char *mark, qsizetype from = 0)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    for (const char *p = begin + from; p + 3 <= end;) {
        p = static_cast<const char *>(std::memchr(p, mark[0], end - p));
        if (!p || p + 3 > end)
            return -1;
        if (p[1] == mark[1] && (mark[2] == 0 || p[2] == mark[2]))
            return p - begin;
        ++p;
    }
    return -1;
}

// Whether text holds any of Postwright's placeholder marks.
bool hasMark(QByteArrayView text)
{
    static const char anyMark[] = {'\xEE', '\x80', 0};
    return findMark(text, anyMark) >= 0;
}

QByteArray literalOf(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QByteArray(text) : QByteArray();
}

// The same without a copy: valid until the node's literal changes.
QByteArrayView literalView(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QByteArrayView(text, qsizetype(std::strlen(text))) : QByteArrayView();
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
// Other placeholders written by SpanToken::append with their own marks are
// read with those.
int tokenAt(QByteArrayView text, qsizetype pos, qsizetype *end, const char *open = SpanToken::Open,
            const char *close = SpanToken::Close)
{
    if (!text.sliced(pos).startsWith(QByteArrayView(open, SpanToken::Size)))
        return -1;
    qsizetype i = pos + SpanToken::Size;
    qint64 index = 0;
    const qsizetype digits = i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && i - digits < 10; ++i)
        index = index * 10 + (text[i] - '0');
    if (i == digits || !text.sliced(i).startsWith(QByteArrayView(close, SpanToken::Size)))
        return -1;
    *end = i + SpanToken::Size;
    return int(index);
}

// Words are runs of letters and digits (an apostrophe inside one too), read
// straight from UTF-8: ASCII by table, anything else decoded and asked.
int countWords(QByteArrayView utf8)
{
    int words = 0;
    bool inWord = false;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const auto *end = p + utf8.size();
    static constexpr auto asciiLetter = [] {
        std::array<bool, 128> letter{};
        for (int c = 0; c < 128; ++c)
            letter[c] = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
        return letter;
    }();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80 && c != '\'') { // the common case, by table
            if (asciiLetter[c] && !inWord)
                ++words;
            inWord = asciiLetter[c];
            continue;
        }
        if (c >= 0x80) {
            const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
            c &= 0x3F >> extra;
            for (int k = 0; k < extra && p < end; ++k)
                c = (c << 6) | (*p++ & 0x3F);
        }
        const bool letter = c >= 0x80 && QChar::isLetterOrNumber(c); // ASCII (but ') went by the table
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
    // U+E000 to U+E009 mark Postwright's own placeholders; a post never needs
    // them, and one that has them gets U+FFFD instead.
    if (hasMark(text)) {
        for (const char *mark : {"\xEE\x80\x80", "\xEE\x80\x81", "\xEE\x80\x82", "\xEE\x80\x83", "\xEE\x80\x84",
                                 "\xEE\x80\x85", "\xEE\x80\x86", "\xEE\x80\x87", "\xEE\x80\x88", GoldmarkStyle::Glue})
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
    warnings.append({MarkdownRenderer::tr("invalid UTF-8 replaced with U+FFFD on %n line(s)", nullptr, badLines), firstBad});
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
        if (options.site)
            m_site = *options.site;
        else if (!options.postPath.isEmpty())
            m_site = Site::detect(options.postPath);
        m_markup = options.markup ? *options.markup : m_site.markup();
        m_omitHtml = options.safe || !m_markup.renderer.unsafe;
        // Without CMARK_OPT_UNSAFE cmark writes raw HTML as Goldmark's
        // <!-- raw HTML omitted --> and drops javascript: and similar URLs,
        // as Goldmark does.
        m_cmarkOptions = CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
        if (!m_omitHtml)
            m_cmarkOptions |= CMARK_OPT_UNSAFE;
        if (m_markup.extensions.footnote)
            m_cmarkOptions |= CMARK_OPT_FOOTNOTES;
        if (m_markup.renderer.hardWraps)
            m_cmarkOptions |= CMARK_OPT_HARDBREAKS;
        if (options.sourceLines)
            m_cmarkOptions |= CMARK_OPT_SOURCEPOS;
        m_resolver = ImageResolver(m_site, options.postPath);
        m_settings = options.attributes ? *options.attributes : AttributeSettings::forSite(m_site);
        m_ids = HeadingIds(m_settings.headingIdType);
        m_goldmark = options.goldmark ? *options.goldmark : GoldmarkExtensions::forSite(m_site);
        for (const QString &name : m_site.shortcodeNames())
            m_context.siteShortcodes.insert(name.toUtf8());
        m_context.highlighter = &m_highlighter;
        m_context.safe = options.safe;
        m_context.passthrough = m_site.kind() == SiteKind::Hugo && m_markup.extensions.passthrough.enabled;
        m_context.math = options.math;
        m_context.renderMath = options.renderMath;
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
        lexerOptions.summaryDivider = lexerOptions.hugo;
        lexerOptions.math = mathDelimiters();
        LexedPost lexed = PostLexer::lex(text, lexerOptions);
        ProtectedText protectedText = protectSpans(text, lexed);
        m_spans = std::move(protectedText.spans);
        startHighlighting(std::move(protectedText.fencedBlocks));
        m_attributeLines = AttributeLines::mark(protectedText.text, lexed, m_settings);
        m_body = protectedText.text;

        ensureExtensionsRegistered();
        std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(m_cmarkOptions));
        if (m_goldmark.definitionList)
            cmark_parser_attach_syntax_extension(parser.get(), DefinitionLists::extension());
        if (cmark_syntax_extension *extras = Extras::extension(m_goldmark.extras)) // before strikethrough: it may take "~"
            cmark_parser_attach_syntax_extension(parser.get(), extras);
        const MarkupSettings::Extensions &extensions = m_markup.extensions;
        for (const auto &[name, enabled] : {std::pair{"table", extensions.table}, {"strikethrough", extensions.strikethrough},
                                            {"autolink", extensions.linkify}, {"tasklist", extensions.taskList}})
            if (cmark_syntax_extension *ext = enabled ? cmark_find_syntax_extension(name) : nullptr)
                cmark_parser_attach_syntax_extension(parser.get(), ext);
        cmark_parser_feed(parser.get(), protectedText.text.constData(), size_t(protectedText.text.size()));
        std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
        m_extensions = cmark_parser_get_syntax_extensions(parser.get());
        if (m_goldmark.definitionList)
            DefinitionLists::finish(document.get(), protectedText.text, m_options.sourceLines);
        m_parsedText = protectedText.text;

        transform(document.get());

        char *html = cmark_render_html(document.get(), m_cmarkOptions, m_extensions);
        QByteArray out = GoldmarkStyle::removeGlue(AttributeLines::inject(spliceBlocks(html), m_blockAttributes));
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
        if (text.size() > FreeLaterBytes)
            freeLater(std::move(document), std::move(parser), std::move(lexed));
        return out;
    }

private:
    struct Nodes
    {
        std::vector<cmark_node *> paragraphs, texts, headings, codeBlocks, images, links, htmls, codes, quotes, tables;
        bool footnotes = false; // a footnote or a reference to one (only the parser makes them)
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
            case CMARK_NODE_BLOCK_QUOTE: nodes.quotes.push_back(node); break;
            case CMARK_NODE_FOOTNOTE_DEFINITION:
            case CMARK_NODE_FOOTNOTE_REFERENCE: nodes.footnotes = true; break;
            default:
                if (qstrcmp(cmark_node_get_type_string(node), "table") == 0)
                    nodes.tables.push_back(node);
                break;
            }
        }
        return nodes;
    }

    void transform(cmark_node *document)
    {
        applyAttributeLines(document);
        Nodes nodes = collect(document);
        struct PendingHeading
        {
            cmark_node *node;
            OutlineEntry entry;
            AttributeList attributes;
        };
        std::vector<PendingHeading> headings;
        // Ids in document order, as Goldmark makes them while it parses.
        for (cmark_node *heading : nodes.headings) {
            PendingHeading pending{heading, {}, {}};
            pending.entry.level = cmark_node_get_heading_level(heading);
            pending.entry.line = cmark_node_get_start_line(heading);
            const HeadingSource source = readHeading(heading);
            pending.attributes = source.attributes;
            if (source.attributes.contains("id"))
                m_ids.put(QString::fromUtf8(source.attributes.value("id")));
            else if (m_settings.autoHeadingIds)
                pending.attributes.set({"id", m_ids.take(restoreSource(source.idText)).toUtf8(), ListAttribute::String});
            pending.attributes.addMissing(m_headingLineAttributes.value(heading));
            pending.entry.id = QString::fromUtf8(pending.attributes.value("id"));
            pending.entry.text = headingText(heading);
            headings.push_back(pending);
        }

        // Callouts where the published page has them: Postwright's own page
        // (no site), or a Hugo site with a blockquote render hook.
        const bool callouts = m_site.kind() == SiteKind::None || (m_site.kind() == SiteKind::Hugo && m_site.hasBlockquoteHook());
        for (cmark_node *quote : nodes.quotes)
            renderAlert(quote, callouts);
        // Spans alone in their paragraph become blocks.
        for (cmark_node *paragraph : nodes.paragraphs) {
            const QList<std::pair<int, int>> tokens = soleTokens(paragraph);
            if (tokens.isEmpty())
                continue;
            QByteArray html;
            for (const auto &[index, line] : tokens)
                html += renderSpan(index, true, line);
            replaceWithBlock(paragraph, html);
        }
        if (m_context.passthrough)
            for (cmark_node *paragraph : collect(document).paragraphs)
                splitAtDisplayMath(paragraph);
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
        for (cmark_node *node : nodes.htmls) {
            if (m_omitHtml)
                ++m_result.omittedHtml; // cmark writes the comment; what it held goes unread
            else
                rewriteHtml(node);
        }
        highlightCodeBlocks(nodes.codeBlocks);
        for (cmark_node *node : nodes.images)
            resolveImage(node);
        for (cmark_node *node : nodes.links) {
            const QByteArray url = restoreUrl(QByteArray(cmark_node_get_url(node)));
            cmark_node_set_url(node, url.constData());
            restoreTitle(node);
            if (m_markup.extensions.linkify)
                GoldmarkStyle::setLinkifyProtocol(node, m_markup.extensions.linkifyProtocol.toUtf8());
            m_result.links.append({QString::fromUtf8(cmark_node_get_url(node)), lineOf(node)});
        }
        for (PendingHeading &h : headings) {
            m_result.outline.append(h.entry);
            replaceHeading(h.node, h.entry, h.attributes);
        }
        applyGoldmarkStyle(document, nodes);
    }

    // What Goldmark writes differently from cmark-gfm, for the site's settings.
    void applyGoldmarkStyle(cmark_node *document, const Nodes &nodes)
    {
        // A tree without footnotes is not walked for them.
        if (m_markup.extensions.footnote && nodes.footnotes)
            GoldmarkStyle::rewriteFootnotes(document, m_markup.renderer.xhtml, [this](QByteArray html) {
                QByteArray placeholder;
                m_inlines.add(placeholder, [&html](QByteArray &out) { out += html; });
                return placeholder;
            });
        if (!m_markup.parser.wrapStandAloneImageWithinParagraph)
            for (cmark_node *paragraph : nodes.paragraphs)
                GoldmarkStyle::unwrapStandaloneImage(paragraph);
        for (cmark_node *table : nodes.tables) {
            char *rendered = cmark_render_html(table, m_cmarkOptions, m_extensions);
            QByteArray html = GoldmarkStyle::tableAlignment(rendered);
            cmark_get_default_mem_allocator()->free(rendered);
            replaceWithBlock(table, std::move(html));
        }
    }

    QByteArrayView bodyLine(int line)
    {
        if (m_lineStarts.empty()) {
            m_lineStarts.push_back(0);
            for (qsizetype at = m_body.indexOf('\n'); at >= 0; at = m_body.indexOf('\n', at + 1))
                m_lineStarts.push_back(at + 1);
        }
        if (line < 1 || size_t(line) > m_lineStarts.size())
            return {};
        const qsizetype start = m_lineStarts[line - 1];
        const qsizetype end = size_t(line) < m_lineStarts.size() ? m_lineStarts[line] - 1 : m_body.size();
        return QByteArrayView(m_body).sliced(start, end - start);
    }

    static QByteArrayView withoutQuoteMarkers(QByteArrayView line)
    {
        while (line.trimmed().startsWith('>'))
            line = line.sliced(line.indexOf('>') + 1);
        return line.trimmed();
    }

    static bool isSetextUnderline(QByteArrayView line)
    {
        line = withoutQuoteMarkers(line);
        return !line.isEmpty() && (line[0] == '=' || line[0] == '-')
               && std::all_of(line.begin(), line.end(), [&](char c) { return c == line[0]; });
    }

    // Reads the heading's attribute list and id text from its source line (an
    // ATX heading's line, a setext heading's last text line), and takes from
    // its text what the reader does not show (the list, closing #s before it).
    HeadingSource readHeading(cmark_node *heading)
    {
        const int first = cmark_node_get_start_line(heading);
        const QByteArrayView firstLine = bodyLine(first).sliced(
            std::min<qsizetype>(std::max(0, cmark_node_get_start_column(heading) - 1), bodyLine(first).size()));
        // An ATX heading: one to six #s, then a space or the line's end.
        const QByteArrayView lead = firstLine.trimmed();
        qsizetype hashes = 0;
        while (hashes < lead.size() && lead[hashes] == '#')
            ++hashes;
        const bool atx = hashes >= 1 && hashes <= 6 && (hashes == lead.size() || lead[hashes] == ' ' || lead[hashes] == '\t');
        // cmark's end line of a setext heading is not its underline's: find that.
        int last = first;
        if (!atx) {
            const int end = cmark_node_get_end_line(heading);
            while (last < end && !isSetextUnderline(bodyLine(last + 1)))
                ++last;
            if (last == end)
                last = first;
        }
        const QByteArrayView line = atx || last == first ? firstLine : withoutQuoteMarkers(bodyLine(last));
        HeadingSource source = HeadingSource::read(line, atx, m_settings);
        if (source.droppedTail.isEmpty())
            return source;
        // The text nodes at the heading's end, the last first.
        std::vector<cmark_node *> tail;
        QByteArray text;
        for (cmark_node *n = cmark_node_last_child(heading); n && cmark_node_get_type(n) == CMARK_NODE_TEXT;
             n = cmark_node_previous(n)) {
            tail.push_back(n);
            text.prepend(literalOf(n));
        }
        while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
            text.chop(1);
        if (!text.endsWith(source.droppedTail))
            return source; // the list as cmark read it differs (escapes, emphasis): shown as read
        qsizetype keep = text.size() - source.droppedTail.size();
        while (keep > 0 && (text[keep - 1] == ' ' || text[keep - 1] == '\t'))
            --keep;
        for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
            const QByteArray literal = literalOf(*it);
            if (keep >= literal.size()) {
                keep -= literal.size();
            } else if (keep > 0) {
                cmark_node_set_literal(*it, literal.left(keep).constData());
                keep = 0;
            } else {
                cmark_node_unlink(*it);
                cmark_node_free(*it);
            }
        }
        return source;
    }

    // Attribute lines (see AttributeLines): each marker gives its attributes
    // to the block before it (kramdown: or after it) and goes.
    void applyAttributeLines(cmark_node *document)
    {
        if (m_attributeLines.isEmpty())
            return;
        std::vector<cmark_node *> markers, misread;
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(document));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(it.get());
            if (ev != CMARK_EVENT_ENTER || !literalView(node).contains("\xEE\x80\x87"))
                continue;
            if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK && AttributeLines::markerIndex(literalOf(node)) >= 0)
                markers.push_back(node);
            else
                misread.push_back(node);
        }
        for (cmark_node *node : misread) // inside raw HTML or text after all: as written
            cmark_node_set_literal(node, AttributeLines::restore(literalOf(node), m_attributeLines).constData());
        struct Target
        {
            cmark_node *node;
            AttributeList::Element element;
            AttributeList attributes;
        };
        std::vector<Target> targets;
        for (cmark_node *marker : markers) {
            const AttributeLine &line = m_attributeLines.at(AttributeLines::markerIndex(literalOf(marker)));
            cmark_node *target = nullptr;
            if (!line.hidden) {
                cmark_node *previous = cmark_node_previous(marker);
                cmark_node *next = cmark_node_next(marker);
                if (previous && !line.blankBefore)
                    target = previous;
                else if (m_settings.kramdown && next && !line.blankAfter && AttributeLines::markerIndex(literalOf(next)) < 0)
                    target = next;
            }
            cmark_node_unlink(marker);
            cmark_node_free(marker);
            if (!target)
                continue;
            if (cmark_node_get_type(target) == CMARK_NODE_HEADING) {
                m_headingLineAttributes[target].addMissing(line.attributes);
                continue;
            }
            const std::optional<AttributeList::Element> element = attributeElement(target);
            if (!element)
                continue; // code, raw HTML: Hugo writes no attributes there
            auto existing = std::find_if(targets.begin(), targets.end(), [target](const Target &t) { return t.node == target; });
            if (existing == targets.end())
                targets.push_back({target, *element, line.attributes});
            else
                existing->attributes.addMissing(line.attributes);
        }
        const auto syntax = m_settings.kramdown ? AttributeList::Syntax::Kramdown : AttributeList::Syntax::Goldmark;
        for (const Target &target : targets) {
            cmark_node *tag = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
            cmark_node_set_on_enter(tag, AttributeLines::tag(int(m_blockAttributes.size())).constData());
            cmark_node_set_on_exit(tag, "");
            if (!cmark_node_insert_before(target.node, tag)) {
                cmark_node_free(tag);
                continue;
            }
            m_blockAttributes.append(target.attributes.html(target.element, syntax));
        }
    }

    static std::optional<AttributeList::Element> attributeElement(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH: {
            // A tight list item writes no <p> to put them on (Hugo loses them too).
            cmark_node *item = cmark_node_parent(node);
            cmark_node *list = item ? cmark_node_parent(item) : nullptr;
            if (cmark_node_get_type(item) == CMARK_NODE_ITEM && list && cmark_node_get_list_tight(list))
                return std::nullopt;
            return AttributeList::Element::Paragraph;
        }
        case CMARK_NODE_BLOCK_QUOTE: return AttributeList::Element::Blockquote;
        case CMARK_NODE_LIST: return AttributeList::Element::List;
        case CMARK_NODE_THEMATIC_BREAK: return AttributeList::Element::ThematicBreak;
        default:
            if (qstrcmp(cmark_node_get_type_string(node), "table") == 0)
                return AttributeList::Element::Table;
            return std::nullopt;
        }
    }

    // The heading's text as a reader sees it.
    QString headingText(cmark_node *heading)
    {
        QByteArray text;
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(heading));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(it.get());
            if (ev == CMARK_EVENT_ENTER && (cmark_node_get_type(node) == CMARK_NODE_TEXT || cmark_node_get_type(node) == CMARK_NODE_CODE))
                text += readableText(literalOf(node));
            else if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK)
                text += ' ';
        }
        return QString::fromUtf8(text).simplified(); // a dropped tag leaves no double space
    }

    // Text with tokens as the reader sees them: math as written, tags dropped.
    QByteArray readableText(QByteArrayView text) const
    {
        return readableText(text, [](const ProtectedSpan &) {});
    }

    // The same, each span passed to onSpan on the way.
    template<typename OnSpan>
    QByteArray readableText(QByteArrayView text, OnSpan onSpan) const
    {
        QByteArray out;
        out.reserve(text.size());
        forEachToken(text, [&](QByteArrayView plain) { out += plain; },
                     [&](int index) {
                         const ProtectedSpan &span = m_spans.at(index);
                         onSpan(span);
                         if (span.kind == ProtectedSpan::MathInline || span.kind == ProtectedSpan::MathDisplay)
                             out += span.source;
                     });
        return out;
    }

    // Walks text: plain runs to onText, spans' indexes to onToken; filler
    // marks are dropped. Runs are found with memchr, not byte by byte.
    template<typename OnText, typename OnToken>
    void forEachToken(QByteArrayView text, OnText onText, OnToken onToken) const
    {
        static const char anyMark[] = {'\xEE', '\x80', 0};
        qsizetype copied = 0;
        for (qsizetype at = findMark(text, anyMark); at >= 0; at = findMark(text, anyMark, copied)) {
            qsizetype end = 0;
            const int index = tokenAt(text, at, &end);
            const bool filler = text.sliced(at).startsWith(SpanToken::Filler);
            if (!filler && (index < 0 || index >= m_spans.size())) {
                onText(text.sliced(copied, at + 1 - copied)); // not ours: keep the byte
                copied = at + 1;
                continue;
            }
            onText(text.sliced(copied, at - copied));
            if (filler) {
                copied = at + SpanToken::Size;
                continue;
            }
            onToken(index);
            copied = end;
        }
        onText(text.sliced(copied));
    }

    // Text with every token put back as its source, filler lines dropped.
    QByteArray restoreSource(QByteArray text) const
    {
        if (!hasMark(text))
            return text;
        text.replace(QByteArray("\n") + SpanToken::Filler, "");
        QByteArray out;
        out.reserve(text.size());
        forEachToken(text, [&](QByteArrayView plain) { out += plain; }, [&](int index) { out += m_spans.at(index).source; });
        return out;
    }

    // The math the site's publisher reads: a Hugo site's passthrough
    // delimiters (none without passthrough: Hugo reads math as Markdown
    // then), kramdown's $$ on a Jekyll site, all four common pairs in a post
    // outside any site.
    MathDelimiters mathDelimiters() const
    {
        if (m_site.kind() == SiteKind::None)
            return {};
        MathDelimiters math = MathDelimiters::none();
        if (m_site.kind() == SiteKind::Jekyll) {
            math.doubleDollar = true;
            return math;
        }
        const MarkupSettings::Passthrough &passthrough = m_markup.extensions.passthrough;
        if (!passthrough.enabled)
            return math;
        for (const auto &[open, close] : passthrough.inlineDelimiters) {
            if (open == u"$" && close == u"$")
                math.dollar = true;
            else if (open == u"\\(" && close == u"\\)")
                math.paren = true;
            else if (!open.isEmpty() && !close.isEmpty())
                math.otherInline.append({open.toUtf8(), close.toUtf8()});
        }
        for (const auto &[open, close] : passthrough.blockDelimiters) {
            if (open == u"$$" && close == u"$$")
                math.doubleDollar = true;
            else if (open == u"\\[" && close == u"\\]")
                math.bracket = true;
            else if (!open.isEmpty() && !close.isEmpty())
                math.otherDisplay.append({open.toUtf8(), close.toUtf8()});
        }
        return math;
    }

    // A GitHub alert: a quote whose first line is [!NOTE], [!TIP], [!IMPORTANT],
    // [!WARNING] or [!CAUTION] becomes a callout with GitHub's markup, which
    // themes style. Where the site would publish a plain quote, it stays one,
    // with a warning.
    void renderAlert(cmark_node *quote, bool callout)
    {
        cmark_node *paragraph = cmark_node_first_child(quote);
        if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
            return;
        QByteArray marker;
        std::vector<cmark_node *> markerNodes;
        cmark_node *child = cmark_node_first_child(paragraph);
        for (; child && cmark_node_get_type(child) == CMARK_NODE_TEXT; child = cmark_node_next(child)) {
            marker += literalOf(child);
            markerNodes.push_back(child);
        }
        if (child && cmark_node_get_type(child) != CMARK_NODE_SOFTBREAK && cmark_node_get_type(child) != CMARK_NODE_LINEBREAK)
            return;
        static const QList<std::pair<QByteArray, QByteArray>> kinds = {
            {"NOTE", "Note"}, {"TIP", "Tip"}, {"IMPORTANT", "Important"}, {"WARNING", "Warning"}, {"CAUTION", "Caution"}};
        marker = marker.trimmed().toUpper();
        const auto kind = std::find_if(kinds.cbegin(), kinds.cend(),
                                       [&marker](const auto &k) { return marker == "[!" + k.first + ']'; });
        if (kind == kinds.cend())
            return;
        if (!callout) {
            if (!std::exchange(m_warnedAlerts, true))
                warn(cmark_node_get_start_line(quote),
                     MarkdownRenderer::tr("GitHub alert %1 shows as a plain quote: the site has no blockquote render hook")
                         .arg(QString::fromUtf8(marker)));
            return;
        }
        for (cmark_node *node : markerNodes) {
            cmark_node_unlink(node);
            cmark_node_free(node);
        }
        if (child) {
            cmark_node_unlink(child);
            cmark_node_free(child);
        }
        if (!cmark_node_first_child(paragraph)) {
            cmark_node_unlink(paragraph);
            cmark_node_free(paragraph);
        }
        const QByteArray name = kind->first.toLower();
        const QByteArray open = "<div class=\"markdown-alert markdown-alert-" + name + '"'
                                + lineAttribute(cmark_node_get_start_line(quote)) + ">\n<p class=\"markdown-alert-title\">"
                                + kind->second + "</p>\n";
        cmark_node *alert = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(alert, open.constData());
        cmark_node_set_on_exit(alert, "</div>");
        while (cmark_node *inner = cmark_node_first_child(quote)) {
            cmark_node_unlink(inner);
            cmark_node_append_child(alert, inner);
        }
        if (cmark_node_replace(quote, alert))
            cmark_node_free(quote);
        else
            cmark_node_free(alert);
    }

    // A URL with its tokens put back: a shortcode or Liquid link target as the
    // address it stands for, as far as the post tells (ref "a.md" is a.md).
    QByteArray restoreUrl(QByteArray text) const
    {
        if (!hasMark(text))
            return text;
        QByteArray out;
        out.reserve(text.size());
        forEachToken(text, [&](QByteArrayView plain) { out += plain; },
                     [&](int index) { out += ShortcodeRenderer::targetOf(m_spans.at(index)); });
        return out;
    }

    // Raw HTML with its tokens put back: Hugo runs shortcodes and Jekyll
    // Liquid inside HTML too, so they show as they do in text; math stays TeX.
    // Inside a tag, where a label's HTML would break the markup, a template
    // stands for the address it names (as in a URL) or stays as written.
    QByteArray expandInHtml(QByteArray text, int line)
    {
        if (!hasMark(text))
            return text;
        text.replace(QByteArray("\n") + SpanToken::Filler, "");
        QByteArray out;
        out.reserve(text.size());
        bool inTag = false;
        forEachToken(text,
                     [&](QByteArrayView plain) {
                         out += plain;
                         const qsizetype open = plain.lastIndexOf('<');
                         const qsizetype close = plain.lastIndexOf('>');
                         if (open >= 0 || close >= 0)
                             inTag = open > close;
                     },
                     [&](int index) {
                         const ProtectedSpan &span = m_spans.at(index);
                         if (inTag) {
                             const QByteArray target = ShortcodeRenderer::targetOf(span);
                             out += target.isEmpty() ? span.source : QByteArrayView(target);
                             return;
                         }
                         const bool math = span.kind == ProtectedSpan::MathInline || span.kind == ProtectedSpan::MathDisplay;
                         out += math ? QByteArray(span.source) : renderSpan(index, false, line);
                     });
        return out;
    }

    // The spans of a paragraph that holds nothing else, one or more on their
    // own lines ("{{< /tab >}}" then "{{< tab >}}"), each with its line, when
    // they all render as blocks; empty when anything else is there.
    QList<std::pair<int, int>> soleTokens(cmark_node *paragraph) const
    {
        QList<std::pair<int, int>> tokens;
        int line = cmark_node_get_start_line(paragraph);
        for (cmark_node *child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
            const auto type = cmark_node_get_type(child);
            if (type == CMARK_NODE_SOFTBREAK) {
                ++line;
                continue;
            }
            if (type != CMARK_NODE_TEXT)
                return {};
            const QByteArray text = literalOf(child);
            for (qsizetype i = 0; i < text.size();) {
                qsizetype end = 0;
                const int index = tokenAt(text, i, &end);
                if (index >= 0 && index < m_spans.size()) {
                    const ProtectedSpan &span = m_spans.at(index);
                    if (!ShortcodeRenderer::rendersAsBlock(span))
                        return {};
                    tokens.append({index, line});
                    line += int(std::count(span.source.begin(), span.source.end(), '\n'));
                    i = end;
                } else if (QByteArrayView(text).sliced(i).startsWith(SpanToken::Filler)) {
                    i += SpanToken::Size;
                } else if (text[i] == ' ' || text[i] == '\t') {
                    ++i;
                } else {
                    return {};
                }
            }
        }
        return tokens;
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

    // Goldmark's passthrough reads display math inside a paragraph as a block:
    // the paragraph ends before it ("before " keeps its space), the math
    // follows bare, and a new paragraph holds the rest.
    void splitAtDisplayMath(cmark_node *paragraph)
    {
        CmarkNodes::ownLiterals(paragraph); // text moves to the new paragraphs
        for (cmark_node *child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
            if (cmark_node_get_type(child) != CMARK_NODE_TEXT)
                continue;
            const QByteArray literal = literalOf(child);
            for (qsizetype at = findMark(literal, SpanToken::Open); at >= 0; at = findMark(literal, SpanToken::Open, at + 1)) {
                qsizetype end = 0;
                const int index = tokenAt(literal, at, &end);
                if (index < 0 || index >= m_spans.size() || m_spans.at(index).kind != ProtectedSpan::MathDisplay)
                    continue;
                cmark_node *rest = cmark_node_new(CMARK_NODE_PARAGRAPH);
                if (end < literal.size()) {
                    cmark_node *after = cmark_node_new(CMARK_NODE_TEXT);
                    cmark_node_set_literal(after, literal.mid(end).constData());
                    cmark_node_append_child(rest, after);
                }
                while (cmark_node *next = cmark_node_next(child)) {
                    cmark_node_unlink(next);
                    cmark_node_append_child(rest, next);
                }
                if (at > 0) {
                    cmark_node_set_literal(child, literal.first(at).constData());
                } else {
                    cmark_node_unlink(child);
                    cmark_node_free(child);
                }
                cmark_node *math = cmark_node_new(CMARK_NODE_PARAGRAPH);
                cmark_node_insert_after(paragraph, math);
                cmark_node *mathBlock = replaceWithBlock(math, renderSpan(index, true, 0));
                if (!cmark_node_first_child(paragraph)) {
                    cmark_node_unlink(paragraph);
                    cmark_node_free(paragraph);
                }
                if (!cmark_node_first_child(rest) || !mathBlock || !cmark_node_insert_after(mathBlock, rest)) {
                    cmark_node_free(rest);
                    return;
                }
                splitAtDisplayMath(rest);
                return;
            }
        }
    }

    // Blocks we render ourselves (code, headings, shortcodes) go through cmark
    // as short placeholders and are spliced into its output once: highlighted
    // code is large, and cmark would copy it twice more.
    // Returns the block that took node's place, or null when it could not.
    cmark_node *replaceWithBlock(cmark_node *node, QByteArray html)
    {
        QByteArray placeholder; // nothing to show (a Liquid comment): nothing at all
        if (!html.isEmpty()) {
            SpanToken::append(placeholder, m_blocks.size(), BlockMark::Open, BlockMark::Close);
            m_blocks.append(std::move(html));
        }
        cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(block, placeholder.constData());
        cmark_node_set_on_exit(block, "");
        if (cmark_node_replace(node, block)) {
            cmark_node_free(node);
            return block;
        }
        cmark_node_free(block);
        return nullptr;
    }

    void expandTokens(cmark_node *text)
    {
        const QByteArrayView literal = literalView(text); // read before the literal is replaced
        if (!hasMark(literal)) {
            m_result.words += countWords(literal);
            return;
        }
        bool inImage = false;
        for (cmark_node *n = cmark_node_parent(text); n && !inImage; n = cmark_node_parent(n))
            inImage = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
        // Labels keep their tokens: the page writes them when it is put
        // together (appendSpliced), so a text of labels alone stays as it is.
        bool rewrite = inImage;
        m_result.words += countWords(readableText(literal, [&](const ProtectedSpan &span) {
            if (ShortcodeRenderer::isPlainLabel(span))
                m_labelBytes += 64 + 2 * span.source.size();
            else
                rewrite = true;
        }));
        if (!rewrite)
            return;
        QByteArray replaced;
        replaced.reserve(literal.size());
        forEachToken(literal, [&](QByteArrayView plain) { replaced += plain; },
                     [&](int index) {
                         const ProtectedSpan &span = m_spans.at(index);
                         if (inImage) { // an alt text is plain text
                             replaced += span.source;
                         } else if (ShortcodeRenderer::isPlainLabel(span)) {
                             SpanToken::append(replaced, index);
                         } else {
                             // A text placeholder, not a custom node: table cells take only
                             // text-like children, and the HTML goes in after rendering.
                             m_inlines.add(replaced, [&](QByteArray &out) {
                                 m_context.lineAttribute.clear();
                                 ShortcodeRenderer::appendTo(out, span, false, m_context);
                             });
                         }
                     });
        cmark_node_set_literal(text, replaced.constData());
    }

    void rewriteHtml(cmark_node *node)
    {
        const int line = lineOf(node);
        QByteArray html = RawHtml::rewriteImageSources(literalOf(node), [&](const QByteArray &src) {
            return hasMark(src) ? src : imageSource(src, line); // a template's address is no file
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
        restoreTitle(node);
    }

    // A link's or image's title is an attribute: its templates as written.
    void restoreTitle(cmark_node *node) const
    {
        const char *title = cmark_node_get_title(node);
        if (title && hasMark(title))
            cmark_node_set_title(node, restoreSource(title).constData());
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
            return highlightedBlock(options, block.info, block.content, CodeInfo::parse(QString::fromUtf8(block.info)), attributes);
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

    static bool mermaidInstalled()
    {
        static const bool installed = !MermaidFiles::script().isEmpty();
        return installed;
    }

    void highlightCodeBlocks(const std::vector<cmark_node *> &codeBlocks)
    {
        struct Job
        {
            cmark_node *node;
            QByteArray literal;
            QByteArray rawInfo;
            CodeInfo info;
            int line;
            QByteArray attributes;
            QByteArray html;
            bool done = false; // highlighted early
            bool knownLanguage = true;
            bool diagram = false; // a Mermaid diagram, not code
        };
        std::vector<Job> jobs;
        jobs.reserve(codeBlocks.size());
        qsizetype codeSize = 0;
        for (cmark_node *node : codeBlocks) {
            const int line = cmark_node_get_start_line(node);
            const QByteArray literal = restoreSource(literalOf(node));
            const QByteArray info(cmark_node_get_fence_info(node));
            Job job{node, literal, info, CodeInfo::parse(QString::fromUtf8(info)), line, lineAttribute(line).trimmed(), {}};
            job.diagram = job.info.language == u"mermaid"; // a language no highlighter needs to know
            if (m_options.diagrams && job.diagram && !mermaidInstalled()) {
                // Stays code, with a line that says why.
                job.attributes.clear();
                job.html = "<p class=\"diagram-note\"" + lineAttribute(line) + '>'
                           + RawHtml::escape(MarkdownRenderer::tr("Mermaid is not installed, so this diagram stays code "
                                                                  "(see the README, “Diagrams”).").toUtf8())
                           + "</p>\n<pre class=\"code\"><code>" + RawHtml::escape(literal) + "</code></pre>\n";
                job.done = true;
                if (!std::exchange(m_warnedNoMermaid, true))
                    warn(line, MarkdownRenderer::tr("Mermaid is not installed; diagrams are shown as code"));
            } else if (m_options.diagrams && job.diagram) {
                // Drawn by Mermaid in the page (the preview) or before export.
                job.html = "<pre class=\"mermaid\"" + lineAttribute(line) + '>' + RawHtml::escape(literal) + "</pre>\n";
                job.done = true;
            } else if (std::optional<QByteArray> early = earlyResult(line, info, literal)) {
                job.html = std::move(*early);
                job.done = true;
            } else {
                codeSize += job.literal.size();
            }
            jobs.push_back(std::move(job));
        }
        // Blocks are independent; each thread highlights with its own repository.
        const RenderOptions &options = m_options;
        auto highlight = [&options](Job &job) {
            CodeHighlighter &highlighter = highlighterFor(options);
            job.knownLanguage = job.info.language.isEmpty() || job.diagram || highlighter.knowsLanguage(job.info.language);
            if (!job.done)
                job.html = highlightedBlock(options, job.rawInfo, job.literal, job.info, job.attributes);
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

    void replaceHeading(cmark_node *heading, const OutlineEntry &entry, const AttributeList &attributes)
    {
        char *rendered = cmark_render_html(heading, m_cmarkOptions & ~CMARK_OPT_SOURCEPOS, m_extensions);
        QByteArray html(rendered);
        cmark_get_default_mem_allocator()->free(rendered);
        const QByteArray tag = "<h" + QByteArray::number(entry.level);
        if (!html.startsWith(tag + '>'))
            return;
        const auto syntax = m_settings.kramdown ? AttributeList::Syntax::Kramdown : AttributeList::Syntax::Goldmark;
        html.insert(tag.size(), attributes.html(AttributeList::Element::Heading, syntax) + lineAttribute(entry.line));
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
        nested.attributes = m_settings;
        nested.markup = m_markup;
        nested.goldmark = m_goldmark;
        RenderResult inner = MarkdownRenderer().render(markdown, nested);
        --renderDepth;
        m_result.omittedHtml += inner.omittedHtml;
        for (const RenderWarning &w : inner.warnings)
            m_result.warnings.append({w.message, w.line + line - 1});
        m_result.words += inner.words;
        return inner.html;
    }

    void warn(int line, const QString &message)
    {
        m_result.warnings.append({message, line});
    }

    // The page: cmark's HTML with what its placeholders stand for put in, in
    // one pass: blocks (which hold inline placeholders too, as headings do),
    // inline parts, and the labels whose tokens text kept; filler marks go.
    QByteArray spliceBlocks(const char *html) const
    {
        const QByteArrayView rendered(html, qsizetype(std::strlen(html)));
        qsizetype bytes = rendered.size() + m_inlines.bytes() + m_labelBytes;
        for (const QByteArray &block : m_blocks)
            bytes += block.size();
        QByteArray out;
        out.reserve(bytes);
        appendSpliced(out, rendered, 0);
        return out;
    }

    void appendSpliced(QByteArray &out, QByteArrayView rendered, int depth) const
    {
        static const char anyMark[] = {'\xEE', '\x80', 0};
        qsizetype copied = 0;
        for (qsizetype at = findMark(rendered, anyMark); at >= 0; at = findMark(rendered, anyMark, at + 3)) {
            const char kind = rendered[at + 2];
            if (kind == SpanToken::Filler[2]) {
                out.append(rendered.sliced(copied, at - copied));
                copied = at + 3;
                continue;
            }
            if (kind == SpanToken::Open[2]) {
                qsizetype end = 0;
                const int index = tokenAt(rendered, at, &end);
                if (index < 0 || index >= m_spans.size())
                    continue;
                out.append(rendered.sliced(copied, at - copied));
                const ProtectedSpan &span = m_spans.at(index);
                if (ShortcodeRenderer::isPlainLabel(span))
                    ShortcodeRenderer::appendLabel(out, span);
                else // no text keeps another span's token; should one, it shows as written
                    out.append(RawHtml::escape(span.source));
                copied = end;
                at = end - 3;
                continue;
            }
            const bool block = kind == BlockMark::Open[2];
            if (!block && kind != InlineMark::Open[2])
                continue; // a mark for a later step
            qsizetype end = 0;
            const int index = block ? tokenAt(rendered, at, &end, BlockMark::Open, BlockMark::Close)
                                    : tokenAt(rendered, at, &end, InlineMark::Open, InlineMark::Close);
            if (index < 0)
                continue;
            out.append(rendered.sliced(copied, at - copied));
            copied = end;
            at = end - 3;
            if (depth > 4) // parts hold parts (a footnote's labels): never endlessly
                continue;
            if (block && index < m_blocks.size()) {
                const QByteArrayView part = m_blocks.at(index);
                appendSpliced(out, part.endsWith('\n') ? part.chopped(1) : part, depth + 1); // cmark ends a block's line itself
            } else if (!block && index < m_inlines.size()) {
                appendSpliced(out, m_inlines.at(index), depth + 1);
            }
        }
        out.append(rendered.sliced(copied));
    }

    static QByteArray sourceposToDataLine(const QByteArray &html)
    {
        static const QByteArray marker = " data-sourcepos=\"";
        static const QByteArrayMatcher matcher(marker);
        QByteArray out;
        out.reserve(html.size());
        qsizetype copied = 0;
        for (qsizetype at = matcher.indexIn(html); at >= 0; at = matcher.indexIn(html, copied)) {
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
    bool m_warnedNoMermaid = false;
    QHash<int, qsizetype> m_earlyByLine;
    QFuture<QByteArray> m_earlyHtml;
    CodeHighlighter &m_highlighter;
    Site m_site;
    MarkupSettings m_markup;
    bool m_omitHtml = false;
    ImageResolver m_resolver;
    QHash<QString, ResolvedImage> m_resolved; // reference as written -> file
    bool m_warnedAlerts = false;
    ShortcodeContext m_context;
    AttributeSettings m_settings;
    HeadingIds m_ids;
    QList<AttributeLine> m_attributeLines;
    QHash<cmark_node *, AttributeList> m_headingLineAttributes; // from attribute lines after headings
    QList<QByteArray> m_blockAttributes; // HTML attributes for AttributeLines::tag(index)
    QByteArray m_body;                   // what cmark parsed
    std::vector<qsizetype> m_lineStarts; // of m_body, made when a heading needs its line
    QList<ProtectedSpan> m_spans;
    QList<QByteArray> m_blocks; // spliced in for BlockMark placeholders
    InlineParts m_inlines; // spliced in for InlineMark placeholders
    qsizetype m_labelBytes = 0; // about the bytes of the labels spliced in for tokens
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
    result.characters = ByteCounting::sum(post, [](unsigned char byte) {
        return quint32((byte & 0xC0) != 0x80) + quint32(byte >= 0xF0) - quint32(byte == '\n') - quint32(byte == '\r');
    });
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
