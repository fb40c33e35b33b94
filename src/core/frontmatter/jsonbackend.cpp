// The JSON back-end: where each member and value is written, and the
// one-range edits that change a member in place while the commas stay valid.
// Qt's parser has validated the object before scan() runs; the tokenizer
// still stops quietly on anything unexpected.

#include "jsonbackend.h"

#include "flowlistlayout.h"
#include "frontmattertext.h"
#include "surgicalwriter.h"

#include <QJsonDocument>

#include <algorithm>

namespace Postwright {

namespace {

// Deeper than Qt's parser accepts; only a guard for the recursion.
constexpr int maxDepth = 2048;

const FrontMatterBackend &json()
{
    return *FrontMatterBackend::forFormat(FrontMatterFormat::Json);
}

QByteArray quoted(const QString &value)
{
    static constexpr std::pair<char32_t, const char *> named[] = {
        {'"', "\\\""}, {'\\', "\\\\"}, {'\b', "\\b"}, {'\f', "\\f"}, {'\n', "\\n"}, {'\r', "\\r"}, {'\t', "\\t"}};
    static const EscapeSyntax json{named, [](char32_t c) { return c < 0x20; }, [](char32_t c) {
                                       return "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0');
                                   }};
    return '"' + FrontMatterText::escaped(value, json) + '"';
}

// ---------------------------------------------------------------------------
// Scanning

struct Member
{
    qsizetype lineStart = 0;
    bool startsLine = false; // only blanks before the key on its line
    qsizetype valueEnd = 0;
    qsizetype comma = -1;    // its trailing comma
    int object = 0;          // index into Scan::objects
};

struct ObjectInfo
{
    QStringList path; // empty: the front matter itself
    qsizetype open = 0;
    qsizetype close = -1;
    QList<int> members; // entry indices, in file order
};

struct Scan
{
    QList<FrontMatterEntry> entries;
    QList<Member> members; // parallel to entries
    QList<ObjectInfo> objects;

    int objectAt(const QStringList &path) const
    {
        const auto it = std::find_if(objects.cbegin(), objects.cend(), [&](const auto &o) { return o.path == path; });
        return it == objects.cend() ? -1 : int(it - objects.cbegin());
    }
};

class Scanner : public FrontMatterText
{
public:
    using FrontMatterText::FrontMatterText;

    // Blanks and line breaks.
    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_limit && (isBlank(m_text[i]) || m_text[i] == '\n' || m_text[i] == '\r'))
            ++i;
        return i;
    }
    // After the line break at i, or -1 when i is not at one.
    qsizetype afterLineBreak(qsizetype i) const
    {
        if (at(i) == '\r' && at(i + 1) == '\n')
            return i + 2;
        return at(i) == '\n' ? i + 1 : -1;
    }

    // Qt's parser lets a raw line break into a string, so this does too.
    qsizetype stringEnd(qsizetype pos) const
    {
        for (qsizetype i = pos + 1; i < m_limit; ++i) {
            if (m_text[i] == '\\')
                ++i;
            else if (m_text[i] == '"')
                return i + 1;
        }
        return -1;
    }

    qsizetype valueEnd(qsizetype pos, int depth = 0) const
    {
        if (depth > maxDepth || pos >= m_limit)
            return -1;
        const char c = at(pos);
        if (c == '"')
            return stringEnd(pos);
        if (c == '[' || c == '{') {
            const char close = c == '[' ? ']' : '}';
            qsizetype p = skipSpace(pos + 1);
            if (at(p) == close)
                return p + 1;
            for (;;) {
                if (c == '{') {
                    if (at(p) != '"' || (p = stringEnd(p)) < 0)
                        return -1;
                    p = skipSpace(p);
                    if (at(p) != ':')
                        return -1;
                    p = skipSpace(p + 1);
                }
                p = valueEnd(p, depth + 1);
                if (p < 0)
                    return -1;
                p = skipSpace(p);
                if (at(p) == close)
                    return p + 1;
                if (at(p) != ',')
                    return -1;
                p = skipSpace(p + 1);
            }
        }
        qsizetype end = pos;
        while (end < m_limit && (std::isalnum(uchar(at(end))) || at(end) == '-' || at(end) == '+' || at(end) == '.'))
            ++end;
        return end == pos ? -1 : end;
    }

    // The value at pos, as Qt's parser reads it but for numbers: one written
    // with a point or an exponent stays a float (Qt makes 3.0 an integer).
    // *end: just after it. Qt has accepted the text before this runs.
    QVariant value(qsizetype pos, qsizetype *end, int depth = 0) const
    {
        *end = m_limit;
        const char c = at(pos);
        if (depth > maxDepth || pos >= m_limit)
            return {};
        if (c == '"') {
            const qsizetype close = stringEnd(pos);
            if (close < 0)
                return {};
            *end = close;
            return unescape(m_text.sliced(pos + 1, close - pos - 2));
        }
        if (c == '{' || c == '[') {
            QVariantMap map;
            QVariantList list;
            qsizetype p = skipSpace(pos + 1);
            while (p < m_limit && at(p) != (c == '{' ? '}' : ']')) {
                QString key;
                if (c == '{') {
                    const qsizetype keyEnd = stringEnd(p);
                    if (keyEnd < 0)
                        return {};
                    key = unescape(m_text.sliced(p + 1, keyEnd - p - 2));
                    p = skipSpace(skipSpace(keyEnd) + 1); // after ':'
                }
                qsizetype valueEnd = m_limit;
                const QVariant item = value(p, &valueEnd, depth + 1);
                if (c == '{')
                    map.insert(key, item); // of a key written twice the last wins, as in Qt
                else
                    list.append(item);
                p = skipSpace(valueEnd);
                if (at(p) == ',')
                    p = skipSpace(p + 1);
            }
            *end = p + 1;
            return c == '{' ? QVariant(map) : QVariant(list);
        }
        const qsizetype tokenEnd = valueEnd(pos);
        if (tokenEnd < 0)
            return {};
        *end = tokenEnd;
        const QByteArrayView token = m_text.sliced(pos, tokenEnd - pos);
        if (token == "true" || token == "false")
            return token == "true";
        if (token == "null")
            return QVariant::fromValue(nullptr);
        bool ok = false;
        if (!token.contains('.') && !token.contains('e') && !token.contains('E'))
            if (const qlonglong integer = token.toLongLong(&ok); ok)
                return integer;
        return token.toDouble();
    }

    // The object at open and, below it, every object that is a member's value.
    qsizetype object(qsizetype open, const QStringList &path, Scan &scan, int depth = 0) const
    {
        if (depth > maxDepth || at(open) != '{')
            return -1;
        const int objectIndex = int(scan.objects.size());
        scan.objects.append({path, open, -1, {}});
        qsizetype p = skipSpace(open + 1);
        if (at(p) == '}') {
            scan.objects[objectIndex].close = p;
            return p + 1;
        }
        for (;;) {
            if (at(p) != '"')
                return -1;
            const qsizetype keyEnd = stringEnd(p);
            if (keyEnd < 0)
                return -1;
            FrontMatterEntry entry;
            entry.path = path + QStringList{unescape(m_text.sliced(p + 1, keyEnd - p - 2))};
            entry.keySpan = {p, keyEnd};
            qsizetype colon = skipSpace(keyEnd);
            if (at(colon) != ':')
                return -1;
            const qsizetype valueStart = skipSpace(colon + 1);
            Member member;
            member.lineStart = lineStart(p);
            member.startsLine = skipBlanks(member.lineStart) == p;
            member.object = objectIndex;
            entry.line = int(m_text.first(p).count('\n')) + 1;
            entry.indent = int(p - member.lineStart);
            switch (at(valueStart)) {
            case '"': entry.style = ValueStyle::DoubleQuoted; break;
            case '[': entry.style = ValueStyle::FlowList; break;
            case '{': entry.style = ValueStyle::FlowMap; break;
            default: entry.style = ValueStyle::Plain; break;
            }
            // The member goes in before the members of its value: parents first.
            const int index = int(scan.entries.size());
            scan.entries.append(entry);
            scan.members.append(member);
            scan.objects[objectIndex].members.append(index);
            const qsizetype end = entry.style == ValueStyle::FlowMap ? object(valueStart, entry.path, scan, depth + 1)
                                                                     : valueEnd(valueStart);
            if (end < 0)
                return -1;
            const qsizetype after = skipSpace(end);
            const bool comma = at(after) == ',';
            FrontMatterEntry &stored = scan.entries[index];
            Member &storedMember = scan.members[index];
            stored.valueSpan = {valueStart, end};
            stored.text = QString::fromUtf8(m_text.sliced(valueStart, end - valueStart));
            storedMember.valueEnd = end;
            storedMember.comma = comma ? after : -1;
            // Whole lines when the member has its line to itself; otherwise
            // just the member, and the line breaks around it stay.
            const qsizetype tail = skipBlanks(comma ? after + 1 : end);
            const qsizetype lineEnd = afterLineBreak(tail);
            if (storedMember.startsLine && lineEnd >= 0)
                stored.entrySpan = {storedMember.lineStart, lineEnd};
            else
                stored.entrySpan = {p, comma ? tail : end};
            if (!comma) {
                if (at(after) != '}')
                    return -1;
                scan.objects[objectIndex].close = after;
                return after + 1;
            }
            p = skipSpace(after + 1);
        }
    }
};

Scan scanText(QByteArrayView text, const FrontMatterBlock &block)
{
    Scan scan;
    if (!block.exists() || !block.terminated || block.contentEnd > text.size())
        return scan;
    // On a surprise, what was read before it stays; the member being read
    // then has no spans, and is neither shown nor edited.
    Scanner(text, block.contentEnd).object(block.contentStart, {}, scan);
    return scan;
}

// ---------------------------------------------------------------------------
// Writing

// "a": {"b": value} for keys {"a", "b"}; on indented lines when multiLine.
QByteArray memberText(const QStringList &keys, const QVariant &value, const QByteArray &indent,
                      const QByteArray &step, QByteArrayView eol, bool multiLine)
{
    const QByteArray key = quoted(keys.first()) + ": ";
    if (keys.size() == 1)
        return key + json().formatValue(value);
    if (!multiLine)
        return key + '{' + memberText(keys.mid(1), value, indent, step, eol, false) + '}';
    const QByteArray inner = indent + step;
    return key + '{' + eol.toByteArray() + inner + memberText(keys.mid(1), value, inner, step, eol, true)
        + eol.toByteArray() + indent + '}';
}

std::optional<TextEdit> insertMember(QByteArrayView text, const Scan &scan, const Scanner &scanner,
                                     const QStringList &path, const QVariant &value, QString *error)
{
    // The deepest object that exists on the way to the new key.
    qsizetype depth = path.size() - 1;
    int objectIndex = -1;
    while (depth >= 0 && (objectIndex = scan.objectAt(path.first(depth))) < 0)
        --depth;
    if (objectIndex < 0 || scan.objects[objectIndex].close < 0)
        return FrontMatterBackend::refuse(
            error, SurgicalWriter::tr("%1 is not an object Postwright can add keys to.").arg(path.join(u'.')));
    const ObjectInfo &object = scan.objects[objectIndex];
    const QStringList keys = path.sliced(depth);
    const QByteArray eol = FrontMatterText::lineEnding(text);
    const QByteArray objectIndent = scanner.indentOf(object.open);
    if (!object.members.isEmpty()) {
        const int last = object.members.last();
        const Member &member = scan.members[last];
        const bool multiLine = member.startsLine;
        const QByteArray indent = multiLine ? scanner.indentOf(member.lineStart) : QByteArray();
        QByteArray step = indent.startsWith(objectIndent) ? indent.sliced(objectIndent.size()) : QByteArray();
        if (step.isEmpty())
            step = "  ";
        const QByteArray separator = multiLine ? "," + eol + indent : QByteArray(", ");
        return TextEdit{member.valueEnd, member.valueEnd,
                        separator + memberText(keys, value, indent, step, eol, multiLine)};
    }
    // An empty object: {} gets the member inline, {\n} on its own line.
    const QByteArrayView inside = text.sliced(object.open + 1, object.close - object.open - 1);
    if (inside.contains('\n')) {
        const QByteArray indent = scanner.indentOf(object.close) + "  ";
        return TextEdit{object.open + 1, object.open + 1,
                        eol + indent + memberText(keys, value, indent, "  ", eol, true)};
    }
    return TextEdit{object.open + 1, object.close, memberText(keys, value, {}, "  ", eol, false)};
}

// One member or item a line, four spaces a level.
QByteArray indented(const QVariant &value, const QByteArray &indent)
{
    const ValueKind kind = FrontMatterValues::kindOf(value);
    if (kind != ValueKind::List && kind != ValueKind::Map)
        return json().formatValue(value);
    const QByteArray inner = indent + "    ";
    QByteArrayList parts;
    if (kind == ValueKind::List) {
        for (const QVariant &item : value.toList())
            parts.append(inner + indented(item, inner));
    } else {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(inner + quoted(it.key()) + ": " + indented(*it, inner));
    }
    const char open = kind == ValueKind::List ? '[' : '{';
    const char close = kind == ValueKind::List ? ']' : '}';
    if (parts.isEmpty())
        return QByteArray(1, open) + close;
    return open + ("\n" + parts.join(",\n")) + '\n' + indent + close;
}

// The edit that removes path's member with the comma that goes with it.
std::optional<TextEdit> removeAt(const Scan &scan, const QStringList &path, QString *error)
{
    for (qsizetype i = scan.entries.size() - 1; i >= 0; --i) {
        if (scan.entries[i].path != path)
            continue;
        if (!scan.entries[i].entrySpan.isValid())
            break;
        const Member &member = scan.members[i];
        const QList<int> &siblings = scan.objects[member.object].members;
        const qsizetype position = siblings.indexOf(int(i));
        // The last member has no comma after it: the one before it goes.
        if (member.comma < 0 && position > 0) {
            const Member &previous = scan.members[siblings[position - 1]];
            return TextEdit{previous.valueEnd, member.valueEnd, {}};
        }
        return TextEdit{scan.entries[i].entrySpan.start, scan.entries[i].entrySpan.end, {}};
    }
    return FrontMatterBackend::refuse(error,
                                      SurgicalWriter::tr("Postwright could not find where %1 is written.").arg(path.join(u'.')));
}

} // namespace

// Not-a-number and infinities as QJsonValue writes them
JsonBackend::JsonBackend()
    : FrontMatterBackend({"null", {"null", "null", "null", false}, "{", "}", ": ", "{\n", "}\n", "  ", ","})
{
}

QVariantMap JsonBackend::readValues(QByteArrayView content, std::optional<Problem> *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content.toByteArray(), &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        qsizetype end = 0;
        return Scanner(content, content.size()).value(0, &end).toMap();
    }
    if (parseError.error == QJsonParseError::NoError)
        return {};
    const auto [line, column] = FrontMatterText::lineAndColumn(content, parseError.offset);
    *error = Problem{parseError.errorString(), line, column};
    return {};
}

QList<FrontMatterEntry> JsonBackend::scan(QByteArrayView text, const FrontMatterBlock &block) const
{
    QList<FrontMatterEntry> entries = scanText(text, block).entries;
    entries.removeIf([](const FrontMatterEntry &entry) { return !entry.entrySpan.isValid(); });
    return entries;
}

std::optional<TextEdit> JsonBackend::edit(QByteArrayView text, const FrontMatterDocument &document,
                                          const QStringList &path, const std::optional<QVariant> &value,
                                          QString *error) const
{
    const Scan scan = scanText(text, document.block);
    if (!value)
        return removeAt(scan, path, error);
    const Scanner scanner(text, document.block.contentEnd);
    // Of a key written twice, Qt's parser keeps the last: that one changes.
    for (qsizetype i = scan.entries.size() - 1; i >= 0; --i) {
        const FrontMatterEntry &entry = scan.entries[i];
        if (entry.path != path)
            continue;
        if (!entry.entrySpan.isValid())
            break;
        QByteArray replacement;
        const ValueKind kind = FrontMatterValues::kindOf(*value);
        if (kind == ValueKind::List && entry.style == ValueStyle::FlowList) {
            QByteArrayList items;
            for (const QVariant &item : value->toList())
                items.append(formatValue(item));
            replacement = FlowListLayout::read(scanner, entry.valueSpan).write(items, FrontMatterText::lineEnding(text));
        } else if (kind == ValueKind::Date || kind == ValueKind::DateTime) {
            // JSON has no dates: a date is a string, written in the shape it had.
            const FrontMatterEntry *parsed = document.find(path);
            const QString oldText = parsed && parsed->value.typeId() == QMetaType::QString ? parsed->value.toString()
                                                                                          : QString();
            replacement = quoted(FrontMatterValues::dateTextLike(oldText, *value));
        } else {
            replacement = formatValue(*value);
        }
        return TextEdit{entry.valueSpan.start, entry.valueSpan.end, replacement};
    }
    if (std::any_of(scan.entries.begin(), scan.entries.end(),
                    [&](const FrontMatterEntry &entry) { return entry.path == path; }))
        return refuse(error, SurgicalWriter::tr("Postwright could not find where %1 is written.").arg(path.join(u'.')));
    return insertMember(text, scan, scanner, path, *value, error);
}

QByteArray JsonBackend::formatIndented(const QVariant &value) const
{
    return indented(value, {});
}

QByteArray JsonBackend::formatString(const QString &text, ValueStyle, bool) const
{
    return quoted(text);
}

} // namespace Postwright
