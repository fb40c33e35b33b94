#pragma once
// Which of Goldmark's optional extensions a render applies, with their
// settings, as Hugo configures them under markup.goldmark.extensions (and
// enableEmoji). Postwright's own renderer is cmark-gfm; these say where it
// must write what Hugo's Goldmark would.

#include <QByteArray>

namespace Postwright {

class Site;
struct MarkupSettings;

// Goldmark's typographer: each string is written as HTML in place of the
// punctuation (Hugo's defaults are entities); an empty string leaves that
// punctuation as typed.
struct TypographerSettings
{
    bool enabled = false;
    QByteArray leftSingleQuote = "&lsquo;";
    QByteArray rightSingleQuote = "&rsquo;";
    QByteArray leftDoubleQuote = "&ldquo;";
    QByteArray rightDoubleQuote = "&rdquo;";
    QByteArray enDash = "&ndash;";
    QByteArray emDash = "&mdash;";
    QByteArray ellipsis = "&hellip;";
    QByteArray leftAngleQuote = "&laquo;";
    QByteArray rightAngleQuote = "&raquo;";
    QByteArray apostrophe = "&rsquo;";
};

// Hugo's Goldmark extras: ==mark==, ++insert++, x^superscript^, x~subscript~.
struct ExtrasSettings
{
    bool mark = false;
    bool insert = false;
    bool superscript = false;
    bool subscript = false;
    bool any() const { return mark || insert || superscript || subscript; }
};

struct GoldmarkExtensions
{
    TypographerSettings typographer;
    bool definitionList = false;
    bool emoji = false; // Hugo's enableEmoji
    ExtrasSettings extras;

    // Plain CommonMark with GitHub's extensions: nothing of these.
    static GoldmarkExtensions none() { return {}; }
    // What Hugo does with no markup settings: typographer and definition lists on.
    static GoldmarkExtensions hugoDefaults();
    // The site's settings (Site::markup(), read once per site): a Hugo
    // site's; nothing for any other post (Jekyll's kramdown and plain
    // Markdown are not Goldmark).
    static GoldmarkExtensions forSite(const Site &site);
    // What these are in MarkupSettings, the one owner of Hugo's defaults.
    static GoldmarkExtensions fromMarkup(const MarkupSettings &markup);
};

} // namespace Postwright

#include <QByteArrayView>

struct cmark_node;

namespace Postwright {

// Applies the text-level extensions (emoji, then the typographer, in one
// reading of each block, as Goldmark's inline parsers do) to a parsed
// document; parsedText is what cmark-gfm parsed, to tell escapes from text.
void applyTextExtensions(cmark_node *document, QByteArrayView parsedText, const GoldmarkExtensions &extensions);

} // namespace Postwright
