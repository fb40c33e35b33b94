// Heading ids in Hugo's three autoHeadingIDType styles, attribute lists on
// headings and blocks (Goldmark's parser.attribute), and kramdown's inline
// attribute lists on Jekyll sites. Expected values are what hugo 0.131 wrote
// for the same Markdown (checked by hand, see tests/data/hugo-parity).

#include "markdown/attributelist.h"
#include "markdown/headingids.h"
#include "markdown/markdownrenderer.h"

#include <QTest>

using namespace Postwright;

Q_DECLARE_METATYPE(Postwright::HeadingIdType)

namespace {

RenderResult renderWith(const QByteArray &post, const AttributeSettings &settings)
{
    RenderOptions options;
    options.attributes = settings;
    return MarkdownRenderer().render(post, options);
}

AttributeSettings idType(HeadingIdType type)
{
    AttributeSettings settings;
    settings.headingIdType = type;
    return settings;
}

AttributeSettings blockAttributes()
{
    AttributeSettings settings;
    settings.blockAttributes = true;
    return settings;
}

AttributeSettings kramdown()
{
    AttributeSettings settings;
    settings.kramdown = true;
    settings.headingAttributes = false;
    return settings;
}

QStringList ids(const RenderResult &result)
{
    QStringList list;
    for (const OutlineEntry &entry : result.outline)
        list.append(entry.id);
    return list;
}

} // namespace

class TestHeadingAttributes : public QObject
{
    Q_OBJECT

private slots:
    void idTypes_data()
    {
        QTest::addColumn<HeadingIdType>("type");
        QTest::addColumn<QByteArray>("heading");
        QTest::addColumn<QString>("id");
        const auto github = HeadingIdType::GitHub;
        const auto ascii = HeadingIdType::GitHubAscii;
        const auto blackfriday = HeadingIdType::Blackfriday;
        // github: the source as written, so a link's address is in the id.
        QTest::newRow("github link") << github << QByteArray("A [Link](https://example.org) in a Heading")
                                     << QStringLiteral("a-linkhttpsexampleorg-in-a-heading");
        QTest::newRow("github code") << github << QByteArray("The `cmake --build` Command") << QStringLiteral("the-cmake---build-command");
        QTest::newRow("github entity") << github << QByteArray("Fish &amp; Chips") << QStringLiteral("fish-amp-chips");
        QTest::newRow("github accents kept") << github << QByteArray("Ünïcode Çà Marche") << QString::fromUtf8("ünïcode-çà-marche");
        QTest::newRow("github numbers") << github << QByteArray("x_y 1.5 Ⅻ ½ ١٢") << QString::fromUtf8("x_y-15---١٢");
        QTest::newRow("github simple lower case") << github << QByteArray("İstanbul ǅ") << QString::fromUtf8("istanbul-ǆ");
        QTest::newRow("github closing hashes") << github << QByteArray("Trailing Hashes ##") << QStringLiteral("trailing-hashes");
        QTest::newRow("github-ascii accents folded") << ascii << QByteArray("Ünïcode Çà Marche") << QStringLiteral("unicode-ca-marche");
        QTest::newRow("github-ascii nothing left") << ascii << QByteArray("日本語の見出し") << QStringLiteral("heading");
        QTest::newRow("github-ascii no decomposition") << ascii << QByteArray("İstanbul ǅ ß Æ") << QStringLiteral("istanbul---");
        QTest::newRow("github-ascii link") << ascii << QByteArray("A [Link](https://example.org) in a Heading")
                                           << QStringLiteral("a-linkhttpsexampleorg-in-a-heading");
        QTest::newRow("blackfriday dots") << blackfriday << QByteArray("Version 2.0 \"Final\"") << QStringLiteral("version-2-0-final");
        QTest::newRow("blackfriday dashes") << blackfriday << QByteArray("The `go test -run` Flag") << QStringLiteral("the-go-test-run-flag");
        QTest::newRow("blackfriday runs") << blackfriday << QByteArray("Dots... and -- Dashes") << QStringLiteral("dots-and-dashes");
        QTest::newRow("blackfriday punctuation") << blackfriday << QByteArray("Punctuation: What, Why & How?!")
                                                 << QStringLiteral("punctuation-what-why-how");
        QTest::newRow("blackfriday link") << blackfriday << QByteArray("A [Link](https://example.org) in a Heading")
                                          << QStringLiteral("a-link-https-example-org-in-a-heading");
        QTest::newRow("blackfriday all numbers") << blackfriday << QByteArray("x_y Ⅻ ½") << QString::fromUtf8("x-y-ⅻ-½");
        QTest::newRow("empty heading") << github << QByteArray("") << QStringLiteral("heading");
        QTest::newRow("only closing hashes") << blackfriday << QByteArray("###") << QStringLiteral("heading");
    }
    void idTypes()
    {
        QFETCH(HeadingIdType, type);
        QFETCH(QByteArray, heading);
        QFETCH(QString, id);
        const RenderResult result = renderWith("## " + heading + "\n", idType(type));
        QCOMPARE(ids(result), QStringList{id});
        QVERIFY2(result.html.startsWith("<h2 id=\"" + id.toUtf8() + "\">"), result.html.constData());
    }

    void duplicatesAreSuffixedInDocumentOrder()
    {
        const RenderResult result = renderWith("## Getting Started\n\n## Getting Started\n\n## Getting Started-1\n\n"
                                               "## Later {#getting-started}\n\n##\n\n## ###\n\n# Getting Started\n",
                                               {});
        QCOMPARE(ids(result), (QStringList{"getting-started", "getting-started-1", "getting-started-1-1", "getting-started",
                                           "heading", "heading-1", "getting-started-2"}));
    }

    void setextHeadingIdFromItsLastLine()
    {
        const RenderResult result = renderWith("First line\n   Second   line   \n---\n\n> Quoted\n> Setext\n> ---\n", {});
        QCOMPARE(ids(result), (QStringList{"second---line", "setext"}));
    }

    void noAutoIds()
    {
        AttributeSettings settings;
        settings.autoHeadingIds = false;
        const RenderResult result = renderWith("## Plain\n\n## Chosen {#mine}\n", settings);
        QCOMPARE(result.html, QByteArray("<h2>Plain</h2>\n<h2 id=\"mine\">Chosen</h2>\n"));
        QCOMPARE(ids(result), (QStringList{QString(), "mine"}));
    }

    void headingAttributes_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("id class key") << QByteArray("## Title {#custom-id .class key=value}")
                                      << QByteArray("<h2 id=\"custom-id\" class=\"class\" key=\"value\">Title</h2>");
        QTest::newRow("class only, id generated last") << QByteArray("## Only a Class {.note}")
                                                       << QByteArray("<h2 class=\"note\" id=\"only-a-class\">Only a Class</h2>");
        QTest::newRow("values as Hugo writes them")
            << QByteArray("## Num {data-level=2 data-x=true data-y=-1.5e3 onclick=\"x\" title=\"a&b\" lang=null}")
            << QByteArray("<h2 data-level=\"2\" data-x=\"true\" data-y=\"-1500\" title=\"a&amp;b\" lang=\"\" id=\"num\">Num</h2>");
        QTest::newRow("classes joined") << QByteArray("## Multi {.a .b class=c}") << QByteArray("<h2 class=\"a b c\" id=\"multi\">Multi</h2>");
        QTest::newRow("last list wins") << QByteArray("## H {.x} {.y}") << QByteArray("<h2 class=\"y\" id=\"h-x\">H {.x}</h2>");
        QTest::newRow("not at the end") << QByteArray("## Mid {#m} text") << QByteArray("<h2 id=\"mid-m-text\">Mid {#m} text</h2>");
        QTest::newRow("no space before") << QByteArray("## Title{#tight}") << QByteArray("<h2 id=\"tight\">Title</h2>");
        QTest::newRow("escaped brace") << QByteArray("## Esc \\{.a}") << QByteArray("<h2 id=\"esc-a\">Esc {.a}</h2>");
        QTest::newRow("before closing hashes") << QByteArray("## Foo {#x} ##") << QByteArray("<h2 id=\"x\">Foo</h2>");
        QTest::newRow("after closing hashes") << QByteArray("## Foo ## {#x}") << QByteArray("<h2 id=\"x\">Foo</h2>");
        QTest::newRow("hashes not closing") << QByteArray("## Baz {#z}##") << QByteArray("<h2 id=\"baz-z\">Baz {#z}##</h2>");
        QTest::newRow("read again after closing hashes") << QByteArray("## G3 {.x} # {.y}") << QByteArray("<h2 class=\"x\" id=\"g3\">G3</h2>");
        QTest::newRow("id found first") << QByteArray("## G4 {.x} # {#y}") << QByteArray("<h2 id=\"y\">G4 {.x}</h2>");
        QTest::newRow("id found again") << QByteArray("## G5 {#x} # {.y}") << QByteArray("<h2 class=\"y\" id=\"x\">G5</h2>");
        QTest::newRow("setext keeps hashes") << QByteArray("Set {.a} ##\n---") << QByteArray("<h2 id=\"set-a-\">Set {.a} ##</h2>");
        QTest::newRow("not a list") << QByteArray("## a {b} {#c}") << QByteArray("<h2 id=\"c\">a {b}</h2>");
        QTest::newRow("setext") << QByteArray("Setext  One {.cls #sid}\n===")
                                << QByteArray("<h1 class=\"cls\" id=\"sid\">Setext  One</h1>");
    }
    void headingAttributes()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, html);
        QCOMPARE(renderWith(markdown + '\n', {}).html, html + '\n');
    }

    void headingAttributesOff()
    {
        AttributeSettings settings;
        settings.headingIdType = HeadingIdType::Blackfriday;
        settings.headingAttributes = false;
        const RenderResult result = renderWith("## Attribute Syntax {#not-an-id}\n", settings);
        QCOMPARE(result.html, QByteArray("<h2 id=\"attribute-syntax-not-an-id\">Attribute Syntax {#not-an-id}</h2>\n"));
        QCOMPARE(result.outline.first().text, QStringLiteral("Attribute Syntax {#not-an-id}"));
    }

    void outlineCarriesTheHtmlIds()
    {
        const AttributeSettings settings = ::blockAttributes();
        const RenderResult result = renderWith("## One {#first}\n\n## Two\n{#ignored .x}\n\n## One\n", settings);
        QCOMPARE(ids(result), (QStringList{"first", "two", "one"}));
        QCOMPARE(result.outline.first().text, QStringLiteral("One"));
        for (const QString &id : ids(result))
            QVERIFY2(result.html.contains("id=\"" + id.toUtf8() + '"'), result.html.constData());
    }

    void blockAttributes_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("paragraph") << QByteArray("Para one\n{.x foo=bar data-n=-1.5e3 id=p1 style=\"a&b\"}")
                                   << QByteArray("<p class=\"x\" data-n=\"\" id=\"p1\" style=\"a&amp;b\">Para one</p>\n");
        QTest::newRow("quote") << QByteArray("> Quote\n{foo=bar cite=\"c\" .q}")
                               << QByteArray("<blockquote cite=\"c\" class=\"q\">\n<p>Quote</p>\n</blockquote>\n");
        QTest::newRow("list stays tight") << QByteArray("- a\n- b\n{type=square .l}")
                                          << QByteArray("<ul type=\"square\" class=\"l\">\n<li>a</li>\n<li>b</li>\n</ul>\n");
        QTest::newRow("table") << QByteArray("| A |\n|---|\n| 1 |\n{foo=bar border=\"1\" .t}")
                               << QByteArray("<table border=\"1\" class=\"t\">\n<thead>\n<tr>\n<th>A</th>\n</tr>\n</thead>\n"
                                             "<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n");
        QTest::newRow("after a heading") << QByteArray("## Heading\n{.after}")
                                         << QByteArray("<h2 id=\"heading\" class=\"after\">Heading</h2>\n");
        QTest::newRow("after a blank line: gone") << QByteArray("Text\n\n{.lonely}") << QByteArray("<p>Text</p>\n");
        QTest::newRow("ends the paragraph") << QByteArray("line one\n{.mid}\nline three")
                                            << QByteArray("<p class=\"mid\">line one</p>\n<p>line three</p>\n");
        QTest::newRow("rule") << QByteArray("***\n{.hr}") << QByteArray("<hr class=\"hr\" />\n");
        QTest::newRow("inside a quote") << QByteArray("> q\n> {.inq}") << QByteArray("<blockquote>\n<p class=\"inq\">q</p>\n</blockquote>\n");
        QTest::newRow("tight item loses them") << QByteArray("- item\n  {.initem}") << QByteArray("<ul>\n<li>item</li>\n</ul>\n");
        QTest::newRow("second line adds only what is missing") << QByteArray("para\n{.a}\n{.b #i}")
                                                               << QByteArray("<p class=\"a\" id=\"i\">para</p>\n");
        QTest::newRow("commas and spaces") << QByteArray("para\n{ .a, .b, #c }") << QByteArray("<p class=\"a b\" id=\"c\">para</p>\n");
        QTest::newRow("text after the list goes") << QByteArray("para\n{.x} trailing text") << QByteArray("<p class=\"x\">para</p>\n");
        QTest::newRow("not a list stays text") << QByteArray("para\n{not a list}") << QByteArray("<p>para\n{not a list}</p>\n");
        QTest::newRow("in a code block stays") << QByteArray("```\ncode\n{.x}\n```") << QByteArray("<pre><code>code\n{.x}\n</code></pre>\n");
        QTest::newRow("in raw HTML stays") << QByteArray("<div>\nhtml\n{.x}\n</div>") << QByteArray("<div>\nhtml\n{.x}\n</div>\n");
    }
    void blockAttributes()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, html);
        QByteArray rendered = renderWith(markdown + '\n', ::blockAttributes()).html;
        rendered.replace("<pre class=\"code\"><code>", "<pre><code>"); // the highlighter's frame is no concern here
        QCOMPARE(rendered, html);
    }

    void blockAttributesOffStayText()
    {
        QCOMPARE(renderWith("para\n{.x}\n", {}).html, QByteArray("<p>para\n{.x}</p>\n"));
    }

    void kramdownLists_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("after a paragraph") << QByteArray("A paragraph.\n{: .lead #intro data-x=\"1\"}")
                                           << QByteArray("<p class=\"lead\" id=\"intro\" data-x=\"1\">A paragraph.</p>\n");
        QTest::newRow("before a block") << QByteArray("Text\n\n{:.note}\nNext paragraph.")
                                        << QByteArray("<p>Text</p>\n<p class=\"note\">Next paragraph.</p>\n");
        QTest::newRow("single quotes, any name") << QByteArray("> Quote\n{: title='x' foo='bar'}")
                                                 << QByteArray("<blockquote title=\"x\" foo=\"bar\">\n<p>Quote</p>\n</blockquote>\n");
        QTest::newRow("alone: hidden") << QByteArray("One\n\n{: .x}\n\nTwo") << QByteArray("<p>One</p>\n<p>Two</p>\n");
        QTest::newRow("options hidden") << QByteArray("Intro\n\n{::options parse_block_html=\"true\" /}\nText")
                                        << QByteArray("<p>Intro</p>\n<p>Text</p>\n");
        QTest::newRow("comment hidden") << QByteArray("Before\n\n{::comment}\nnot shown\n\nnor this\n{:/comment}\n\nAfter")
                                        << QByteArray("<p>Before</p>\n<p>After</p>\n");
        QTest::newRow("definition hidden") << QByteArray("Intro\n\n{:ref: .big}\nText") << QByteArray("<p>Intro</p>\n<p>Text</p>\n");
        QTest::newRow("heading id") << QByteArray("## Title {#chosen}\n{: .wide}")
                                    << QByteArray("<h2 id=\"chosen\" class=\"wide\">Title</h2>\n");
        QTest::newRow("goldmark list is text") << QByteArray("para\n{.x}") << QByteArray("<p>para\n{.x}</p>\n");
    }
    void kramdownLists()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, html);
        QCOMPARE(renderWith(markdown + '\n', kramdown()).html, html);
    }

    void attributeListParsing()
    {
        qsizetype end = 0;
        const QByteArray text = "{#a .b .c key=\"q\\\"x\" n=+2 flag=false list=[1, \"x\"] obj={a=1}} rest";
        const std::optional<AttributeList> list = AttributeList::parse(text, 0, &end);
        QVERIFY(list);
        QCOMPARE(text.mid(end), QByteArray(" rest"));
        QCOMPARE(list->value("id"), QByteArray("a"));
        QCOMPARE(list->value("class"), QByteArray("b c"));
        QCOMPARE(list->value("key"), QByteArray("q\"x"));
        QCOMPARE(list->value("n"), QByteArray("2"));
        QCOMPARE(list->value("flag"), QByteArray("false"));
        QVERIFY(list->contains("list"));
        QVERIFY(list->contains("obj"));
        for (const char *bad : {"{key}", "{key=}", "{=v}", "{class=1}", "{a=\"open}", "{.x", "{a=/path}"})
            QVERIFY2(!AttributeList::parse(QByteArray(bad), 0, &end), bad);
        const std::optional<AttributeList> ial =
            AttributeList::parse(QByteArray("{: #i .a .b key='v\\'s' ref}"), 0, &end, AttributeList::Syntax::Kramdown);
        QVERIFY(ial);
        QCOMPARE(ial->value("id"), QByteArray("i"));
        QCOMPARE(ial->value("class"), QByteArray("a b"));
        QCOMPARE(ial->value("key"), QByteArray("v's"));
        QVERIFY(!ial->contains("ref"));
    }
};

QTEST_GUILESS_MAIN(TestHeadingAttributes)
#include "tst_headingattributes.moc"
