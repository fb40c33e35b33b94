// Definition lists as Hugo's Goldmark writes them; the expected HTML is what
// Debian 13's hugo (0.131) wrote for the same Markdown.

#include "markdown/markdownrenderer.h"

#include <QTest>

using namespace Postwright;

namespace {

QByteArray render(const QByteArray &markdown, bool sourceLines = false)
{
    RenderOptions options;
    options.goldmark = GoldmarkExtensions::none();
    options.goldmark->definitionList = true;
    options.sourceLines = sourceLines;
    return MarkdownRenderer().render(markdown, options).html;
}

} // namespace

class TestDefinitionLists : public QObject
{
    Q_OBJECT
private slots:
    void writesWhatHugoWrites_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("one term") << QByteArray("Term\n: Definition\n")
                                  << QByteArray("<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>\n");
        QTest::newRow("terms, tight and loose, continuation")
            << QByteArray("Term\n: Definition\n\nTerm A\nTerm B\n: Def 1\n\n: Def 2\n\n    indented code in def\n\n"
                          "Another\n:   Spaced four\n\n    continued paragraph\n")
            << QByteArray("<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n<dt>Term A</dt>\n<dt>Term B</dt>\n<dd>Def 1</dd>\n"
                          "<dd>\n<p>Def 2</p>\n<p>indented code in def</p>\n</dd>\n<dt>Another</dt>\n"
                          "<dd>Spaced four\n<p>continued paragraph</p>\n</dd>\n</dl>\n");
        QTest::newRow("several definitions, emphasis")
            << QByteArray("Edge\n: One command.\n: Also a *rule instance*.\n")
            << QByteArray("<dl>\n<dt>Edge</dt>\n<dd>One command.</dd>\n<dd>Also a <em>rule instance</em>.</dd>\n</dl>\n");
        QTest::newRow("no space after the colon") << QByteArray("Term\n:smile:\n") << QByteArray("<p>Term\n:smile:</p>\n");
        QTest::newRow("no term") << QByteArray("# Title\n\n: not a definition\n")
                                 << QByteArray("<h1 id=\"title\">Title</h1>\n<p>: not a definition</p>\n");
        QTest::newRow("in code") << QByteArray("```\nTerm\n: x\n```\n") << QByteArray("<pre class=\"code\"><code>Term\n: x\n</code></pre>\n");
    }
    void writesWhatHugoWrites()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, html);
        QCOMPARE(render(markdown), html);
    }

    // Scroll sync: each part says the line it starts on.
    void sourceLinesAreKept()
    {
        QCOMPARE(render("Intro\n\nTerm A\nTerm B\n: One\n\n: Two\n", true),
                 QByteArray("<p data-line=\"1\">Intro</p>\n<dl data-line=\"3\">\n<dt data-line=\"3\">Term A</dt>\n"
                            "<dt data-line=\"4\">Term B</dt>\n<dd data-line=\"5\">One</dd>\n<dd data-line=\"7\">\n"
                            "<p data-line=\"7\">Two</p>\n</dd>\n</dl>\n"));
    }

    void offLeavesParagraphs()
    {
        RenderOptions options;
        options.goldmark = GoldmarkExtensions::none();
        QCOMPARE(MarkdownRenderer().render("Term\n: Definition\n", options).html, QByteArray("<p>Term\n: Definition</p>\n"));
    }
};

QTEST_GUILESS_MAIN(TestDefinitionLists)
#include "tst_definitionlists.moc"
