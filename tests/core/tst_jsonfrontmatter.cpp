// JSON front matter edited surgically: for every member of a corpus of Hugo
// posts (as written, with CRLF, with a BOM), setting, removing and adding a
// member changes that member's bytes (and one comma) and nothing else.

#include "frontmatter/surgicalwriter.h"
#include "frontmatter/jsonbackend.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Postwright;

namespace {

const QString corpusDir = QStringLiteral(POSTWRIGHT_TEST_DATA "/frontmatter/json");
const QByteArray bom = "\xEF\xBB\xBF";

struct Sample
{
    QString name;
    QByteArray text;
};

// Every corpus file as written, with CRLF line endings, and with a BOM too.
QList<Sample> corpus()
{
    QList<Sample> samples;
    for (const QString &file : QDir(corpusDir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const QByteArray text = TestFiles::read(corpusDir + u'/' + file);
        QByteArray crlf = text;
        crlf.replace("\n", "\r\n");
        samples.append({file, text});
        samples.append({file + QStringLiteral(" crlf"), crlf});
        samples.append({file + QStringLiteral(" bom crlf"), bom + crlf});
    }
    return samples;
}

void addCorpusRows()
{
    QTest::addColumn<QByteArray>("text");
    for (const Sample &sample : corpus())
        QTest::newRow(qPrintable(sample.name)) << sample.text;
}

bool hasCrlf(QByteArrayView text)
{
    return text.contains("\r\n");
}

bool allCrlf(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            return false;
    return true;
}

QDateTime parseDateTime(QString text)
{
    if (text.size() > 10 && text[10] == u' ')
        text[10] = u'T';
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant newValueFor(const FrontMatterEntry &entry)
{
    switch (entry.kind) {
    case ValueKind::String:
        return QString(entry.value.toString() + QStringLiteral(" (edited \"✓\")"));
    case ValueKind::Integer:
        return entry.value.toLongLong() + 1;
    case ValueKind::Float:
        return entry.value.toDouble() + 0.25;
    case ValueKind::Bool:
        return !entry.value.toBool();
    case ValueKind::Date:
        return QDate::fromString(entry.value.toString(), Qt::ISODate).addDays(1);
    case ValueKind::DateTime:
        return parseDateTime(entry.value.toString()).addSecs(3661);
    case ValueKind::List:
        return QVariantList{QStringLiteral("edited"), QStringLiteral("ünïcode ✓"), QStringLiteral("with \"quote\"")};
    case ValueKind::Map:
        return QVariantMap{{QStringLiteral("inline"), QStringLiteral("map")}};
    case ValueKind::Null:
        return QStringLiteral("was null");
    }
    return {};
}

// JSON writes a value's type, so the style follows from the value.
ValueStyle styleFor(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QDate:
    case QMetaType::QDateTime:
        return ValueStyle::DoubleQuoted;
    case QMetaType::QVariantList:
        return ValueStyle::FlowList;
    case QMetaType::QVariantMap:
        return ValueStyle::FlowMap;
    default:
        return ValueStyle::Plain;
    }
}

bool sameValue(const QVariant &actual, const QVariant &expected)
{
    switch (expected.typeId()) {
    case QMetaType::QDate:
        return QDate::fromString(actual.toString(), Qt::ISODate) == expected.toDate();
    case QMetaType::QDateTime:
        return parseDateTime(actual.toString()) == expected.toDateTime();
    case QMetaType::Double:
        return actual.typeId() == QMetaType::Double && qFuzzyCompare(actual.toDouble(), expected.toDouble());
    default:
        return actual == expected;
    }
}

QString describe(const QString &sample, const FrontMatterEntry &entry, const QString &error = {})
{
    return sample + QStringLiteral(": ") + entry.path.join(u'.') + (error.isEmpty() ? QString() : QStringLiteral(" — ") + error);
}

bool related(const QStringList &a, const QStringList &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    return a.first(n) == b.first(n);
}

// The members of the object at parent (empty: the front matter), in file order.
QList<const FrontMatterEntry *> membersOf(const FrontMatterDocument &document, const QStringList &parent)
{
    QList<const FrontMatterEntry *> members;
    for (const FrontMatterEntry &entry : document.entries)
        if (entry.path.size() == parent.size() + 1 && entry.path.first(parent.size()) == parent)
            members.append(&entry);
    return members;
}

QByteArray lineIndentBefore(QByteArrayView text, qsizetype pos)
{
    qsizetype start = text.first(pos).lastIndexOf('\n') + 1;
    qsizetype end = start;
    while (end < pos && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return text.sliced(start, end - start).toByteArray();
}

bool startsLine(QByteArrayView text, qsizetype pos)
{
    qsizetype i = pos;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
        --i;
    return i == 0 || text[i - 1] == '\n';
}

QByteArray post(const QByteArray &frontMatter)
{
    return frontMatter + "\nBody.\n";
}

} // namespace

class TestJsonFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMemberIsReadWithItsSpans_data() { addCorpusRows(); }
    void everyMemberIsReadWithItsSpans()
    {
        QFETCH(QByteArray, text);
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        QVERIFY2(document.isValid(), qPrintable(document.errors.value(0).message));
        QVERIFY(document.entries.size() >= 5);
        for (const FrontMatterEntry &entry : document.entries) {
            const QString where = describe(QString::fromLatin1(QTest::currentDataTag()), entry);
            QVERIFY2(entry.keySpan.isValid() && entry.valueSpan.isValid() && entry.entrySpan.isValid(), qPrintable(where));
            QCOMPARE(text[entry.keySpan.start], '"');
            QCOMPARE(text[entry.keySpan.end - 1], '"');
            QVERIFY2(entry.keySpan.end < entry.valueSpan.start, qPrintable(where));
            QVERIFY2(entry.entrySpan.start <= entry.keySpan.start && entry.valueSpan.end <= entry.entrySpan.end,
                     qPrintable(where));
            QVERIFY2(entry.valueSpan.end < document.block.contentEnd, qPrintable(where));
            QCOMPARE(entry.text, QString::fromUtf8(text.sliced(entry.valueSpan.start, entry.valueSpan.length())));
        }
        QVERIFY(document.find({QStringLiteral("title")}));
    }

    void settingEveryMemberChangesOnlyItsValue_data() { addCorpusRows(); }
    void settingEveryMemberChangesOnlyItsValue()
    {
        QFETCH(QByteArray, text);
        const QString sample = QString::fromLatin1(QTest::currentDataTag());
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        for (const FrontMatterEntry &entry : document.entries) {
            const QVariant value = newValueFor(entry);
            QString error;
            const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, entry.path, value, &error);
            QVERIFY2(edit, qPrintable(describe(sample, entry, error)));
            const QByteArray after = edit->applyTo(text);
            const ByteSpan span = entry.valueSpan;
            QCOMPARE(after.first(span.start), text.first(span.start));
            QCOMPARE(after.sliced(after.size() - (text.size() - span.end)), text.sliced(span.end));
            if (hasCrlf(text))
                QVERIFY2(allCrlf(after), qPrintable(describe(sample, entry)));
            const FrontMatterDocument reread = FrontMatterDocument::parse(after);
            const FrontMatterEntry *changed = reread.find(entry.path);
            QVERIFY2(changed, qPrintable(describe(sample, entry)));
            QVERIFY2(sameValue(changed->value, value), qPrintable(describe(sample, entry) + QStringLiteral(" reads ")
                                                                   + changed->text));
            QCOMPARE(changed->style, styleFor(value));
        }
    }

    void removingEveryMemberKeepsTheRest_data() { addCorpusRows(); }
    void removingEveryMemberKeepsTheRest()
    {
        QFETCH(QByteArray, text);
        const QString sample = QString::fromLatin1(QTest::currentDataTag());
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        for (const FrontMatterEntry &entry : document.entries) {
            QString error;
            const std::optional<TextEdit> edit = SurgicalWriter::removeKey(text, entry.path, &error);
            QVERIFY2(edit, qPrintable(describe(sample, entry, error)));
            QVERIFY(edit->replacement.isEmpty());
            const QList<const FrontMatterEntry *> siblings = membersOf(document, entry.path.first(entry.path.size() - 1));
            if (siblings.size() > 1 && siblings.last() == &entry) {
                // The last member: the comma before it goes with it, nothing else.
                QCOMPARE(edit->end, entry.valueSpan.end);
                QCOMPARE(text.sliced(edit->start, entry.keySpan.start - edit->start).trimmed(), QByteArray(","));
            } else {
                QCOMPARE(edit->start, entry.entrySpan.start);
                QCOMPARE(edit->end, entry.entrySpan.end);
            }
            const QByteArray after = edit->applyTo(text);
            if (hasCrlf(text))
                QVERIFY(allCrlf(after));
            const FrontMatterDocument reread = FrontMatterDocument::parse(after);
            QVERIFY2(reread.isValid() && !reread.find(entry.path), qPrintable(describe(sample, entry)));
            for (const FrontMatterEntry &other : document.entries) {
                if (related(other.path, entry.path))
                    continue;
                const FrontMatterEntry *kept = reread.find(other.path);
                QVERIFY2(kept && kept->value == other.value && kept->text == other.text,
                         qPrintable(describe(sample, other)));
            }
        }
    }

    void addingMembersInsertsOnlyThem_data() { addCorpusRows(); }
    void addingMembersInsertsOnlyThem()
    {
        QFETCH(QByteArray, text);
        const QString sample = QString::fromLatin1(QTest::currentDataTag());
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        const QString value = QStringLiteral("added ✓");
        const QByteArray eol = hasCrlf(text) ? "\r\n" : "\n";
        QList<QStringList> objects{QStringList()};
        for (const FrontMatterEntry &entry : document.entries)
            if (entry.kind == ValueKind::Map)
                objects.append(entry.path);
        for (const QStringList &object : objects) {
            const QStringList path = object + QStringList{QStringLiteral("added")};
            QString error;
            const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, path, value, &error);
            QVERIFY2(edit, qPrintable(sample + u' ' + path.join(u'.') + u' ' + error));
            const QList<const FrontMatterEntry *> members = membersOf(document, object);
            if (!members.isEmpty()) {
                const FrontMatterEntry *last = members.last();
                QCOMPARE(edit->start, last->valueSpan.end);
                QCOMPARE(edit->end, edit->start);
                const QByteArray separator = startsLine(text, last->keySpan.start)
                    ? "," + eol + lineIndentBefore(text, last->keySpan.start)
                    : QByteArray(", ");
                QCOMPARE(edit->replacement, separator + "\"added\": \"added ✓\"");
            } else {
                const FrontMatterEntry *holder = document.find(object);
                QVERIFY(edit->start > holder->valueSpan.start && edit->end < holder->valueSpan.end);
            }
            const FrontMatterDocument reread = FrontMatterDocument::parse(edit->applyTo(text));
            QVERIFY2(reread.find(path) && reread.find(path)->value == QVariant(value), qPrintable(sample));
        }
    }

    void dateKeepsItsShape_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("offset") << QByteArray("\"date\": \"2023-11-02T09:30:00+01:00\"")
                                << QVariant(QDateTime(QDate(2024, 5, 1), QTime(8, 15), QTimeZone::fromSecondsAheadOfUtc(3600)))
                                << QByteArray("\"date\": \"2024-05-01T08:15:00+01:00\"");
        QTest::newRow("zulu") << QByteArray("\"date\": \"2023-11-02T09:30:00Z\"")
                              << QVariant(QDateTime(QDate(2024, 5, 1), QTime(8, 15), QTimeZone::UTC))
                              << QByteArray("\"date\": \"2024-05-01T08:15:00Z\"");
        QTest::newRow("date only") << QByteArray("\"date\": \"2024-01-15\"") << QVariant(QDate(2024, 2, 1))
                                   << QByteArray("\"date\": \"2024-02-01\"");
        QTest::newRow("space and short offset")
            << QByteArray("\"date\": \"2021-04-11 10:00 +0200\"")
            << QVariant(QDateTime(QDate(2022, 1, 2), QTime(9, 30), QTimeZone::fromSecondsAheadOfUtc(7200)))
            << QByteArray("\"date\": \"2022-01-02 09:30 +0200\"");
        QTest::newRow("no date before: ISO 8601") << QByteArray("\"date\": \"\"") << QVariant(QDate(2022, 1, 2))
                                                  << QByteArray("\"date\": \"2022-01-02\"");
    }

    void dateKeepsItsShape()
    {
        QFETCH(QByteArray, member);
        QFETCH(QVariant, value);
        QFETCH(QByteArray, expected);
        const QByteArray text = post("{\n  \"title\": \"T\",\n  " + member + ",\n  \"draft\": true\n}");
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("date")}, value, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(text), post("{\n  \"title\": \"T\",\n  " + expected + ",\n  \"draft\": true\n}"));
    }

    void multiLineArrayKeepsItsLayout_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one per line") << QByteArray("\"tags\": [\n    \"one\",\n    \"two\"\n  ]")
                                      << QByteArray("\"tags\": [\n    \"a\",\n    \"b\"\n  ]");
        QTest::newRow("one per line, one item") << QByteArray("\"tags\": [\n\t\t\"one\"\n\t]")
                                                << QByteArray("\"tags\": [\n\t\t\"a\",\n\t\t\"b\"\n\t]");
        QTest::newRow("one line, spaces inside") << QByteArray("\"tags\": [ \"one\", \"two\" ]")
                                                 << QByteArray("\"tags\": [ \"a\", \"b\" ]");
        QTest::newRow("one line, no spaces") << QByteArray("\"tags\": [\"one\",\"two\"]")
                                             << QByteArray("\"tags\": [\"a\",\"b\"]");
        QTest::newRow("several per line: one line") << QByteArray("\"tags\": [\n    \"one\", \"two\"\n  ]")
                                                    << QByteArray("\"tags\": [\"a\", \"b\"]");
    }

    void multiLineArrayKeepsItsLayout()
    {
        QFETCH(QByteArray, member);
        QFETCH(QByteArray, expected);
        const QByteArray text = post("{\n  \"title\": \"T\",\n  " + member + ",\n  \"draft\": true\n}");
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(
            text, {QStringLiteral("tags")}, QStringList{QStringLiteral("a"), QStringLiteral("b")}, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(text), post("{\n  \"title\": \"T\",\n  " + expected + ",\n  \"draft\": true\n}"));
    }

    void jsonLastMemberRemovalKeepsCommasValid_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("last of several lines") << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}")
                                               << QStringList{"b"} << QByteArray("{\n  \"a\": 1\n}");
        QTest::newRow("middle line") << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}") << QStringList{"b"}
                                     << QByteArray("{\n  \"a\": 1,\n  \"c\": 3\n}");
        QTest::newRow("first line") << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n}") << QStringList{"a"}
                                    << QByteArray("{\n  \"b\": 2\n}");
        QTest::newRow("the only member") << QByteArray("{\n  \"a\": 1\n}") << QStringList{"a"} << QByteArray("{\n}");
        QTest::newRow("last on one line") << QByteArray("{\"a\": 1, \"b\": 2}") << QStringList{"b"}
                                          << QByteArray("{\"a\": 1}");
        QTest::newRow("first on one line") << QByteArray("{\"a\": 1, \"b\": 2}") << QStringList{"a"}
                                           << QByteArray("{\"b\": 2}");
        QTest::newRow("last of a nested object")
            << QByteArray("{\n  \"params\": {\n    \"author\": \"A\",\n    \"series\": \"S\"\n  },\n  \"z\": 0\n}")
            << QStringList{"params", "series"}
            << QByteArray("{\n  \"params\": {\n    \"author\": \"A\"\n  },\n  \"z\": 0\n}");
        QTest::newRow("last object of the front matter")
            << QByteArray("{\n  \"a\": 1,\n  \"params\": {\n    \"x\": 1\n  }\n}") << QStringList{"params"}
            << QByteArray("{\n  \"a\": 1\n}");
        QTest::newRow("crlf") << QByteArray("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}") << QStringList{"b"}
                              << QByteArray("{\r\n  \"a\": 1\r\n}");
    }

    void jsonLastMemberRemovalKeepsCommasValid()
    {
        QFETCH(QByteArray, before);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, after);
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::removeKey(post(before), path, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(post(before)), post(after));
    }

    void jsonNewMemberKeepsIndentation_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("two spaces") << QByteArray("{\n  \"a\": 1\n}") << QStringList{"new"}
                                    << QByteArray("{\n  \"a\": 1,\n  \"new\": \"N\"\n}");
        QTest::newRow("tabs") << QByteArray("{\n\t\"a\": [\n\t\t1\n\t]\n}") << QStringList{"new"}
                              << QByteArray("{\n\t\"a\": [\n\t\t1\n\t],\n\t\"new\": \"N\"\n}");
        QTest::newRow("nested, four spaces")
            << QByteArray("{\n    \"params\": {\n        \"author\": \"A\"\n    }\n}") << QStringList{"params", "new"}
            << QByteArray("{\n    \"params\": {\n        \"author\": \"A\",\n        \"new\": \"N\"\n    }\n}");
        QTest::newRow("one line") << QByteArray("{\"a\": 1}") << QStringList{"new"}
                                  << QByteArray("{\"a\": 1, \"new\": \"N\"}");
        QTest::newRow("new object, indented like its siblings")
            << QByteArray("{\n    \"a\": 1\n}") << QStringList{"params", "new"}
            << QByteArray("{\n    \"a\": 1,\n    \"params\": {\n        \"new\": \"N\"\n    }\n}");
        QTest::newRow("empty object") << QByteArray("{\n  \"params\": {}\n}") << QStringList{"params", "new"}
                                      << QByteArray("{\n  \"params\": {\"new\": \"N\"}\n}");
        QTest::newRow("empty object over lines") << QByteArray("{\n  \"params\": {\n  }\n}")
                                                 << QStringList{"params", "new"}
                                                 << QByteArray("{\n  \"params\": {\n    \"new\": \"N\"\n  }\n}");
        QTest::newRow("crlf") << QByteArray("{\r\n  \"a\": 1\r\n}") << QStringList{"new"}
                              << QByteArray("{\r\n  \"a\": 1,\r\n  \"new\": \"N\"\r\n}");
    }

    void jsonNewMemberKeepsIndentation()
    {
        QFETCH(QByteArray, before);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, after);
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(post(before), path, QStringLiteral("N"), &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(post(before)), post(after));
    }

    void duplicateKeyEditsTheOneTheParserReads()
    {
        // Qt's parser keeps the last of a key written twice.
        const QByteArray text = post("{\n  \"a\": 1,\n  \"a\": 2\n}");
        QCOMPARE(FrontMatterDocument::parse(text).values().value(QStringLiteral("a")), QVariant(qlonglong(2)));
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("a")}, qlonglong(3));
        QVERIFY(edit);
        QCOMPARE(edit->applyTo(text), post("{\n  \"a\": 1,\n  \"a\": 3\n}"));
    }

    void crlfFileGetsCrlfEdits()
    {
        const QByteArray text = bom
            + "{\r\n  \"title\": \"T\",\r\n  \"tags\": [\r\n    \"a\"\r\n  ],\r\n  \"params\": {\r\n    \"x\": 1\r\n  }\r\n}"
              "\r\nBody.\r\n";
        const QList<std::tuple<QStringList, QVariant, QByteArray>> cases{
            {{"tags"}, QStringList{"x", "y"}, "\"tags\": [\r\n    \"x\",\r\n    \"y\"\r\n  ],\r\n"},
            {{"draft"}, true, "  },\r\n  \"draft\": true\r\n}\r\n"},
            {{"params", "y"}, qlonglong(2), "\"x\": 1,\r\n    \"y\": 2\r\n  }\r\n"},
            {{"menu", "main", "weight"}, qlonglong(3),
             "  },\r\n  \"menu\": {\r\n    \"main\": {\r\n      \"weight\": 3\r\n    }\r\n  }\r\n}"},
        };
        for (const auto &[path, value, expected] : cases) {
            QString error;
            const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, path, value, &error);
            QVERIFY2(edit, qPrintable(error));
            const QByteArray after = edit->applyTo(text);
            QVERIFY2(after.contains(expected), after.constData());
            QVERIFY2(allCrlf(after), after.constData());
            QVERIFY(after.startsWith(bom + "{\r\n"));
        }
        const std::optional<TextEdit> removal = SurgicalWriter::removeKey(text, {QStringLiteral("params")});
        QVERIFY(removal);
        QCOMPARE(removal->applyTo(text), bom + "{\r\n  \"title\": \"T\",\r\n  \"tags\": [\r\n    \"a\"\r\n  ]\r\n}\r\nBody.\r\n");
    }

    void formatValueWritesJsonValues_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("string") << QVariant(QStringLiteral("a \"b\" \\ ü/")) << QByteArray("\"a \\\"b\\\" \\\\ ü/\"");
        QTest::newRow("control characters") << QVariant(QStringLiteral("a\nb\tc\x01")) << QByteArray("\"a\\nb\\tc\\u0001\"");
        QTest::newRow("bool") << QVariant(false) << QByteArray("false");
        QTest::newRow("integer") << QVariant(qlonglong(-42)) << QByteArray("-42");
        QTest::newRow("unsigned long") << QVariant::fromValue(ulong(42)) << QByteArray("42");
        QTest::newRow("short") << QVariant::fromValue(short(-4)) << QByteArray("-4");
        QTest::newRow("big float") << QVariant(1e20) << QByteArray("1e+20");
        QTest::newRow("whole float keeps its point") << QVariant(3.0) << QByteArray("3.0");
        QTest::newRow("float") << QVariant(0.1) << QByteArray("0.1");
        QTest::newRow("not a number") << QVariant(qQNaN()) << QByteArray("null");
        QTest::newRow("null") << QVariant() << QByteArray("null");
        QTest::newRow("date") << QVariant(QDate(2021, 4, 11)) << QByteArray("\"2021-04-11\"");
        QTest::newRow("utc") << QVariant(QDateTime(QDate(2021, 4, 11), QTime(10, 0), QTimeZone::UTC))
                             << QByteArray("\"2021-04-11T10:00:00Z\"");
        QTest::newRow("strings") << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")})
                                 << QByteArray("[\"a\", \"b\"]");
        QTest::newRow("map") << QVariant(QVariantMap{{QStringLiteral("k"), 1}, {QStringLiteral("l"), QVariantList{}}})
                             << QByteArray("{\"k\": 1, \"l\": []}");
    }

    void formatValueWritesJsonValues()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(JsonBackend().formatValue(value), expected);
    }

    void mutatedFrontMatterNeverCrashesOrSpills()
    {
        const QList<Sample> samples = corpus();
        QRandomGenerator random(9);
        QElapsedTimer timer;
        timer.start();
        const QByteArray alphabet = "\"{}[],:\\ \n\r\t0123456789.-+eEtrufalsn";
        int rounds = 0, parsed = 0, edits = 0;
        for (; rounds < 20000 && timer.elapsed() < 5000; ++rounds) {
            QByteArray text = samples[random.bounded(samples.size())].text;
            QByteArrayList lines = text.split('\n');
            for (int n = random.bounded(1, 4); n > 0; --n) {
                if (text.isEmpty())
                    break;
                const int at = random.bounded(int(text.size()));
                const int line = random.bounded(int(lines.size()));
                const QByteArrayList donor = samples[random.bounded(samples.size())].text.split('\n');
                switch (random.bounded(7)) {
                case 0: text.remove(at, 1); break;
                case 1: text.insert(at, alphabet[random.bounded(alphabet.size())]); break;
                case 2: text[at] = alphabet[random.bounded(alphabet.size())]; break;
                case 3: lines.removeAt(line); text = lines.join('\n'); break;
                case 4: lines.insert(line, lines[random.bounded(int(lines.size()))]); text = lines.join('\n'); break;
                case 5: lines.insert(line, donor[random.bounded(int(donor.size()))]); text = lines.join('\n'); break;
                default: lines.swapItemsAt(line, random.bounded(int(lines.size()))); text = lines.join('\n'); break;
                }
                lines = text.split('\n');
            }
            const FrontMatterDocument document = FrontMatterDocument::parse(text);
            if (!document.isValid() || document.entries.isEmpty())
                continue;
            ++parsed;
            for (const FrontMatterEntry &entry : document.entries)
                for (const ByteSpan &span : {entry.keySpan, entry.valueSpan, entry.entrySpan})
                    QVERIFY(!span.isValid() || span.end <= text.size());
            const FrontMatterEntry &picked = document.entries[random.bounded(document.entries.size())];
            // Of a key written twice the parser reads, and the writer edits, the last.
            const FrontMatterEntry &entry = *std::find_if(document.entries.rbegin(), document.entries.rend(),
                                                          [&](const FrontMatterEntry &e) { return e.path == picked.path; });
            const QList<QVariant> values{newValueFor(entry), QStringLiteral("x\"y\\z"), qlonglong(random.generate()),
                                         QVariantList{QStringLiteral("a")}, QDate(2020, 2, 29), false};
            const QVariant value = values[random.bounded(values.size())];
            if (const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, entry.path, value)) {
                ++edits;
                QVERIFY2(edit->start >= entry.entrySpan.start && edit->end <= entry.entrySpan.end, text.constData());
            }
            // The last member takes the comma before it: at most back to the
            // previous member's value.
            const QStringList parentPath = entry.path.first(entry.path.size() - 1);
            const QList<const FrontMatterEntry *> siblings = membersOf(document, parentPath);
            const qsizetype index = siblings.indexOf(&entry);
            const qsizetype lowest = index > 0 ? siblings[index - 1]->valueSpan.end : entry.entrySpan.start;
            if (const std::optional<TextEdit> edit = SurgicalWriter::removeKey(text, entry.path)) {
                ++edits;
                QVERIFY2(edit->start >= lowest && edit->end <= entry.entrySpan.end, text.constData());
            }
            const QStringList added = parentPath + QStringList{QStringLiteral("new")};
            if (const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, added, value)) {
                ++edits;
                const FrontMatterEntry *holder = parentPath.isEmpty() ? nullptr : document.find(parentPath);
                QVERIFY2(edit->start == edit->end
                             || (holder && edit->start > holder->valueSpan.start && edit->end < holder->valueSpan.end),
                         text.constData());
            }
        }
        qInfo("%d mutations in %lld ms: %d parsed, %d edits made", rounds, qint64(timer.elapsed()), parsed, edits);
        QVERIFY(parsed > rounds / 10);
        QVERIFY(edits > 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonFrontMatter)
#include "tst_jsonfrontmatter.moc"
