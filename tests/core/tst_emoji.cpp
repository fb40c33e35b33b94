// Emoji short names as Hugo writes them with enableEmoji (goldmark-emoji);
// the expected HTML is what Debian 13's hugo (0.131) wrote.

#include "markdown/emoji.h"
#include "markdown/markdownrenderer.h"

#include <QTest>

using namespace Postwright;

class TestEmoji : public QObject
{
    Q_OBJECT
private slots:
    void lookup()
    {
        QCOMPARE(Emoji::lookup("rocket"), QByteArray("\xF0\x9F\x9A\x80"));
        QCOMPARE(Emoji::lookup("+1"), QByteArray("\xF0\x9F\x91\x8D"));
        QCOMPARE(Emoji::lookup("warning"), QByteArray("\xE2\x9A\xA0\xEF\xB8\x8F")); // with its variation selector
        QCOMPARE(Emoji::lookup("notanemoji"), QByteArray());
        QCOMPARE(Emoji::lookup(""), QByteArray());
    }

    void writesWhatHugoWrites_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("adjacent, underscores, unknown, inside words")
            << QByteArray(":rocket::tada: and :white_check_mark: and :x:y: and a:+1:b.\n")
            << QByteArray("<p>🚀🎉 and ✅ and ❌y: and a👍b.</p>\n");
        QTest::newRow("code stays") << QByteArray("Say `:smile:` and :notanemoji:.\n")
                                    << QByteArray("<p>Say <code>:smile:</code> and :notanemoji:.</p>\n");
        QTest::newRow("heading id from the name") << QByteArray("## Shipped :sparkles:\n")
                                                  << QByteArray("<h2 id=\"shipped-sparkles\">Shipped ✨</h2>\n");
    }
    void writesWhatHugoWrites()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, html);
        RenderOptions options;
        options.goldmark = GoldmarkExtensions::none();
        options.goldmark->emoji = true;
        QCOMPARE(MarkdownRenderer().render(markdown, options).html, html);
    }

    void offByDefault()
    {
        RenderOptions options;
        options.goldmark = GoldmarkExtensions::hugoDefaults();
        QCOMPARE(MarkdownRenderer().render(":rocket:\n", options).html, QByteArray("<p>:rocket:</p>\n"));
    }
};

QTEST_GUILESS_MAIN(TestEmoji)
#include "tst_emoji.moc"
