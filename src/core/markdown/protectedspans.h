#pragma once
// Before Markdown parsing, the Hugo shortcodes, Liquid tags, math and custom
// excerpt separator the lexer found are cut out of the body and replaced by
// tokens that Markdown leaves alone (private-use characters), so no emphasis
// or link parsing happens inside them. Line numbers are kept: a span over
// several lines leaves filler lines behind that the renderer drops again.
// Escaped shortcodes in code become the text Hugo shows there.

#include <QByteArray>
#include <QList>

namespace Postwright {

struct ProtectedSpan
{
    enum Kind : quint8 {
        Shortcode,        // {{< name ... >}} or {{% name ... %}}
        ShortcodePair,    // {{< name ... >}} inner {{< /name >}}
        LiquidTag,        // {% tag ... %}
        LiquidPair,       // {% raw %}...{% endraw %}, {% highlight x %}...{% endhighlight %}
        LiquidOutput,     // {{ page.title }}
        MathInline,       // $...$ or \(...\)
        MathDisplay,      // $$...$$ or \[...\]
        ExcerptSeparator, // the front matter's excerpt_separator, when not an HTML comment
        EscapedShortcode, // {{</* name */>}}: Hugo shows it literally
        Hidden,           // {% raw %}, {% endraw %}: shows nothing
    };
    Kind kind = Shortcode;
    bool markdownInner = false; // {{% %}}: Hugo renders the inner text as Markdown
    int line = 1;               // 1-based file line where it starts
    QByteArrayView source;      // the original text of the whole span, in the post (which outlives its spans)

    // Parts of the source, as offsets into it: a post may hold a million spans.
    QByteArrayView name() const { return part(m_name); }     // shortcode or Liquid tag name
    QByteArrayView params() const { return part(m_params); } // the text after the name in the opening tag
    // Paired: the text between the tags; math: the formula; Liquid output:
    // the expression; EscapedShortcode: between "/*" and "*/".
    QByteArrayView inner() const { return part(m_inner); }
    // Each view given must lie in source, which is set first.
    void setName(QByteArrayView view) { m_name = partOf(view); }
    void setParams(QByteArrayView view) { m_params = partOf(view); }
    void setInner(QByteArrayView view) { m_inner = partOf(view); }

    // EscapedShortcode: the tag as Hugo shows it, "{{< x >}}".
    QByteArray shown() const;

private:
    struct Part
    {
        qint32 offset = -1; // -1: none
        qint32 size = 0;
    };
    QByteArrayView part(Part p) const { return p.offset < 0 ? QByteArrayView() : source.sliced(p.offset, p.size); }
    Part partOf(QByteArrayView view) const;

    Part m_name;
    Part m_params;
    Part m_inner;
};

// A fenced code block at the top level (fence in column 0), as the lexer saw
// it: lets the renderer start highlighting before cmark has parsed the post.
struct FencedBlock
{
    QByteArray info;    // after the fence characters, trimmed
    QByteArray content; // the lines between the fences, each ending in "\n"
    int line = 1;       // of the opening fence
};

struct ProtectedText
{
    QByteArray text; // the body with tokens in place of the spans
    QList<ProtectedSpan> spans;
    QList<FencedBlock> fencedBlocks;
};

namespace SpanToken {
inline constexpr char Open[] = "\xEE\x80\x80";   // U+E000, then the span index in decimal
inline constexpr char Close[] = "\xEE\x80\x81";  // U+E001
inline constexpr char Filler[] = "\xEE\x80\x82"; // U+E002: a line kept for numbering
inline constexpr int Size = 3;
// Appends open, the index in decimal, close: a token, or another step's
// placeholder written the same way with its own marks.
void append(QByteArray &out, qsizetype index, const char *open = Open, const char *close = Close);
} // namespace SpanToken

struct LexedPost;

// text: the whole post, as lexed into post. The result has the front matter's
// lines blanked, so that cmark's line 1 is the file's line 1.
ProtectedText protectSpans(const QByteArray &text, const LexedPost &post);

} // namespace Postwright
