// JSON front matter (Hugo's object at the top of the file): where each member
// and value is written, and the one-range edits that change a member in place
// while the commas stay valid. Qt's parser has validated the object before
// scan() runs; the tokenizer still stops quietly on anything unexpected.

#include "surgicalwriter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Postwright {

namespace {

// Deeper than Qt's parser accepts; only a guard for the recursion.
constexpr int maxDepth = 2048;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray lineEndingOf(QByteArrayView text)
{
    const qsizetype nl = text.indexOf('\n');
    return nl > 0 && text[nl - 1] == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

QByteArray quoted(const QString &value)
{
    QByteArray out = "\"";
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out += QStringView(value).sliced(runStart, i - runStart).toUtf8();
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += "\\u" + QByteArray::number(uint(u), 16).rightJustified(4, '0');
        }
        runStart = i + 1;
    }
    out += QStringView(value).sliced(runStart).toUtf8();
    return out + '"';
}

bool isListValue(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
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
        for (qsizetype i = 0; i < objects.size(); ++i)
            if (objects[i].path == path)
                return int(i);
        return -1;
    }
};

class Scanner
{
public:
    Scanner(QByteArrayView text, const FrontMatterBlock &block)
        : m_text(text)
        , m_limit(block.contentEnd)
    {
    }

    char at(qsizetype i) const { return i >= 0 && i < m_limit ? m_text[i] : '\0'; }

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_limit && (isBlank(m_text[i]) || m_text[i] == '\n' || m_text[i] == '\r'))
            ++i;
        return i;
    }
    qsizetype skipBlanks(qsizetype i) const
    {
        while (i < m_limit && isBlank(m_text[i]))
            ++i;
        return i;
    }
    qsizetype lineStartOf(qsizetype i) const
    {
        const qsizetype nl = m_text.first(i).lastIndexOf('\n');
        return nl < 0 ? 0 : nl + 1;
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
            entry.path = path + QStringList{decode(m_text.sliced(p + 1, keyEnd - p - 2))};
            entry.keySpan = {p, keyEnd};
            qsizetype colon = skipSpace(keyEnd);
            if (at(colon) != ':')
                return -1;
            const qsizetype valueStart = skipSpace(colon + 1);
            Member member;
            member.lineStart = lineStartOf(p);
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

private:
    static QString decode(QByteArrayView inner)
    {
        if (!inner.contains('\\'))
            return QString::fromUtf8(inner);
        QString out;
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] != '\\')
                continue;
            out += QString::fromUtf8(inner.sliced(runStart, i - runStart));
            const char e = i + 1 < inner.size() ? inner[i + 1] : '\0';
            ++i;
            switch (e) {
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'n': out += u'\n'; break;
            case 'r': out += u'\r'; break;
            case 't': out += u'\t'; break;
            case 'u': {
                bool ok = false;
                const ushort code = inner.sliced(i + 1, qMin<qsizetype>(4, inner.size() - i - 1)).toUShort(&ok, 16);
                if (ok)
                    out += QChar(code); // surrogate halves pair up in the QString
                i += 4;
                break;
            }
            default:
                out += QLatin1Char(e);
                break;
            }
            runStart = qMin(i + 1, inner.size());
        }
        out += QString::fromUtf8(inner.sliced(runStart));
        return out;
    }

    QByteArrayView m_text;
    qsizetype m_limit;
};

Scan scanText(QByteArrayView text, const FrontMatterBlock &block)
{
    Scan scan;
    if (!block.exists() || !block.terminated || block.contentEnd > text.size())
        return scan;
    // On a surprise, what was read before it stays; the member being read
    // then has no spans, and is neither shown nor edited.
    Scanner(text, block).object(block.contentStart, {}, scan);
    return scan;
}

// ---------------------------------------------------------------------------
// Writing

struct ArrayLayout
{
    bool onePerLine = false;
    QByteArray itemIndent;
    QByteArray closingIndent;
    bool spaceInside = false; // [ "a" ] rather than ["a"]
    QByteArray separator = ", ";
};

ArrayLayout arrayLayout(QByteArrayView text, const Scanner &scanner, const ByteSpan &span)
{
    ArrayLayout layout;
    QList<ByteSpan> items;
    qsizetype firstComma = -1;
    qsizetype p = scanner.skipSpace(span.start + 1);
    while (p < span.end - 1) {
        const qsizetype end = scanner.valueEnd(p);
        if (end < 0)
            break;
        items.append({p, end});
        p = scanner.skipSpace(end);
        if (scanner.at(p) != ',')
            break;
        if (firstComma < 0)
            firstComma = p;
        p = scanner.skipSpace(p + 1);
    }
    layout.spaceInside = span.length() > 2 && isBlank(text[span.start + 1]);
    if (firstComma >= 0 && firstComma + 1 < text.size())
        layout.separator = isBlank(text[firstComma + 1]) ? ", " : ",";
    if (!text.sliced(span.start, span.length()).contains('\n') || items.isEmpty())
        return layout;
    qsizetype previousLine = scanner.lineStartOf(span.start);
    for (const ByteSpan &item : items) {
        const qsizetype lineStart = scanner.lineStartOf(item.start);
        if (lineStart == previousLine || scanner.skipBlanks(lineStart) != item.start)
            return layout;
        previousLine = lineStart;
    }
    const qsizetype closing = span.end - 1;
    const qsizetype closingLine = scanner.lineStartOf(closing);
    if (closingLine == previousLine || scanner.skipBlanks(closingLine) != closing)
        return layout; // "]" after the last item: written on one line
    layout.onePerLine = true;
    const qsizetype firstLine = scanner.lineStartOf(items.first().start);
    layout.itemIndent = text.sliced(firstLine, items.first().start - firstLine).toByteArray();
    layout.closingIndent = text.sliced(closingLine, closing - closingLine).toByteArray();
    return layout;
}

QByteArray listLike(const QVariantList &list, const ArrayLayout &layout, QByteArrayView eol)
{
    if (list.isEmpty())
        return "[]";
    QByteArray out = "[";
    if (layout.onePerLine) {
        for (qsizetype i = 0; i < list.size(); ++i)
            out += (i ? "," : "") + eol.toByteArray() + layout.itemIndent + JsonFrontMatter::formatValue(list[i]);
        return out + eol.toByteArray() + layout.closingIndent + ']';
    }
    if (layout.spaceInside)
        out += ' ';
    for (qsizetype i = 0; i < list.size(); ++i)
        out += (i ? layout.separator : QByteArray()) + JsonFrontMatter::formatValue(list[i]);
    if (layout.spaceInside)
        out += ' ';
    return out + ']';
}

// "a": {"b": value} for keys {"a", "b"}; on indented lines when multiLine.
QByteArray memberText(const QStringList &keys, const QVariant &value, const QByteArray &indent,
                      const QByteArray &step, QByteArrayView eol, bool multiLine)
{
    const QByteArray key = quoted(keys.first()) + ": ";
    if (keys.size() == 1)
        return key + JsonFrontMatter::formatValue(value);
    if (!multiLine)
        return key + '{' + memberText(keys.mid(1), value, indent, step, eol, false) + '}';
    const QByteArray inner = indent + step;
    return key + '{' + eol.toByteArray() + inner + memberText(keys.mid(1), value, inner, step, eol, true)
        + eol.toByteArray() + indent + '}';
}

QByteArray lineIndent(QByteArrayView text, const Scanner &scanner, qsizetype pos)
{
    const qsizetype lineStart = scanner.lineStartOf(pos);
    return text.sliced(lineStart, scanner.skipBlanks(lineStart) - lineStart).toByteArray();
}

std::optional<TextEdit> insertMember(QByteArrayView text, const Scan &scan, const Scanner &scanner,
                                     const QStringList &path, const QVariant &value, QString *error)
{
    // The deepest object that exists on the way to the new key.
    qsizetype depth = path.size() - 1;
    int objectIndex = -1;
    while (depth >= 0 && (objectIndex = scan.objectAt(path.first(depth))) < 0)
        --depth;
    if (objectIndex < 0 || scan.objects[objectIndex].close < 0) {
        fail(error, SurgicalWriter::tr("%1 is not an object Postwright can add keys to.").arg(path.join(u'.')));
        return std::nullopt;
    }
    const ObjectInfo &object = scan.objects[objectIndex];
    const QStringList keys = path.sliced(depth);
    const QByteArray eol = lineEndingOf(text);
    const QByteArray objectIndent = lineIndent(text, scanner, object.open);
    if (!object.members.isEmpty()) {
        const int last = object.members.last();
        const Member &member = scan.members[last];
        const bool multiLine = member.startsLine;
        const QByteArray indent = multiLine ? lineIndent(text, scanner, member.lineStart) : QByteArray();
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
        const QByteArray indent = lineIndent(text, scanner, object.close) + "  ";
        return TextEdit{object.open + 1, object.open + 1,
                        eol + indent + memberText(keys, value, indent, "  ", eol, true)};
    }
    return TextEdit{object.open + 1, object.close, memberText(keys, value, {}, "  ", eol, false)};
}

} // namespace

namespace JsonFrontMatter {

void scan(QByteArrayView text, FrontMatterDocument &document)
{
    document.entries = scanText(text, document.block).entries;
    document.entries.removeIf([](const FrontMatterEntry &entry) { return !entry.entrySpan.isValid(); });
}

QByteArray formatValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return "null";
    case QMetaType::Bool:
        return value.toBool() ? "true" : "false";
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return "null"; // as QJsonValue writes it
        QByteArray text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        // 2.0, not 2: the value reads back as a float, as it was set.
        if (!text.contains('.') && !text.contains('e'))
            text += ".0";
        return text;
    }
    case QMetaType::QDate:
        return quoted(value.toDate().toString(Qt::ISODate));
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        return quoted(when.toString(when.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QByteArrayList items;
        for (const QVariant &item : value.toList())
            items.append(formatValue(item));
        return '[' + items.join(", ") + ']';
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        QByteArrayList members;
        for (auto it = map.begin(); it != map.end(); ++it)
            members.append(quoted(it.key()) + ": " + formatValue(*it));
        return '{' + members.join(", ") + '}';
    }
    default:
        return quoted(value.toString());
    }
}

std::optional<TextEdit> setValue(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const QVariant &value, QString *error)
{
    const Scan scan = scanText(text, document.block);
    const Scanner scanner(text, document.block);
    // Of a key written twice, Qt's parser keeps the last: that one changes.
    for (qsizetype i = scan.entries.size() - 1; i >= 0; --i) {
        const FrontMatterEntry &entry = scan.entries[i];
        if (entry.path != path)
            continue;
        if (!entry.entrySpan.isValid())
            break;
        QByteArray replacement;
        if (isListValue(value) && entry.style == ValueStyle::FlowList) {
            replacement = listLike(value.toList(), arrayLayout(text, scanner, entry.valueSpan), lineEndingOf(text));
        } else if (value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QDateTime) {
            // JSON has no dates: a date is a string, written in the shape it had.
            const FrontMatterEntry *parsed = document.find(path);
            const QString oldText = parsed && parsed->value.typeId() == QMetaType::QString ? parsed->value.toString()
                                                                                          : QString();
            replacement = quoted(dateTextLike(oldText, value));
        } else {
            replacement = formatValue(value);
        }
        return TextEdit{entry.valueSpan.start, entry.valueSpan.end, replacement};
    }
    if (std::any_of(scan.entries.begin(), scan.entries.end(),
                    [&](const FrontMatterEntry &entry) { return entry.path == path; })) {
        fail(error, SurgicalWriter::tr("Postwright could not find where %1 is written.").arg(path.join(u'.')));
        return std::nullopt;
    }
    return insertMember(text, scan, scanner, path, value, error);
}

std::optional<TextEdit> removeKey(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                  QString *error)
{
    const Scan scan = scanText(text, document.block);
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
    fail(error, SurgicalWriter::tr("Postwright could not find where %1 is written.").arg(path.join(u'.')));
    return std::nullopt;
}

} // namespace JsonFrontMatter

} // namespace Postwright
