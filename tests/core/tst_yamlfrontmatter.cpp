// The YAML half of the surgical writer, through the public API: the scanner
// finds every key where it is written, and an edit changes that key's bytes
// only, in the style the value had.

#include "frontmatter/surgicalwriter.h"
#include "frontmatter/yamlbackend.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Postwright;

namespace {

struct CorpusPost
{
    const char *name;
    QByteArray text;           // LF; the tests add CRLF and BOM variants
    QStringList keys;          // top-level keys in file order
    QStringList shared;        // anchored keys: editing them may be refused (an alias would change too)
};

QList<CorpusPost> corpus()
{
    return {
        {"hugo",
         "---\n"
         "title: \"Hello, world\"\n"
         "date: 2021-04-11T10:00:00+02:00\n"
         "draft: false\n"
         "tags: [\"a\", \"b\"]\n"
         "categories: [AIML] # choose from [AIML, Career]\n"
         "weight: 3\n"
         "---\n"
         "Body with a --- rule\n",
         {"title", "date", "draft", "tags", "categories", "weight"},
         {}},
        {"jekyll",
         "---\n"
         "layout: post\n"
         "title: My first post\n"
         "date: \"2021-04-11\"\n"
         "lastmod: 2021-04-11 10:00:00 +0200\n"
         "published: true   # still a draft\n"
         "excerpt_separator: <!--end-->\n"
         "author: 'Jane O''Brien'\n"
         "rating: 4.5\n"
         "---\n"
         "Text\n",
         {"layout", "title", "date", "lastmod", "published", "excerpt_separator", "author", "rating"},
         {}},
        {"block lists and maps",
         "---\n"
         "# Post settings\n"
         "title: Nested things\n"
         "\n"
         "tags:\n"
         "  - yaml\n"
         "  - \"front matter\"   # quoted\n"
         "  # a comment between items\n"
         "  - hugo\n"
         "aliases:\n"
         "- /old/url\n"
         "- /older/url\n"
         "params:\n"
         "  author: Jane\n"
         "  social:\n"
         "    twitter: \"@jane\"\n"
         "  # after the last child\n"
         "summary: Short\n"
         "\n"
         "---\n",
         {"title", "tags", "aliases", "params", "summary"},
         {}},
        {"multi-line strings",
         "---\n"
         "title: Blocks\n"
         "description: |\n"
         "  First line\n"
         "    indented line\n"
         "\n"
         "  # not a comment\n"
         "abstract: >-\n"
         "  Folded text\n"
         "  goes on here.\n"
         "\n"
         "keep: |+ # keeps its blank lines\n"
         "  kept\n"
         "\n"
         "note: A plain scalar\n"
         "  over two lines\n"
         "quoted: \"a long quoted\n"
         "  string\"\n"
         "---\n",
         {"title", "description", "abstract", "keep", "note", "quoted"},
         {}},
        {"anchors and merge keys",
         "---\n"
         "base: &base\n"
         "  layout: post\n"
         "  comments: true\n"
         "post:\n"
         "  <<: *base\n"
         "  title: Merged\n"
         "name: &who Alice\n"
         "author: *who\n"
         "tagged: !!str yes\n"
         "---\n",
         {"base", "post", "name", "author", "tagged"},
         {"base", "name"}},
        {"quoted keys and unicode",
         "---\n"
         "\"title\": Café crème ☕\n"
         "'subtitle': \"日本語のタイトル\"\n"
         "emoji: 🎉 party\n"
         "\"key with: colon\": value\n"
         "url: https://example.com/#anchor\n"
         "empty:\n"
         "tilde: ~   # nothing yet\n"
         "---\n",
         {"title", "subtitle", "emoji", "key with: colon", "url", "empty", "tilde"},
         {}},
        {"flow collections",
         "---\n"
         "title: Flow\n"
         "cover: {image: cover.png, alt: \"A cover\"}\n"
         "series: [\n"
         "  \"one\",\n"
         "  \"two\",\n"
         "]\n"
         "matrix: [[1, 2], [3, 4]]\n"
         "spaced: [ x, y ]\n"
         "empty_list: []\n"
         "---\n",
         {"title", "cover", "series", "matrix", "spaced", "empty_list"},
         {}},
        {"numbers and odd spacing",
         "---\n"
         "title :   Spaced   # comment\n"
         "count: 12\n"
         "ratio: -0.25\n"
         "big: 1e3\n"
         "version: \"1.0\"\n"
         "time: 10:30\n"
         "next:\n"
         "  on the next line\n"
         "---\n",
         {"title", "count", "ratio", "big", "version", "time", "next"},
         {}},
        {"comments only", "---\n# nothing here yet\n---\nBody\n", {}, {}},
    };
}

QByteArray withCrlf(const QByteArray &text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

// Rows: every corpus post as written, with CRLF, and with a BOM and CRLF.
void addCorpusRows()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("shared");
    for (const CorpusPost &post : corpus()) {
        QTest::addRow("%s", post.name) << post.text << post.keys << post.shared;
        QTest::addRow("%s/crlf", post.name) << withCrlf(post.text) << post.keys << post.shared;
        QTest::addRow("%s/bom-crlf", post.name) << ("\xEF\xBB\xBF" + withCrlf(post.text)) << post.keys
                                                << post.shared;
    }
}

QVariant dateOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10)
        return QDate::fromString(trimmed, Qt::ISODate);
    static const QRegularExpression shape(QStringLiteral("^(\\S+)[T ](\\S+?)\\s*(Z|[+-]\\d\\d):?(\\d\\d)?$"));
    const QRegularExpressionMatch m = shape.match(trimmed);
    if (!m.hasMatch())
        return {};
    const QString zone = m.captured(3) == u"Z" ? QStringLiteral("Z") : m.captured(3) + u':' + m.captured(4);
    return QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + zone, Qt::ISODate);
}

// A new value of the entry's own kind: strings change, bools flip, numbers
// move, dates move a day, lists grow by one.
QVariant changedValue(const FrontMatterEntry &entry)
{
    switch (entry.kind) {
    case ValueKind::Bool:
        return !entry.value.toBool();
    case ValueKind::Integer:
        return entry.value.toLongLong() + 1;
    case ValueKind::Float:
        return entry.value.toDouble() + 0.5;
    case ValueKind::Date:
        return dateOf(entry.value.toString()).toDate().addDays(1);
    case ValueKind::DateTime:
        return dateOf(entry.value.toString()).toDateTime().addDays(1);
    case ValueKind::List: {
        QVariantList list = entry.value.toList();
        list.append(QStringLiteral("extra item"));
        return list;
    }
    case ValueKind::Null:
        return QStringLiteral("now set");
    case ValueKind::Map:
        return {};
    case ValueKind::String:
        break;
    }
    if (entry.style == ValueStyle::Block)
        return QStringLiteral("Changed first line\nand a second one\n");
    const QString old = entry.value.toString();
    return old.isEmpty() ? QStringLiteral("edited") : old + QStringLiteral(" edited");
}

bool valueReadsAs(const FrontMatterEntry &after, const QVariant &expected)
{
    switch (expected.typeId()) {
    case QMetaType::QDate:
    case QMetaType::QDateTime:
        return dateOf(after.value.toString()) == expected;
    case QMetaType::QVariantList:
        return after.value.toList() == expected.toList();
    default:
        return after.value == expected;
    }
}

// Whether result is text with only [start, end) replaced.
bool keepsOutside(const QByteArray &text, const QByteArray &result, qsizetype start, qsizetype end)
{
    return result.size() >= start + (text.size() - end) && result.startsWith(text.first(start))
        && result.endsWith(text.sliced(end));
}

bool everyLineEndIsCrlf(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            return false;
    return true;
}

QByteArray block(const QByteArray &content)
{
    return "---\n" + content + "---\nBody\n";
}

QByteArray applied(const QByteArray &text, const std::optional<TextEdit> &edit)
{
    return edit ? edit->applyTo(text) : QByteArray("<refused>");
}

} // namespace

class TestYamlFrontMatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusReadsKeysInOrder_data() { addCorpusRows(); }
    void corpusReadsKeysInOrder();
    void settingAnyKeyChangesOnlyItsValue_data() { addCorpusRows(); }
    void settingAnyKeyChangesOnlyItsValue();
    void removingAnyKeyLeavesOtherLinesAlone_data() { addCorpusRows(); }
    void removingAnyKeyLeavesOtherLinesAlone();

    void scanFindsStyleTextAndComment_data();
    void scanFindsStyleTextAndComment();
    void setTitleKeepsTrailingComment_data();
    void setTitleKeepsTrailingComment();
    void dateKeepsItsShape_data();
    void dateKeepsItsShape();
    void flowListKeepsItsQuoting_data();
    void flowListKeepsItsQuoting();
    void blockListKeepsItsIndent_data();
    void blockListKeepsItsIndent();
    void blockScalarKeepsItsStyle_data();
    void blockScalarKeepsItsStyle();
    void changingKindWritesOnTheKeyLine_data();
    void changingKindWritesOnTheKeyLine();
    void newKeyGoesAfterTheLastKey_data();
    void newKeyGoesAfterTheLastKey();
    void nestedKeyIsAddedInsideItsMap_data();
    void nestedKeyIsAddedInsideItsMap();
    void removingTheOnlyChildLeavesAnEmptyMap();
    void crlfFileGetsCrlfEdits_data();
    void crlfFileGetsCrlfEdits();
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void formatValueWritesEachType_data();
    void formatValueWritesEachType();
    void valueThatWouldBreakIsRefused_data();
    void valueThatWouldBreakIsRefused();

    void plainScalarsReadAsHugoReadsThem_data();
    void plainScalarsReadAsHugoReadsThem();
    void mergeKeyMergesTheAnchorsKeys_data();
    void mergeKeyMergesTheAnchorsKeys();
    void mergeKeyIsNotAKey();
    void settingAMergedKeyWritesItInItsMap_data();
    void settingAMergedKeyWritesItInItsMap();

    void mutatedFrontMatterNeverCrashesOrSpills();
};

void TestYamlFrontMatter::corpusReadsKeysInOrder()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, keys);
    const FrontMatterDocument document = FrontMatterDocument::parse(text);
    QVERIFY(document.isValid());
    QCOMPARE(document.topLevelKeys(), keys);
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(readFrontMatter(text).values.keys(), sorted);
    for (const FrontMatterEntry &entry : document.entries) {
        const QByteArray where = entry.path.join(u'.').toUtf8();
        QVERIFY2(entry.value.isValid() || entry.kind == ValueKind::Null, where);
        QVERIFY2(entry.entrySpan.start >= document.block.contentStart, where);
        QVERIFY2(entry.entrySpan.end <= document.block.contentEnd, where);
        QVERIFY2(entry.keySpan.start >= entry.entrySpan.start && entry.keySpan.end <= entry.valueSpan.start, where);
        QVERIFY2(entry.valueSpan.isValid() && entry.valueSpan.end <= entry.entrySpan.end, where);
        QCOMPARE(entry.line, int(text.first(entry.keySpan.start).count('\n')) + 1);
    }
}

void TestYamlFrontMatter::settingAnyKeyChangesOnlyItsValue()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, shared);
    const FrontMatterDocument document = FrontMatterDocument::parse(text);
    QVERIFY(document.isValid());
    for (const FrontMatterEntry &entry : document.entries) {
        if (entry.kind == ValueKind::Map)
            continue; // its keys are set one by one
        const QByteArray where = entry.path.join(u'.').toUtf8();
        const QVariant value = changedValue(entry);
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, entry.path, value, &error);
        if (shared.contains(entry.path.first()) && !edit) {
            QVERIFY2(!error.isEmpty(), where);
            continue;
        }
        QVERIFY2(edit, qPrintable(where + ": " + error));
        const QByteArray result = edit->applyTo(text);
        QVERIFY2(keepsOutside(text, result, entry.valueSpan.start, entry.valueSpan.end), result.constData());
        const FrontMatterDocument after = FrontMatterDocument::parse(result);
        const FrontMatterEntry *changed = after.find(entry.path);
        QVERIFY2(changed, where);
        QVERIFY2(valueReadsAs(*changed, value), qPrintable(where + ": " + changed->text));
        if (entry.kind != ValueKind::Null) {
            QCOMPARE(changed->kind, entry.kind);
            QCOMPARE(changed->style, entry.style);
        }
        QCOMPARE(changed->comment, entry.comment);
        if (text.contains('\r'))
            QVERIFY2(everyLineEndIsCrlf(result), where);
    }
}

void TestYamlFrontMatter::removingAnyKeyLeavesOtherLinesAlone()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, shared);
    const FrontMatterDocument document = FrontMatterDocument::parse(text);
    for (const FrontMatterEntry &entry : document.entries) {
        if (entry.path.size() != 1)
            continue;
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::removeKey(text, entry.path, &error);
        if (shared.contains(entry.path.first()) && !edit)
            continue;
        QVERIFY2(edit, qPrintable(entry.path.first() + QStringLiteral(": ") + error));
        QCOMPARE(edit->applyTo(text), text.first(entry.entrySpan.start) + text.sliced(entry.entrySpan.end));
        QVERIFY(!FrontMatterDocument::parse(edit->applyTo(text)).values().contains(entry.path.first()));
    }
}

void TestYamlFrontMatter::scanFindsStyleTextAndComment_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<ValueStyle>("style");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("comment");

    QTest::newRow("plain with comment") << QByteArray("published: true   # still a draft\n") << QStringList{"published"}
                                        << ValueStyle::Plain << "true" << "still a draft";
    QTest::newRow("hash inside a value") << QByteArray("url: https://x.org/#top\n") << QStringList{"url"}
                                         << ValueStyle::Plain << "https://x.org/#top" << "";
    QTest::newRow("hash inside quotes") << QByteArray("title: \"C # sharp\" # lang\n") << QStringList{"title"}
                                        << ValueStyle::DoubleQuoted << "\"C # sharp\"" << "lang";
    QTest::newRow("single quoted") << QByteArray("title: 'it''s' \n") << QStringList{"title"}
                                   << ValueStyle::SingleQuoted << "'it''s'" << "";
    QTest::newRow("flow list with brackets in its comment")
        << QByteArray("categories: [AIML] # choose from [AIML, Career]\n") << QStringList{"categories"}
        << ValueStyle::FlowList << "[AIML]" << "choose from [AIML, Career]";
    QTest::newRow("flow map") << QByteArray("cover: {a: \"}\"}\n") << QStringList{"cover"} << ValueStyle::FlowMap
                              << "{a: \"}\"}" << "";
    QTest::newRow("flow list over lines") << QByteArray("t: [a, # first\n  b]\nn: 1\n") << QStringList{"t"}
                                          << ValueStyle::FlowList << "[a, # first\n  b]" << "";
    QTest::newRow("block list") << QByteArray("tags: # pick\n  - a\n  # c\n  - b\n# after\nn: 1\n")
                                << QStringList{"tags"} << ValueStyle::BlockList << "  - a\n  # c\n  - b" << "pick";
    QTest::newRow("indentless block list") << QByteArray("tags:\n- a\n- b\nn: 1\n") << QStringList{"tags"}
                                           << ValueStyle::BlockList << "- a\n- b" << "";
    QTest::newRow("block map") << QByteArray("params:\n  a: 1\n  b:\n    c: 2\nn: 1\n") << QStringList{"params"}
                               << ValueStyle::BlockMap << "  a: 1\n  b:\n    c: 2" << "";
    QTest::newRow("nested key") << QByteArray("params:\n  a: 1\n  b:\n    c: x # deep\nn: 1\n")
                                << QStringList{"params", "b", "c"} << ValueStyle::Plain << "x" << "deep";
    QTest::newRow("literal block") << QByteArray("d: |- # note\n  one\n\n  two\n\nn: 1\n") << QStringList{"d"}
                                   << ValueStyle::Block << "|- # note\n  one\n\n  two" << "note";
    QTest::newRow("anchored map") << QByteArray("base: &b\n  x: 1\nm:\n  <<: *b\n") << QStringList{"base"}
                                  << ValueStyle::BlockMap << "  x: 1" << "";
    QTest::newRow("anchored scalar") << QByteArray("n: &who Alice\na: *who\n") << QStringList{"n"}
                                     << ValueStyle::Plain << "&who Alice" << "";
    QTest::newRow("quoted key") << QByteArray("\"a: b\": 'c'\n") << QStringList{"a: b"} << ValueStyle::SingleQuoted
                                << "'c'" << "";
    QTest::newRow("null") << QByteArray("empty:   # later\nn: 1\n") << QStringList{"empty"} << ValueStyle::Plain
                          << "" << "later";
    QTest::newRow("multi-line plain") << QByteArray("note: one\n  two # end\nn: 1\n") << QStringList{"note"}
                                      << ValueStyle::Plain << "one\n  two" << "end";
}

void TestYamlFrontMatter::scanFindsStyleTextAndComment()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, path);
    QFETCH(ValueStyle, style);
    QFETCH(QString, text);
    QFETCH(QString, comment);
    const FrontMatterDocument document = FrontMatterDocument::parse(block(content));
    QVERIFY(document.isValid());
    const FrontMatterEntry *entry = document.find(path);
    QVERIFY(entry);
    QCOMPARE(entry->style, style);
    QCOMPARE(entry->text, text);
    QCOMPARE(entry->comment, comment);
}

void TestYamlFrontMatter::setTitleKeepsTrailingComment_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArray("title: Old   # the title\n") << "New" << QByteArray("title: New   # the title\n");
    QTest::newRow("double quoted") << QByteArray("title: \"Old\" # c\n") << "New" << QByteArray("title: \"New\" # c\n");
    QTest::newRow("single quoted") << QByteArray("title: 'Old' # c\n") << "It's new"
                                   << QByteArray("title: 'It''s new' # c\n");
    QTest::newRow("plain that now needs quotes") << QByteArray("title: Old # c\n") << "New: part two"
                                                 << QByteArray("title: \"New: part two\" # c\n");
    QTest::newRow("hash in the old value") << QByteArray("title: \"C # sharp\"  # c\n") << "F # sharp"
                                           << QByteArray("title: \"F # sharp\"  # c\n");
}

void TestYamlFrontMatter::setTitleKeepsTrailingComment()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, title);
    QFETCH(QByteArray, expected);
    const QByteArray text = block("date: 2021-04-11\n" + line + "draft: true\n");
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("title")}, title, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block("date: 2021-04-11\n" + expected + "draft: true\n"));
}

void TestYamlFrontMatter::dateKeepsItsShape_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected");

    const QTimeZone plusTwo = QTimeZone::fromSecondsAheadOfUtc(7200);
    const QDateTime tenAtPlusTwo(QDate(2021, 4, 12), QTime(10, 0), plusTwo);
    QTest::newRow("quoted date") << QByteArray("date: \"2021-04-11\"") << QVariant(QDate(2021, 4, 12))
                                 << QByteArray("date: \"2021-04-12\"");
    QTest::newRow("plain date from a string") << QByteArray("date: 2021-04-11") << QVariant(QStringLiteral("2021-04-12"))
                                              << QByteArray("date: 2021-04-12");
    QTest::newRow("ISO with offset") << QByteArray("date: 2021-04-11T10:00:00+02:00") << QVariant(tenAtPlusTwo)
                                     << QByteArray("date: 2021-04-12T10:00:00+02:00");
    QTest::newRow("space and compact offset") << QByteArray("date: 2021-04-11 10:00:00 +0200") << QVariant(tenAtPlusTwo)
                                              << QByteArray("date: 2021-04-12 10:00:00 +0200");
    QTest::newRow("UTC") << QByteArray("date: 2021-04-11T08:00:00Z")
                         << QVariant(QDateTime(QDate(2021, 4, 12), QTime(8, 0), QTimeZone::UTC))
                         << QByteArray("date: 2021-04-12T08:00:00Z");
    QTest::newRow("single quoted without seconds") << QByteArray("date: '2021-04-11T10:00+02:00' # pub")
                                                   << QVariant(tenAtPlusTwo)
                                                   << QByteArray("date: '2021-04-12T10:00+02:00' # pub");
    QTest::newRow("date only given a time takes the time") << QByteArray("date: 2021-04-11") << QVariant(tenAtPlusTwo)
                                                           << QByteArray("date: 2021-04-12T10:00:00+02:00");
}

void TestYamlFrontMatter::dateKeepsItsShape()
{
    QFETCH(QByteArray, line);
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expected);
    const QByteArray text = block("title: T\n" + line + "\n");
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("date")}, value, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block("title: T\n" + expected + "\n"));
}

void TestYamlFrontMatter::flowListKeepsItsQuoting_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("double") << QByteArray("tags: [\"a\", \"b\"]") << QStringList{"a", "b", "c"}
                            << QByteArray("tags: [\"a\", \"b\", \"c\"]");
    QTest::newRow("single") << QByteArray("tags: ['a', 'b']") << QStringList{"a", "b", "c"}
                            << QByteArray("tags: ['a', 'b', 'c']");
    QTest::newRow("plain") << QByteArray("tags: [a, b]") << QStringList{"a", "b", "c"} << QByteArray("tags: [a, b, c]");
    QTest::newRow("plain, new item needs quotes") << QByteArray("tags: [a, b]") << QStringList{"a", "c, d"}
                                                  << QByteArray("tags: [a, \"c, d\"]");
    QTest::newRow("inner spaces") << QByteArray("tags: [ a, b ]") << QStringList{"a", "b", "c"}
                                  << QByteArray("tags: [ a, b, c ]");
    QTest::newRow("tight commas") << QByteArray("tags: [a,b]") << QStringList{"a", "b", "c"} << QByteArray("tags: [a,b,c]");
    QTest::newRow("kept items keep their bytes") << QByteArray("tags: [\"a\", 'b', c]") << QStringList{"c", "a"}
                                                 << QByteArray("tags: [c, \"a\"]");
    QTest::newRow("comment with brackets") << QByteArray("tags: [AIML] # choose from [AIML, Career]")
                                           << QStringList{"AIML", "Career"}
                                           << QByteArray("tags: [AIML, Career] # choose from [AIML, Career]");
    QTest::newRow("one item a line") << QByteArray("tags: [\n  \"a\",\n  \"b\"\n]") << QStringList{"a", "x"}
                                     << QByteArray("tags: [\n  \"a\",\n  \"x\"\n]");
    QTest::newRow("emptied") << QByteArray("tags: [a, b]") << QStringList{} << QByteArray("tags: []");
    QTest::newRow("from empty") << QByteArray("tags: []") << QStringList{"a"} << QByteArray("tags: [\"a\"]");
}

void TestYamlFrontMatter::flowListKeepsItsQuoting()
{
    QFETCH(QByteArray, line);
    QFETCH(QStringList, list);
    QFETCH(QByteArray, expected);
    const QByteArray text = block("title: T\n" + line + "\ndraft: false\n");
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("tags")}, list, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block("title: T\n" + expected + "\ndraft: false\n"));
}

void TestYamlFrontMatter::blockListKeepsItsIndent_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("two spaces") << QByteArray("tags:\n  - a\n  - b\n") << QStringList{"a", "b", "c"}
                                << QByteArray("tags:\n  - a\n  - b\n  - c\n");
    QTest::newRow("indentless") << QByteArray("tags:\n- a\n- b\n") << QStringList{"a", "b", "c"}
                                << QByteArray("tags:\n- a\n- b\n- c\n");
    QTest::newRow("wide marker") << QByteArray("tags:\n    -   a\n") << QStringList{"a", "b"}
                                 << QByteArray("tags:\n    -   a\n    -   b\n");
    QTest::newRow("quoted items") << QByteArray("tags:\n  - \"a\"\n") << QStringList{"a", "b"}
                                  << QByteArray("tags:\n  - \"a\"\n  - \"b\"\n");
    QTest::newRow("inserted after its predecessor, comments stay")
        << QByteArray("tags: # mine\n  - a   # first\n  # about b\n  - b\n") << QStringList{"a", "x", "b"}
        << QByteArray("tags: # mine\n  - a   # first\n  - x\n  # about b\n  - b\n");
    QTest::newRow("removed item takes its line only") << QByteArray("tags:\n  - a   # first\n  # about b\n  - b\n")
                                                      << QStringList{"b"} << QByteArray("tags:\n  # about b\n  - b\n");
    QTest::newRow("item maps are kept") << QByteArray("links:\n  - name: x\n    url: y\n  - z\n")
                                        << QStringList{"z", "w"} << QByteArray("links:\n  - z\n  - w\n");
    QTest::newRow("emptied") << QByteArray("tags:\n  - a\n") << QStringList{} << QByteArray("tags: []\n");
}

void TestYamlFrontMatter::blockListKeepsItsIndent()
{
    QFETCH(QByteArray, lines);
    QFETCH(QStringList, list);
    QFETCH(QByteArray, expected);
    const QString key = QString::fromUtf8(lines.left(lines.indexOf(':')));
    const QByteArray text = block("title: T\n" + lines + "draft: false\n");
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {key}, list, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block("title: T\n" + expected + "draft: false\n"));
}

void TestYamlFrontMatter::blockScalarKeepsItsStyle_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("literal") << QByteArray("d: |\n  old\n") << "one\ntwo\n" << QByteArray("d: |\n  one\n  two\n");
    QTest::newRow("literal, stripped, comment kept") << QByteArray("d: |- # c\n    old\n") << "one\n\ntwo"
                                                     << QByteArray("d: |- # c\n    one\n\n    two\n");
    QTest::newRow("folded") << QByteArray("d: >\n  old\n  text\n") << "one long line\nsecond\n"
                            << QByteArray("d: >\n  one long line\n\n  second\n");
    QTest::newRow("folded with indented text becomes literal") << QByteArray("d: >\n  old\n") << "a\n  b\n"
                                                               << QByteArray("d: |\n  a\n    b\n");
    QTest::newRow("kept trailing lines stay kept") << QByteArray("d: |+\n  old\n\n") << "one\n\n"
                                                   << QByteArray("d: |+\n  one\n\n");
    QTest::newRow("leading space is quoted") << QByteArray("d: | # c\n  old\n") << " x" << QByteArray("d: \" x\" # c\n");
}

void TestYamlFrontMatter::blockScalarKeepsItsStyle()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const QByteArray text = block("title: T\n" + lines + "draft: false\n");
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("d")}, value, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block("title: T\n" + expected + "draft: false\n"));
}

void TestYamlFrontMatter::changingKindWritesOnTheKeyLine_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("scalar to list") << QByteArray("k: one # c\n") << QVariant(QStringList{"a", "b"})
                                    << QByteArray("k: [\"a\", \"b\"] # c\n");
    QTest::newRow("block list to scalar, comment lines stay")
        << QByteArray("k: # c\n  # about\n  - a\n") << QVariant(QStringLiteral("x"))
        << QByteArray("k: x # c\n  # about\n");
    QTest::newRow("null to list") << QByteArray("k:\n") << QVariant(QStringList{"a"}) << QByteArray("k: [\"a\"]\n");
    QTest::newRow("string to number keeps no quotes") << QByteArray("k: \"3\"\n") << QVariant(4)
                                                      << QByteArray("k: 4\n");
}

void TestYamlFrontMatter::changingKindWritesOnTheKeyLine()
{
    QFETCH(QByteArray, lines);
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expected);
    const QByteArray text = block("title: T\n" + lines + "draft: false\n");
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("k")}, value, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block("title: T\n" + expected + "draft: false\n"));
}

void TestYamlFrontMatter::newKeyGoesAfterTheLastKey_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("before trailing comments and blank lines")
        << QByteArray("title: T\n# trailing\n\n") << "draft" << QVariant(false)
        << QByteArray("title: T\ndraft: false\n# trailing\n\n");
    QTest::newRow("after a map") << QByteArray("title: T\nparams:\n  a: 1\n") << "tags"
                                 << QVariant(QStringList{"x"}) << QByteArray("title: T\nparams:\n  a: 1\ntags: [\"x\"]\n");
    QTest::newRow("after a block scalar") << QByteArray("d: |\n  text\n\n") << "title" << QVariant(QStringLiteral("T"))
                                          << QByteArray("d: |\n  text\ntitle: T\n\n");
    QTest::newRow("into an empty block") << QByteArray() << "title" << QVariant(QStringLiteral("Hi: there"))
                                         << QByteArray("title: \"Hi: there\"\n");
    QTest::newRow("after comments only") << QByteArray("# soon\n") << "date" << QVariant(QDate(2021, 4, 11))
                                         << QByteArray("# soon\ndate: 2021-04-11\n");
    QTest::newRow("a key that needs quotes") << QByteArray("title: T\n") << "#hash" << QVariant(1)
                                             << QByteArray("title: T\n\"#hash\": 1\n");
}

void TestYamlFrontMatter::newKeyGoesAfterTheLastKey()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expected);
    const QByteArray text = block(content);
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {key}, value, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block(expected));
}

void TestYamlFrontMatter::nestedKeyIsAddedInsideItsMap_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("after the last child") << QByteArray("params:\n  author: Jane\ntitle: T\n")
                                          << QStringList{"params", "series"}
                                          << QByteArray("params:\n  author: Jane\n  series: S\ntitle: T\n");
    QTest::newRow("with the children's indent") << QByteArray("params:\n    author: Jane\nother:\n  a: 1\n")
                                                << QStringList{"params", "series"}
                                                << QByteArray("params:\n    author: Jane\n    series: S\nother:\n  a: 1\n");
    QTest::newRow("after a grandchild") << QByteArray("params:\n  social:\n    x: 1\ntitle: T\n")
                                        << QStringList{"params", "series"}
                                        << QByteArray("params:\n  social:\n    x: 1\n  series: S\ntitle: T\n");
    QTest::newRow("deeper") << QByteArray("params:\n  social:\n    x: 1\ntitle: T\n")
                            << QStringList{"params", "social", "series"}
                            << QByteArray("params:\n  social:\n    x: 1\n    series: S\ntitle: T\n");
    QTest::newRow("missing middle map") << QByteArray("params:\n  a: 1\n") << QStringList{"params", "b", "series"}
                                        << QByteArray("params:\n  a: 1\n  b:\n    series: S\n");
    QTest::newRow("missing parent") << QByteArray("title: T\n") << QStringList{"params", "series"}
                                    << QByteArray("title: T\nparams:\n  series: S\n");
    QTest::newRow("missing parent, file indents by four")
        << QByteArray("other:\n    a: 1\n") << QStringList{"params", "series"}
        << QByteArray("other:\n    a: 1\nparams:\n    series: S\n");
    QTest::newRow("empty flow map") << QByteArray("params: {}\n") << QStringList{"params", "series"}
                                    << QByteArray("params: {series: S}\n");
    QTest::newRow("flow map") << QByteArray("params: { a: 1 }  # p\n") << QStringList{"params", "series"}
                              << QByteArray("params: { a: 1, series: S }  # p\n");
}

void TestYamlFrontMatter::nestedKeyIsAddedInsideItsMap()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, path);
    QFETCH(QByteArray, expected);
    const QByteArray text = block(content);
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, path, QStringLiteral("S"), &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block(expected));
}

void TestYamlFrontMatter::removingTheOnlyChildLeavesAnEmptyMap()
{
    const QByteArray text = block("params: # p\n  author: Jane\ntitle: T\n");
    QString error;
    const std::optional<TextEdit> edit =
        SurgicalWriter::removeKey(text, {QStringLiteral("params"), QStringLiteral("author")}, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(text), block("params: {} # p\ntitle: T\n"));
}

void TestYamlFrontMatter::crlfFileGetsCrlfEdits_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QVariant>("value"); // invalid: remove the key

    QTest::newRow("set a scalar") << QStringList{"title"} << QVariant(QStringLiteral("New"));
    QTest::newRow("add a key") << QStringList{"draft"} << QVariant(true);
    QTest::newRow("add a nested key") << QStringList{"params", "series"} << QVariant(QStringLiteral("S"));
    QTest::newRow("add a nested map") << QStringList{"links", "home"} << QVariant(QStringLiteral("/"));
    QTest::newRow("grow a block list") << QStringList{"tags"} << QVariant(QStringList{"a", "b", "c"});
    QTest::newRow("grow a multi-line flow list") << QStringList{"series"} << QVariant(QStringList{"one", "two"});
    QTest::newRow("rewrite a block scalar") << QStringList{"summary"} << QVariant(QStringLiteral("x\ny\n"));
    QTest::newRow("block list to scalar") << QStringList{"tags"} << QVariant(QStringLiteral("one"));
    QTest::newRow("remove a key") << QStringList{"tags"} << QVariant();
    QTest::newRow("remove an only child") << QStringList{"params", "author"} << QVariant();
}

void TestYamlFrontMatter::crlfFileGetsCrlfEdits()
{
    QFETCH(QStringList, path);
    QFETCH(QVariant, value);
    const QByteArray lf = block("title: T # c\n"
                                "tags:\n  - a\n  # x\n  - b\n"
                                "series: [\n  one\n]\n"
                                "summary: >\n  s\n"
                                "params:\n  author: Jane\n");
    const auto edit = [&](const QByteArray &text) {
        QString error;
        const std::optional<TextEdit> e = value.isValid() ? SurgicalWriter::setValue(text, path, value, &error)
                                                          : SurgicalWriter::removeKey(text, path, &error);
        return e ? e->applyTo(text) : QByteArray("refused: " + error.toUtf8());
    };
    const QByteArray crlfResult = edit(withCrlf(lf));
    QVERIFY2(everyLineEndIsCrlf(crlfResult), crlfResult.constData());
    QCOMPARE(crlfResult, withCrlf(edit(lf)));
    QVERIFY(crlfResult != withCrlf(lf));
}

void TestYamlFrontMatter::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("quoted");

    QTest::newRow("yes") << "yes" << true;
    QTest::newRow("No") << "No" << true;
    QTest::newRow("true") << "true" << true;
    QTest::newRow("123") << "123" << true;
    QTest::newRow("1.5") << "1.5" << true;
    QTest::newRow("1e3") << "1e3" << true;
    QTest::newRow("0x1F") << "0x1F" << true;
    QTest::newRow("inf") << "inf" << true;
    QTest::newRow("10:30") << "10:30" << true;
    QTest::newRow("2021-04-11") << "2021-04-11" << true;
    QTest::newRow("2021-04-11 10:00") << "2021-04-11 10:00" << true;
    QTest::newRow("a: b") << "a: b" << true;
    QTest::newRow("ends with a colon") << "note:" << true;
    QTest::newRow("#tag") << "#tag" << true;
    QTest::newRow("a #b") << "a #b" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("leading space") << " x" << true;
    QTest::newRow("trailing space") << "x " << true;
    QTest::newRow("null") << "null" << true;
    QTest::newRow("~") << "~" << true;
    QTest::newRow("line break") << "a\nb" << true;
    QTest::newRow("tab") << "a\tb" << true;
    QTest::newRow("dash") << "-x" << true;
    QTest::newRow("star") << "*x" << true;
    QTest::newRow("quote first") << "'x'" << true;
    QTest::newRow("control character") << QStringLiteral("a\u0007b") << true;
    QTest::newRow("plain text") << "plain text" << false;
    QTest::newRow("apostrophe inside") << "it's fine" << false;
    QTest::newRow("ampersand inside") << "C++ & Qt" << false;
    QTest::newRow("hash inside a URL") << "https://x.org/#top" << false;
    QTest::newRow("version") << "1.0.2" << false;
    QTest::newRow("unicode") << "Café ☕ 日本 🎉" << false;
    QTest::newRow("html comment") << "<!--end-->" << false;
}

void TestYamlFrontMatter::quotesOnlyWhenNeeded()
{
    QFETCH(QString, value);
    QFETCH(bool, quoted);
    const QByteArray written = YamlBackend().formatValue(value);
    QCOMPARE(written.startsWith('"'), quoted);
    const FrontMatterData data = readFrontMatter("---\nk: " + written + "\n---\n");
    QVERIFY2(!data.error, written.constData());
    QCOMPARE(data.values.value(QStringLiteral("k")), QVariant(value));
}

void TestYamlFrontMatter::formatValueWritesEachType_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<ValueStyle>("style");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bool") << QVariant(true) << ValueStyle::Plain << QByteArray("true");
    QTest::newRow("int") << QVariant(42) << ValueStyle::DoubleQuoted << QByteArray("42");
    QTest::newRow("double") << QVariant(0.1) << ValueStyle::Plain << QByteArray("0.1");
    QTest::newRow("whole double stays a float") << QVariant(2.0) << ValueStyle::Plain << QByteArray("2.0");
    QTest::newRow("date") << QVariant(QDate(2021, 4, 11)) << ValueStyle::Plain << QByteArray("2021-04-11");
    QTest::newRow("date-time") << QVariant(QDateTime(QDate(2021, 4, 11), QTime(10, 0), QTimeZone::fromSecondsAheadOfUtc(7200)))
                               << ValueStyle::Plain << QByteArray("2021-04-11T10:00:00+02:00");
    QTest::newRow("list") << QVariant(QStringList{"a", "b"}) << ValueStyle::Plain << QByteArray("[\"a\", \"b\"]");
    QTest::newRow("single quoted list") << QVariant(QVariantList{"a", 1}) << ValueStyle::SingleQuoted
                                        << QByteArray("['a', 1]");
    QTest::newRow("always double") << QVariant(QStringLiteral("x")) << ValueStyle::DoubleQuoted << QByteArray("\"x\"");
    QTest::newRow("single") << QVariant(QStringLiteral("it's")) << ValueStyle::SingleQuoted << QByteArray("'it''s'");
    QTest::newRow("single cannot hold a line break") << QVariant(QStringLiteral("a\nb")) << ValueStyle::SingleQuoted
                                                     << QByteArray("\"a\\nb\"");
    QTest::newRow("escapes") << QVariant(QStringLiteral("say \"hi\"\\\u0001")) << ValueStyle::Plain
                             << QByteArray("\"say \\\"hi\\\"\\\\\\x01\"");
}

void TestYamlFrontMatter::formatValueWritesEachType()
{
    QFETCH(QVariant, value);
    QFETCH(ValueStyle, style);
    QFETCH(QByteArray, expected);
    QCOMPARE(YamlBackend().formatValue(value, style), expected);
}

void TestYamlFrontMatter::valueThatWouldBreakIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QVariant>("value"); // invalid: remove the key

    QTest::newRow("anchored value an alias repeats") << QByteArray("name: &n Alice\nauthor: *n\n")
                                                     << QStringList{"name"} << QVariant(QStringLiteral("Bob"));
    QTest::newRow("removing an anchor an alias needs") << QByteArray("name: &n Alice\nauthor: *n\n")
                                                       << QStringList{"name"} << QVariant();
    QTest::newRow("path through a scalar") << QByteArray("title: T\n") << QStringList{"title", "sub"}
                                           << QVariant(QStringLiteral("x"));
    QTest::newRow("path through a list") << QByteArray("tags:\n  - a\n") << QStringList{"tags", "sub"}
                                         << QVariant(QStringLiteral("x"));
    QTest::newRow("key written twice") << QByteArray("title: A\ntitle: B\n") << QStringList{"title"}
                                       << QVariant(QStringLiteral("C"));
    QTest::newRow("key inside a flow map") << QByteArray("cover: {alt: x}\n") << QStringList{"cover", "alt"}
                                           << QVariant(QStringLiteral("y"));
    QTest::newRow("explicit key") << QByteArray("? title\n: T\n") << QStringList{"title"}
                                  << QVariant(QStringLiteral("U"));
    QTest::newRow("flow map as the whole block") << QByteArray("{title: T}\n") << QStringList{"title"}
                                                 << QVariant(QStringLiteral("U"));
    QTest::newRow("broken front matter") << QByteArray("title: [\n") << QStringList{"title"}
                                         << QVariant(QStringLiteral("U"));
}

void TestYamlFrontMatter::valueThatWouldBreakIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, path);
    QFETCH(QVariant, value);
    const QByteArray text = block(content);
    QString error;
    const std::optional<TextEdit> edit = value.isValid() ? SurgicalWriter::setValue(text, path, value, &error)
                                                         : SurgicalWriter::removeKey(text, path, &error);
    QVERIFY2(!edit, applied(text, edit).constData());
    QVERIFY(!error.isEmpty());
}

// Each row was built with Debian 13's hugo 0.131 (go-yaml v2, YAML 1.1
// types) and its {{ printf "%T %v" }} of the value recorded here.
void TestYamlFrontMatter::plainScalarsReadAsHugoReadsThem_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("hex") << QByteArray("0x1F") << QVariant(qlonglong(31));
    QTest::newRow("HEX") << QByteArray("0X1F") << QVariant(qlonglong(31));
    QTest::newRow("negative hex") << QByteArray("-0x1F") << QVariant(qlonglong(-31));
    QTest::newRow("octal 0o") << QByteArray("0o17") << QVariant(qlonglong(15));
    QTest::newRow("octal leading zero") << QByteArray("017") << QVariant(qlonglong(15));
    QTest::newRow("binary") << QByteArray("0b1_01") << QVariant(qlonglong(5));
    QTest::newRow("underscores") << QByteArray("1_000") << QVariant(qlonglong(1000));
    QTest::newRow("plus sign") << QByteArray("+12") << QVariant(qlonglong(12));
    QTest::newRow("above int64") << QByteArray("9223372036854775808") << QVariant(qulonglong(9223372036854775808ULL));
    QTest::newRow("above uint64") << QByteArray("18446744073709551616") << QVariant(18446744073709551616.0);
    QTest::newRow("not octal is a float") << QByteArray("08") << QVariant(8.0);
    QTest::newRow("whole float") << QByteArray("3.0") << QVariant(3.0);
    QTest::newRow("exponent") << QByteArray("1e3") << QVariant(1000.0);
    QTest::newRow("leading point") << QByteArray(".5") << QVariant(0.5);
    QTest::newRow("float with underscores") << QByteArray("685_230.15") << QVariant(685230.15);
    QTest::newRow(".inf") << QByteArray("+.inf") << QVariant(qInf());
    QTest::newRow("-.Inf") << QByteArray("-.Inf") << QVariant(-qInf());
    QTest::newRow("yes") << QByteArray("yes") << QVariant(true);
    QTest::newRow("On") << QByteArray("On") << QVariant(true);
    QTest::newRow("y") << QByteArray("y") << QVariant(true);
    QTest::newRow("TRUE") << QByteArray("TRUE") << QVariant(true);
    QTest::newRow("NO") << QByteArray("NO") << QVariant(false);
    QTest::newRow("off") << QByteArray("off") << QVariant(false);
    QTest::newRow("mixed case is text") << QByteArray("yEs") << QVariant(QStringLiteral("yEs"));
    QTest::newRow("inf without point is text") << QByteArray("inf") << QVariant(QStringLiteral("inf"));
    QTest::newRow("bad octal is text") << QByteArray("0o8") << QVariant(QStringLiteral("0o8"));
    QTest::newRow("leading underscore is text") << QByteArray("_1") << QVariant(QStringLiteral("_1"));
    QTest::newRow("no sexagesimal") << QByteArray("1:20") << QVariant(QStringLiteral("1:20"));
    QTest::newRow("version") << QByteArray("1.0.2") << QVariant(QStringLiteral("1.0.2"));
    QTest::newRow("quoted") << QByteArray("\"0x1F\"") << QVariant(QStringLiteral("0x1F"));
    QTest::newRow("!!str") << QByteArray("!!str 12") << QVariant(QStringLiteral("12"));
    QTest::newRow("!!float") << QByteArray("!!float 3") << QVariant(3.0);
}

void TestYamlFrontMatter::plainScalarsReadAsHugoReadsThem()
{
    QFETCH(QByteArray, written);
    QFETCH(QVariant, expected);
    const FrontMatterData data = readFrontMatter(block("v: " + written + "\n"));
    QVERIFY2(!data.error, qPrintable(data.error ? data.error->message : QString()));
    const QVariant value = data.values.value(QStringLiteral("v"));
    QCOMPARE(value.typeId(), expected.typeId());
    if (expected.typeId() == QMetaType::Double && qIsInf(expected.toDouble()))
        QCOMPARE(value.toDouble(), expected.toDouble());
    else
        QCOMPARE(value, expected);
}

// Hugo 0.131 (go-yaml v2) lets a merge override a key written before the
// "<<"; YAML's merge key type, go-yaml v3 and newer Hugo keep the written key,
// and so does Postwright.
void TestYamlFrontMatter::mergeKeyMergesTheAnchorsKeys_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QVariantMap>("expected");

    const QVariantMap base{{QStringLiteral("author"), QStringLiteral("Ann")}, {QStringLiteral("toc"), true}};
    QTest::newRow("written key after the merge wins")
        << QByteArray("base: &base\n  author: Ann\n  toc: true\n<<: *base\ntoc: false\n")
        << QVariantMap{{QStringLiteral("base"), base}, {QStringLiteral("author"), QStringLiteral("Ann")},
                       {QStringLiteral("toc"), false}};
    QTest::newRow("written key before the merge wins")
        << QByteArray("base: &base\n  author: Ann\n  toc: true\ntoc: false\n<<: *base\n")
        << QVariantMap{{QStringLiteral("base"), base}, {QStringLiteral("author"), QStringLiteral("Ann")},
                       {QStringLiteral("toc"), false}};
    QTest::newRow("the earlier of a list wins")
        << QByteArray("a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\n<<: [*a, *b]\n")
        << QVariantMap{{QStringLiteral("a"), QVariantMap{{QStringLiteral("x"), qlonglong(1)}, {QStringLiteral("y"), qlonglong(1)}}},
                       {QStringLiteral("b"), QVariantMap{{QStringLiteral("x"), qlonglong(2)}, {QStringLiteral("z"), qlonglong(2)}}},
                       {QStringLiteral("x"), qlonglong(1)}, {QStringLiteral("y"), qlonglong(1)}, {QStringLiteral("z"), qlonglong(2)}};
    QTest::newRow("inside a map")
        << QByteArray("base: &base {toc: true, math: false}\nparams:\n  <<: *base\n  math: true\n")
        << QVariantMap{{QStringLiteral("base"), QVariantMap{{QStringLiteral("toc"), true}, {QStringLiteral("math"), false}}},
                       {QStringLiteral("params"), QVariantMap{{QStringLiteral("toc"), true}, {QStringLiteral("math"), true}}}};
    QTest::newRow("an inline map")
        << QByteArray("<<: {a: 1}\nb: 2\n")
        << QVariantMap{{QStringLiteral("a"), qlonglong(1)}, {QStringLiteral("b"), qlonglong(2)}};
    QTest::newRow("quoted is a key") << QByteArray("\"<<\": {a: 1}\n")
                                     << QVariantMap{{QStringLiteral("<<"), QVariantMap{{QStringLiteral("a"), qlonglong(1)}}}};
}

void TestYamlFrontMatter::mergeKeyMergesTheAnchorsKeys()
{
    QFETCH(QByteArray, content);
    QFETCH(QVariantMap, expected);
    const FrontMatterDocument document = FrontMatterDocument::parse(block(content));
    QVERIFY(document.isValid());
    QCOMPARE(document.values(), expected);
    QStringList keys = expected.keys();
    QStringList listed = document.topLevelKeys();
    listed.sort();
    QCOMPARE(listed, keys);
}

void TestYamlFrontMatter::mergeKeyIsNotAKey()
{
    const QByteArray text = block("base: &b\n  x: 1\nm:\n  <<: *b\n  y: 2\n<<: *b\ntitle: T\n");
    const FrontMatterDocument document = FrontMatterDocument::parse(text);
    QVERIFY(document.isValid());
    QVERIFY(!document.find({QStringLiteral("<<")}));
    QVERIFY(!document.find({QStringLiteral("m"), QStringLiteral("<<")}));
    QVERIFY(document.find({QStringLiteral("m"), QStringLiteral("y")}));
    const FrontMatterEntry *m = document.find({QStringLiteral("m")});
    QVERIFY(m);
    QCOMPARE(m->style, ValueStyle::BlockMap);
    QCOMPARE(m->value.toMap().value(QStringLiteral("x")), QVariant(qlonglong(1)));
    // Written keys in file order, then what the merge brought.
    QCOMPARE(document.topLevelKeys(), QStringList({"base", "m", "title", "x"}));
    QCOMPARE(document.values().value(QStringLiteral("x")), QVariant(qlonglong(1)));
    QString error;
    QVERIFY(!SurgicalWriter::removeKey(text, {QStringLiteral("<<")}, &error));
}

void TestYamlFrontMatter::settingAMergedKeyWritesItInItsMap_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("top level") << QByteArray("base: &b\n  toc: true\n<<: *b\ntitle: T\n") << QStringList{"toc"}
                               << QByteArray("base: &b\n  toc: true\n<<: *b\ntitle: T\ntoc: false\n");
    QTest::newRow("in a map") << QByteArray("base: &b\n  toc: true\nparams:\n    <<: *b\ntitle: T\n")
                              << QStringList{"params", "toc"}
                              << QByteArray("base: &b\n  toc: true\nparams:\n    <<: *b\n    toc: false\ntitle: T\n");
}

void TestYamlFrontMatter::settingAMergedKeyWritesItInItsMap()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, path);
    QFETCH(QByteArray, expected);
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(block(content), path, false, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(edit->applyTo(block(content)), block(expected));
}

void TestYamlFrontMatter::mutatedFrontMatterNeverCrashesOrSpills()
{
    QRandomGenerator random(20210411);
    static const QByteArray alphabet = ":- \n#'\"[]{}|>&*!,\tab1\r";
    QList<QByteArray> texts;
    for (const CorpusPost &post : corpus()) {
        texts.append(post.text);
        texts.append(withCrlf(post.text));
    }
    QElapsedTimer clock;
    clock.start();
    int tried = 0, valid = 0, edited = 0;
    for (; tried < 10000 && clock.elapsed() < 5000; ++tried) {
        QByteArray text = texts[random.bounded(int(texts.size()))];
        const FrontMatterBlock original = FrontMatterBlock::locate(text);
        for (int m = 0, count = random.bounded(1, 4); m < count && original.contentEnd > original.contentStart; ++m) {
            const qsizetype end = std::min<qsizetype>(original.contentEnd, text.size());
            const qsizetype at = original.contentStart + random.bounded(int(end - original.contentStart));
            switch (random.bounded(5)) {
            case 0:
                text.remove(at, random.bounded(1, 4));
                break;
            case 1:
                text.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
                break;
            case 2:
                text.insert(at, text.mid(at, random.bounded(1, 6)));
                break;
            case 3: { // duplicate a line
                const qsizetype start = text.lastIndexOf('\n', at - 1) + 1;
                const qsizetype stop = text.indexOf('\n', at);
                if (stop > start)
                    text.insert(start, text.mid(start, stop - start + 1));
                break;
            }
            default: { // delete a line
                const qsizetype start = text.lastIndexOf('\n', at - 1) + 1;
                const qsizetype stop = text.indexOf('\n', at);
                if (stop >= start && stop < end)
                    text.remove(start, stop - start + 1);
                break;
            }
            }
        }
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        if (!document.isValid() || document.entries.isEmpty())
            continue;
        ++valid;
        for (const FrontMatterEntry &entry : document.entries) {
            QVERIFY(entry.entrySpan.start >= document.block.contentStart);
            QVERIFY(entry.entrySpan.end <= document.block.contentEnd);
            QVERIFY(entry.valueSpan.isValid() && entry.valueSpan.start >= entry.entrySpan.start);
            QVERIFY(entry.valueSpan.end <= entry.entrySpan.end);
        }
        const FrontMatterEntry &entry = document.entries[random.bounded(int(document.entries.size()))];
        const QVariant values[] = {changedValue(entry), QStringLiteral("x: y"), QStringList{"a", "b"}, 7,
                                   QDate(2022, 1, 2), QStringLiteral("two\nlines\n")};
        const QVariant value = values[random.bounded(int(std::size(values)))];
        if (const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, entry.path, value)) {
            ++edited;
            const QByteArray result = edit->applyTo(text);
            QVERIFY2(keepsOutside(text, result, entry.entrySpan.start, entry.entrySpan.end),
                     (text + "\n=====\n" + result).constData());
        }
        if (const std::optional<TextEdit> edit = SurgicalWriter::removeKey(text, entry.path)) {
            // An only child's removal also writes "{}" after its parent's key.
            ByteSpan owner = entry.entrySpan;
            for (const FrontMatterEntry &parent : document.entries)
                if (parent.path == entry.path.first(entry.path.size() - 1) && parent.entrySpan.start <= owner.start
                    && parent.entrySpan.end >= owner.end)
                    owner = parent.entrySpan;
            QVERIFY2(keepsOutside(text, edit->applyTo(text), owner.start, owner.end), text.constData());
        }
    }
    qDebug("%d mutations, %d still valid YAML, %d edited, %lld ms", tried, valid, edited, clock.elapsed());
    QVERIFY(valid > 100);
}

QTEST_GUILESS_MAIN(TestYamlFrontMatter)
#include "tst_yamlfrontmatter.moc"
