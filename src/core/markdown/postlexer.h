#pragma once
// The one reading of a post's text that everything else asks: where front
// matter, code (fenced, indented, spans), HTML comments, Hugo shortcodes,
// Liquid tags and output, math and image references are. One left-to-right
// pass with bounded lookahead: every search for a closer remembers what it
// saw, so unclosed openers cost no rescans and the whole pass is linear in
// the text.
//
// Block structure is read as far as these questions need, not as a full
// CommonMark parser: a fence counts after quote and list markers at any
// indentation; an indented line is code after a blank line unless a list is
// open; a paragraph ends at a blank line, a fence or a heading. cmark-gfm
// decides the rest after the renderer has cut out what it must not see.

#include "frontmatter/frontmatterblock.h"
#include "shortcodetag.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Postwright {

// Which math delimiters a post's site uses. The four common pairs have their
// own rules ($ by Pandoc's: "$5 and $10" is money); a site's passthrough may
// add others.
struct MathDelimiters
{
    bool dollar = true;       // $x$
    bool doubleDollar = true; // $$x$$
    bool paren = true;        // \(x\)
    bool bracket = true;      // \[x\]
    QList<std::pair<QByteArray, QByteArray>> otherInline; // within a line
    QList<std::pair<QByteArray, QByteArray>> otherDisplay; // within a paragraph

    static MathDelimiters none() { return {false, false, false, false, {}, {}}; }
    bool any() const { return dollar || doubleDollar || paren || bracket || !otherInline.isEmpty() || !otherDisplay.isEmpty(); }
};

struct LexerOptions
{
    bool hugo = true;   // Hugo shortcodes
    bool liquid = true; // Jekyll's Liquid tags and output
    MathDelimiters math;
    // The front matter's excerpt_separator when it is no HTML comment: a line
    // holding only it is marked.
    QByteArray excerptSeparator;
    // Hugo's summary divider: the first <!--more--> outside code is marked
    // (Hugo cuts it out of the page).
    bool summaryDivider = false;
};

struct CodeBlock
{
    qsizetype start = 0;        // the first line (the opening fence's)
    qsizetype end = 0;          // past the last line's break (the closing fence's)
    qsizetype contentStart = 0; // fenced: the line after the opening fence
    qsizetype contentEnd = 0;   // fenced: the start of the closing fence's line
    int firstLine = 1;          // 1-based
    int lastLine = 1;
    bool fenced = false;
    bool closed = false;
    bool plain = false;  // fence in column 0, info with no escapes or entities, no CR: cmark reads it the same
    QByteArray info;     // fenced: after the fence, trimmed
};

// Something the renderer cuts out before Markdown sees it. Its views point
// into the lexed text. Small: a post may hold a million.
struct LexedSpan
{
    enum Kind : quint8 {
        Shortcode,        // one tag: opening, closing or self-closing
        EscapedShortcode, // {{</* x */>}}: Hugo shows {{< x >}}, in code too
        LiquidTag,        // {% name params %}, {% endname %}
        LiquidOutput,     // {{ expression }}
        MathInline,       // $x$ or \(x\)
        MathDisplay,      // $$x$$ or \[x\]
        ExcerptSeparator,
        SummaryDivider,   // Hugo's <!--more-->
    };
    Kind kind = Shortcode;
    bool inCode = false;    // EscapedShortcode inside a code block or span
    bool rawLiquid = false; // {% raw %} or {% endraw %}: the tags vanish, Liquid stops between
    bool verbatim = false;  // a pair whose inner text is code or a comment: nothing inside was read
    // Shortcodes: the tag's form (see ShortcodeTag).
    char delimiter = '<';
    bool closing = false;
    bool selfClosing = false;
    int line = 1;          // 1-based line of start
    int pair = -1;         // a tag: the index of the tag it pairs with
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArrayView name;   // LiquidTag: the tag name; shortcodes: the shortcode's
    // LiquidTag: after the name; LiquidOutput: the expression; Shortcode: the
    // parameters; EscapedShortcode: between "/*" and "*/"; math: the formula.
    QByteArrayView params;

    bool opensPair() const { return pair >= 0 && !closesPair(); }
    bool closesPair() const { return kind == Shortcode ? closing : name.startsWith("end"); }
    // Shortcodes: the tag as ShortcodeTag::parse read it.
    ShortcodeTag tag() const;
    void setTag(const ShortcodeTag &tag);
};

// An image the post refers to, wherever Markdown will see it.
struct LexedImage
{
    enum Kind : quint8 { Markdown, Html, Figure };
    Kind kind = Markdown;
    qsizetype start = 0;
    qsizetype end = 0;
    int line = 1;
    QByteArrayView src; // as written: escapes and character references not decoded
    QByteArrayView alt;
};

struct LexedPost
{
    FrontMatterBlock frontMatter;
    QList<CodeBlock> codeBlocks;
    QList<qsizetype> codeSpans; // start, end pairs
    // Where a link's or image's destination is written after "](": start, end
    // pairs (a URL, not words; the editor does not spell check it).
    QList<std::pair<qsizetype, qsizetype>> linkDestinations;
    QList<LexedSpan> spans;     // in order of start; none inside another, except escaped shortcodes in code
    QList<LexedImage> images;   // in order of start (they hold spans: an image's alt may have math)

    // The code block holding the 1-based line, or null.
    const CodeBlock *codeBlockAtLine(int line) const;
};

class PostLexer
{
public:
    // text must outlive the result: images refer into it.
    static LexedPost lex(QByteArrayView text, const LexerOptions &options = {});
};

} // namespace Postwright
