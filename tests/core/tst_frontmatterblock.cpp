#include "frontmatter/frontmatterblock.h"

#include <QTest>

using namespace Postwright;

class TestFrontMatterBlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locatesBlockAndBody_data();
    void locatesBlockAndBody();
    void frontMatterIsAClosedMapOfKeys_data();
    void frontMatterIsAClosedMapOfKeys();
};

// The one rule (renderer, export, form, meta, set, lint): what Hugo reads as
// front matter is front matter; what merely opens like it is body text, with
// a notice, since Hugo refuses such a post (checked with Debian 13's hugo
// 0.131: "EOF looking for end ... front matter delimiter", "failed to
// unmarshal YAML").
void TestFrontMatterBlock::frontMatterIsAClosedMapOfKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("notice");
    const int none = int(FrontMatterNotice::None), unclosed = int(FrontMatterNotice::Unclosed),
              notAMap = int(FrontMatterNotice::NotAMap);
    QTest::newRow("yaml-key") << QByteArray("---\ntitle: x\n---\n") << "yaml" << none;
    QTest::newRow("yaml-comment-then-key") << QByteArray("---\n# c\ndraft: false # no\n---\n") << "yaml" << none;
    QTest::newRow("yaml-quoted-key") << QByteArray("---\n\"my key\": 1\n---\n") << "yaml" << none;
    QTest::newRow("yaml-empty-value") << QByteArray("---\ntags:\n  - a\n---\n") << "yaml" << none;
    QTest::newRow("yaml-empty") << QByteArray("---\n---\nBody\n") << "yaml" << none;
    QTest::newRow("yaml-key-with-colons") << QByteArray("---\nog:image: /a.png\n---\n") << "yaml" << none;
    QTest::newRow("yaml-explicit-key") << QByteArray("---\n? title\n: x\n---\n") << "yaml" << none;
    QTest::newRow("yaml-comment-only") << QByteArray("---\n# note\n\n---\nBody\n") << "yaml" << none;
    QTest::newRow("yaml-heading-text") << QByteArray("---\nFoo\n---\n") << "none" << notAMap;
    QTest::newRow("spec-rule-headings") << QByteArray("---\nFoo\n---\nBar\n---\nBaz\n") << "none" << notAMap;
    QTest::newRow("yaml-url-is-no-key") << QByteArray("---\nhttps://example.org\n---\n") << "none" << notAMap;
    QTest::newRow("yaml-list") << QByteArray("---\n- a\n- b\n---\n") << "none" << notAMap;
    QTest::newRow("toml-key") << QByteArray("+++\ntitle = 'x'\n+++\n") << "toml" << none;
    QTest::newRow("toml-table") << QByteArray("+++\n[params]\n+++\n") << "toml" << none;
    QTest::newRow("toml-comment-only") << QByteArray("+++\n# nothing yet\n+++\n") << "toml" << none;
    QTest::newRow("toml-text") << QByteArray("+++\nplain words\n+++\n") << "none" << notAMap;
    QTest::newRow("json") << QByteArray("{\"a\": 1}\n") << "json" << none;
    QTest::newRow("yaml-unclosed") << QByteArray("---\ntitle: x\n") << "none" << unclosed;
    QTest::newRow("toml-alone") << QByteArray("+++\n") << "none" << unclosed;
    QTest::newRow("json-unclosed") << QByteArray("{\"a\": 1\nBody\n") << "none" << unclosed;
    QTest::newRow("no-front-matter") << QByteArray("# Title\n") << "none" << none;
}

void TestFrontMatterBlock::frontMatterIsAClosedMapOfKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, format);
    QFETCH(int, notice);
    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    QCOMPARE(frontMatterFormatName(block.format), format);
    QCOMPARE(int(block.notice), notice);
    QCOMPARE(block.noticeText().isEmpty(), notice == int(FrontMatterNotice::None));
    if (!block.exists()) {
        QCOMPARE(block.bodyOffset, 0); // all of it is body text
        QCOMPARE(block.bodyLine, 1);
    }
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
    QTest::newRow("yaml-unterminated") << QByteArray("---\ntitle: A\nBody\n") << "none" << QByteArray()
                                       << QByteArray("---\ntitle: A\nBody\n") << 1 << false;
    QTest::newRow("json-unterminated") << QByteArray("{\"a\": 1\nBody\n") << "none" << QByteArray()
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
