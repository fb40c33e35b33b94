#pragma once
// How a site's publisher turns its Markdown into HTML: Hugo's markup.goldmark,
// markup.highlight and enableEmoji, with Hugo 0.131's defaults for what the
// site does not set, or kramdown's defaults for a Jekyll site. Plain data,
// read once per site (Site::markup()); the renderer follows it.

#include <QList>
#include <QString>

#include <utility>

namespace Postwright {

class HugoConfig;

struct MarkupSettings
{
    // Whose Markdown this is: Hugo's Goldmark, or kramdown (Jekyll).
    enum class Engine { Goldmark, Kramdown };
    // markup.goldmark.parser.autoHeadingIDType; Kramdown is kramdown's own
    // scheme (Jekyll), which no Hugo setting names.
    enum class HeadingIdType { GitHub, GitHubAscii, Blackfriday, Kramdown };
    using Delimiters = std::pair<QString, QString>; // opening, closing

    struct Typographer
    {
        bool enabled = true; // Hugo: typographer.disable = false (or the older typographer = true)
        // What Goldmark writes for each; HTML, written as is.
        QString leftSingleQuote = QStringLiteral("&lsquo;");
        QString rightSingleQuote = QStringLiteral("&rsquo;");
        QString leftDoubleQuote = QStringLiteral("&ldquo;");
        QString rightDoubleQuote = QStringLiteral("&rdquo;");
        QString enDash = QStringLiteral("&ndash;");
        QString emDash = QStringLiteral("&mdash;");
        QString ellipsis = QStringLiteral("&hellip;");
        QString leftAngleQuote = QStringLiteral("&laquo;");
        QString rightAngleQuote = QStringLiteral("&raquo;");
        QString apostrophe = QStringLiteral("&rsquo;");
    };
    struct Passthrough
    {
        bool enabled = false;
        QList<Delimiters> inlineDelimiters; // delimiters.inline
        QList<Delimiters> blockDelimiters;  // delimiters.block
    };
    // Goldmark's extras, each extras.NAME.enable: ~~x~~ (delete, overlapping
    // strikethrough), ++x++, ==x==, ~x~, ^x^.
    struct Extras
    {
        bool deleteText = false;
        bool insert = false;
        bool mark = false;
        bool subscript = false;
        bool superscript = false;
    };
    struct Extensions
    {
        bool table = true;
        bool strikethrough = true;
        bool linkify = true;
        QString linkifyProtocol = QStringLiteral("https"); // what a bare www. address gets
        bool taskList = true;
        bool footnote = true;
        bool definitionList = true;
        Typographer typographer;
        Passthrough passthrough;
        Extras extras;
    };
    struct Parser
    {
        bool attributeTitle = true;  // attribute.title: {#id .class} after a heading
        bool attributeBlock = false; // attribute.block: {.class} on the line after a block
        bool autoHeadingID = true;
        HeadingIdType autoHeadingIDType = HeadingIdType::GitHub;
        bool wrapStandAloneImageWithinParagraph = true;
    };
    struct Renderer
    {
        bool unsafe = false; // false: raw HTML is left out with <!-- raw HTML omitted -->
        bool hardWraps = false;
        bool xhtml = false;
    };
    // markup.highlight: how Hugo's Chroma writes code blocks.
    struct Highlight
    {
        bool codeFences = true;
        bool noClasses = true;
        QString style = QStringLiteral("monokai");
        bool lineNos = false;
        bool lineNumbersInTable = true;
        int lineNoStart = 1;
        bool anchorLineNos = false;
        QString lineAnchors;
        QString hlLines;
        bool hlInline = false;
        bool guessSyntax = false;
        int tabWidth = 4;
    };

    Engine engine = Engine::Goldmark;
    Extensions extensions;
    Parser parser;
    Renderer renderer;
    Highlight highlight;
    bool enableEmoji = false; // a top-level key in Hugo's configuration

    // Hugo 0.131's defaults, as `hugo config` prints them for a site without [markup].
    static MarkupSettings hugoDefaults() { return {}; }
    // The site's own settings over Hugo's defaults. A value of the wrong type
    // is ignored, as if unset.
    static MarkupSettings fromHugoConfig(const HugoConfig &config);
    static MarkupSettings jekyllDefaults();
    static MarkupSettings outsideSite();

    static HeadingIdType headingIdType(const QString &name, HeadingIdType fallback = HeadingIdType::GitHub);
};

} // namespace Postwright
