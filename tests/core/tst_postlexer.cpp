// The one reading of a post: what the lexer finds where, the way Hugo and
// Jekyll read the same text. How fast it is lives in postwright-bench.

#include "markdown/postlexer.h"

#include <QTest>

using namespace Postwright;

namespace {

QByteArray textOf(const QByteArray &post, const LexedSpan &span)
{
    return post.mid(span.start, span.end - span.start);
}

// "kind:text" of every span, for compact comparisons.
QStringList spansOf(const QByteArray &post, const LexerOptions &options = {})
{
    static const char *names[] = {"shortcode", "escaped", "liquid", "output", "math", "display", "excerpt"};
    QStringList out;
    for (const LexedSpan &span : PostLexer::lex(post, options).spans)
        out << QString::fromUtf8(names[span.kind] + QByteArray(":") + textOf(post, span));
    return out;
}

} // namespace

class TestPostLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsSpans_data()
    {
        QTest::addColumn<QByteArray>("post");
        QTest::addColumn<QStringList>("spans");
        QTest::newRow("shortcode") << QByteArray("a {{< youtube x >}} b\n") << QStringList{"shortcode:{{< youtube x >}}"};
        QTest::newRow("quoted closer in a value")
            << QByteArray("{{< p a=\"x >}} y\" b=`z >}}` >}}\n") << QStringList{"shortcode:{{< p a=\"x >}} y\" b=`z >}}` >}}"};
        QTest::newRow("escaped quote in a value")
            << QByteArray("{{< p a=\"say \\\">}}\\\"\" >}}\n") << QStringList{"shortcode:{{< p a=\"say \\\">}}\\\"\" >}}"};
        QTest::newRow("single quotes are no quotes to Hugo")
            << QByteArray("{{< p a='x >}} y' >}}\n") << QStringList{"shortcode:{{< p a='x >}}"};
        QTest::newRow("multi-line tag") << QByteArray("{{< figure\n  src=\"a.png\"\n>}}\n")
                                        << QStringList{"shortcode:{{< figure\n  src=\"a.png\"\n>}}"};
        QTest::newRow("unclosed tag is text") << QByteArray("{{< figure src=\"a.png\"\n\nnext\n") << QStringList{};
        QTest::newRow("escaped shortcode") << QByteArray("{{</* x */>}} and {{%/* y */%}}\n")
                                           << QStringList{"escaped:{{</* x */>}}", "escaped:{{%/* y */%}}"};
        QTest::newRow("escaped in a fence") << QByteArray("```\n{{</* figure src=\"a\" */>}}\n```\n")
                                            << QStringList{"escaped:{{</* figure src=\"a\" */>}}"};
        QTest::newRow("escaped in a code span") << QByteArray("`{{</* x */>}}` and `{{< y >}}`\n")
                                                << QStringList{"escaped:{{</* x */>}}"};
        QTest::newRow("nothing else in code") << QByteArray("```\n$x$ {{< y >}} {% z %}\n```\n\n    {{ w }}\n")
                                              << QStringList{};
        QTest::newRow("liquid whitespace control")
            << QByteArray("{%- include x.html -%} {{- page.title -}}\n")
            << QStringList{"liquid:{%- include x.html -%}", "output:{{- page.title -}}"};
        QTest::newRow("liquid raw stops liquid, not markdown")
            << QByteArray("{% raw %}\n```liquid\n{{ a }}\n```\n{{ b }} $x$\n{% endraw %} {{ c }}\n")
            << QStringList{"liquid:{% raw %}", "math:$x$", "liquid:{% endraw %}", "output:{{ c }}"};
        QTest::newRow("math") << QByteArray("$x$, $$y$$, \\(z\\), \\[w\\]\n")
                              << QStringList{"math:$x$", "display:$$y$$", "math:\\(z\\)", "display:\\[w\\]"};
        QTest::newRow("money") << QByteArray("$5 and $10\n\n$ x $ and \\$y$\n") << QStringList{};
        QTest::newRow("display math over lines") << QByteArray("$$\na\nb\n$$\n") << QStringList{"display:$$\na\nb\n$$"};
        QTest::newRow("no math over a blank line") << QByteArray("$$\na\n\nb\n$$\n") << QStringList{};
        QTest::newRow("escaped punctuation is no math") << QByteArray("\\[\\\\\\] and \\(\\)\n") << QStringList{};
        QTest::newRow("no math in a link destination") << QByteArray("[a](https://x/\\(b\\)$c$)\n") << QStringList{};
        QTest::newRow("templates in a link destination")
            << QByteArray("[a]({{ '/docs/' | relative_url }}) [b]({% link a.md %}) [c](<{{% eturl x %}}>)\n")
            << QStringList{"output:{{ '/docs/' | relative_url }}", "liquid:{% link a.md %}", "shortcode:{{% eturl x %}}"};
        QTest::newRow("shortcode in a table cell") << QByteArray("| a |\n|---|\n| {{< icon star >}} |\n")
                                                   << QStringList{"shortcode:{{< icon star >}}"};
        QTest::newRow("shortcode in raw html") << QByteArray("<div>{{< icon star >}}</div>\n")
                                               << QStringList{"shortcode:{{< icon star >}}"};
        QTest::newRow("nothing in a comment") << QByteArray("<!-- {{< x >}} $y$ -->\n") << QStringList{};
        QTest::newRow("nothing in front matter") << QByteArray("---\ntitle: \"$x$ {{< y >}}\"\n---\n$z$\n")
                                                 << QStringList{"math:$z$"};
    }
    void findsSpans()
    {
        QFETCH(QByteArray, post);
        QFETCH(QStringList, spans);
        QCOMPARE(spansOf(post), spans);
    }

    void siteDecidesTemplateLanguage()
    {
        const QByteArray post = "{{< x >}} {% y %} {{ z }}\n";
        LexerOptions hugo;
        hugo.liquid = false;
        QCOMPARE(spansOf(post, hugo), QStringList{"shortcode:{{< x >}}"});
        LexerOptions jekyll;
        jekyll.hugo = false;
        QCOMPARE(spansOf(post, jekyll), (QStringList{"liquid:{% y %}", "output:{{ z }}"}));
    }

    // Math follows the site: its passthrough pairs, or none at all.
    void mathDelimitersFollowTheSite()
    {
        const QByteArray post = "$a$ $$b$$ \\(c\\) \\[d\\] @@e@@ %%f%%\n";
        LexerOptions none;
        none.math = MathDelimiters::none();
        QCOMPARE(spansOf(post, none), QStringList{});
        LexerOptions dollars;
        dollars.math = MathDelimiters::none();
        dollars.math.dollar = dollars.math.doubleDollar = true;
        QCOMPARE(spansOf(post, dollars), (QStringList{"math:$a$", "display:$$b$$"}));
        LexerOptions own;
        own.math = MathDelimiters::none();
        own.math.otherInline = {{"%%", "%%"}};
        own.math.otherDisplay = {{"@@", "@@"}};
        QCOMPARE(spansOf(post, own), (QStringList{"display:@@e@@", "math:%%f%%"}));
        QCOMPARE(spansOf("@@\nx\n@@ and %%\ny%%\n", own), QStringList{"display:@@\nx\n@@"});
    }

    // Pairs as Hugo nests them: by name, hyphens included, innermost first.
    void pairsTags()
    {
        const QByteArray post = "{{< code-toggle file=hugo >}}\n"
                                "{{< x >}}\n"
                                "{{% note kind=\"tip\" %}}\n"
                                "{{< x >}}inner{{< /x >}}\n"
                                "{{% /note %}}\n"
                                "{{< /code-toggle >}}\n"
                                "{{< /stray >}}\n";
        const LexedPost lexed = PostLexer::lex(post);
        QCOMPARE(lexed.spans.size(), 8);
        const QList<LexedSpan> &s = lexed.spans;
        QCOMPARE(s[0].name, QByteArrayView("code-toggle"));
        QCOMPARE(s[0].tag().paramText, QByteArrayView("file=hugo"));
        QCOMPARE(s[0].pair, 6);
        QCOMPARE(s[6].pair, 0);
        QVERIFY(s[6].closesPair());
        QCOMPARE(s[1].pair, -1); // an x that nothing closes stays single
        QCOMPARE(s[2].pair, 5);
        QCOMPARE(s[2].delimiter, '%');
        QCOMPARE(s[3].pair, 4);
        QCOMPARE(s[7].pair, -1);
        QCOMPARE(s[7].line, 7);
    }

    void liquidBlocksPair()
    {
        const QByteArray post = "{% if a %}\nx\n{% endif %}\n{% capture y %}z{%- endcapture -%}\n";
        const LexedPost lexed = PostLexer::lex(post);
        QCOMPARE(lexed.spans.size(), 4);
        QCOMPARE(lexed.spans[0].pair, 1);
        QCOMPARE(lexed.spans[2].pair, 3);
        QVERIFY(!lexed.spans[0].verbatim);
        QVERIFY(lexed.spans[2].verbatim); // a capture's text goes into a variable: nothing reads it
    }

    // Inside highlight and comment pairs nothing is read.
    void verbatimPairs()
    {
        const QByteArray post = "{{< highlight go >}}\n![x](a.png) $y$ {{< z >}}\n{{< /highlight >}}\n"
                                "{% comment %}\n{{ w }}\n{%- endcomment -%}\n![v](b.png)\n";
        const LexedPost lexed = PostLexer::lex(post);
        QCOMPARE(lexed.spans.size(), 4);
        QVERIFY(lexed.spans[0].verbatim);
        QCOMPARE(lexed.spans[0].pair, 1);
        QCOMPARE(textOf(post, lexed.spans[1]), QByteArray("{{< /highlight >}}"));
        QCOMPARE(lexed.spans[2].pair, 3);
        QCOMPARE(textOf(post, lexed.spans[3]), QByteArray("{%- endcomment -%}"));
        QCOMPARE(lexed.images.size(), 1);
        QCOMPARE(lexed.images[0].src, QByteArrayView("b.png"));
        QCOMPARE(lexed.images[0].line, 7);
    }

    void codeBlocks()
    {
        const QByteArray post = "---\ntitle: x\n---\n"
                                "```go\nfunc main() {}\n```\n"
                                "\n    indented\n    more\n\n"
                                "> ~~~\n> quoted\n> ~~~\n"
                                "1. ```\n   in a list\n   ```\n"
                                "```\nunclosed\n";
        const LexedPost lexed = PostLexer::lex(post);
        QCOMPARE(lexed.codeBlocks.size(), 5);
        const CodeBlock &go = lexed.codeBlocks[0];
        QVERIFY(go.fenced && go.closed && go.plain);
        QCOMPARE(go.info, QByteArray("go"));
        QCOMPARE(go.firstLine, 4);
        QCOMPARE(go.lastLine, 6);
        QCOMPARE(post.mid(go.contentStart, go.contentEnd - go.contentStart), QByteArray("func main() {}\n"));
        QVERIFY(!lexed.codeBlocks[1].fenced);
        QCOMPARE(lexed.codeBlocks[1].firstLine, 8);
        QCOMPARE(lexed.codeBlocks[1].lastLine, 9);
        QVERIFY(lexed.codeBlocks[2].fenced && !lexed.codeBlocks[2].plain);
        QCOMPARE(lexed.codeBlocks[3].firstLine, 14);
        QVERIFY(!lexed.codeBlocks[4].closed);
        QCOMPARE(lexed.codeBlockAtLine(5), &lexed.codeBlocks[0]);
        QCOMPARE(lexed.codeBlockAtLine(7), nullptr);
        QCOMPARE(lexed.codeBlockAtLine(18), &lexed.codeBlocks[4]);
    }

    void images()
    {
        const QByteArray post = "![a [b]](x.png \"t\") <img alt=\"![c](no.png)\" src='y.png'>\n"
                                "{{< figure src=\"z.png\" alt=\"q\" >}} `![d](no.png)` <!-- ![e](no.png) -->\n";
        const LexedPost lexed = PostLexer::lex(post);
        QCOMPARE(lexed.images.size(), 3);
        QCOMPARE(lexed.images[0].kind, LexedImage::Markdown);
        QCOMPARE(lexed.images[0].src, QByteArrayView("x.png"));
        QCOMPARE(lexed.images[0].alt, QByteArrayView("a [b]"));
        QCOMPARE(lexed.images[1].kind, LexedImage::Html);
        QCOMPARE(lexed.images[1].src, QByteArrayView("y.png"));
        QCOMPARE(lexed.images[1].alt, QByteArrayView("![c](no.png)"));
        QCOMPARE(lexed.images[2].kind, LexedImage::Figure);
        QCOMPARE(lexed.images[2].src, QByteArrayView("z.png"));
        QCOMPARE(lexed.images[2].alt, QByteArrayView("q"));
        QCOMPARE(lexed.images[2].line, 2);
    }

    void excerptSeparator()
    {
        LexerOptions options;
        options.excerptSeparator = "<!--more-->";
        QCOMPARE(spansOf("a\n<!--more-->\nb\n", options), QStringList{});
        options.excerptSeparator = "[[more]]";
        QCOMPARE(spansOf("a\n [[more]] \nb\n", options), QStringList{"excerpt: [[more]] "});
    }

    // Unclosed openers of every kind: each is text, and nothing after them is lost.
    void unclosedOpenersAreText_data()
    {
        QTest::addColumn<QByteArray>("unit");
        for (const char *unit : {"$a ", "{{ a ", "{% a ", "{{< a ", "{{% a ", "\\(a ", "\\[a ", "`` ` ", "x <!-- ", "![a](",
                                 "[ (](", "<img a=\"", "{{</* a "})
            QTest::newRow(unit) << QByteArray(unit);
    }
    void unclosedOpenersAreText()
    {
        QFETCH(QByteArray, unit);
        const QByteArray post = unit.repeated(200) + "\n\n$x$\n";
        const LexedPost lexed = PostLexer::lex(post);
        QVERIFY(!lexed.spans.isEmpty());
        QCOMPARE(textOf(post, lexed.spans.last()), QByteArray("$x$"));
        QCOMPARE(lexed.spans.last().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestPostLexer)
#include "tst_postlexer.moc"
