// A site's Markdown settings as its publisher reads them: Hugo's markup and
// enableEmoji keys in every configuration form Hugo accepts, over Hugo 0.131's
// defaults; kramdown's defaults for Jekyll; a post outside any site.

#include "site/hugoconfig.h"
#include "site/markupsettings.h"
#include "site/site.h"

#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

namespace {

// One configuration, written as each form Hugo reads, with every setting
// away from its default.
const QByteArray toml = R"cfg(title = "x"
enableEmoji = true
[markup.goldmark.extensions]
  table = false
  strikethrough = false
  linkify = false
  linkifyProtocol = "http"
  taskList = false
  footnote = false
  definitionList = false
  [markup.goldmark.extensions.typographer]
    disable = true
    leftDoubleQuote = "&laquo;"
    emDash = "&ndash;"
  [markup.goldmark.extensions.passthrough]
    enable = true
    [markup.goldmark.extensions.passthrough.delimiters]
      block = [['\[', '\]'], ['$$', '$$']]
      inline = [['\(', '\)']]
  [markup.goldmark.extensions.extras.mark]
    enable = true
[markup.goldmark.parser]
  autoHeadingID = false
  autoHeadingIDType = "blackfriday"
  wrapStandAloneImageWithinParagraph = false
  [markup.goldmark.parser.attribute]
    block = true
    title = false
[markup.goldmark.renderer]
  unsafe = true
  hardWraps = true
  xhtml = true
[markup.highlight]
  style = "dracula"
  lineNos = true
  tabWidth = 2
)cfg";

const QByteArray yaml = R"cfg(title: x
enableEmoji: true
markup:
  goldmark:
    extensions:
      table: false
      strikethrough: false
      linkify: false
      linkifyProtocol: http
      taskList: false
      footnote: false
      definitionList: false
      typographer:
        disable: true
        leftDoubleQuote: '&laquo;'
        emDash: '&ndash;'
      passthrough:
        enable: true
        delimiters:
          block: [['\[', '\]'], ['$$', '$$']]
          inline: [['\(', '\)']]
      extras:
        mark:
          enable: true
    parser:
      autoHeadingID: false
      autoHeadingIDType: blackfriday
      wrapStandAloneImageWithinParagraph: false
      attribute:
        block: true
        title: false
    renderer:
      unsafe: true
      hardWraps: true
      xhtml: true
  highlight:
    style: dracula
    lineNos: true
    tabWidth: 2
)cfg";

const QByteArray json = R"cfg({"title": "x", "enableEmoji": true,
"markup": {"goldmark": {
  "extensions": {"table": false, "strikethrough": false, "linkify": false, "linkifyProtocol": "http",
    "taskList": false, "footnote": false, "definitionList": false,
    "typographer": {"disable": true, "leftDoubleQuote": "&laquo;", "emDash": "&ndash;"},
    "passthrough": {"enable": true, "delimiters": {"block": [["\\[", "\\]"], ["$$", "$$"]], "inline": [["\\(", "\\)"]]}},
    "extras": {"mark": {"enable": true}}},
  "parser": {"autoHeadingID": false, "autoHeadingIDType": "blackfriday", "wrapStandAloneImageWithinParagraph": false,
    "attribute": {"block": true, "title": false}},
  "renderer": {"unsafe": true, "hardWraps": true, "xhtml": true}},
  "highlight": {"style": "dracula", "lineNos": true, "tabWidth": 2}}}
)cfg";

// config/_default: the top level in hugo.toml, [markup] in its own file
// whose keys sit one level up.
const QByteArray splitHugo = "title = \"x\"\nenableEmoji = true\n";
const QByteArray splitMarkup = R"cfg([goldmark.extensions]
  table = false
  strikethrough = false
  linkify = false
  linkifyProtocol = "http"
  taskList = false
  footnote = false
  definitionList = false
  [goldmark.extensions.typographer]
    disable = true
    leftDoubleQuote = "&laquo;"
    emDash = "&ndash;"
  [goldmark.extensions.passthrough]
    enable = true
    [goldmark.extensions.passthrough.delimiters]
      block = [['\[', '\]'], ['$$', '$$']]
      inline = [['\(', '\)']]
  [goldmark.extensions.extras.mark]
    enable = true
[goldmark.parser]
  autoHeadingID = false
  autoHeadingIDType = "blackfriday"
  wrapStandAloneImageWithinParagraph = false
  [goldmark.parser.attribute]
    block = true
    title = false
[goldmark.renderer]
  unsafe = true
  hardWraps = true
  xhtml = true
[highlight]
  style = "dracula"
  lineNos = true
  tabWidth = 2
)cfg";

} // namespace

class TestMarkupSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hugoDefaultsAreHugo0131s();
    void everySettingReadInEveryForm_data();
    void everySettingReadInEveryForm();
    void keysAreCaseInsensitive();
    void olderSwitchForms();
    void wrongTypesAreIgnored();
    void jekyllGetsKramdownDefaults();
    void outsideAnySiteKeepsRawHtml();
};

// As `hugo config` prints them (v0.131.0) for a site without [markup].
void TestMarkupSettings::hugoDefaultsAreHugo0131s()
{
    const MarkupSettings m = MarkupSettings::hugoDefaults();
    QCOMPARE(m.engine, MarkupSettings::Engine::Goldmark);
    QVERIFY(m.extensions.table && m.extensions.strikethrough && m.extensions.linkify && m.extensions.taskList);
    QVERIFY(m.extensions.footnote && m.extensions.definitionList && m.extensions.typographer.enabled);
    QCOMPARE(m.extensions.linkifyProtocol, QStringLiteral("https"));
    QCOMPARE(m.extensions.typographer.leftDoubleQuote, QStringLiteral("&ldquo;"));
    QCOMPARE(m.extensions.typographer.apostrophe, QStringLiteral("&rsquo;"));
    QVERIFY(!m.extensions.passthrough.enabled && m.extensions.passthrough.inlineDelimiters.isEmpty());
    QVERIFY(!m.extensions.extras.mark && !m.extensions.extras.insert && !m.extensions.extras.deleteText);
    QVERIFY(m.parser.attributeTitle && !m.parser.attributeBlock && m.parser.autoHeadingID);
    QCOMPARE(m.parser.autoHeadingIDType, MarkupSettings::HeadingIdType::GitHub);
    QVERIFY(m.parser.wrapStandAloneImageWithinParagraph);
    QVERIFY(!m.renderer.unsafe && !m.renderer.hardWraps && !m.renderer.xhtml);
    QVERIFY(!m.enableEmoji);
    QCOMPARE(m.highlight.style, QStringLiteral("monokai"));
    QVERIFY(m.highlight.codeFences && m.highlight.noClasses && m.highlight.lineNumbersInTable);
    QCOMPARE(m.highlight.tabWidth, 4);

    // A Hugo site that sets nothing gets exactly them.
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = 'x'\n");
    const MarkupSettings read = Site::detect(dir.path()).markup();
    QVERIFY(!read.renderer.unsafe && read.extensions.footnote && read.parser.wrapStandAloneImageWithinParagraph);
}

void TestMarkupSettings::everySettingReadInEveryForm_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QList<QByteArray>>("contents");
    QTest::newRow("hugo.toml") << QStringList{"hugo.toml"} << QList<QByteArray>{toml};
    QTest::newRow("hugo.yaml") << QStringList{"hugo.yaml"} << QList<QByteArray>{yaml};
    QTest::newRow("hugo.json") << QStringList{"hugo.json"} << QList<QByteArray>{json};
    QTest::newRow("config.toml") << QStringList{"config.toml"} << QList<QByteArray>{toml};
    QTest::newRow("config.yml") << QStringList{"config.yml"} << QList<QByteArray>{yaml};
    QTest::newRow("config/_default/hugo.yaml") << QStringList{"config/_default/hugo.yaml"} << QList<QByteArray>{yaml};
    QTest::newRow("config/_default/config.json") << QStringList{"config/_default/config.json"} << QList<QByteArray>{json};
    QTest::newRow("config/_default/markup.toml")
        << QStringList{"config/_default/hugo.toml", "config/_default/markup.toml"} << QList<QByteArray>{splitHugo, splitMarkup};
}

void TestMarkupSettings::everySettingReadInEveryForm()
{
    QFETCH(QStringList, files);
    QFETCH(QList<QByteArray>, contents);
    QTemporaryDir dir;
    for (qsizetype i = 0; i < files.size(); ++i)
        TestFiles::write(dir.filePath(files[i]), contents[i]);
    TestFiles::write(dir.filePath(QStringLiteral("content/posts/a.md")), "# A\n");
    const HugoConfig config = HugoConfig::read(dir.path());
    QVERIFY2(config.errors().isEmpty(), qPrintable(config.errors().join(u'\n')));
    const Site site = Site::detect(dir.filePath(QStringLiteral("content/posts/a.md")));
    QCOMPARE(site.kind(), SiteKind::Hugo);
    const MarkupSettings &m = site.markup();

    const MarkupSettings::Extensions &e = m.extensions;
    QVERIFY(!e.table && !e.strikethrough && !e.linkify && !e.taskList && !e.footnote && !e.definitionList);
    QCOMPARE(e.linkifyProtocol, QStringLiteral("http"));
    QVERIFY(!e.typographer.enabled);
    QCOMPARE(e.typographer.leftDoubleQuote, QStringLiteral("&laquo;"));
    QCOMPARE(e.typographer.emDash, QStringLiteral("&ndash;"));
    QCOMPARE(e.typographer.rightDoubleQuote, QStringLiteral("&rdquo;")); // unset: the default
    QVERIFY(e.passthrough.enabled);
    const QList<MarkupSettings::Delimiters> block{{QStringLiteral("\\["), QStringLiteral("\\]")}, {QStringLiteral("$$"), QStringLiteral("$$")}};
    QCOMPARE(e.passthrough.blockDelimiters, block);
    const QList<MarkupSettings::Delimiters> inlines{{QStringLiteral("\\("), QStringLiteral("\\)")}};
    QCOMPARE(e.passthrough.inlineDelimiters, inlines);
    QVERIFY(e.extras.mark && !e.extras.insert);

    QVERIFY(!m.parser.autoHeadingID);
    QCOMPARE(m.parser.autoHeadingIDType, MarkupSettings::HeadingIdType::Blackfriday);
    QVERIFY(!m.parser.wrapStandAloneImageWithinParagraph);
    QVERIFY(m.parser.attributeBlock && !m.parser.attributeTitle);
    QVERIFY(m.renderer.unsafe && m.renderer.hardWraps && m.renderer.xhtml);
    QVERIFY(m.enableEmoji);
    QCOMPARE(m.highlight.style, QStringLiteral("dracula"));
    QVERIFY(m.highlight.lineNos);
    QCOMPARE(m.highlight.tabWidth, 2);
}

// Hugo lowercases every key; `hugo config` prints them so.
void TestMarkupSettings::keysAreCaseInsensitive()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.yaml")),
                     "enableemoji: true\nMarkup:\n  goldmark:\n    renderer:\n      UNSAFE: true\n"
                     "    parser:\n      autoheadingidtype: github-ascii\n");
    const MarkupSettings m = Site::detect(dir.path()).markup();
    QVERIFY(m.enableEmoji);
    QVERIFY(m.renderer.unsafe);
    QCOMPARE(m.parser.autoHeadingIDType, MarkupSettings::HeadingIdType::GitHubAscii);
}

// typographer = false (before Hugo 0.112) and attribute = false (before 0.81).
void TestMarkupSettings::olderSwitchForms()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("config.toml")),
                     "[markup.goldmark.extensions]\ntypographer = false\n[markup.goldmark.parser]\nattribute = false\n");
    const MarkupSettings m = Site::detect(dir.path()).markup();
    QVERIFY(!m.extensions.typographer.enabled);
    QVERIFY(!m.parser.attributeTitle);
}

void TestMarkupSettings::wrongTypesAreIgnored()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")),
                     "[markup.goldmark.renderer]\nunsafe = 'perhaps'\n[markup.goldmark.extensions]\ntable = 3\n"
                     "linkifyProtocol = 7\n[markup.goldmark.parser]\nautoHeadingIDType = 'klingon'\n");
    const MarkupSettings m = Site::detect(dir.path()).markup();
    QVERIFY(!m.renderer.unsafe);
    QVERIFY(m.extensions.table);
    QCOMPARE(m.extensions.linkifyProtocol, QStringLiteral("https"));
    QCOMPARE(m.parser.autoHeadingIDType, MarkupSettings::HeadingIdType::GitHub);
}

void TestMarkupSettings::jekyllGetsKramdownDefaults()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("_config.yml")), "title: x\n");
    const MarkupSettings m = Site::detect(dir.path()).markup();
    QCOMPARE(m.engine, MarkupSettings::Engine::Kramdown);
    QVERIFY(m.renderer.unsafe); // kramdown passes raw HTML through
    QVERIFY(!m.extensions.linkify);
    QVERIFY(m.extensions.table && m.extensions.footnote && m.extensions.definitionList && m.extensions.typographer.enabled);
    QCOMPARE(m.parser.autoHeadingIDType, MarkupSettings::HeadingIdType::Kramdown);
}

void TestMarkupSettings::outsideAnySiteKeepsRawHtml()
{
    QTemporaryDir dir;
    TestFiles::write(dir.filePath(QStringLiteral("loose.md")), "# A\n");
    const Site site = Site::detect(dir.filePath(QStringLiteral("loose.md")));
    QCOMPARE(site.kind(), SiteKind::None);
    QVERIFY(site.markup().renderer.unsafe);
    QVERIFY(site.markup().extensions.footnote && site.markup().extensions.linkify);
}

QTEST_GUILESS_MAIN(TestMarkupSettings)
#include "tst_markupsettings.moc"
