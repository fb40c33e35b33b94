// TOML front matter edited surgically: for every key of a corpus of Hugo
// posts (as written, with CRLF, with a BOM), setting, removing and adding a
// key changes that key's bytes and nothing else.

#include "frontmatter/surgicalwriter.h"
#include "frontmatter/tomlbackend.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Postwright;

namespace {

const QString corpusDir = QStringLiteral(POSTWRIGHT_TEST_DATA "/frontmatter/toml");
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

bool hasCrlf(QByteArrayView text)
{
    return text.contains("\r\n");
}

// No line break without its carriage return.
bool allCrlf(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            return false;
    return true;
}

bool atLineStart(QByteArrayView text, qsizetype pos)
{
    return pos == 0 || text[pos - 1] == '\n' || (pos == bom.size() && text.startsWith(bom));
}

QDateTime parseDateTime(QString text)
{
    if (text.size() > 10 && text[10] == u' ')
        text[10] = u'T';
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// A different value of the same kind, so each edit keeps the entry's style.
QVariant newValueFor(const FrontMatterEntry &entry)
{
    switch (entry.kind) {
    case ValueKind::String:
        if (entry.style == ValueStyle::Block)
            return QString(entry.value.toString() + QStringLiteral("A new line, \"quoted\" ✓\n"));
        return QString(entry.value.toString() + QStringLiteral(" (edited ✓)"));
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
    case ValueKind::List: {
        const QVariantList old = entry.value.toList();
        if (!old.isEmpty() && old.first().typeId() == QMetaType::LongLong)
            return QVariantList{qlonglong(5), qlonglong(8), qlonglong(13)};
        if (!old.isEmpty() && old.first().typeId() == QMetaType::QVariantList)
            return QVariantList{QVariantList{qlonglong(7)}, QVariantList{qlonglong(8), qlonglong(9)}};
        return QVariantList{QStringLiteral("edited"), QStringLiteral("ünïcode ✓"), QStringLiteral("with \"quote\"")};
    }
    case ValueKind::Map:
        return QVariantMap{{QStringLiteral("inline"), QStringLiteral("map")}};
    case ValueKind::Null:
        break;
    }
    return {};
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
    case QMetaType::QVariantList: {
        const QVariantList a = actual.toList(), e = expected.toList();
        if (actual.typeId() != QMetaType::QVariantList || a.size() != e.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!sameValue(a[i], e[i]))
                return false;
        return true;
    }
    default:
        return actual == expected;
    }
}

QString describe(const QString &sample, const FrontMatterEntry &entry, const QString &error = {})
{
    return sample + QStringLiteral(": ") + entry.path.join(u'.') + (error.isEmpty() ? QString() : QStringLiteral(" — ") + error);
}

bool isTable(const FrontMatterEntry &entry)
{
    return entry.style == ValueStyle::BlockMap || entry.style == ValueStyle::BlockList;
}

// Where the first [table] header starts (the block's end when there is none).
qsizetype firstHeaderStart(const FrontMatterDocument &document)
{
    qsizetype first = document.block.contentEnd;
    for (const FrontMatterEntry &entry : document.entries)
        if (isTable(entry) && entry.entrySpan.isValid())
            first = qMin(first, entry.entrySpan.start);
    return first;
}

QByteArray post(const QByteArray &frontMatter)
{
    return "+++\n" + frontMatter + "+++\nBody.\n";
}

void addCorpusRows()
{
    QTest::addColumn<QByteArray>("text");
    for (const Sample &sample : corpus())
        QTest::newRow(qPrintable(sample.name)) << sample.text;
}

bool related(const QStringList &a, const QStringList &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    return a.first(n) == b.first(n);
}

} // namespace

class TestTomlFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyIsReadWithItsSpans_data() { addCorpusRows(); }
    void everyKeyIsReadWithItsSpans()
    {
        QFETCH(QByteArray, text);
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        QVERIFY2(document.isValid(), qPrintable(document.errors.value(0).message));
        QVERIFY(document.entries.size() >= 5);
        for (const FrontMatterEntry &entry : document.entries) {
            const QString where = describe(QString::fromLatin1(QTest::currentDataTag()), entry);
            QVERIFY2(entry.kind != ValueKind::Null, qPrintable(where));
            if (!entry.valueSpan.isValid())
                continue; // a table made only by dotted keys or deeper headers
            QVERIFY2(entry.keySpan.isValid() && entry.keySpan.end <= entry.valueSpan.start, qPrintable(where));
            QVERIFY2(entry.valueSpan.end <= document.block.contentEnd, qPrintable(where));
            QCOMPARE(entry.text, QString::fromUtf8(text.sliced(entry.valueSpan.start, entry.valueSpan.length())));
            if (entry.entrySpan.isValid())
                QVERIFY2(entry.entrySpan.start <= entry.keySpan.start && entry.valueSpan.end <= entry.entrySpan.end,
                         qPrintable(where));
        }
    }

    void settingEveryKeyChangesOnlyItsValue_data() { addCorpusRows(); }
    void settingEveryKeyChangesOnlyItsValue()
    {
        QFETCH(QByteArray, text);
        const QString sample = QString::fromLatin1(QTest::currentDataTag());
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        for (const FrontMatterEntry &entry : document.entries) {
            const QVariant value = newValueFor(entry);
            QString error;
            const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, entry.path, value, &error);
            if (isTable(entry)) {
                QVERIFY2(!edit && !error.isEmpty(), qPrintable(describe(sample, entry)));
                continue;
            }
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
            QVERIFY2(sameValue(changed->value, value),
                     qPrintable(describe(sample, entry) + QStringLiteral(" reads ") + changed->text));
            QVERIFY2(changed->style == entry.style, qPrintable(describe(sample, entry) + QStringLiteral(" became ") + changed->text));
            QCOMPARE(changed->comment, entry.comment);
        }
    }

    void removingEveryKeyLeavesTheOtherLines_data() { addCorpusRows(); }
    void removingEveryKeyLeavesTheOtherLines()
    {
        QFETCH(QByteArray, text);
        const QString sample = QString::fromLatin1(QTest::currentDataTag());
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        for (const FrontMatterEntry &entry : document.entries) {
            QString error;
            const std::optional<TextEdit> edit = SurgicalWriter::removeKey(text, entry.path, &error);
            if (!entry.entrySpan.isValid()) { // written in several places
                QVERIFY2(!edit && !error.isEmpty(), qPrintable(describe(sample, entry)));
                continue;
            }
            QVERIFY2(edit, qPrintable(describe(sample, entry, error)));
            if (!edit)
                continue;
            QVERIFY(edit->replacement.isEmpty());
            if (atLineStart(text, entry.entrySpan.start)) {
                // Whole lines, and only the entry's.
                QCOMPARE(edit->start, entry.entrySpan.start);
                QCOMPARE(edit->end, entry.entrySpan.end);
                QCOMPARE(text[edit->end - 1], '\n');
            } else {
                // A key of an inline table: the member and one comma.
                const FrontMatterEntry *table = document.find(entry.path.first(entry.path.size() - 1));
                QVERIFY(table);
                QVERIFY(edit->start > table->valueSpan.start && edit->end < table->valueSpan.end);
                QVERIFY(edit->end <= entry.entrySpan.end);
            }
            const FrontMatterDocument reread = FrontMatterDocument::parse(edit->applyTo(text));
            QVERIFY2(reread.isValid() && !reread.find(entry.path), qPrintable(describe(sample, entry)));
            for (const FrontMatterEntry &other : document.entries) {
                if (related(other.path, entry.path))
                    continue; // the key, its keys, and the tables holding it
                const FrontMatterEntry *kept = reread.find(other.path);
                QVERIFY2(kept && kept->value == other.value, qPrintable(describe(sample, other)));
            }
        }
    }

    void addingKeysInsertsOnlyTheirLines_data() { addCorpusRows(); }
    void addingKeysInsertsOnlyTheirLines()
    {
        QFETCH(QByteArray, text);
        const QString sample = QString::fromLatin1(QTest::currentDataTag());
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        const QString value = QStringLiteral("added ✓");
        const QByteArray eol = hasCrlf(text) ? "\r\n" : "\n";

        QString error;
        const std::optional<TextEdit> top = SurgicalWriter::setValue(text, {QStringLiteral("added")}, value, &error);
        QVERIFY2(top, qPrintable(error));
        QCOMPARE(top->start, top->end);
        QVERIFY(atLineStart(text, top->start));
        QCOMPARE(top->replacement.count('\n'), 1);
        QVERIFY(top->replacement.endsWith(eol));
        QVERIFY(top->start <= firstHeaderStart(document));
        for (const FrontMatterEntry &entry : document.entries)
            if (entry.path.size() == 1 && !isTable(entry) && entry.entrySpan.isValid())
                QVERIFY2(top->start >= entry.entrySpan.end, qPrintable(describe(sample, entry)));
        QCOMPARE(FrontMatterDocument::parse(top->applyTo(text)).find({QStringLiteral("added")})->value, QVariant(value));

        for (const FrontMatterEntry &table : document.entries) {
            if (table.kind != ValueKind::Map)
                continue;
            const QStringList path = table.path + QStringList{QStringLiteral("added")};
            const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, path, value, &error);
            QVERIFY2(edit, qPrintable(describe(sample, table, error)));
            if (table.style == ValueStyle::FlowMap) {
                QVERIFY(edit->start >= table.valueSpan.start && edit->end <= table.valueSpan.end);
            } else {
                QCOMPARE(edit->start, edit->end);
                QVERIFY(atLineStart(text, edit->start));
                QVERIFY(edit->replacement.endsWith(eol));
                if (hasCrlf(text))
                    QVERIFY(allCrlf(edit->replacement));
            }
            const FrontMatterDocument reread = FrontMatterDocument::parse(edit->applyTo(text));
            QVERIFY2(reread.find(path) && reread.find(path)->value == QVariant(value),
                     qPrintable(describe(sample, table)));
        }
    }

    void dateKeepsItsShape_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("expected");
        const QTimeZone plusOne = QTimeZone::fromSecondsAheadOfUtc(3600);
        QTest::newRow("offset") << QByteArray("date = 2023-11-02T09:30:00+01:00")
                                << QVariant(QDateTime(QDate(2024, 5, 1), QTime(8, 15), plusOne))
                                << QByteArray("date = 2024-05-01T08:15:00+01:00");
        QTest::newRow("offset, set in UTC") << QByteArray("date = 2023-11-02T09:30:00+01:00")
                                            << QVariant(QDateTime(QDate(2024, 5, 1), QTime(8, 15), QTimeZone::UTC))
                                            << QByteArray("date = 2024-05-01T08:15:00+00:00");
        QTest::newRow("zulu, space") << QByteArray("date = 1979-05-27 07:32:00Z")
                                     << QVariant(QDateTime(QDate(1980, 1, 2), QTime(3, 4, 5), QTimeZone::UTC))
                                     << QByteArray("date = 1980-01-02 03:04:05Z");
        QTest::newRow("local date-time") << QByteArray("date = 2022-02-28T06:30:00")
                                         << QVariant(QDateTime(QDate(2022, 3, 1), QTime(7, 0)))
                                         << QByteArray("date = 2022-03-01T07:00:00");
        QTest::newRow("date only") << QByteArray("date = 2021-10-03") << QVariant(QDate(2022, 1, 2))
                                   << QByteArray("date = 2022-01-02");
        QTest::newRow("quoted stays quoted") << QByteArray("date = \"2021-04-11\"") << QVariant(QDate(2022, 1, 2))
                                             << QByteArray("date = \"2022-01-02\"");
        QTest::newRow("literal stays literal") << QByteArray("date = '2021-04-11T10:00:00+02:00'")
                                               << QVariant(QDateTime(QDate(2022, 1, 2), QTime(9, 30),
                                                                     QTimeZone::fromSecondsAheadOfUtc(7200)))
                                               << QByteArray("date = '2022-01-02T09:30:00+02:00'");
        QTest::newRow("text that is a date stays bare") << QByteArray("date = 2021-04-11  # day one")
                                                        << QVariant(QStringLiteral("2022-01-02"))
                                                        << QByteArray("date = 2022-01-02  # day one");
        QTest::newRow("text that is no date gets quotes") << QByteArray("date = 2021-04-11")
                                                          << QVariant(QStringLiteral("soon"))
                                                          << QByteArray("date = \"soon\"");
    }

    void dateKeepsItsShape()
    {
        QFETCH(QByteArray, line);
        QFETCH(QVariant, value);
        QFETCH(QByteArray, expected);
        const QByteArray text = post("title = \"T\"\n" + line + "\ndraft = true\n");
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {QStringLiteral("date")}, value, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(text), post("title = \"T\"\n" + expected + "\ndraft = true\n"));
    }

    void literalStringStaysLiteral_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("slug = 'old-slug'") << QVariant(QStringLiteral("new-slug"))
                               << QByteArray("slug = 'new-slug'");
        QTest::newRow("backslashes stay unescaped") << QByteArray("path = 'C:\\old'")
                                                    << QVariant(QStringLiteral("C:\\Users\\new"))
                                                    << QByteArray("path = 'C:\\Users\\new'");
        QTest::newRow("double quotes fit") << QByteArray("quote = 'a'") << QVariant(QStringLiteral("say \"hi\""))
                                           << QByteArray("quote = 'say \"hi\"'");
        QTest::newRow("an apostrophe needs a basic string") << QByteArray("title = 'old'")
                                                            << QVariant(QStringLiteral("it's"))
                                                            << QByteArray("title = \"it's\"");
        QTest::newRow("array items") << QByteArray("keywords = [ 'alpha', 'beta' ]")
                                     << QVariant(QStringList{QStringLiteral("x\\y"), QStringLiteral("z")})
                                     << QByteArray("keywords = [ 'x\\y', 'z' ]");
        QTest::newRow("multi-line literal") << QByteArray("poem = '''\nroses\n'''")
                                            << QVariant(QStringLiteral("violets \\blue\nsugar\n"))
                                            << QByteArray("poem = '''\nviolets \\blue\nsugar\n'''");
        QTest::newRow("multi-line basic") << QByteArray("abstract = \"\"\"\nold\n\"\"\"")
                                          << QVariant(QStringLiteral("a \"b\" \\c\nd\n"))
                                          << QByteArray("abstract = \"\"\"\na \\\"b\\\" \\\\c\nd\n\"\"\"");
    }

    void literalStringStaysLiteral()
    {
        QFETCH(QByteArray, line);
        QFETCH(QVariant, value);
        QFETCH(QByteArray, expected);
        const QByteArray text = post(line + "\n");
        const QString key = QString::fromLatin1(line.left(line.indexOf(' ')));
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, {key}, value, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(text), post(expected + "\n"));
    }

    void newKeyGoesBeforeTheFirstTable_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("after the last top-level key")
            << QByteArray("title = \"T\"\ndraft = true   # not yet\n\n# The author.\n[params]\n  author = \"A\"\n")
            << QByteArray("title = \"T\"\ndraft = true   # not yet\nsummary = \"S\"\n\n# The author.\n[params]\n"
                          "  author = \"A\"\n");
        QTest::newRow("after a multi-line value")
            << QByteArray("tags = [\n  \"a\",\n]\n[params]\nx = 1\n")
            << QByteArray("tags = [\n  \"a\",\n]\nsummary = \"S\"\n[params]\nx = 1\n");
        QTest::newRow("no top-level keys: right after +++")
            << QByteArray("# comment\n[params]\nx = 1\n")
            << QByteArray("summary = \"S\"\n# comment\n[params]\nx = 1\n");
        QTest::newRow("no keys at all") << QByteArray("") << QByteArray("summary = \"S\"\n");
    }

    void newKeyGoesBeforeTheFirstTable()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QString error;
        const std::optional<TextEdit> edit =
            SurgicalWriter::setValue(post(before), {QStringLiteral("summary")}, QStringLiteral("S"), &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(post(before)), post(after));
    }

    void keyIsAddedToItsTable_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("after");
        const QStringList series{QStringLiteral("params"), QStringLiteral("series")};
        QTest::newRow("after the table's last key, same indent")
            << QByteArray("title = \"T\"\n\n[params]\n  author = \"A\"  # me\n\n[menu]\n  x = 1\n") << series
            << QByteArray("title = \"T\"\n\n[params]\n  author = \"A\"  # me\n  series = \"S\"\n\n[menu]\n  x = 1\n");
        QTest::newRow("before its sub-tables")
            << QByteArray("[params]\nauthor = \"A\"\n[params.social]\ngithub = \"a\"\n") << series
            << QByteArray("[params]\nauthor = \"A\"\nseries = \"S\"\n[params.social]\ngithub = \"a\"\n");
        QTest::newRow("an empty table")
            << QByteArray("[params]\n[other]\nx = 1\n") << series
            << QByteArray("[params]\nseries = \"S\"\n[other]\nx = 1\n");
        QTest::newRow("no table yet: a new section at the end")
            << QByteArray("title = \"T\"\n\n[menu]\n  x = 1\n") << series
            << QByteArray("title = \"T\"\n\n[menu]\n  x = 1\n\n[params]\n  series = \"S\"\n");
        QTest::newRow("a table made by a deeper header")
            << QByteArray("[params.social]\ngithub = \"a\"\n") << series
            << QByteArray("[params.social]\ngithub = \"a\"\n\n[params]\nseries = \"S\"\n");
        QTest::newRow("a table made by dotted keys stays dotted")
            << QByteArray("params.author = \"A\"\nparams.x = 1\ntitle = \"T\"\n") << series
            << QByteArray("params.author = \"A\"\nparams.x = 1\nparams.series = \"S\"\ntitle = \"T\"\n");
        QTest::newRow("an inline table")
            << QByteArray("params = { author = \"A\" }\n") << series
            << QByteArray("params = { author = \"A\", series = \"S\" }\n");
        QTest::newRow("a deeper key in an existing table")
            << QByteArray("[params]\nauthor = \"A\"\n") << QStringList{"params", "social", "github"}
            << QByteArray("[params]\nauthor = \"A\"\nsocial.github = \"S\"\n");
    }

    void keyIsAddedToItsTable()
    {
        QFETCH(QByteArray, before);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, after);
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(post(before), path, QStringLiteral("S"), &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(post(before)), post(after));
    }

    void removingATableTakesItsSectionOnly_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("a comment right above the next header stays with it")
            << QByteArray("title = \"T\"\n\n[params]\n  author = \"A\"\n# The menu.\n[menu]\nx = 1\n")
            << QByteArray("title = \"T\"\n\n# The menu.\n[menu]\nx = 1\n");
        QTest::newRow("a comment closing the section goes with it")
            << QByteArray("[params]\n  author = \"A\"\n  # series = \"old\"\n\n[menu]\nx = 1\n")
            << QByteArray("\n[menu]\nx = 1\n");
        QTest::newRow("its sub-tables go too")
            << QByteArray("[params]\na = 1\n[params.social]\nb = 2\n\n[menu]\nx = 1\n")
            << QByteArray("\n[menu]\nx = 1\n");
        QTest::newRow("the last section") << QByteArray("title = \"T\"\n[params]  # mine\na = 1\n")
                                          << QByteArray("title = \"T\"\n");
    }

    void removingATableTakesItsSectionOnly()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::removeKey(post(before), {QStringLiteral("params")}, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(post(before)), post(after));
    }

    void multiLineArrayKeepsItsLayout_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one per line, trailing comma, comments")
            << QByteArray("tags = [\n    \"one\",   # first\n    # between\n    \"two\",\n]  # end")
            << QByteArray("tags = [\n    \"a\",\n    \"b\",\n]  # end");
        QTest::newRow("one per line, no trailing comma")
            << QByteArray("tags = [\n  'one',\n  'two'\n  ]") << QByteArray("tags = [\n  'a',\n  'b'\n  ]");
        QTest::newRow("closing bracket after the last item")
            << QByteArray("tags = [\n  \"one\",\n  \"two\"]") << QByteArray("tags = [\n  \"a\",\n  \"b\"]");
        QTest::newRow("one line, spaces inside") << QByteArray("tags = [ \"one\" ]")
                                                 << QByteArray("tags = [ \"a\", \"b\" ]");
        QTest::newRow("one line, no spaces") << QByteArray("tags = [\"one\",\"two\"]")
                                             << QByteArray("tags = [\"a\",\"b\"]");
        QTest::newRow("several per line: one line")
            << QByteArray("tags = [\n  \"one\", \"two\",\n  \"three\",\n]") << QByteArray("tags = [\"a\", \"b\"]");
    }

    void multiLineArrayKeepsItsLayout()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        const QByteArray text = post("title = \"T\"\n" + line + "\ndraft = true\n");
        QString error;
        const std::optional<TextEdit> edit = SurgicalWriter::setValue(
            text, {QStringLiteral("tags")}, QStringList{QStringLiteral("a"), QStringLiteral("b")}, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(edit->applyTo(text), post("title = \"T\"\n" + expected + "\ndraft = true\n"));
    }

    void crlfFileGetsCrlfEdits()
    {
        const QByteArray text = bom
            + "+++\r\ntitle = \"T\"\r\ntags = [\r\n  \"a\",\r\n]\r\nabstract = \"\"\"\r\nold\r\n\"\"\"\r\n\r\n"
              "[params]\r\n  author = \"A\"\r\n+++\r\nBody.\r\n";
        const QList<std::tuple<QStringList, QVariant, QByteArray>> cases{
            {{"tags"}, QStringList{"x", "y"}, "tags = [\r\n  \"x\",\r\n  \"y\",\r\n]\r\n"},
            {{"abstract"}, QStringLiteral("one\ntwo\n"), "abstract = \"\"\"\r\none\r\ntwo\r\n\"\"\"\r\n"},
            {{"draft"}, true, "\"\"\"\r\ndraft = true\r\n\r\n[params]"},
            {{"params", "series"}, QStringLiteral("S"), "  author = \"A\"\r\n  series = \"S\"\r\n+++"},
            {{"menu", "weight"}, qlonglong(2), "  author = \"A\"\r\n\r\n[menu]\r\n  weight = 2\r\n+++"},
        };
        for (const auto &[path, value, expected] : cases) {
            QString error;
            const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, path, value, &error);
            QVERIFY2(edit, qPrintable(error));
            const QByteArray after = edit->applyTo(text);
            QVERIFY2(after.contains(expected), after.constData());
            QVERIFY2(allCrlf(after), after.constData());
            QVERIFY(after.startsWith(bom + "+++\r\n"));
        }
        const std::optional<TextEdit> removal = SurgicalWriter::removeKey(text, {QStringLiteral("tags")});
        QVERIFY(removal);
        QVERIFY(removal->applyTo(text).contains("title = \"T\"\r\nabstract"));
    }

    void arrayOfTablesIsReadButNotRewritten()
    {
        const QByteArray text = TestFiles::read(corpusDir + QStringLiteral("/resources.md"));
        const FrontMatterDocument document = FrontMatterDocument::parse(text);
        const FrontMatterEntry *resources = document.find({QStringLiteral("resources")});
        QVERIFY(resources);
        QCOMPARE(resources->kind, ValueKind::List);
        const QVariantList items = resources->value.toList();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toMap().value(QStringLiteral("src")), QVariant(QStringLiteral("images/ridge.jpg")));
        QCOMPARE(items[0].toMap().value(QStringLiteral("params")).toMap().value(QStringLiteral("credits")),
                 QVariant(QStringLiteral("J. Doe")));
        // The items' keys (and their sub-tables' keys) are not entries: their
        // paths would cross a list.
        for (const FrontMatterEntry &entry : document.entries)
            QVERIFY2(entry.path.size() == 1 || entry.path.first() != u"resources", qPrintable(entry.path.join(u'.')));

        QString error;
        QVERIFY(!SurgicalWriter::setValue(text, {QStringLiteral("resources")}, QStringList{QStringLiteral("x")}, &error));
        QVERIFY(error.contains(u"array of tables"));
        // The keys around it still edit, the sections stay byte for byte.
        const std::optional<TextEdit> edit =
            SurgicalWriter::setValue(text, {QStringLiteral("params"), QStringLiteral("cover")}, QStringLiteral("c.jpg"));
        QVERIFY(edit);
        const QByteArray after = edit->applyTo(text);
        QCOMPARE(after.sliced(resources->entrySpan.start, resources->entrySpan.length()),
                 text.sliced(resources->entrySpan.start, resources->entrySpan.length()));
    }

    void formatValueWritesTomlValues_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("expected");
        const int basic = int(ValueStyle::DoubleQuoted), literal = int(ValueStyle::SingleQuoted);
        QTest::newRow("string") << QVariant(QStringLiteral("a \"b\" \\ ü")) << basic << QByteArray("\"a \\\"b\\\" \\\\ ü\"");
        QTest::newRow("control characters") << QVariant(QStringLiteral("a\nb\tc\x01")) << basic
                                            << QByteArray("\"a\\nb\\tc\\u0001\"");
        QTest::newRow("literal") << QVariant(QStringLiteral("C:\\x")) << literal << QByteArray("'C:\\x'");
        QTest::newRow("literal impossible") << QVariant(QStringLiteral("it's")) << literal << QByteArray("\"it's\"");
        QTest::newRow("bool") << QVariant(true) << basic << QByteArray("true");
        QTest::newRow("integer") << QVariant(qlonglong(-42)) << basic << QByteArray("-42");
        QTest::newRow("unsigned long") << QVariant::fromValue(ulong(42)) << basic << QByteArray("42");
        QTest::newRow("short") << QVariant::fromValue(short(-4)) << basic << QByteArray("-4");
        QTest::newRow("whole float keeps its point") << QVariant(3.0) << basic << QByteArray("3.0");
        QTest::newRow("float") << QVariant(0.1) << basic << QByteArray("0.1");
        QTest::newRow("big float") << QVariant(1e20) << basic << QByteArray("1e+20");
        QTest::newRow("date") << QVariant(QDate(2021, 4, 11)) << basic << QByteArray("2021-04-11");
        QTest::newRow("utc") << QVariant(QDateTime(QDate(2021, 4, 11), QTime(10, 0), QTimeZone::UTC)) << basic
                             << QByteArray("2021-04-11T10:00:00Z");
        QTest::newRow("offset") << QVariant(QDateTime(QDate(2021, 4, 11), QTime(10, 0, 0, 250),
                                                      QTimeZone::fromSecondsAheadOfUtc(-5 * 3600)))
                                << basic << QByteArray("2021-04-11T10:00:00.250-05:00");
        QTest::newRow("strings") << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")}) << basic
                                 << QByteArray("[\"a\", \"b\"]");
        QTest::newRow("numbers") << QVariant(QVariantList{1, 2}) << basic << QByteArray("[1, 2]");
    }

    void formatValueWritesTomlValues()
    {
        QFETCH(QVariant, value);
        QFETCH(int, style);
        QFETCH(QByteArray, expected);
        QCOMPARE(TomlBackend().formatValue(value, ValueStyle(style)), expected);
    }

    void mutatedFrontMatterNeverCrashesOrSpills()
    {
        const QList<Sample> samples = corpus();
        QRandomGenerator random(8);
        QElapsedTimer timer;
        timer.start();
        const QByteArray alphabet = "\"'[]{}=#,.\n\r\\ +-:0123456789abcTZ\t";
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
            for (const FrontMatterEntry &entry : document.entries) {
                for (const ByteSpan &span : {entry.keySpan, entry.valueSpan, entry.entrySpan})
                    QVERIFY(!span.isValid() || span.end <= text.size());
            }
            const FrontMatterEntry &entry = document.entries[random.bounded(document.entries.size())];
            const QList<QVariant> values{newValueFor(entry), QStringLiteral("x'y\"z"), qlonglong(random.generate()),
                                         QVariantList{QStringLiteral("a")}, QDate(2020, 2, 29), false};
            const QVariant value = values[random.bounded(values.size())];
            if (const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, entry.path, value)) {
                ++edits;
                QVERIFY2(entry.entrySpan.isValid() && edit->start >= entry.entrySpan.start
                             && edit->end <= entry.entrySpan.end,
                         text.constData());
            }
            // An inline table's last key takes the comma before it along.
            const QStringList parentPath = entry.path.first(entry.path.size() - 1);
            const FrontMatterEntry *parent = parentPath.isEmpty() ? nullptr : document.find(parentPath);
            const bool inInlineTable = parent && parent->style == ValueStyle::FlowMap;
            if (const std::optional<TextEdit> edit = SurgicalWriter::removeKey(text, entry.path)) {
                ++edits;
                const qsizetype lowest = inInlineTable ? parent->valueSpan.start : entry.entrySpan.start;
                QVERIFY2(edit->start >= lowest && edit->end <= entry.entrySpan.end, text.constData());
            }
            // A new key is inserted, or written between the braces of {}.
            const QStringList added = parentPath + QStringList{QStringLiteral("new")};
            if (const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, added, value)) {
                ++edits;
                QVERIFY2(edit->start == edit->end
                             || (inInlineTable && edit->start >= parent->valueSpan.start
                                 && edit->end <= parent->valueSpan.end),
                         text.constData());
            }
        }
        qInfo("%d mutations in %lld ms: %d parsed, %d edits made", rounds, qint64(timer.elapsed()), parsed, edits);
        QVERIFY(parsed > rounds / 10);
        QVERIFY(edits > 0);
    }
};

QTEST_GUILESS_MAIN(TestTomlFrontMatter)
#include "tst_tomlfrontmatter.moc"
