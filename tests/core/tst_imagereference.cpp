// Image references: the text the inserter writes in each style, and the
// references the Images list finds in a post.
#include "images/imagereference.h"
#include "markdown/markdownrenderer.h"
#include "markdown/postlexer.h"
#include "markdown/protectedspans.h"
#include "markdown/shortcoderenderer.h"
#include "site/site.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrl>


using namespace Postwright;

Q_DECLARE_METATYPE(Postwright::ImageReferenceStyle)
Q_DECLARE_METATYPE(Postwright::SiteKind)
Q_DECLARE_METATYPE(Postwright::FoundImageReference::Kind)

namespace {

ImageReferenceFields makeFields(const QString &src, const QString &alt = {}, const QString &title = {},
                                const QString &caption = {}, const QString &cssClass = {}, int width = 0,
                                int height = 0)
{
    ImageReferenceFields fields;
    fields.src = src;
    fields.alt = alt;
    fields.title = title;
    fields.caption = caption;
    fields.cssClass = cssClass;
    fields.width = width;
    fields.height = height;
    return fields;
}

// The few entities cmark and the shortcode renderer write.
QString decodeHtml(QString value)
{
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

// The attributes of the first <tag ...> in html, decoded.
QHash<QString, QString> attributesOf(const QString &html, const QString &tag)
{
    QHash<QString, QString> attributes;
    const QRegularExpression tagPattern(QStringLiteral("<%1(\\s[^>]*)?>").arg(tag));
    const QRegularExpressionMatch match = tagPattern.match(html);
    if (!match.hasMatch())
        return attributes;
    static const QRegularExpression attribute(QStringLiteral("([a-z-]+)=\"([^\"]*)\""));
    for (auto it = attribute.globalMatch(match.captured(1)); it.hasNext();) {
        const QRegularExpressionMatch a = it.next();
        attributes.insert(a.captured(1), decodeHtml(a.captured(2)));
    }
    return attributes;
}

QString elementText(const QString &html, const QString &tag)
{
    const QRegularExpression pattern(QStringLiteral("<%1>(.*?)</%1>").arg(tag));
    const QRegularExpressionMatch match = pattern.match(html);
    return match.hasMatch() ? decodeHtml(match.captured(1)) : QString();
}

// Values that try to break out of every context a reference has.
const QString hostile = QStringLiteral("a \"quoted\" 'single' [b] (c) <script>alert(1)</script> & &amp; \\ ` * _ $x$ {{< x >}}");

} // namespace

class TestImageReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styleNamesRoundTrip_data()
    {
        QTest::addColumn<ImageReferenceStyle>("style");
        QTest::addColumn<QString>("name");
        QTest::newRow("markdown") << ImageReferenceStyle::Markdown << "markdown";
        QTest::newRow("html") << ImageReferenceStyle::Html << "html";
        QTest::newRow("figure") << ImageReferenceStyle::Figure << "figure";
        QTest::newRow("template") << ImageReferenceStyle::Template << "template";
    }
    void styleNamesRoundTrip()
    {
        QFETCH(ImageReferenceStyle, style);
        QFETCH(QString, name);
        QCOMPARE(imageReferenceStyleName(style), name);
        QCOMPARE(imageReferenceStyleFromName(name), std::optional(style));
        QCOMPARE(imageReferenceStyleFromName(name.toUpper()), std::optional(style));
    }

    void unknownStyleNameIsNone()
    {
        QCOMPARE(imageReferenceStyleFromName(u"markdownish"), std::nullopt);
        QCOMPARE(imageReferenceStyleFromName(u""), std::nullopt);
    }

    void defaultStyleFollowsSiteKind_data()
    {
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<ImageReferenceStyle>("style");
        QTest::newRow("hugo") << SiteKind::Hugo << ImageReferenceStyle::Figure;
        QTest::newRow("jekyll") << SiteKind::Jekyll << ImageReferenceStyle::Markdown;
        QTest::newRow("no site") << SiteKind::None << ImageReferenceStyle::Markdown;
    }
    void defaultStyleFollowsSiteKind()
    {
        QFETCH(SiteKind, kind);
        QFETCH(ImageReferenceStyle, style);
        QCOMPARE(ImageReference::defaultStyle(kind), style);
    }

    void formatWritesStyle_data()
    {
        QTest::addColumn<ImageReferenceStyle>("style");
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<ImageReferenceFields>("fields");
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("expected");
        const auto md = ImageReferenceStyle::Markdown;
        const auto html = ImageReferenceStyle::Html;
        const auto figure = ImageReferenceStyle::Figure;
        const auto tpl = ImageReferenceStyle::Template;
        const auto none = SiteKind::None;
        const auto hugo = SiteKind::Hugo;
        const auto jekyll = SiteKind::Jekyll;
        const ImageReferenceFields all =
            makeFields("/images/summit/chart.png", "A chart", "Sales", "Sales by year", "responsive wide", 800, 600);

        // Markdown
        QTest::newRow("markdown without alt") << md << none << makeFields("chart.png") << QString() << "![](chart.png)";
        QTest::newRow("markdown alt only") << md << none << makeFields("chart.png", "A chart") << QString()
                                           << "![A chart](chart.png)";
        QTest::newRow("markdown with title")
            << md << none << makeFields("chart.png", "A chart", "Sales") << QString() << "![A chart](chart.png \"Sales\")";
        QTest::newRow("markdown drops class, caption and size")
            << md << hugo << all << QString() << "![A chart](/images/summit/chart.png \"Sales\")";
        QTest::newRow("markdown space in src uses angle brackets")
            << md << none << makeFields("my chart.png", "x") << QString() << "![x](<my chart.png>)";
        QTest::newRow("markdown parentheses in src use angle brackets")
            << md << none << makeFields("chart(1).png", "x") << QString() << "![x](<chart(1).png>)";
        QTest::newRow("markdown angle brackets in src escaped")
            << md << none << makeFields("a<b>.png", "x") << QString() << "![x](<a\\<b\\>.png>)";
        QTest::newRow("markdown ampersand in src stays")
            << md << none << makeFields("/img?a=1&b=2", "x") << QString() << "![x](/img?a=1&b=2)";
        QTest::newRow("markdown entity-like src escaped")
            << md << none << makeFields("a&amp;b.png", "x") << QString() << "![x](a&amp;amp;b.png)";
        QTest::newRow("markdown brackets in alt as references, backslash escaped")
            << md << none << makeFields("x.png", "a [b] \\c") << QString() << "![a &#91;b&#93; \\\\c](x.png)";
        QTest::newRow("markdown emphasis and code in alt escaped")
            << md << none << makeFields("x.png", "*a* _b_ `c` ~d~ $e$ |") << QString()
            << "![\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\$e\\$ \\|](x.png)";
        QTest::newRow("markdown html in alt escaped")
            << md << none << makeFields("x.png", "<script>1 < 2</script>") << QString()
            << "![\\<script>1 < 2\\</script>](x.png)";
        QTest::newRow("markdown shortcode in alt broken up")
            << md << none << makeFields("x.png", "{{< x >}} {% y %}") << QString() << "![&#123;{< x >}} &#123;% y %}](x.png)";
        QTest::newRow("markdown quotes in title escaped")
            << md << none << makeFields("x.png", "x", "say \"hi\" \\o/") << QString()
            << "![x](x.png \"say \\\"hi\\\" \\\\o/\")";
        QTest::newRow("markdown entity and math in title escaped")
            << md << none << makeFields("x.png", "x", "$5 &amp; up") << QString() << "![x](x.png \"\\$5 &amp;amp; up\")";
        QTest::newRow("markdown newlines become spaces")
            << md << none << makeFields("x.png", "two\nlines\r\nhere", "t\u2028u") << QString()
            << "![two lines here](x.png \"t u\")";

        // HTML
        QTest::newRow("html minimal has empty alt")
            << html << none << makeFields("x.png") << QString() << "<img src=\"x.png\" alt=\"\">";
        QTest::newRow("html all attributes in order")
            << html << none << all << QString()
            << "<img class=\"responsive wide\" src=\"/images/summit/chart.png\" alt=\"A chart\" title=\"Sales\" "
               "width=\"800\" height=\"600\">";
        QTest::newRow("html drops caption") << html << jekyll << makeFields("x.png", "a", {}, "A caption") << QString()
                                            << "<img src=\"x.png\" alt=\"a\">";
        QTest::newRow("html width without height")
            << html << none << makeFields("x.png", "a", {}, {}, {}, 640) << QString()
            << "<img src=\"x.png\" alt=\"a\" width=\"640\">";
        QTest::newRow("html hostile alt escaped")
            << html << none << makeFields("x.png", "\"><script>alert(1)</script>") << QString()
            << "<img src=\"x.png\" alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">";
        QTest::newRow("html ampersand in src escaped")
            << html << none << makeFields("/img?a=1&b=2", "Tom & Jerry") << QString()
            << "<img src=\"/img?a=1&amp;b=2\" alt=\"Tom &amp; Jerry\">";
        QTest::newRow("html newline in title") << html << none << makeFields("x.png", "a", "one\ntwo") << QString()
                                               << "<img src=\"x.png\" alt=\"a\" title=\"one two\">";
        QTest::newRow("html shortcode in alt broken up") << html << hugo << makeFields("x.png", "{{< x >}}") << QString()
                                                         << "<img src=\"x.png\" alt=\"&#123;{&lt; x &gt;}}\">";

        // Figure in a Hugo site
        QTest::newRow("hugo figure minimal") << figure << hugo << makeFields("x.png") << QString()
                                             << "{{< figure src=\"x.png\" alt=\"\" >}}";
        QTest::newRow("hugo figure all parameters")
            << figure << hugo << all << QString()
            << "{{< figure src=\"/images/summit/chart.png\" alt=\"A chart\" title=\"Sales\" caption=\"Sales by year\" "
               "class=\"responsive wide\" width=\"800\" >}}";
        QTest::newRow("hugo figure quotes go in backticks")
            << figure << hugo << makeFields("x.png", "a \"b\"", {}, "c") << QString()
            << "{{< figure src=\"x.png\" alt=`a \"b\"` caption=\"c\" >}}";
        QTest::newRow("hugo figure backslash goes in backticks")
            << figure << hugo << makeFields("x.png", {}, {}, "C:\\path") << QString()
            << "{{< figure src=\"x.png\" alt=\"\" caption=`C:\\path` >}}";
        QTest::newRow("hugo figure quote and backtick escaped")
            << figure << hugo << makeFields("x.png", "a \"b\" `c`") << QString()
            << "{{< figure src=\"x.png\" alt=\"a \\\"b\\\" `c`\" >}}";
        QTest::newRow("hugo figure newline in caption")
            << figure << hugo << makeFields("x.png", {}, {}, "one\ntwo") << QString()
            << "{{< figure src=\"x.png\" alt=\"\" caption=\"one two\" >}}";

        // Figure elsewhere
        QTest::newRow("jekyll figure minimal") << figure << jekyll << makeFields("x.png") << QString()
                                               << "<figure><img src=\"x.png\" alt=\"\"></figure>";
        QTest::newRow("jekyll figure all")
            << figure << jekyll << all << QString()
            << "<figure class=\"responsive wide\"><img src=\"/images/summit/chart.png\" alt=\"A chart\" title=\"Sales\" "
               "width=\"800\"><figcaption>Sales by year</figcaption></figure>";
        QTest::newRow("no site figure escapes caption")
            << figure << none << makeFields("x.png", "a", {}, "<b>bold</b> & \"more\"\nlines") << QString()
            << "<figure><img src=\"x.png\" alt=\"a\"><figcaption>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;more&quot; "
               "lines</figcaption></figure>";

        // Template
        const QString everything = QStringLiteral("[{src}|{alt}|{title}|{caption}|{class}|{width}|{height}]");
        QTest::newRow("template fills every placeholder")
            << tpl << hugo << all << everything
            << "[/images/summit/chart.png|A chart|Sales|Sales by year|responsive wide|800|600]";
        QTest::newRow("template unset values are empty") << tpl << none << makeFields("x.png") << everything
                                                         << "[x.png||||||]";
        QTest::newRow("template keeps unknown placeholders")
            << tpl << none << makeFields("x.png") << "{% img {src} {foo} {} {alt %}" << "{% img x.png {foo} {} {alt %}";
        QTest::newRow("template escapes for html attributes")
            << tpl << none << makeFields("/a?b=1&c=2", "\"x\" <y>") << "<img src=\"{src}\" alt=\"{alt}\">"
            << "<img src=\"/a?b=1&amp;c=2\" alt=\"&quot;x&quot; &lt;y&gt;\">";
        QTest::newRow("template value naming a placeholder is not expanded")
            << tpl << none << makeFields("x.png", "{src}") << "{alt}/{src}" << "{src}/x.png";
        QTest::newRow("template newlines become spaces")
            << tpl << none << makeFields("x.png", "a\nb") << "<img\nsrc=\"{src}\"\r\nalt=\"{alt}\">"
            << "<img src=\"x.png\" alt=\"a b\">";
    }
    void formatWritesStyle()
    {
        QFETCH(ImageReferenceStyle, style);
        QFETCH(SiteKind, kind);
        QFETCH(ImageReferenceFields, fields);
        QFETCH(QString, templateText);
        QFETCH(QString, expected);
        QCOMPARE(ImageReference::format(style, fields, kind, templateText), expected);
    }

    void formatNeverWritesALineBreak_data()
    {
        QTest::addColumn<ImageReferenceStyle>("style");
        QTest::addColumn<SiteKind>("kind");
        for (auto style : {ImageReferenceStyle::Markdown, ImageReferenceStyle::Html, ImageReferenceStyle::Figure,
                           ImageReferenceStyle::Template})
            for (auto kind : {SiteKind::None, SiteKind::Hugo, SiteKind::Jekyll})
                QTest::addRow("%s %s", qPrintable(imageReferenceStyleName(style)), qPrintable(siteKindName(kind)))
                    << style << kind;
    }
    void formatNeverWritesALineBreak()
    {
        QFETCH(ImageReferenceStyle, style);
        QFETCH(SiteKind, kind);
        const QString breaks = QStringLiteral("a\nb\r\nc\rd\u2028e\u2029f\u0085g\vh\fi");
        const ImageReferenceFields fields = makeFields(breaks, breaks, breaks, breaks, breaks, 1, 2);
        const QString out = ImageReference::format(style, fields, kind, QStringLiteral("{src}\n{alt}\r\n{caption}"));
        QVERIFY(!out.isEmpty());
        for (QChar c : {u'\n', u'\r', u'\v', u'\f', u'\u0085', u'\u2028', u'\u2029'})
            QVERIFY2(!out.contains(c), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("a b c d e f g h i")), qPrintable(out));
    }

    // cmark-gfm, through the project's renderer, gives back what was asked for.
    void markdownRendersToSameImage_data()
    {
        QTest::addColumn<ImageReferenceFields>("fields");
        QTest::newRow("plain") << makeFields("/images/summit/chart.png", "A chart", "Sales");
        QTest::newRow("spaces in src") << makeFields("/images/my summit chart.png", "A chart");
        QTest::newRow("parentheses in src") << makeFields("chart(1).png", "x", "t");
        QTest::newRow("unbalanced parenthesis in src") << makeFields("chart(1.png", "x");
        QTest::newRow("angle brackets in src") << makeFields("a<b>c.png", "x");
        QTest::newRow("query string") << makeFields("/img.php?a=1&b=2", "x");
        QTest::newRow("entity-like src") << makeFields("a&amp;b.png", "x");
        QTest::newRow("backslash in src") << makeFields("a\\b.png", "x");
        QTest::newRow("brackets in alt") << makeFields("x.png", "a [b] ]c[ \\d");
        QTest::newRow("image syntax in alt") << makeFields("x.png", "see ![other](y.png) here");
        QTest::newRow("markup in alt") << makeFields("x.png", "*a* **b** _c_ `d` ~~e~~ <em>f</em> $g$");
        QTest::newRow("script in alt") << makeFields("x.png", "<script>alert(1)</script>");
        QTest::newRow("entities in alt") << makeFields("x.png", "Tom & Jerry &amp; &copy; &#123;");
        QTest::newRow("shortcode in alt") << makeFields("x.png", "{{< youtube x >}} and {{% y %}}");
        QTest::newRow("quotes in title") << makeFields("x.png", "x", "say \"hi\" and 'bye' \\o/ &amp;");
        QTest::newRow("hostile everywhere") << makeFields(QStringLiteral("a b(\"c\")<d>.png"), hostile, hostile);
    }
    void markdownRendersToSameImage()
    {
        QFETCH(ImageReferenceFields, fields);
        const QString reference = ImageReference::format(ImageReferenceStyle::Markdown, fields, SiteKind::None);
        const RenderResult result = MarkdownRenderer().render(QString(reference + u'\n').toUtf8());
        const QString html = QString::fromUtf8(result.html);
        QCOMPARE(html.count(QLatin1String("<img")), 1);
        const QHash<QString, QString> img = attributesOf(html, QStringLiteral("img"));
        QVERIFY2(img.contains(QStringLiteral("src")), qPrintable(html));
        // cmark percent-encodes what a URL cannot hold; decoded it is the src.
        QCOMPARE(QUrl::fromPercentEncoding(img.value(QStringLiteral("src")).toUtf8()), fields.src);
        QCOMPARE(img.value(QStringLiteral("alt")), fields.alt);
        QCOMPARE(img.value(QStringLiteral("title")), fields.title);
    }

    // The preview's shortcode renderer reads the written parameters back.
    void hugoFigureReadBackByShortcodeRenderer_data()
    {
        QTest::addColumn<ImageReferenceFields>("fields");
        QTest::newRow("plain") << makeFields("/images/chart.png", "A chart", "Sales", "Sales by year", "responsive");
        QTest::newRow("quotes") << makeFields("/images/a \"b\".png", "say \"hi\"", "'t'", "\"c\" and 'd'");
        QTest::newRow("backslashes") << makeFields("x.png", "a\\b", {}, "C:\\images\\");
        QTest::newRow("quotes and backticks") << makeFields("x.png", "a \"b\" `c`", {}, "`code` \"q\"");
        QTest::newRow("html in values") << makeFields("x.png?a=1&b=2", "<script>alert(1)</script>", {}, "<b>&amp;</b>");
        QTest::newRow("brackets and braces") << makeFields("x.png", "[a] {b} (c)", {}, "{{ d }}");
    }
    void hugoFigureReadBackByShortcodeRenderer()
    {
        QFETCH(ImageReferenceFields, fields);
        const QString reference = ImageReference::format(ImageReferenceStyle::Figure, fields, SiteKind::Hugo);
        const QByteArray post = reference.toUtf8() + '\n';
        const ProtectedText text = protectSpans(post, PostLexer::lex(post));
        QCOMPARE(text.spans.size(), 1);
        QCOMPARE(text.spans.first().name(), QByteArray("figure"));
        QCOMPARE(text.spans.first().source, reference.toUtf8());
        const QString html = QString::fromUtf8(ShortcodeRenderer::render(text.spans.first(), true, ShortcodeContext{}));
        const QHash<QString, QString> img = attributesOf(html, QStringLiteral("img"));
        QCOMPARE(img.value(QStringLiteral("src")), fields.src);
        QCOMPARE(img.value(QStringLiteral("alt")), fields.alt);
        QCOMPARE(elementText(html, QStringLiteral("h4")), fields.title);
        QCOMPARE(elementText(html, QStringLiteral("p")), fields.caption);
        QCOMPARE(attributesOf(html, QStringLiteral("figure")).value(QStringLiteral("class")), fields.cssClass);
    }

    // What format writes, find finds: the same src and alt, and the exact span.
    void formatThenFindRoundTrips_data()
    {
        QTest::addColumn<ImageReferenceStyle>("style");
        QTest::addColumn<SiteKind>("kind");
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<ImageReferenceFields>("fields");
        QTest::addColumn<FoundImageReference::Kind>("foundKind");
        const QString tpl = QStringLiteral("<img class=\"{class}\" src=\"{src}\" alt=\"{alt}\" width=\"{width}\">");
        const QList<std::pair<const char *, ImageReferenceFields>> values = {
            {"plain", makeFields("/images/summit2021/focus.png", "Focus", "Title", "Caption", "responsive", 640)},
            {"empty alt", makeFields("x.png")},
            {"spaces and parentheses", makeFields("/images/my chart (final).png", "a (b)")},
            {"brackets in alt", makeFields("x.png", "a [b] ![c](d.png) \\e")},
            {"ampersands", makeFields("/img?a=1&b=2&amp;c", "Tom & Jerry &amp;")},
            {"hostile", makeFields(QStringLiteral("a b<c>\"d\".png"), hostile, hostile, hostile, "x")},
        };
        for (const auto &[name, fields] : values) {
            QTest::addRow("markdown %s", name) << ImageReferenceStyle::Markdown << SiteKind::None << QString() << fields
                                              << FoundImageReference::Markdown;
            QTest::addRow("html %s", name)
                << ImageReferenceStyle::Html << SiteKind::None << QString() << fields << FoundImageReference::Html;
            QTest::addRow("hugo figure %s", name) << ImageReferenceStyle::Figure << SiteKind::Hugo << QString()
                                                 << fields << FoundImageReference::Figure;
            QTest::addRow("jekyll figure %s", name) << ImageReferenceStyle::Figure << SiteKind::Jekyll << QString()
                                                   << fields << FoundImageReference::Html;
            QTest::addRow("template %s", name)
                << ImageReferenceStyle::Template << SiteKind::None << tpl << fields << FoundImageReference::Html;
        }
    }
    void formatThenFindRoundTrips()
    {
        QFETCH(ImageReferenceStyle, style);
        QFETCH(SiteKind, kind);
        QFETCH(QString, templateText);
        QFETCH(ImageReferenceFields, fields);
        QFETCH(FoundImageReference::Kind, foundKind);
        const QString reference = ImageReference::format(style, fields, kind, templateText);
        const QString post = QStringLiteral("# A post\n\nSome text before.\n\n") + reference + QStringLiteral("\n\nAnd after.\n");
        const QList<FoundImageReference> found = ImageReference::find(post);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, foundKind);
        QCOMPARE(found.first().line, 5);
        QCOMPARE(found.first().src, fields.src);
        QCOMPARE(found.first().alt, fields.alt);
        // An HTML figure is found by its <img>; everything else whole.
        const QString span = post.mid(found.first().start, found.first().length);
        if (style == ImageReferenceStyle::Figure && kind != SiteKind::Hugo)
            QCOMPARE(span, reference.mid(reference.indexOf(QLatin1String("<img")), span.size()));
        else
            QCOMPARE(span, reference);
        QVERIFY(span.endsWith(u'>') || span.endsWith(u')') || span.endsWith(u"}}"));
    }

    void findOnRealisticPost()
    {
        const QString post = QStringLiteral(
            "---\n"                                                                         // 1
            "title: \"Summit 2021\"\n"                                                      // 2
            "cover: ![not an image](front-matter.png)\n"                                    // 3
            "html: '<img src=\"/front-matter.png\">'\n"                                     // 4
            "---\n"                                                                         // 5
            "# Summit 2021\n"                                                               // 6
            "\n"                                                                            // 7
            "Intro with `![inline](code.png)` and ``<img src=\"code2.png\">`` as code.\n"   // 8
            "\n"                                                                            // 9
            "![Focus *chart*](/images/summit2021/focus.png \"Focus\")\n"                    // 10
            "\n"                                                                            // 11
            "```markdown\n"                                                                 // 12
            "![x](y.png)\n"                                                                 // 13
            "<img src=\"fenced.png\">\n"                                                    // 14
            "```\n"                                                                         // 15
            "\n"                                                                            // 16
            "<!-- <img src=\"/images/old.png\"> -->\n"                                      // 17
            "\n"                                                                            // 18
            "<img class=\"responsive\" src=\"/images/summit2021/summit-focus.png\">\n"      // 19
            "\n"                                                                            // 20
            "## The stage\n"                                                                // 21
            "\n"                                                                            // 22
            "{{< figure src=\"/images/summit2021/stage.jpg\" alt=\"The stage\" caption=\"Day one\" >}}\n" // 23
            "\n"                                                                            // 24
            "Text, then a photo: <img\n"                                                    // 25
            "  ALT=\"The crowd &amp; the band\"\n"                                          // 26
            "  src='/images/summit2021/crowd.jpg'\n"                                        // 27
            "  width=640>\n"                                                                // 28
            "\n"                                                                            // 29
            "    ![indented code](code3.png)\n"                                             // 30
            "\n"                                                                            // 31
            "1. Open the app:\n"                                                            // 32
            "\n"                                                                            // 33
            "    ![First step](<images/step one.png>)\n"                                    // 34
            "\n"                                                                            // 35
            "[![Linked logo](/images/logo.svg)](https://example.org) and "                  // 36
            "![a [nested] alt](nested.png) on one line.\n"                                  // 36
            "\n"                                                                            // 37
            "~~~\n"                                                                         // 38
            "{{< figure src=\"tilde-fenced.png\" >}}\n"                                     // 39
            "~~~\n"                                                                         // 40
            "{{% figure src=\"/images/end.png\" alt=`the \"end\"` %}}\n");                  // 41
        struct Expected
        {
            FoundImageReference::Kind kind;
            int line;
            QString text;
            QString src;
            QString alt;
        };
        const QList<Expected> expected = {
            {FoundImageReference::Markdown, 10, "![Focus *chart*](/images/summit2021/focus.png \"Focus\")",
             "/images/summit2021/focus.png", "Focus *chart*"},
            {FoundImageReference::Html, 19, "<img class=\"responsive\" src=\"/images/summit2021/summit-focus.png\">",
             "/images/summit2021/summit-focus.png", ""},
            {FoundImageReference::Figure, 23,
             "{{< figure src=\"/images/summit2021/stage.jpg\" alt=\"The stage\" caption=\"Day one\" >}}",
             "/images/summit2021/stage.jpg", "The stage"},
            {FoundImageReference::Html, 25,
             "<img\n  ALT=\"The crowd &amp; the band\"\n  src='/images/summit2021/crowd.jpg'\n  width=640>",
             "/images/summit2021/crowd.jpg", "The crowd & the band"},
            {FoundImageReference::Markdown, 34, "![First step](<images/step one.png>)", "images/step one.png",
             "First step"},
            {FoundImageReference::Markdown, 36, "![Linked logo](/images/logo.svg)", "/images/logo.svg", "Linked logo"},
            {FoundImageReference::Markdown, 36, "![a [nested] alt](nested.png)", "nested.png", "a [nested] alt"},
            {FoundImageReference::Figure, 41, "{{% figure src=\"/images/end.png\" alt=`the \"end\"` %}}",
             "/images/end.png", "the \"end\""},
        };
        const QList<FoundImageReference> found = ImageReference::find(post);
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            const FoundImageReference &f = found.at(i);
            const Expected &e = expected.at(i);
            QCOMPARE(f.kind, e.kind);
            QCOMPARE(f.line, e.line);
            QCOMPARE(post.mid(f.start, f.length), e.text);
            QCOMPARE(f.src, e.src);
            QCOMPARE(f.alt, e.alt);
        }
    }

    void findReadsEachForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<FoundImageReference::Kind>("kind");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("alt");
        const auto md = FoundImageReference::Markdown;
        const auto html = FoundImageReference::Html;
        const auto figure = FoundImageReference::Figure;
        QTest::newRow("markdown bare") << "![a](b.png)" << md << "![a](b.png)" << "b.png" << "a";
        QTest::newRow("markdown in text") << "See ![a](b.png)." << md << "![a](b.png)" << "b.png" << "a";
        QTest::newRow("markdown double-quoted title")
            << "![a](b.png \"t (x)\")" << md << "![a](b.png \"t (x)\")" << "b.png" << "a";
        QTest::newRow("markdown single-quoted title") << "![a](b.png 't')" << md << "![a](b.png 't')" << "b.png" << "a";
        QTest::newRow("markdown parenthesized title") << "![a](b.png (t))" << md << "![a](b.png (t))" << "b.png" << "a";
        QTest::newRow("markdown angle brackets") << "![a](<my b.png> \"t\")" << md << "![a](<my b.png> \"t\")"
                                                 << "my b.png" << "a";
        QTest::newRow("markdown balanced parentheses") << "![a](b(1).png)" << md << "![a](b(1).png)" << "b(1).png" << "a";
        QTest::newRow("markdown escapes decoded") << "![a \\[b\\] \\*c\\*](d\\(1\\).png)" << md
                                                  << "![a \\[b\\] \\*c\\*](d\\(1\\).png)" << "d(1).png" << "a [b] *c*";
        QTest::newRow("markdown entities decoded") << "![Tom &amp; Jerry](a&amp;b.png)" << md
                                                   << "![Tom &amp; Jerry](a&amp;b.png)" << "a&b.png" << "Tom & Jerry";
        QTest::newRow("markdown nested brackets") << "![a [b] c](x.png)" << md << "![a [b] c](x.png)" << "x.png"
                                                  << "a [b] c";
        QTest::newRow("markdown empty") << "![]()" << md << "![]()" << "" << "";
        QTest::newRow("markdown over two lines") << "![a\nb](\nc.png\n\"t\")" << md << "![a\nb](\nc.png\n\"t\")"
                                                 << "c.png" << "a b";
        QTest::newRow("markdown inside link") << "[![a](b.png)](https://x.org)" << md << "![a](b.png)" << "b.png"
                                              << "a";
        QTest::newRow("markdown after failed bracket") << "![a ![b](c.png)" << md << "![b](c.png)" << "c.png" << "b";
        QTest::newRow("html double quotes") << "<img src=\"a.png\" alt=\"b\">" << html << "<img src=\"a.png\" alt=\"b\">"
                                            << "a.png" << "b";
        QTest::newRow("html single quotes") << "<img alt='b \"c\"' src='a.png'>" << html
                                            << "<img alt='b \"c\"' src='a.png'>" << "a.png" << "b \"c\"";
        QTest::newRow("html unquoted") << "<img src=a.png alt=b>" << html << "<img src=a.png alt=b>" << "a.png" << "b";
        QTest::newRow("html upper case") << "<IMG SRC=\"a.png\" Alt=\"b\">" << html << "<IMG SRC=\"a.png\" Alt=\"b\">"
                                         << "a.png" << "b";
        QTest::newRow("html self-closing") << "<img src=\"a.png\"/>" << html << "<img src=\"a.png\"/>" << "a.png" << "";
        QTest::newRow("html greater-than in value") << "<img alt=\"a > b\" src=\"c.png\" />" << html
                                                    << "<img alt=\"a > b\" src=\"c.png\" />" << "c.png" << "a > b";
        QTest::newRow("html entities decoded") << "<img src=\"/i?a=1&amp;b=&#50;\" alt=\"&lt;&quot;x&#x22;&gt;\">" << html
                                               << "<img src=\"/i?a=1&amp;b=&#50;\" alt=\"&lt;&quot;x&#x22;&gt;\">"
                                               << "/i?a=1&b=2" << "<\"x\">";
        QTest::newRow("html first src wins") << "<img src=\"a.png\" src=\"b.png\">" << html
                                             << "<img src=\"a.png\" src=\"b.png\">" << "a.png" << "";
        QTest::newRow("html boolean attribute") << "<img hidden src=\"a.png\">" << html << "<img hidden src=\"a.png\">"
                                                << "a.png" << "";
        QTest::newRow("html over lines") << "<img\n\tsrc=\"a.png\"\n\talt=\"b\"\n>" << html
                                         << "<img\n\tsrc=\"a.png\"\n\talt=\"b\"\n>" << "a.png" << "b";
        QTest::newRow("figure") << "{{< figure src=\"a.png\" alt=\"b\" >}}" << figure
                                << "{{< figure src=\"a.png\" alt=\"b\" >}}" << "a.png" << "b";
        QTest::newRow("figure markdown delimiters") << "{{% figure alt=\"b\" src=\"a.png\" %}}" << figure
                                                    << "{{% figure alt=\"b\" src=\"a.png\" %}}" << "a.png" << "b";
        QTest::newRow("figure tight") << "{{<figure src=a.png>}}" << figure << "{{<figure src=a.png>}}" << "a.png" << "";
        QTest::newRow("figure self-closing") << "{{< figure src=\"a.png\" />}}" << figure
                                             << "{{< figure src=\"a.png\" />}}" << "a.png" << "";
        QTest::newRow("figure raw string with quotes") << "{{< figure src=`a.png` alt=`say \"hi\" >}}` >}}" << figure
                                                       << "{{< figure src=`a.png` alt=`say \"hi\" >}}` >}}"
                                                       << "a.png" << "say \"hi\" >}}";
        QTest::newRow("figure escaped quote") << "{{< figure src=\"a.png\" alt=\"say \\\"hi\\\" \\o/\" >}}" << figure
                                              << "{{< figure src=\"a.png\" alt=\"say \\\"hi\\\" \\o/\" >}}" << "a.png"
                                              << "say \"hi\" \\o/";
        QTest::newRow("figure over lines") << "{{< figure\n  src=\"a.png\"\n  caption=\"c\"\n>}}" << figure
                                           << "{{< figure\n  src=\"a.png\"\n  caption=\"c\"\n>}}" << "a.png" << "";
    }
    // Offsets are UTF-16 units: ASCII runs longer and shorter than eight
    // bytes, two-, three- and four-byte characters before and between images.
    void findCountsUtf16UnitsAcrossScripts()
    {
        const QString text = QStringLiteral(u"Caf\u00e9 long ASCII run here, then \u65e5\u672c and \U0001F600 x\n\n"
                                            u"![one \U0001F600](a.png) \u00e9\u00e9 and more ASCII text <img src=\"b.png\" alt=\"\u00fc\">\n");
        const QList<FoundImageReference> found = ImageReference::find(text);
        QCOMPARE(found.size(), 2);
        QCOMPARE(text.mid(found.at(0).start, found.at(0).length), QStringLiteral(u"![one \U0001F600](a.png)"));
        QCOMPARE(text.mid(found.at(1).start, found.at(1).length), QStringLiteral(u"<img src=\"b.png\" alt=\"\u00fc\">"));
    }

    void findReadsEachForm()
    {
        QFETCH(QString, text);
        QFETCH(FoundImageReference::Kind, kind);
        QFETCH(QString, span);
        QFETCH(QString, src);
        QFETCH(QString, alt);
        const QList<FoundImageReference> found = ImageReference::find(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, kind);
        QCOMPARE(text.mid(found.first().start, found.first().length), span);
        QCOMPARE(found.first().line, 1);
        QCOMPARE(found.first().src, src);
        QCOMPARE(found.first().alt, alt);
    }

    void findSkipsWhatIsNoReference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("backtick fence") << "```\n![x](y.png)\n```\n";
        QTest::newRow("tilde fence with info string") << "~~~ markdown {.lines}\n![x](y.png)\n~~~\n";
        QTest::newRow("longer fence holds a shorter one") << "````md\n```\n![x](y.png)\n```\n<img src=\"z.png\">\n````\n";
        QTest::newRow("tilde fence not closed by backticks") << "~~~\n```\n<img src=\"y.png\">\n~~~\n";
        QTest::newRow("unclosed fence runs to the end") << "Text\n\n```\n![x](y.png)\n\n<img src=\"z.png\">\n";
        QTest::newRow("fence in a list item") << "- Item:\n\n  ```\n  ![x](y.png)\n  ```\n";
        QTest::newRow("fence in a quote") << "> ```\n> ![x](y.png)\n> ```\n";
        QTest::newRow("indented code") << "Text\n\n    ![x](y.png)\n    <img src=\"z.png\">\n";
        QTest::newRow("indented code by tab") << "Text\n\n\t<img src=\"y.png\">\n";
        QTest::newRow("indented code at the start") << "    ![x](y.png)\n";
        QTest::newRow("code span") << "Use `![x](y.png)` here.";
        QTest::newRow("double backtick code span") << "Use `` `![x](y.png)` `` here.";
        QTest::newRow("code span over lines") << "Use `![x]\n(y.png) <img src=\"z.png\">` here.";
        QTest::newRow("html comment") << "<!-- ![x](y.png) -->";
        QTest::newRow("inline html comment") << "Text <!-- <img src=\"y.png\"> --> more.";
        QTest::newRow("html comment over blank lines") << "<!--\n\n<img src=\"y.png\">\n\n![x](y.png)\n-->\n";
        QTest::newRow("unclosed html comment block") << "<!--\n![x](y.png)\n";
        QTest::newRow("yaml front matter") << "---\ntitle: x\nimage: ![x](y.png)\n---\nBody\n";
        QTest::newRow("toml front matter") << "+++\ntitle = \"x\"\nimage = '<img src=\"y.png\">'\n+++\nBody\n";
        QTest::newRow("json front matter") << "{\n  \"image\": \"{{< figure src=\\\"y.png\\\" >}}\"\n}\nBody\n";
        QTest::newRow("escaped bang is a link") << "\\![x](y.png)";
        QTest::newRow("escaped html") << "\\<img src=\"y.png\">";
        QTest::newRow("escaped shortcode") << "{{</* figure src=\"y.png\" */>}}";
        QTest::newRow("hugo highlight") << "{{< highlight md >}}\n![x](y.png)\n{{< /highlight >}}\n";
        QTest::newRow("liquid highlight") << "{% highlight html %}\n<img src=\"y.png\">\n{%- endhighlight -%}\n";
        QTest::newRow("space before destination") << "![x] (y.png)";
        QTest::newRow("space in raw destination") << "![x](y z.png)";
        QTest::newRow("unclosed destination") << "![x](y.png";
        QTest::newRow("blank line in description") << "![x\n\ny](z.png)";
        QTest::newRow("reference style") << "![x][y]\n\n[y]: z.png\n";
        QTest::newRow("other tag") << "<imgs src=\"y.png\"> <picture src=\"z.png\">";
        QTest::newRow("unclosed img tag") << "<img src=\"y.png\"\n\nText>";
        QTest::newRow("img without src") << "<img alt=\"x\">";
        QTest::newRow("figure without src") << "{{< figure alt=\"x\" >}}";
        QTest::newRow("other shortcode") << "{{< youtube src=\"y.png\" >}}";
        QTest::newRow("line break backslash before fence") << "Line\\\n```\n![x](y.png)\n```\n";
    }
    void findSkipsWhatIsNoReference()
    {
        QFETCH(QString, text);
        const QList<FoundImageReference> found = ImageReference::find(text);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().src));
    }

    void findKeepsReferencesNearCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("srcs");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("after a closed fence") << "```\n![x](a.png)\n```\n![y](b.png)\n" << QStringList{"b.png"}
                                              << QList<int>{4};
        QTest::newRow("list continuation is not code")
            << "1. Open it:\n\n    ![step](step.png)\n\n   <img src=\"two.png\">\n" << QStringList{"step.png", "two.png"}
            << QList<int>{3, 5};
        QTest::newRow("indented paragraph continuation") << "Text\n    ![x](a.png)\n" << QStringList{"a.png"}
                                                         << QList<int>{2};
        QTest::newRow("after indented code") << "Text\n\n    code\nText ![x](a.png)\n" << QStringList{"a.png"}
                                             << QList<int>{4};
        QTest::newRow("lone backtick is text") << "A ` tick ![x](a.png)\n" << QStringList{"a.png"} << QList<int>{1};
        QTest::newRow("after a code span") << "`code` ![x](a.png) `more`\n" << QStringList{"a.png"} << QList<int>{1};
        QTest::newRow("code span closed only by its own length")
            << "``a`b`` ![x](a.png) `c``d`\n" << QStringList{"a.png"} << QList<int>{1};
        QTest::newRow("after a comment") << "<!-- c -->\n![x](a.png)\n" << QStringList{"a.png"} << QList<int>{2};
        QTest::newRow("after an inline comment") << "Text <!-- c --> ![x](a.png)" << QStringList{"a.png"}
                                                 << QList<int>{1};
        QTest::newRow("unclosed inline comment is text") << "Text <!-- c\n\n![x](a.png)" << QStringList{"a.png"}
                                                         << QList<int>{3};
        QTest::newRow("inside another shortcode") << "{{< details summary=\"More\" >}}\n![x](a.png)\n{{< /details >}}\n"
                                                  << QStringList{"a.png"} << QList<int>{2};
        QTest::newRow("after a highlight shortcode")
            << "{{< highlight go >}}\n![x](a.png)\n{{< /highlight >}}\n<img src=\"b.png\">\n" << QStringList{"b.png"}
            << QList<int>{4};
        QTest::newRow("front matter without keys is markdown") << "---\n![x](a.png)\n---\n" << QStringList{"a.png"}
                                                               << QList<int>{2};
        QTest::newRow("body after front matter")
            << "+++\ntitle = \"x\"\n+++\n\n![x](a.png)\n" << QStringList{"a.png"} << QList<int>{5};
        QTest::newRow("crlf lines") << "a\r\n\r\n![x](a.png)\r\n<img\r\nsrc=\"b.png\">\r\n{{< figure src=\"c.png\" >}}\r\n"
                                    << QStringList{"a.png", "b.png", "c.png"} << QList<int>{3, 4, 6};
        // raw only stops Liquid: Jekyll still renders the Markdown and HTML inside.
        QTest::newRow("inside liquid raw") << "{% raw %}\n<img src=\"y.png\">\n{% endraw %}\n" << QStringList{"y.png"}
                                           << QList<int>{2};
        QTest::newRow("several on a line") << "![a](1.png)![b](2.png) <img src=3.png>{{< figure src=4.png >}}"
                                           << QStringList{"1.png", "2.png", "3.png", "4.png"} << QList<int>{1, 1, 1, 1};
    }
    void findKeepsReferencesNearCode()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, srcs);
        QFETCH(QList<int>, lines);
        QStringList foundSrcs;
        QList<int> foundLines;
        for (const FoundImageReference &f : ImageReference::find(text)) {
            foundSrcs.append(f.src);
            foundLines.append(f.line);
            // The span starts and ends where the reference does.
            const QString span = text.mid(f.start, f.length);
            QVERIFY2(span.startsWith(u'!') || span.startsWith(u'<') || span.startsWith(u'{'), qPrintable(span));
            QVERIFY2(span.endsWith(u')') || span.endsWith(u'>') || span.endsWith(u'}'), qPrintable(span));
        }
        QCOMPARE(foundSrcs, srcs);
        QCOMPARE(foundLines, lines);
    }

    // Every reference of a 1 MB post, none from its code or comments. How
    // long it takes is postwright-bench's (the lexer's pathological group).
    void findReadsALargePost()
    {
        const QString chunk = QStringLiteral(
            "## Section\n\nSome *text* with a [link](https://example.org) and `code` and ![an image](/images/a.png).\n\n"
            "<img class=\"responsive\" src=\"/images/b.png\" alt=\"b\">\n\n"
            "{{< figure src=\"/images/c.png\" caption=\"c\" >}}\n\n"
            "```cpp\nint main() { return ![x](y.png); }\n```\n\n<!-- a comment -->\n\n    indented code\n\n");
        QString post = QStringLiteral("---\ntitle: big\n---\n");
        while (post.size() < 1024 * 1024)
            post += chunk;
        const QList<FoundImageReference> found = ImageReference::find(post);
        const qsizetype chunks = (post.size() - 18) / chunk.size();
        QCOMPARE(found.size(), chunks * 3);
        for (qsizetype i = 0; i < found.size(); ++i)
            QCOMPARE(found.at(i).src, QStringList({"/images/a.png", "/images/b.png", "/images/c.png"}).at(i % 3));
    }

    // Inputs that make a naive scanner search ahead again and again.
    void findFindsNothingInHostileInput_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("image openers") << "![";
        QTest::newRow("brackets") << "[";
        QTest::newRow("unclosed destinations") << "![a](b ";
        QTest::newRow("unclosed titles") << "![a](b \"";
        QTest::newRow("backtick runs") << "`` ` ";
        QTest::newRow("comment openers") << "x <!-- ";
        QTest::newRow("img openers") << "<img a=\"";
        QTest::newRow("shortcode openers") << "{{< figure src=\"";
        QTest::newRow("liquid raw openers") << "{% raw %}";
        QTest::newRow("highlight openers") << "{{< highlight >}}";
    }
    // No reference in a megabyte of openers that close nothing; that this
    // stays linear is measured by postwright-bench --group pathological
    // (never by a timed test), which has these inputs among its cases.
    void findFindsNothingInHostileInput()
    {
        QFETCH(QString, unit);
        const QString text = unit.repeated(1024 * 1024 / unit.size());
        QVERIFY(ImageReference::find(text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
