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
    enum Kind {
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
    // Views into the post, which outlives its spans.
    QByteArrayView source; // the original text of the whole span
    int line = 1;          // 1-based file line where it starts
    QByteArrayView name;   // shortcode or Liquid tag name
    QByteArrayView params; // the text after the name in the opening tag
    // Paired: the text between the tags; math: the formula; Liquid output:
    // the expression; EscapedShortcode: between "/*" and "*/".
    QByteArrayView inner;
    bool markdownInner = false; // {{% %}}: Hugo renders the inner text as Markdown

    // EscapedShortcode: the tag as Hugo shows it, "{{< x >}}".
    QByteArray shown() const;
};

} // namespace Postwright

// Moved as bytes when a list of a million grows: its QByteArray allows it.
Q_DECLARE_TYPEINFO(Postwright::ProtectedSpan, Q_RELOCATABLE_TYPE);

namespace Postwright {

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
