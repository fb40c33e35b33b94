#include "markdown/markdownrenderer.h"

#include <QTest>

using namespace Postwright;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frontMatterIsNeverRendered_data();
    void frontMatterIsNeverRendered();
    void sourceLinesAreTheFilesLines();
    void gfmExtensionsAreOn();
    void rawHtmlKeptUnlessSafe();
};

void TestMarkdownRenderer::frontMatterIsNeverRendered_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::newRow("yaml") << QByteArray("---\ntitle: Secret\n---\n# Heading\n");
    QTest::newRow("toml") << QByteArray("+++\ntitle = \"Secret\"\n+++\n# Heading\n");
    QTest::newRow("json") << QByteArray("{\"title\": \"Secret\"}\n# Heading\n");
    QTest::newRow("yaml-crlf-bom") << QByteArray("\xEF\xBB\xBF---\r\ntitle: Secret\r\n---\r\n# Heading\r\n");
}

void TestMarkdownRenderer::frontMatterIsNeverRendered()
{
    QFETCH(QByteArray, post);
    const QByteArray html = MarkdownRenderer().render(post).html;
    QVERIFY2(!html.contains("Secret"), html.constData());
    QVERIFY2(!html.contains("<hr"), html.constData());
    QVERIFY2(html.contains("<h1>Heading</h1>"), html.constData());
}

void TestMarkdownRenderer::sourceLinesAreTheFilesLines()
{
    RenderOptions options;
    options.sourceLines = true;
    const QByteArray html =
        MarkdownRenderer().render("---\na: 1\nb: 2\n---\n\nFirst paragraph\n", options).html;
    QVERIFY2(html.contains("<p data-sourcepos=\"6:1-6:15\">First paragraph</p>"), html.constData());
}

void TestMarkdownRenderer::gfmExtensionsAreOn()
{
    const QByteArray html = MarkdownRenderer()
                                .render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://example.org\n\n"
                                        "- [x] done\n\nNote[^1]\n\n[^1]: The note.\n")
                                .html;
    QVERIFY2(html.contains("<table>"), html.constData());
    QVERIFY2(html.contains("<del>gone</del>"), html.constData());
    QVERIFY2(html.contains("<a href=\"https://example.org\">"), html.constData());
    QVERIFY2(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""), html.constData());
    QVERIFY2(html.contains("class=\"footnotes\""), html.constData());
}

void TestMarkdownRenderer::rawHtmlKeptUnlessSafe()
{
    const QByteArray post = "<img class=\"responsive\" src=\"/images/x.png\">\n\nText <ins>new</ins>\n";
    const QByteArray html = MarkdownRenderer().render(post).html;
    QVERIFY2(html.contains("<img class=\"responsive\" src=\"/images/x.png\">"), html.constData());
    QVERIFY2(html.contains("<ins>new</ins>"), html.constData());

    RenderOptions safe;
    safe.safe = true;
    const QByteArray safeHtml = MarkdownRenderer().render(post, safe).html;
    QVERIFY2(!safeHtml.contains("<img"), safeHtml.constData());
    QVERIFY2(!safeHtml.contains("<ins>"), safeHtml.constData());
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
