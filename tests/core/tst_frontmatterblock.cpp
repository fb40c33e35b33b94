#include "frontmatter/frontmatterblock.h"

#include <QTest>

using namespace Postwright;

class TestFrontMatterBlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locatesBlockAndBody_data();
    void locatesBlockAndBody();
    void hasKeys_data();
    void hasKeys();
};

void TestFrontMatterBlock::hasKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("keys");
    QTest::newRow("yaml-key") << QByteArray("---\ntitle: x\n---\n") << true;
    QTest::newRow("yaml-comment-then-key") << QByteArray("---\n# c\ndraft: false # no\n---\n") << true;
    QTest::newRow("yaml-quoted-key") << QByteArray("---\n\"my key\": 1\n---\n") << true;
    QTest::newRow("yaml-empty-value") << QByteArray("---\ntags:\n  - a\n---\n") << true;
    QTest::newRow("yaml-heading-text") << QByteArray("---\nFoo\n---\n") << false;
    QTest::newRow("yaml-empty") << QByteArray("---\n---\n") << false;
    QTest::newRow("yaml-url-is-no-key") << QByteArray("---\nhttps://example.org\n---\n") << false;
    QTest::newRow("toml-key") << QByteArray("+++\ntitle = 'x'\n+++\n") << true;
    QTest::newRow("toml-table") << QByteArray("+++\n[params]\n+++\n") << true;
    QTest::newRow("toml-text") << QByteArray("+++\nplain words\n+++\n") << false;
    QTest::newRow("json") << QByteArray("{\"a\": 1}\n") << true;
    QTest::newRow("unterminated") << QByteArray("---\ntitle: x\n") << false;
    QTest::newRow("none") << QByteArray("# Title\n") << false;
}

void TestFrontMatterBlock::hasKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, keys);
    QCOMPARE(FrontMatterBlock::locate(text).hasKeys(text), keys);
}

void TestFrontMatterBlock::locatesBlockAndBody_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bodyLine");
    QTest::addColumn<bool>("terminated");

    QTest::newRow("yaml") << QByteArray("---\ntitle: A\n---\n# Body\n") << "yaml"
                          << QByteArray("title: A\n") << QByteArray("# Body\n") << 4 << true;
    QTest::newRow("yaml-crlf") << QByteArray("---\r\ntitle: A\r\n---\r\nBody\r\n") << "yaml"
                               << QByteArray("title: A\r\n") << QByteArray("Body\r\n") << 4 << true;
    QTest::newRow("yaml-bom") << QByteArray("\xEF\xBB\xBF---\ntitle: A\n---\nBody") << "yaml"
                              << QByteArray("title: A\n") << QByteArray("Body") << 4 << true;
    QTest::newRow("yaml-dots-close") << QByteArray("---\na: 1\n...\nBody\n") << "yaml"
                                     << QByteArray("a: 1\n") << QByteArray("Body\n") << 4 << true;
    QTest::newRow("yaml-trailing-blanks") << QByteArray("--- \na: 1\n---\t\nBody\n") << "yaml"
                                          << QByteArray("a: 1\n") << QByteArray("Body\n") << 4 << true;
    QTest::newRow("yaml-dashes-inside-value")
        << QByteArray("---\na: \"---\"\n----\nb: 2\n---\nBody\n") << "yaml"
        << QByteArray("a: \"---\"\n----\nb: 2\n") << QByteArray("Body\n") << 6 << true;
    QTest::newRow("yaml-at-end-of-file") << QByteArray("---\na: 1\n---") << "yaml"
                                         << QByteArray("a: 1\n") << QByteArray() << 3 << true;
    QTest::newRow("toml") << QByteArray("+++\ntitle = \"A\"\n+++\n\nBody\n") << "toml"
                          << QByteArray("title = \"A\"\n") << QByteArray("\nBody\n") << 4 << true;
    QTest::newRow("json") << QByteArray("{\n  \"title\": \"A } {\"\n}\nBody\n") << "json"
                          << QByteArray("{\n  \"title\": \"A } {\"\n}") << QByteArray("Body\n") << 4 << true;
    QTest::newRow("json-escaped-quote") << QByteArray("{\"t\": \"say \\\"}\\\"\"}\nBody") << "json"
                                        << QByteArray("{\"t\": \"say \\\"}\\\"\"}") << QByteArray("Body") << 2 << true;
    QTest::newRow("none") << QByteArray("# Title\n\n---\n") << "none" << QByteArray() << QByteArray("# Title\n\n---\n")
                          << 1 << true;
    QTest::newRow("thematic-break-not-first-line") << QByteArray("\n---\na: 1\n---\n") << "none" << QByteArray()
                                                   << QByteArray("\n---\na: 1\n---\n") << 1 << true;
    QTest::newRow("yaml-unterminated") << QByteArray("---\ntitle: A\nBody\n") << "yaml" << QByteArray("title: A\nBody\n")
                                       << QByteArray("---\ntitle: A\nBody\n") << 1 << false;
    QTest::newRow("json-unterminated") << QByteArray("{\"a\": 1\nBody\n") << "json" << QByteArray("{\"a\": 1\nBody\n")
                                       << QByteArray("{\"a\": 1\nBody\n") << 1 << false;
    QTest::newRow("shortcode-first-is-body") << QByteArray("{{< figure src=\"a.png\" >}}\n") << "none" << QByteArray()
                                             << QByteArray("{{< figure src=\"a.png\" >}}\n") << 1 << true;
    QTest::newRow("liquid-first-is-body") << QByteArray("{% raw %}x{% endraw %}\n") << "none" << QByteArray()
                                          << QByteArray("{% raw %}x{% endraw %}\n") << 1 << true;
    QTest::newRow("json-spaced") << QByteArray("{ \"a\": 1 }\nB") << "json" << QByteArray("{ \"a\": 1 }")
                                 << QByteArray("B") << 2 << true;
    QTest::newRow("empty") << QByteArray() << "none" << QByteArray() << QByteArray() << 1 << true;
}

void TestFrontMatterBlock::locatesBlockAndBody()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, format);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, body);
    QFETCH(int, bodyLine);
    QFETCH(bool, terminated);

    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    QCOMPARE(frontMatterFormatName(block.format), format);
    QCOMPARE(block.terminated, terminated);
    if (block.exists())
        QCOMPARE(block.content(text).toByteArray(), content);
    QCOMPARE(QByteArrayView(text).sliced(block.bodyOffset).toByteArray(), body);
    QCOMPARE(block.bodyLine, bodyLine);
}

QTEST_GUILESS_MAIN(TestFrontMatterBlock)
#include "tst_frontmatterblock.moc"
