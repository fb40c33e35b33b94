// Goldmark's typographer in Postwright's renderer: each expected line is what
// Debian 13's hugo (0.131, goldmark 1.7.4) wrote for the same Markdown, with
// its entities written as the characters.

#include "markdown/markdownrenderer.h"

#include <QTest>

using namespace Postwright;

namespace {

QByteArray render(const QByteArray &markdown, const GoldmarkExtensions &extensions)
{
    RenderOptions options;
    options.goldmark = extensions;
    return MarkdownRenderer().render(markdown, options).html;
}

} // namespace

class TestTypographer : public QObject
{
    Q_OBJECT
private slots:
    void writesWhatHugoWrites_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("apostrophes") << QByteArray("Rock 'n' roll, the '90s, 'twas, Smiths' house, doin' it.\n")
                                     << QByteArray("<p>Rock ’n’ roll, the ’90s, ’twas, Smiths’ house, doin’ it.</p>\n");
        QTest::newRow("nested quotes") << QByteArray("He said \"it's 'fine'\" and left.\n")
                                       << QByteArray("<p>He said “it’s ‘fine’” and left.</p>\n");
        QTest::newRow("inches") << QByteArray("A 6\" screen and \"Monitor 21\"\" here.\n")
                                << QByteArray("<p>A 6&quot; screen and “Monitor 21&quot;” here.</p>\n");
        QTest::newRow("escapes stay") << QByteArray("Escaped \\\"quotes\\\" and \\'single\\' and \\-- dashes.\n")
                                      << QByteArray("<p>Escaped &quot;quotes&quot; and 'single' and -- dashes.</p>\n");
        QTest::newRow("runs") << QByteArray("Four dots.... and five dashes ----- here.\n")
                              << QByteArray("<p>Four dots…. and five dashes —– here.</p>\n");
        QTest::newRow("links and autolinks")
            << QByteArray("Link [a \"b\" c](https://x.org/a--b \"t\") and <https://x.org/c--d> and https://x.org/e--f here.\n")
            << QByteArray("<p>Link <a href=\"https://x.org/a--b\" title=\"t\">a “b” c</a> and <a href=\"https://x.org/c--d\">"
                          "https://x.org/c--d</a> and <a href=\"https://x.org/e--f\">https://x.org/e--f</a> here.</p>\n");
        QTest::newRow("code and emphasis") << QByteArray("`\"code\"` then \"after code\" and *\"emph\"* quote.\n")
                                           << QByteArray("<p><code>&quot;code&quot;</code> then “after code” and <em>“emph”</em> quote.</p>\n");
        QTest::newRow("angle quotes, not a tag") << QByteArray("Angle quotes: <<Bonjour>>, said he.\n")
                                                 << QByteArray("<p>Angle quotes: «Bonjour», said he.</p>\n");
        // A heading's last line has no line break after it: Goldmark leaves
        // this closing apostrophe straight.
        QTest::newRow("heading") << QByteArray("#### Don't Stop... Believin'\n")
                                 << QByteArray("<h4 id=\"dont-stop-believin\">Don’t Stop… Believin'</h4>\n");
    }
    void writesWhatHugoWrites()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, html);
        QCOMPARE(render(markdown, GoldmarkExtensions::hugoDefaults()), html);
    }

    void configuredStringsAreWritten()
    {
        GoldmarkExtensions extensions = GoldmarkExtensions::hugoDefaults();
        extensions.typographer.leftDoubleQuote = "&laquo;";
        extensions.typographer.rightDoubleQuote = "&raquo;";
        extensions.typographer.ellipsis = "...";
        extensions.typographer.emDash = "<span class=\"dash\">&mdash;</span>"; // markup stays markup
        QCOMPARE(render("\"Hi\"... a --- b\n", extensions),
                 QByteArray("<p>«Hi»... a <span class=\"dash\">&mdash;</span> b</p>\n"));
    }

    void offLeavesTextAsTyped()
    {
        QCOMPARE(render("\"Hi\" -- it's...\n", GoldmarkExtensions::none()), QByteArray("<p>&quot;Hi&quot; -- it's...</p>\n"));
    }

    // Hugo makes heading ids from the text as typed.
    void headingIdFromTheTypedText()
    {
        QCOMPARE(render("## Version 2.0 -- \"Final\"\n", GoldmarkExtensions::hugoDefaults()),
                 QByteArray("<h2 id=\"version-20----final\">Version 2.0 – “Final”</h2>\n"));
    }

    void shortcodesAreLeftAlone()
    {
        RenderOptions options;
        options.goldmark = GoldmarkExtensions::hugoDefaults();
        const QByteArray html = MarkdownRenderer().render("It's {{< param \"a--b\" >}} here.\n", options).html;
        QVERIFY2(!html.contains("a–b") && html.contains("It’s"), html.constData());
    }
};

QTEST_GUILESS_MAIN(TestTypographer)
#include "tst_typographer.moc"
