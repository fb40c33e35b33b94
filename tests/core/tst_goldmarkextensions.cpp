// Which Goldmark extensions a site turns on, read from its Hugo config, and
// Goldmark's extras as Debian 13's hugo (0.131) writes them.

#include "markdown/goldmarkextensions.h"
#include "markdown/markdownrenderer.h"
#include "site/site.h"

#include <QTest>

using namespace Postwright;

class TestGoldmarkExtensions : public QObject
{
    Q_OBJECT
private slots:
    void readsTheSiteConfig()
    {
        const QString corpus = QStringLiteral(POSTWRIGHT_HUGO_PARITY);
        const GoldmarkExtensions custom = GoldmarkExtensions::forSite(Site::detect(corpus + QStringLiteral("/custom/content/posts/x.md")));
        QVERIFY(custom.typographer.enabled);
        QCOMPARE(custom.typographer.leftDoubleQuote, QByteArray("&laquo;"));
        QCOMPARE(custom.typographer.ellipsis, QByteArray("..."));
        QCOMPARE(custom.typographer.leftSingleQuote, QByteArray("&lsquo;")); // not set: Hugo's default
        QVERIFY(!custom.definitionList);
        QVERIFY(custom.emoji);
        QVERIFY(custom.extras.mark && custom.extras.insert && custom.extras.superscript && !custom.extras.subscript);

        const GoldmarkExtensions plain = GoldmarkExtensions::forSite(Site::detect(corpus + QStringLiteral("/plain/content/posts/x.md")));
        QVERIFY(!plain.typographer.enabled);
        QVERIFY(plain.definitionList);
        QVERIFY(!plain.emoji);

        const GoldmarkExtensions defaults = GoldmarkExtensions::forSite(Site::detect(corpus + QStringLiteral("/default/content/posts/x.md")));
        QVERIFY(defaults.typographer.enabled && defaults.definitionList && !defaults.emoji && !defaults.extras.any());
    }

    // Outside a Hugo site the post is CommonMark with GitHub's extensions.
    void nothingOutsideHugo()
    {
        QVERIFY(!GoldmarkExtensions::forSite(Site::detect(QStringLiteral("/nonexistent/post.md"))).typographer.enabled);
        QCOMPARE(MarkdownRenderer().render("\"a\" -- b\n").html, QByteArray("<p>&quot;a&quot; -- b</p>\n"));
    }

    void extrasWriteWhatHugoWrites()
    {
        RenderOptions options;
        options.goldmark = GoldmarkExtensions::none();
        options.goldmark->extras = {true, true, true, true};
        QCOMPARE(MarkdownRenderer().render("H~2~O and x^2^ and ==a b== and ++c d++ and x^a b^ and 2^10^ = 1024.\n", options).html,
                 QByteArray("<p>H<sub>2</sub>O and x<sup>2</sup> and <mark>a b</mark> and <ins>c d</ins> and x<sup>a b</sup> "
                            "and 2<sup>10</sup> = 1024.</p>\n"));
    }

    void extrasOnlyWhenOn()
    {
        RenderOptions options;
        options.goldmark = GoldmarkExtensions::none();
        options.goldmark->extras.mark = true;
        QCOMPARE(MarkdownRenderer().render("==a== and ++b++ and x^2^ and ~~c~~\n", options).html,
                 QByteArray("<p><mark>a</mark> and ++b++ and x^2^ and <del>c</del></p>\n"));
    }
};

QTEST_GUILESS_MAIN(TestGoldmarkExtensions)
#include "tst_goldmarkextensions.moc"
