// The TOML back-end: where each key and value is written, and the one-range
// edits that change a key in place. toml++ has validated the text before
// scan() runs, so the scanner only has to find extents; it still stops quietly
// on anything it does not understand, and the writer's re-parse check catches
// what a wrong span would break.

#include "tomlbackend.h"

#include "flowlistlayout.h"
#include "frontmattertext.h"
#include "surgicalwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <toml++/toml.hpp>

#include <algorithm>
#include <sstream>
#include <string>

namespace Postwright {

namespace {

// Deeper than toml++ accepts; only a guard for the recursion.
constexpr int maxDepth = 300;

bool isBareKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool isBareKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key)
        if (c.unicode() > 127 || !isBareKeyChar(char(c.unicode())))
            return false;
    return true;
}

const FrontMatterBackend &toml()
{
    return *FrontMatterBackend::forFormat(FrontMatterFormat::Toml);
}

QByteArray unicodeEscape(char32_t code)
{
    return "\\u" + QByteArray::number(uint(code), 16).rightJustified(4, '0');
}

// A basic string's content; multiLine keeps tabs and line breaks (written as eol).
QByteArray escapedBasic(const QString &value, bool multiLine, QByteArrayView eol)
{
    static constexpr std::pair<char32_t, const char *> named[] = {
        {'"', "\\\""}, {'\\', "\\\\"}, {'\b', "\\b"}, {'\f', "\\f"}, {'\r', "\\r"}, {'\t', "\\t"}, {'\n', "\\n"}};
    static const EscapeSyntax singleLine{named, [](char32_t c) { return c < 0x20 || c == 0x7F; }, unicodeEscape};
    // The same without tab and line break, which stand as they are.
    static const EscapeSyntax severalLines{std::span(named).first(5),
                                           [](char32_t c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; },
                                           unicodeEscape};
    QByteArray out = FrontMatterText::escaped(value, multiLine ? severalLines : singleLine);
    if (multiLine && eol != "\n")
        out.replace("\n", eol.toByteArray());
    return out;
}

// Literal strings have no escapes: only text without the delimiter and
// without control characters (tab aside; line breaks in ''' strings) fits.
bool fitsLiteral(const QString &value, bool multiLine)
{
    if (multiLine ? value.contains(QLatin1String("'''")) || value.endsWith(u'\'') : value.contains(u'\''))
        return false;
    for (QChar c : value) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && !(multiLine && u == '\n')) || u == 0x7F)
            return false;
    }
    return true;
}

QByteArray singleLineString(const QString &value, bool literal)
{
    if (literal && fitsLiteral(value, false))
        return '\'' + value.toUtf8() + '\'';
    return '"' + escapedBasic(value, false, "\n") + '"';
}

QByteArray keyText(const QString &key)
{
    return isBareKey(key) ? key.toUtf8() : '"' + escapedBasic(key, false, "\n") + '"';
}

QByteArray dottedKeyText(const QStringList &parts)
{
    QByteArrayList written;
    for (const QString &part : parts)
        written.append(keyText(part));
    return written.join('.');
}

bool isDateValue(const QVariant &value)
{
    const ValueKind kind = FrontMatterValues::kindOf(value);
    return kind == ValueKind::Date || kind == ValueKind::DateTime;
}

// What TOML itself accepts as a bare offset or local date-time.
bool isTomlDateText(const QString &text)
{
    static const QRegularExpression date(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})?)?$"));
    return date.match(text).hasMatch();
}

// TOML has no null: everything else can be written.
bool isWritable(const QVariant &value)
{
    switch (FrontMatterValues::kindOf(value)) {
    case ValueKind::Null:
        return false;
    case ValueKind::List: {
        const QVariantList list = value.toList();
        return std::all_of(list.cbegin(), list.cend(), isWritable);
    }
    case ValueKind::Map: {
        const QVariantMap map = value.toMap();
        return std::all_of(map.cbegin(), map.cend(), isWritable);
    }
    default:
        return true;
    }
}

// ---------------------------------------------------------------------------
// Scanning

struct KeyPart
{
    QString name;
    ByteSpan span;
};

struct ParsedKey
{
    QList<KeyPart> parts;
    qsizetype end = -1; // after the last part; -1: not a key

    QStringList names() const
    {
        QStringList names;
        for (const KeyPart &part : parts)
            names.append(part.name);
        return names;
    }
};

// How an entry came to be; the writer adds and removes keys differently for each.
enum class Origin {
    KeyLine,       // key = value on its own line(s)
    InlineMember,  // a key inside { ... }
    Table,         // [table] section
    ArrayOfTables, // [[table]] sections
    DottedParent,  // a table made by dotted keys (a.b = 1 makes a)
    HeaderParent,  // a table made by a deeper header ([a.b] makes a)
};

struct EntryInfo
{
    Origin origin = Origin::KeyLine;
    int section = 0; // where the entry's line is (0: before the first header)
    // InlineMember: the end of the previous member's value (-1: first member).
    qsizetype previousValueEnd = -1;
    bool trailingComma = false;
    // Inline table (FlowMap value): its last member's value end (-1: none).
    qsizetype lastMemberEnd = -1;
    // DottedParent: the last line written under this prefix, its indent,
    // and the key text up to where the prefix ends ("social." of "social.x").
    qsizetype lastLineEnd = -1;
    QByteArray lastLineIndent;
    QByteArray writtenPrefix;
};

struct Section
{
    QStringList path;          // empty: the keys before the first header
    bool arrayItem = false;    // inside an array of tables: its keys get no entries
    int entryIndex = -1;       // the table's entry (-1: none)
    qsizetype headerStart = -1;
    qsizetype headerNext = -1; // after the header line
    qsizetype lastKeyEnd = -1; // after the last key line of this section
    QByteArray lastKeyIndent;
    qsizetype contentEnd = -1; // after its last line that belongs to it
};

struct Scan
{
    QList<FrontMatterEntry> entries;
    QList<EntryInfo> info; // parallel to entries
    QList<Section> sections{Section()};
    QByteArray anyTableKeyIndent; // how keys in tables are indented, for a new table
    bool tableKeyIndentKnown = false;

    int indexOf(const QStringList &path) const
    {
        const auto it = std::find_if(entries.cbegin(), entries.cend(), [&](const auto &e) { return e.path == path; });
        return it == entries.cend() ? -1 : int(it - entries.cbegin());
    }
};

class Scanner : public FrontMatterText
{
public:
    Scanner(QByteArrayView text, const FrontMatterBlock &block)
        : FrontMatterText(text, block.contentEnd)
        , m_begin(block.contentStart)
    {
    }

    Scan run()
    {
        qsizetype pos = m_begin;
        int line = int(m_text.first(m_begin).count('\n')) + 1;
        // Comment lines directly above a header belong to the header, not to
        // the section before it.
        qsizetype lastNonBlankEnd = m_begin;
        qsizetype endBeforeCommentRun = -1; // -1: no comment run is open
        bool previousWasComment = false;
        while (pos < m_limit) {
            const qsizetype lineStart = pos;
            const qsizetype p = skipBlanks(pos);
            const char c = at(p);
            if (p >= m_limit || c == '\n' || c == '\r') {
                endBeforeCommentRun = -1;
                previousWasComment = false;
                pos = nextLine(p);
                ++line;
                continue;
            }
            if (c == '#') {
                if (!previousWasComment)
                    endBeforeCommentRun = lastNonBlankEnd;
                previousWasComment = true;
                pos = nextLine(p);
                lastNonBlankEnd = pos;
                ++line;
                continue;
            }
            previousWasComment = false;
            if (c == '[') {
                closeSection(endBeforeCommentRun >= 0 ? endBeforeCommentRun : lastNonBlankEnd);
                endBeforeCommentRun = -1;
                const qsizetype next = header(lineStart, p, line);
                if (next < 0)
                    break;
                pos = next;
                lastNonBlankEnd = pos;
                ++line;
                continue;
            }
            endBeforeCommentRun = -1;
            const qsizetype next = keyLine(lineStart, p, line);
            if (next < 0)
                break;
            line += int(m_text.sliced(pos, next - pos).count('\n'));
            pos = next;
            lastNonBlankEnd = pos;
        }
        closeSection(lastNonBlankEnd);
        finishTables();
        return std::move(m_scan);
    }

    // After the value starting at pos (-1: not a value).
    qsizetype valueEnd(qsizetype pos, int depth = 0) const
    {
        if (depth > maxDepth || pos >= m_limit)
            return -1;
        const char c = at(pos);
        if (c == '"' || c == '\'')
            return stringEnd(pos);
        if (c == '[') {
            qsizetype p = skipSpace(pos + 1);
            if (at(p) == ']')
                return p + 1;
            for (;;) {
                p = valueEnd(p, depth + 1);
                if (p < 0)
                    return -1;
                p = skipSpace(p);
                if (at(p) == ',')
                    p = skipSpace(p + 1);
                if (at(p) == ']')
                    return p + 1;
                if (p >= m_limit)
                    return -1;
            }
        }
        if (c == '{') {
            qsizetype p = skipBlanks(pos + 1);
            if (at(p) == '}')
                return p + 1;
            for (;;) {
                const ParsedKey key = parseKey(p);
                if (key.end < 0)
                    return -1;
                p = skipBlanks(key.end);
                if (at(p) != '=')
                    return -1;
                p = valueEnd(skipBlanks(p + 1), depth + 1);
                if (p < 0)
                    return -1;
                p = skipBlanks(p);
                if (at(p) == '}')
                    return p + 1;
                if (at(p) != ',')
                    return -1;
                p = skipBlanks(p + 1);
            }
        }
        qsizetype end = pos;
        while (end < m_limit && !isBlank(at(end)) && !QByteArrayView(",]}#\r\n").contains(at(end)))
            ++end;
        if (end == pos)
            return -1;
        // "1979-05-27 07:32:00Z": a date, a space, a time is one value.
        if (isDateOnly(m_text.sliced(pos, end - pos)) && at(end) == ' ' && isDigit(at(end + 1))
            && isDigit(at(end + 2)) && at(end + 3) == ':') {
            ++end;
            while (end < m_limit && !isBlank(at(end)) && !QByteArrayView(",]}#\r\n").contains(at(end)))
                ++end;
        }
        return end;
    }

    ParsedKey parseKey(qsizetype pos) const
    {
        ParsedKey key;
        qsizetype p = skipBlanks(pos);
        for (;;) {
            KeyPart part;
            const char c = at(p);
            if (c == '"' || c == '\'') {
                if (at(p + 1) == c && at(p + 2) == c)
                    return {}; // a multi-line string is not a key
                const qsizetype end = stringEnd(p);
                if (end < 0)
                    return {};
                const QByteArrayView inner = m_text.sliced(p + 1, end - p - 2);
                part.name = c == '"' ? unescape(inner) : QString::fromUtf8(inner);
                part.span = {p, end};
                p = end;
            } else {
                qsizetype end = p;
                while (end < m_limit && isBareKeyChar(at(end)))
                    ++end;
                if (end == p)
                    return {};
                part.name = QString::fromLatin1(m_text.sliced(p, end - p));
                part.span = {p, end};
                p = end;
            }
            key.parts.append(part);
            const qsizetype after = skipBlanks(p);
            if (at(after) != '.') {
                key.end = p;
                return key;
            }
            p = skipBlanks(after + 1);
        }
    }

    // Blanks, line breaks and comments, as between array items.
    qsizetype skipSpace(qsizetype i) const
    {
        for (;;) {
            i = skipBlanks(i);
            const char c = at(i);
            if (c == '\n' || c == '\r')
                ++i;
            else if (c == '#')
                i = nextLine(i);
            else
                return i;
        }
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isDateOnly(QByteArrayView token)
    {
        if (token.size() != 10 || token[4] != '-' || token[7] != '-')
            return false;
        for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9})
            if (!isDigit(token[i]))
                return false;
        return true;
    }

    qsizetype stringEnd(qsizetype pos) const
    {
        const char quote = at(pos);
        const bool basic = quote == '"';
        if (at(pos + 1) == quote && at(pos + 2) == quote) {
            for (qsizetype i = pos + 3; i < m_limit; ++i) {
                if (basic && m_text[i] == '\\') {
                    ++i;
                } else if (m_text[i] == quote && at(i + 1) == quote && at(i + 2) == quote) {
                    qsizetype end = i + 3;
                    // Up to two quotes next to the delimiter are content.
                    for (int extra = 0; extra < 2 && at(end) == quote; ++extra)
                        ++end;
                    return end;
                }
            }
            return -1;
        }
        for (qsizetype i = pos + 1; i < m_limit; ++i) {
            const char c = m_text[i];
            if (c == '\n')
                return -1;
            if (basic && c == '\\')
                ++i;
            else if (c == quote)
                return i + 1;
        }
        return -1;
    }

    // After the line break that ends the line holding pos (the value's last line).
    qsizetype lineAfter(qsizetype pos, QString *comment) const
    {
        qsizetype p = skipBlanks(pos);
        if (at(p) == '#') {
            const qsizetype next = nextLine(p);
            qsizetype end = next;
            while (end > p && (at(end - 1) == '\n' || at(end - 1) == '\r'))
                --end;
            if (comment)
                *comment = QString::fromUtf8(m_text.sliced(p + 1, end - p - 1)).trimmed();
            return next;
        }
        if (at(p) == '\r')
            ++p;
        if (p >= m_limit)
            return m_limit;
        return at(p) == '\n' ? p + 1 : -1;
    }


    // Entries for the implicit tables above path (a of a.b), made once.
    void ensureParents(const QStringList &path, const ParsedKey &key, int firstKeyPart, Origin origin, int line)
    {
        for (qsizetype n = 1; n < path.size(); ++n) {
            const QStringList prefix = path.first(n);
            if (m_scan.indexOf(prefix) >= 0)
                continue;
            FrontMatterEntry entry;
            entry.path = prefix;
            entry.style = ValueStyle::BlockMap;
            entry.line = line;
            const qsizetype partIndex = n - 1 - firstKeyPart;
            if (partIndex >= 0 && partIndex < key.parts.size())
                entry.keySpan = key.parts[partIndex].span;
            EntryInfo info;
            info.origin = origin;
            info.section = int(m_scan.sections.size()) - 1;
            m_scan.entries.append(entry);
            m_scan.info.append(info);
        }
    }

    // A dotted key line also extends its implicit parents: keys added to them
    // go after it.
    void noteDottedLine(const QStringList &path, const ParsedKey &key, int firstKeyPart, qsizetype lineEnd,
                        const QByteArray &indent)
    {
        for (qsizetype n = firstKeyPart + 1; n < path.size(); ++n) {
            const int index = m_scan.indexOf(path.first(n));
            if (index < 0 || m_scan.info[index].origin != Origin::DottedParent)
                continue;
            EntryInfo &info = m_scan.info[index];
            info.lastLineEnd = lineEnd;
            info.lastLineIndent = indent;
            const qsizetype partIndex = n - firstKeyPart; // the first part below the prefix
            info.writtenPrefix = m_text.sliced(key.parts.first().span.start,
                                               key.parts[partIndex].span.start - key.parts.first().span.start)
                                     .toByteArray();
        }
    }

    ValueStyle styleAt(qsizetype pos) const
    {
        const char c = at(pos);
        if (c == '"' || c == '\'') {
            if (at(pos + 1) == c && at(pos + 2) == c)
                return ValueStyle::Block;
            return c == '"' ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
        }
        if (c == '[')
            return ValueStyle::FlowList;
        if (c == '{')
            return ValueStyle::FlowMap;
        return ValueStyle::Plain;
    }

    qsizetype keyLine(qsizetype lineStart, qsizetype p, int line)
    {
        const ParsedKey key = parseKey(p);
        if (key.end < 0)
            return -1;
        qsizetype eq = skipBlanks(key.end);
        if (at(eq) != '=')
            return -1;
        const qsizetype valueStart = skipBlanks(eq + 1);
        const qsizetype end = valueEnd(valueStart);
        if (end < 0)
            return -1;
        QString comment;
        const qsizetype next = lineAfter(end, &comment);
        if (next < 0)
            return -1;
        Section &section = m_scan.sections.last();
        const QByteArray indent = indentOf(p);
        section.lastKeyEnd = next;
        section.lastKeyIndent = indent;
        if (!section.path.isEmpty() && !m_scan.tableKeyIndentKnown) {
            m_scan.anyTableKeyIndent = indent;
            m_scan.tableKeyIndentKnown = true;
        }
        if (section.arrayItem)
            return next;
        const QStringList path = section.path + key.names();
        if (m_scan.indexOf(path) >= 0)
            return next; // toml++ would have refused; keep the first
        const int firstKeyPart = int(section.path.size());
        ensureParents(path, key, firstKeyPart, Origin::DottedParent, line);
        noteDottedLine(path, key, firstKeyPart, next, indent);

        FrontMatterEntry entry;
        entry.path = path;
        entry.keySpan = {key.parts.first().span.start, key.end};
        entry.valueSpan = {valueStart, end};
        entry.entrySpan = {lineStart, next};
        entry.line = line;
        entry.style = styleAt(valueStart);
        entry.text = QString::fromUtf8(m_text.sliced(valueStart, end - valueStart));
        entry.comment = comment;
        entry.indent = int(p - lineStart);
        EntryInfo info;
        info.section = int(m_scan.sections.size()) - 1;
        m_scan.entries.append(entry);
        m_scan.info.append(info);
        if (entry.style == ValueStyle::FlowMap)
            inlineMembers(m_scan.entries.size() - 1, 0);
        return next;
    }

    // Entries for the keys of the inline table that entries[index] holds.
    void inlineMembers(qsizetype index, int depth)
    {
        if (depth > maxDepth)
            return;
        const QStringList parentPath = m_scan.entries[index].path;
        const ByteSpan span = m_scan.entries[index].valueSpan;
        const int section = m_scan.info[index].section;
        qsizetype p = skipBlanks(span.start + 1);
        qsizetype previousValueEnd = -1;
        while (p < span.end && at(p) != '}') {
            const ParsedKey key = parseKey(p);
            if (key.end < 0)
                return;
            const qsizetype eq = skipBlanks(key.end);
            if (at(eq) != '=')
                return;
            const qsizetype valueStart = skipBlanks(eq + 1);
            const qsizetype end = valueEnd(valueStart);
            if (end < 0)
                return;
            qsizetype after = skipBlanks(end);
            const bool comma = at(after) == ',';
            const qsizetype memberEnd = comma ? skipBlanks(after + 1) : end;
            const QStringList path = parentPath + key.names();
            if (m_scan.indexOf(path) < 0) {
                const int line = lineNumber(key.parts.first().span.start);
                ensureParents(path, key, int(parentPath.size()), Origin::DottedParent, line);
                FrontMatterEntry entry;
                entry.path = path;
                entry.keySpan = {key.parts.first().span.start, key.end};
                entry.valueSpan = {valueStart, end};
                entry.entrySpan = {key.parts.first().span.start, memberEnd};
                entry.line = line;
                entry.style = styleAt(valueStart);
                entry.text = QString::fromUtf8(m_text.sliced(valueStart, end - valueStart));
                entry.indent = int(key.parts.first().span.start - lineStart(key.parts.first().span.start));
                EntryInfo info;
                info.origin = Origin::InlineMember;
                info.section = section;
                info.previousValueEnd = previousValueEnd;
                info.trailingComma = comma;
                m_scan.entries.append(entry);
                m_scan.info.append(info);
                m_scan.info[index].lastMemberEnd = end;
                if (entry.style == ValueStyle::FlowMap)
                    inlineMembers(m_scan.entries.size() - 1, depth + 1);
            }
            previousValueEnd = end;
            p = memberEnd;
        }
    }

    qsizetype header(qsizetype lineStart, qsizetype p, int line)
    {
        const bool array = at(p + 1) == '[';
        const ParsedKey key = parseKey(p + (array ? 2 : 1));
        if (key.end < 0)
            return -1;
        qsizetype close = skipBlanks(key.end);
        if (at(close) != ']' || (array && at(close + 1) != ']'))
            return -1;
        QString comment;
        const qsizetype next = lineAfter(close + (array ? 2 : 1), &comment);
        if (next < 0)
            return -1;
        Section section;
        section.path = key.names();
        section.headerStart = lineStart;
        section.headerNext = next;
        // Keys of array items are read, not edited: their paths cross a list.
        for (const Section &other : std::as_const(m_scan.sections)) {
            const int index = other.entryIndex;
            if (index >= 0 && m_scan.info[index].origin == Origin::ArrayOfTables
                && section.path.size() >= other.path.size() && section.path.first(other.path.size()) == other.path) {
                section.arrayItem = true;
                section.entryIndex = section.path == other.path ? index : -1;
                break;
            }
        }
        if (!section.arrayItem) {
            ensureParents(section.path, key, 0, Origin::HeaderParent, line);
            int index = m_scan.indexOf(section.path);
            if (index < 0) {
                m_scan.entries.append(FrontMatterEntry());
                m_scan.info.append(EntryInfo());
                index = int(m_scan.entries.size()) - 1;
            }
            FrontMatterEntry &entry = m_scan.entries[index];
            entry.path = section.path;
            entry.keySpan = {key.parts.first().span.start, key.end};
            entry.line = line;
            entry.style = array ? ValueStyle::BlockList : ValueStyle::BlockMap;
            entry.comment = comment;
            entry.indent = int(p - lineStart);
            m_scan.info[index].origin = array ? Origin::ArrayOfTables : Origin::Table;
            m_scan.info[index].section = int(m_scan.sections.size());
            section.entryIndex = index;
            section.arrayItem = array;
        }
        m_scan.sections.append(section);
        return next;
    }

    void closeSection(qsizetype end)
    {
        Section &section = m_scan.sections.last();
        section.contentEnd = qMax(end, section.headerNext);
    }

    // A table's entry covers its own section and the sub-tables right after
    // it ([params] then [params.social]); split tables cannot be removed whole.
    void finishTables()
    {
        const QList<Section> &sections = m_scan.sections;
        QList<bool> done(m_scan.entries.size(), false);
        for (qsizetype i = 1; i < sections.size(); ++i) {
            const Section &first = sections[i];
            const int index = first.entryIndex;
            if (index < 0 || done[index])
                continue;
            done[index] = true;
            auto within = [&](const Section &s) {
                return s.path.size() >= first.path.size() && s.path.first(first.path.size()) == first.path;
            };
            qsizetype last = i;
            while (last + 1 < sections.size() && within(sections[last + 1]))
                ++last;
            bool split = false;
            for (qsizetype j = last + 1; j < sections.size(); ++j)
                split = split || within(sections[j]);
            FrontMatterEntry &entry = m_scan.entries[index];
            if (!split)
                entry.entrySpan = {first.headerStart, sections[last].contentEnd};
            entry.valueSpan = {first.headerNext, sections[last].contentEnd};
            entry.text = QString::fromUtf8(m_text.sliced(entry.valueSpan.start, entry.valueSpan.length()));
        }
    }

    qsizetype m_begin;
    Scan m_scan;
};

Scan scanText(QByteArrayView text, const FrontMatterBlock &block)
{
    if (!block.exists() || block.contentEnd > text.size())
        return {};
    return Scanner(text, block).run();
}

// ---------------------------------------------------------------------------
// Writing

// A list in the layout of the array at span; its strings literal when the
// array's are.
QByteArray listLike(const Scanner &scanner, const ByteSpan &span, const QVariantList &list, QByteArrayView eol)
{
    const FlowListLayout layout = FlowListLayout::read(scanner, span);
    bool literal = false;
    for (const ByteSpan &item : layout.items()) {
        const char c = scanner.at(item.start);
        if (c == '"' || c == '\'') {
            literal = c == '\'';
            break;
        }
    }
    QByteArrayList written;
    for (const QVariant &item : list)
        written.append(toml().formatValue(item, literal ? ValueStyle::SingleQuoted : ValueStyle::DoubleQuoted));
    return layout.write(written, eol);
}

// A """ or ''' string in the shape of the old one.
QByteArray multiLineString(const QString &value, QByteArrayView oldText, QByteArrayView eol)
{
    const bool literal = oldText.startsWith("'''");
    // A line break right after the opening delimiter is dropped by the parser,
    // so text that starts with one needs it written twice.
    const bool breakAfterOpening = oldText.size() > 3 && (oldText[3] == '\n' || oldText[3] == '\r');
    const bool needsBreak = breakAfterOpening || value.startsWith(u'\n');
    if (literal && fitsLiteral(value, true)) {
        QByteArray body = value.toUtf8();
        if (eol != "\n")
            body.replace("\n", eol.toByteArray());
        return "'''" + (needsBreak ? eol.toByteArray() : QByteArray()) + body + "'''";
    }
    return "\"\"\"" + (needsBreak ? eol.toByteArray() : QByteArray()) + escapedBasic(value, true, eol) + "\"\"\"";
}

// The value's text for an existing entry, in that entry's style.
QByteArray formatLike(QByteArrayView text, const Scanner &scanner, const FrontMatterEntry &entry, const QVariant &value,
                      QByteArrayView eol)
{
    const QByteArrayView oldText = text.sliced(entry.valueSpan.start, entry.valueSpan.length());
    const bool quoted = entry.style == ValueStyle::DoubleQuoted || entry.style == ValueStyle::SingleQuoted;
    if (FrontMatterValues::isList(value)) {
        const QVariantList list = value.toList();
        if (entry.style == ValueStyle::FlowList)
            return listLike(scanner, entry.valueSpan, list, eol);
        return toml().formatValue(list);
    }
    if (isDateValue(value)) {
        if (quoted) // a quoted date is a string, and stays one
            return singleLineString(FrontMatterValues::dateTextLike(entry.value.toString(), value),
                                    entry.style == ValueStyle::SingleQuoted);
        const QString shaped = FrontMatterValues::dateTextLike(entry.text, value);
        if (entry.style == ValueStyle::Plain && isTomlDateText(entry.text.trimmed()) && isTomlDateText(shaped))
            return shaped.toUtf8();
        return toml().formatValue(value);
    }
    if (value.typeId() == QMetaType::QString) {
        const QString string = value.toString();
        switch (entry.style) {
        case ValueStyle::SingleQuoted:
            return singleLineString(string, true);
        case ValueStyle::Block:
            return multiLineString(string, oldText, eol);
        case ValueStyle::Plain:
            // A bare date edited as text stays a bare date when it is one.
            if (isTomlDateText(entry.text.trimmed()) && isTomlDateText(string))
                return string.toUtf8();
            break;
        default:
            break;
        }
        return singleLineString(string, false);
    }
    return toml().formatValue(value);
}

// Text of "key = value" for keyParts below a table whose keys are indented with indent.
QByteArray keyLineText(const QByteArray &indent, const QByteArray &key, const QVariant &value, QByteArrayView eol)
{
    return indent + key + " = " + toml().formatValue(value) + eol.toByteArray();
}

// A [table] section at the end of the block holding path's last key; for
// tables that do not exist yet, or exist only through deeper headers ([a]
// of [a.b], which TOML lets a later header define).
TextEdit newSection(QByteArrayView text, const FrontMatterDocument &document, const Scan &scan,
                    const QStringList &path, const QVariant &value)
{
    const QByteArray eol = FrontMatterText::lineEnding(text);
    const qsizetype at = document.block.contentEnd;
    const QByteArrayView content = text.sliced(document.block.contentStart, at - document.block.contentStart);
    QByteArray section;
    if (!content.trimmed().isEmpty() && !content.endsWith("\n\n") && !content.endsWith("\n\r\n"))
        section += eol; // a blank line before it, as between the other sections
    section += '[' + dottedKeyText(path.first(path.size() - 1)) + ']' + eol;
    section += keyLineText(scan.anyTableKeyIndent, keyText(path.last()), value, eol);
    return TextEdit{at, at, section};
}

std::optional<TextEdit> insertNewKey(QByteArrayView text, const FrontMatterDocument &document, const Scan &scan,
                                     const QStringList &path, const QVariant &value, QString *error)
{
    const QByteArray eol = FrontMatterText::lineEnding(text);
    // The deepest table that exists above the new key.
    qsizetype depth = path.size() - 1;
    int parent = -1;
    while (depth > 0 && (parent = scan.indexOf(path.first(depth))) < 0)
        --depth;
    const QStringList rest = path.sliced(depth);

    if (path.size() == 1) {
        // TOML reads every key below a [table] header as that table's: a new
        // top-level key goes after the last top-level key, above the first table.
        const Section &top = scan.sections.first();
        const qsizetype at = top.lastKeyEnd >= 0 ? top.lastKeyEnd : document.block.contentStart;
        return TextEdit{at, at, keyLineText(top.lastKeyIndent, keyText(path.first()), value, eol)};
    }
    // {"params", "author"} without any params: a [params] section rather than
    // a dotted "params.author" among the top-level keys; both are valid, the
    // section is what Hugo sites write and what the next key joins.
    if (parent < 0 || scan.info[parent].origin == Origin::HeaderParent)
        return newSection(text, document, scan, path, value);
    const FrontMatterEntry &entry = scan.entries[parent];
    const EntryInfo &info = scan.info[parent];
    switch (info.origin) {
    case Origin::Table: {
        const Section &section = scan.sections[info.section];
        const bool hasKeys = section.lastKeyEnd >= 0;
        const qsizetype at = hasKeys ? section.lastKeyEnd : section.headerNext;
        const QByteArray indent = hasKeys ? section.lastKeyIndent : scan.anyTableKeyIndent;
        return TextEdit{at, at, keyLineText(indent, dottedKeyText(rest), value, eol)};
    }
    case Origin::DottedParent:
        // A table made by dotted keys cannot get a [header]: one more dotted
        // key after the last one written under it.
        if (info.lastLineEnd >= 0) {
            const QByteArray key = info.writtenPrefix + dottedKeyText(rest);
            return TextEdit{info.lastLineEnd, info.lastLineEnd, keyLineText(info.lastLineIndent, key, value, eol)};
        }
        break;
    case Origin::KeyLine:
    case Origin::InlineMember:
        if (entry.style == ValueStyle::FlowMap) {
            const QByteArray member = dottedKeyText(rest) + " = " + toml().formatValue(value);
            if (info.lastMemberEnd >= 0)
                return TextEdit{info.lastMemberEnd, info.lastMemberEnd, ", " + member};
            return TextEdit{entry.valueSpan.start, entry.valueSpan.end, "{ " + member + " }"};
        }
        break;
    case Origin::HeaderParent:
    case Origin::ArrayOfTables:
        break;
    }
    return FrontMatterBackend::refuse(
        error, SurgicalWriter::tr("%1 is not a table Postwright can add keys to.").arg(path.first(depth).join(u'.')));
}

// toml++ keeps dates and times as objects; they are shown as their TOML text.
QVariant fromToml(const toml::node &node)
{
    if (const auto *table = node.as_table()) {
        QVariantMap map;
        for (const auto &[key, value] : *table)
            map.insert(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())), fromToml(value));
        return map;
    }
    if (const auto *array = node.as_array()) {
        QVariantList list;
        for (const auto &value : *array)
            list.append(fromToml(value));
        return list;
    }
    if (const auto *s = node.as_string())
        return QString::fromStdString(s->get());
    if (const auto *i = node.as_integer())
        return qlonglong(i->get());
    if (const auto *f = node.as_floating_point())
        return f->get();
    if (const auto *b = node.as_boolean())
        return b->get();
    std::ostringstream out;
    if (const auto *d = node.as_date())
        out << *d;
    else if (const auto *t = node.as_time())
        out << *t;
    else if (const auto *dt = node.as_date_time())
        out << *dt;
    return QString::fromStdString(out.str());
}

// The edit that removes path's key: its whole lines, or an inline member
// with the comma that goes with it.
std::optional<TextEdit> removeAt(const Scan &scan, const QStringList &path, QString *error)
{
    const int index = scan.indexOf(path);
    if (index < 0)
        return FrontMatterBackend::refuse(error, SurgicalWriter::tr("There is no key %1.").arg(path.join(u'.')));
    const FrontMatterEntry &entry = scan.entries[index];
    const EntryInfo &info = scan.info[index];
    if (info.origin == Origin::InlineMember && !info.trailingComma && info.previousValueEnd >= 0)
        return TextEdit{info.previousValueEnd, entry.valueSpan.end, {}}; // the comma before it goes instead
    if (!entry.entrySpan.isValid())
        return FrontMatterBackend::refuse(
            error, SurgicalWriter::tr("%1 is written in several places; remove its keys one by one.").arg(path.join(u'.')));
    return TextEdit{entry.entrySpan.start, entry.entrySpan.end, {}};
}

} // namespace

// TOML has no null: an empty string stands in for one
TomlBackend::TomlBackend()
    : FrontMatterBackend({"\"\"", {"inf", "-inf", "nan", false}, "{ ", " }", " = ", "+++\n", "+++\n", {}, {}})
{
}

QVariantMap TomlBackend::readValues(QByteArrayView content, std::optional<Problem> *error) const
{
    try {
        const toml::table table = toml::parse(std::string_view(content.data(), size_t(content.size())));
        return fromToml(table).toMap();
    } catch (const toml::parse_error &e) {
        *error = Problem{QString::fromUtf8(e.description().data(), qsizetype(e.description().size())),
                         int(e.source().begin.line), int(e.source().begin.column)};
    }
    return {};
}

QList<FrontMatterEntry> TomlBackend::scan(QByteArrayView text, const FrontMatterBlock &block) const
{
    return scanText(text, block).entries;
}

std::optional<TextEdit> TomlBackend::edit(QByteArrayView text, const FrontMatterDocument &document,
                                          const QStringList &path, const std::optional<QVariant> &value,
                                          QString *error) const
{
    const Scan scan = scanText(text, document.block);
    if (!value)
        return removeAt(scan, path, error);
    if (!isWritable(*value))
        return refuse(error, SurgicalWriter::tr("TOML cannot hold this value for %1.").arg(path.join(u'.')));
    const Scanner scanner(text, document.block);
    const int index = scan.indexOf(path);
    if (index >= 0) {
        const FrontMatterEntry &entry = scan.entries[index];
        switch (scan.info[index].origin) {
        case Origin::ArrayOfTables:
            return refuse(error, SurgicalWriter::tr("%1 is an array of tables; Postwright reads it but does not "
                                                    "rewrite it.")
                                     .arg(path.join(u'.')));
        case Origin::Table:
        case Origin::DottedParent:
        case Origin::HeaderParent:
            return refuse(error, SurgicalWriter::tr("%1 is a table; change its keys one by one.").arg(path.join(u'.')));
        case Origin::KeyLine:
        case Origin::InlineMember:
            break;
        }
        // The document's entry also has the parser's value (a quoted date's text).
        const FrontMatterEntry *parsed = document.find(path);
        return TextEdit{entry.valueSpan.start, entry.valueSpan.end,
                        formatLike(text, scanner, parsed ? *parsed : entry, *value, FrontMatterText::lineEnding(text))};
    }
    return insertNewKey(text, document, scan, path, *value, error);
}

QByteArray TomlBackend::formatString(const QString &text, ValueStyle style, bool) const
{
    return singleLineString(text, style == ValueStyle::SingleQuoted);
}

QByteArray TomlBackend::formatKey(const QString &key, bool) const
{
    return keyText(key);
}

QByteArray TomlBackend::formatDate(const QVariant &date, ValueStyle) const
{
    return FrontMatterValues::isoDateText(date).toUtf8();
}

} // namespace Postwright
