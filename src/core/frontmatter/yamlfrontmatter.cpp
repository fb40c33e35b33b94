// The YAML half of the surgical writer: a line scanner that finds where each
// key and value is written, and edits that touch one entry's bytes only.
// yaml-cpp has already accepted the block, so the scanner trusts the structure
// and only needs to find it; anything it cannot place is refused, never guessed.

#include "surgicalwriter.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace Postwright {

namespace {

bool isBlankChar(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlockIndicatorChar(char c)
{
    return c == '+' || c == '-' || (c >= '0' && c <= '9');
}

struct Line
{
    qsizetype begin = 0; // first byte
    qsizetype end = 0;   // before the line break
    qsizetype next = 0;  // after the line break
};

struct Key
{
    QString name;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype colonEnd = 0; // just after ':'
};

// Where a value is written, as the scanner found it.
struct Extent
{
    qsizetype start = 0;
    qsizetype end = 0;
    int lastLine = 0;
    ValueStyle style = ValueStyle::Plain;
    qsizetype comment = -1; // the '#' of a comment after the value, or -1
};

// The block's lines and the byte-level questions the scanner and the writer
// ask about them. Every position it hands out lies inside the block.
class YamlLines
{
public:
    YamlLines(QByteArrayView text, const FrontMatterBlock &block)
        : m_text(text)
        , m_contentStart(qBound<qsizetype>(0, block.contentStart, text.size()))
        , m_contentEnd(qBound<qsizetype>(m_contentStart, block.contentEnd, text.size()))
    {
        for (qsizetype pos = m_contentStart; pos < m_contentEnd;) {
            Line line{pos, m_contentEnd, m_contentEnd};
            const qsizetype nl = text.indexOf('\n', pos);
            if (nl >= 0 && nl < m_contentEnd) {
                line.end = nl;
                line.next = nl + 1;
            }
            if (line.end > line.begin && text[line.end - 1] == '\r')
                --line.end;
            m_lines.append(line);
            pos = line.next;
        }
        m_firstLineNumber = int(text.first(m_contentStart).count('\n')) + 1;
    }

    QByteArrayView text() const { return m_text; }
    qsizetype contentStart() const { return m_contentStart; }
    qsizetype contentEnd() const { return m_contentEnd; }
    int count() const { return int(m_lines.size()); }
    const Line &line(int i) const { return m_lines[i]; }
    int lineNumber(int i) const { return m_firstLineNumber + i; }
    char at(qsizetype pos) const { return pos >= 0 && pos < m_text.size() ? m_text[pos] : '\0'; }
    QByteArray bytes(qsizetype start, qsizetype end) const
    {
        return end > start ? m_text.sliced(start, end - start).toByteArray() : QByteArray();
    }

    int indent(int i) const
    {
        qsizetype p = m_lines[i].begin;
        while (p < m_lines[i].end && m_text[p] == ' ')
            ++p;
        return int(p - m_lines[i].begin);
    }
    qsizetype firstNonBlank(int i) const { return skipBlanks(m_lines[i].begin, m_lines[i].end); }
    bool isBlank(int i) const { return firstNonBlank(i) >= m_lines[i].end; }
    bool isComment(int i) const { return !isBlank(i) && at(firstNonBlank(i)) == '#'; }
    bool isContent(int i) const { return !isBlank(i) && !isComment(i); }
    bool isSequenceItem(int i) const
    {
        const qsizetype p = firstNonBlank(i);
        return at(p) == '-' && (p + 1 >= m_lines[i].end || isBlankChar(at(p + 1)));
    }

    // The index of the line holding pos (the last line for pos at the end).
    int lineOf(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), pos,
                                         [](qsizetype p, const Line &line) { return p < line.begin; });
        return std::max(0, int(it - m_lines.cbegin()) - 1);
    }

    QByteArray lineEnding(int i) const
    {
        if (i >= 0 && i < count() && at(m_lines[i].end) == '\r')
            return "\r\n";
        return i >= 0 && i < count() && m_lines[i].next > m_lines[i].end ? QByteArray("\n") : fileLineEnding();
    }
    // The opening delimiter's line ending speaks for the file.
    QByteArray fileLineEnding() const
    {
        const qsizetype nl = m_text.indexOf('\n');
        return nl > 0 && m_text[nl - 1] == '\r' ? "\r\n" : "\n";
    }
    // The line ending of the line that ends just before pos (a line start).
    QByteArray lineEndingBefore(qsizetype pos) const
    {
        if (pos > 0 && at(pos - 1) == '\n')
            return pos > 1 && at(pos - 2) == '\r' ? "\r\n" : "\n";
        return fileLineEnding();
    }

    qsizetype skipBlanks(qsizetype pos, qsizetype limit) const
    {
        while (pos < limit && isBlankChar(at(pos)))
            ++pos;
        return pos;
    }
    qsizetype trimRight(qsizetype start, qsizetype end) const
    {
        while (end > start && isBlankChar(at(end - 1)))
            --end;
        return end;
    }
    // Anchors (&a) and tags (!!str) before a value, and the blanks after them.
    qsizetype skipProperties(qsizetype pos, qsizetype limit) const
    {
        pos = skipBlanks(pos, limit);
        while (pos < limit && (at(pos) == '&' || at(pos) == '!')) {
            while (pos < limit && !isBlankChar(at(pos)))
                ++pos;
            pos = skipBlanks(pos, limit);
        }
        return pos;
    }
    bool isWhitespaceBefore(qsizetype p) const
    {
        return p == 0 || isBlankChar(at(p - 1)) || at(p - 1) == '\n' || at(p - 1) == '\r';
    }
    // A '#' starts a comment only after whitespace (or at a line start).
    qsizetype commentIn(qsizetype from, qsizetype limit) const
    {
        for (qsizetype p = from; p < limit; ++p)
            if (at(p) == '#' && isWhitespaceBefore(p))
                return p;
        return -1;
    }

    // Just after the closing quote of the scalar whose opening quote is at pos, or -1.
    qsizetype quotedEnd(qsizetype pos) const
    {
        const char quote = at(pos);
        for (qsizetype p = pos + 1; p < m_contentEnd; ++p) {
            const char c = m_text[p];
            if (quote == '"' && c == '\\') {
                ++p;
            } else if (c == quote) {
                if (quote == '\'' && at(p + 1) == '\'')
                    ++p;
                else
                    return p + 1;
            }
        }
        return -1;
    }

    // Just after the bracket closing the flow collection opened at pos, or -1.
    // Quotes open only where a scalar may start, so "[it's, fine]" holds plain scalars.
    qsizetype flowEnd(qsizetype pos) const
    {
        int depth = 0;
        bool tokenStart = true;
        for (qsizetype p = pos; p < m_contentEnd; ++p) {
            const char c = m_text[p];
            if (c == '\n' || c == '\r' || isBlankChar(c)) {
                tokenStart = true;
            } else if (c == '#' && isWhitespaceBefore(p)) {
                const qsizetype nl = m_text.indexOf('\n', p);
                if (nl < 0 || nl >= m_contentEnd)
                    return -1;
                p = nl - 1;
            } else if ((c == '"' || c == '\'') && tokenStart) {
                const qsizetype end = quotedEnd(p);
                if (end < 0)
                    return -1;
                p = end - 1;
                tokenStart = false;
            } else if (c == '[' || c == '{') {
                ++depth;
                tokenStart = true;
            } else if (c == ']' || c == '}') {
                if (--depth == 0)
                    return p + 1;
                tokenStart = false;
            } else {
                tokenStart = c == ',' || c == ':';
            }
        }
        return -1;
    }

    std::optional<Key> parseKey(int i) const
    {
        const Line &l = m_lines[i];
        const qsizetype start = firstNonBlank(i);
        const char first = at(start);
        Key key;
        key.start = start;
        qsizetype colon = -1;
        if (first == '"' || first == '\'') {
            const qsizetype end = quotedEnd(start);
            if (end < 0 || end > l.end)
                return std::nullopt;
            colon = skipBlanks(end, l.end);
            if (at(colon) != ':')
                return std::nullopt;
            key.end = end;
            key.name = unquoted(start, end);
        } else {
            if (first == '\0' || QByteArrayView("#-?[]{},&*!|>%@`").contains(first)) {
                // "-x" or "?x" are plain keys; "- " and "? " are not.
                if (!(first == '-' || first == '?') || start + 1 >= l.end || isBlankChar(at(start + 1)))
                    return std::nullopt;
            }
            for (qsizetype p = start; p < l.end; ++p) {
                if (at(p) == '#' && p > start && isBlankChar(at(p - 1)))
                    return std::nullopt;
                if (at(p) == ':' && (p + 1 >= l.end || isBlankChar(at(p + 1)))) {
                    colon = p;
                    break;
                }
            }
            if (colon < 0)
                return std::nullopt;
            key.end = trimRight(start, colon);
            if (key.end == start)
                return std::nullopt;
            key.name = QString::fromUtf8(m_text.sliced(start, key.end - start));
        }
        if (colon + 1 < l.end && !isBlankChar(at(colon + 1)))
            return std::nullopt;
        key.colonEnd = colon + 1;
        return key;
    }

    // A quoted scalar's text; enough of YAML's escapes for keys.
    QString unquoted(qsizetype start, qsizetype end) const
    {
        const QString raw = QString::fromUtf8(m_text.sliced(start + 1, end - start - 2));
        if (at(start) == '\'')
            return QString(raw).replace(QStringLiteral("''"), QStringLiteral("'"));
        QString out;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != u'\\' || i + 1 >= raw.size()) {
                out += raw[i];
                continue;
            }
            const QChar e = raw[++i];
            int hexLength = e == u'x' ? 2 : e == u'u' ? 4 : e == u'U' ? 8 : 0;
            if (hexLength && i + hexLength < raw.size()) {
                bool ok = false;
                const char32_t code = raw.mid(i + 1, hexLength).toUInt(&ok, 16);
                if (ok) {
                    out += QString::fromUcs4(&code, 1);
                    i += hexLength;
                    continue;
                }
            }
            switch (e.unicode()) {
            case 'n': out += u'\n'; break;
            case 't': out += u'\t'; break;
            case 'r': out += u'\r'; break;
            case '0': out += QChar(0); break;
            default: out += e; break;
            }
        }
        return out;
    }

private:
    QByteArrayView m_text;
    qsizetype m_contentStart;
    qsizetype m_contentEnd;
    QList<Line> m_lines;
    int m_firstLineNumber = 1;
};

// ---- scanning ----

class Scanner
{
public:
    explicit Scanner(const YamlLines &lines) : m_lines(lines) {}

    void scanMap(int first, int end, int indent, const QStringList &prefix, QList<FrontMatterEntry> &out) const
    {
        for (int i = first; i < end;) {
            if (!m_lines.isContent(i) || m_lines.indent(i) != indent) {
                ++i;
                continue;
            }
            const std::optional<Key> key = m_lines.parseKey(i);
            if (!key) {
                ++i;
                continue;
            }
            int childFirst = -1;
            const Extent value = valueAfter(*key, i, end, indent, &childFirst);

            FrontMatterEntry entry;
            entry.path = prefix;
            entry.path.append(key->name);
            entry.keySpan = {key->start, key->end};
            entry.valueSpan = {value.start, value.end};
            entry.entrySpan = {m_lines.line(i).begin, m_lines.line(value.lastLine).next};
            entry.line = m_lines.lineNumber(i);
            entry.style = value.style;
            entry.text = QString::fromUtf8(m_lines.bytes(value.start, value.end));
            if (value.comment >= 0)
                entry.comment = QString::fromUtf8(
                    m_lines.bytes(value.comment + 1, m_lines.line(m_lines.lineOf(value.comment)).end)).trimmed();
            entry.indent = indent;
            out.append(entry);
            if (childFirst >= 0)
                scanMap(childFirst, value.lastLine + 1, m_lines.indent(childFirst), entry.path, out);
            i = value.lastLine + 1;
        }
    }

private:
    int nextContentLine(int from, int end) const
    {
        while (from < end && !m_lines.isContent(from))
            ++from;
        return from;
    }

    // The last line of a block list or map below a key at indent; blank and
    // comment lines count only when more of the block follows them.
    int blockEnd(int first, int end, int indent, bool indentlessList) const
    {
        int last = first;
        for (int k = first + 1; k < end; ++k) {
            if (!m_lines.isContent(k))
                continue;
            const int ind = m_lines.indent(k);
            if (ind > indent || (indentlessList && ind == indent && m_lines.isSequenceItem(k)))
                last = k;
            else
                break;
        }
        return last;
    }

    Extent valueAfter(const Key &key, int i, int end, int indent, int *childFirst) const
    {
        const qsizetype lineEnd = m_lines.line(i).end;
        const qsizetype valueStart = m_lines.skipBlanks(key.colonEnd, lineEnd);
        const qsizetype token = m_lines.skipProperties(valueStart, lineEnd);
        if (token < lineEnd && m_lines.at(token) != '#')
            return inlineValue(i, valueStart, token, end, indent);

        // Nothing but properties or a comment: a block below, or null.
        const qsizetype keyComment = token < lineEnd ? token : -1;
        const int j = nextContentLine(i + 1, end);
        const bool below = j < end
            && (m_lines.indent(j) > indent || (m_lines.indent(j) == indent && m_lines.isSequenceItem(j)));
        if (!below) {
            Extent null;
            null.start = valueStart < token ? valueStart : key.colonEnd;
            null.end = valueStart < token ? m_lines.trimRight(valueStart, token) : key.colonEnd;
            null.lastLine = i;
            null.comment = keyComment;
            return null;
        }
        Extent block;
        block.start = m_lines.line(j).begin;
        block.comment = keyComment;
        if (m_lines.isSequenceItem(j)) {
            block.style = ValueStyle::BlockList;
            block.lastLine = blockEnd(j, end, indent, true);
        } else if (m_lines.parseKey(j)) {
            block.style = ValueStyle::BlockMap;
            block.lastLine = blockEnd(j, end, indent, false);
            *childFirst = j;
        } else {
            // A scalar or flow collection that starts on the next line.
            const qsizetype start = m_lines.firstNonBlank(j);
            Extent next = inlineValue(j, start, start, end, indent);
            if (next.comment < 0)
                next.comment = keyComment;
            return next;
        }
        block.end = m_lines.line(block.lastLine).end;
        return block;
    }

    Extent inlineValue(int i, qsizetype valueStart, qsizetype token, int end, int indent) const
    {
        Extent value;
        value.start = valueStart;
        const char c = m_lines.at(token);
        qsizetype close = -1;
        if (c == '"' || c == '\'') {
            close = m_lines.quotedEnd(token);
            value.style = c == '"' ? ValueStyle::DoubleQuoted : ValueStyle::SingleQuoted;
        } else if (c == '[' || c == '{') {
            close = m_lines.flowEnd(token);
            value.style = c == '[' ? ValueStyle::FlowList : ValueStyle::FlowMap;
        } else if (c == '|' || c == '>') {
            return blockScalar(i, valueStart, token, end, indent);
        }
        if (close > 0 && m_lines.lineOf(close - 1) < end) {
            value.end = close;
            value.lastLine = m_lines.lineOf(close - 1);
            const qsizetype lineEnd = m_lines.line(value.lastLine).end;
            const qsizetype after = m_lines.skipBlanks(close, lineEnd);
            value.comment = after < lineEnd && m_lines.at(after) == '#' ? after : -1;
            return value;
        }
        return plainScalar(i, valueStart, token, end, indent);
    }

    // A plain scalar may go on over more-indented lines until a comment.
    Extent plainScalar(int i, qsizetype valueStart, qsizetype token, int end, int indent) const
    {
        Extent value;
        value.start = valueStart;
        value.style = ValueStyle::Plain;
        value.lastLine = i;
        const qsizetype lineEnd = m_lines.line(i).end;
        value.comment = m_lines.commentIn(token, lineEnd);
        value.end = m_lines.trimRight(token, value.comment >= 0 ? value.comment : lineEnd);
        for (int k = i + 1; k < end && value.comment < 0; ++k) {
            if (m_lines.isBlank(k))
                continue;
            if (m_lines.isComment(k) || m_lines.indent(k) <= indent)
                break;
            const qsizetype start = m_lines.firstNonBlank(k);
            value.comment = m_lines.commentIn(start, m_lines.line(k).end);
            value.end = m_lines.trimRight(start, value.comment >= 0 ? value.comment : m_lines.line(k).end);
            value.lastLine = k;
        }
        return value;
    }

    Extent blockScalar(int i, qsizetype valueStart, qsizetype token, int end, int indent) const
    {
        Extent value;
        value.start = valueStart;
        value.style = ValueStyle::Block;
        const qsizetype lineEnd = m_lines.line(i).end;
        qsizetype header = token + 1;
        bool keep = false;
        while (header < lineEnd && isBlockIndicatorChar(m_lines.at(header)))
            keep |= m_lines.at(header++) == '+';
        const qsizetype after = m_lines.skipBlanks(header, lineEnd);
        value.comment = after < lineEnd && m_lines.at(after) == '#' ? after : -1;
        int last = -1;
        int k = i + 1;
        for (; k < end; ++k) {
            if (m_lines.isBlank(k))
                continue;
            if (m_lines.indent(k) <= indent)
                break;
            last = k;
        }
        // With "+" the trailing blank lines are part of the value.
        if (keep)
            for (int b = (last >= 0 ? last : i) + 1; b < end && m_lines.isBlank(b); ++b)
                last = b;
        value.lastLine = last >= 0 ? last : i;
        value.end = last >= 0 ? m_lines.line(last).end : header;
        return value;
    }

    const YamlLines &m_lines;
};

// ---- formatting ----

enum class Quote { Plain, Single, Double };

bool needsEscape(char32_t c)
{
    return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
        || (c >= 0xd800 && c <= 0xdfff);
}

QByteArray doubleQuoted(const QString &s)
{
    QByteArray out = "\"";
    const QList<uint> codes = s.toUcs4();
    for (const uint c : codes) {
        switch (c) {
        case '\\': out += "\\\\"; continue;
        case '"': out += "\\\""; continue;
        case '\n': out += "\\n"; continue;
        case '\t': out += "\\t"; continue;
        case '\r': out += "\\r"; continue;
        case 0: out += "\\0"; continue;
        case 0x85: out += "\\N"; continue;
        case 0x2028: out += "\\L"; continue;
        case 0x2029: out += "\\P"; continue;
        default: break;
        }
        if (c < 0x100 && needsEscape(c))
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
        else if (needsEscape(c))
            out += "\\u" + QByteArray::number(c >= 0xd800 && c <= 0xdfff ? 0xfffd : c, 16).toUpper();
        else {
            const char32_t code = c;
            out += QString::fromUcs4(&code, 1).toUtf8();
        }
    }
    return out + '"';
}

bool hasEscapes(const QString &s)
{
    const QList<uint> codes = s.toUcs4();
    return std::any_of(codes.cbegin(), codes.cend(), [](uint c) { return c == '\n' || needsEscape(c); });
}

// Whether YAML (1.1 or 1.2) or our reader would take the plain text for
// something other than a string: a bool, null, number or timestamp.
bool readsAsNonString(const QString &s)
{
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|=|<<)$"));
    static const QRegularExpression number(QStringLiteral(
        "^[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$"
        "|^[-+]?0(?:x[0-9a-fA-F_]+|o[0-7_]+|b[01_]+)$"));
    static const QRegularExpression timestamp(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt\\s]|$)"));
    bool ok = false;
    s.toLongLong(&ok);
    if (!ok)
        s.toDouble(&ok);
    return ok || special.match(s).hasMatch() || number.match(s).hasMatch() || timestamp.match(s).hasMatch();
}

bool plainIsSafe(const QString &s, bool inFlow)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace() || s.contains(u'\t') || hasEscapes(s))
        return false;
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(s.front()))
        return false;
    if (s.contains(QLatin1String(": ")) || s.endsWith(u':') || s.contains(QLatin1String(" #")))
        return false;
    if (inFlow && std::any_of(s.cbegin(), s.cend(), [](QChar c) { return QStringView(u",[]{}:#").contains(c); }))
        return false;
    return !readsAsNonString(s);
}

QByteArray formatString(const QString &s, Quote quote, bool inFlow)
{
    if (quote == Quote::Single && !hasEscapes(s))
        return '\'' + QString(s).replace(u'\'', QLatin1String("''")).toUtf8() + '\'';
    if (quote == Quote::Plain && plainIsSafe(s, inFlow))
        return s.toUtf8();
    return doubleQuoted(s);
}

QByteArray formatDouble(double d)
{
    if (qIsNaN(d))
        return ".nan";
    if (qIsInf(d))
        return d > 0 ? ".inf" : "-.inf";
    QByteArray text = QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1();
    // "2.0", not "2": the value must read back as a float.
    if (!text.contains('.')) {
        const qsizetype e = text.indexOf('e');
        text.insert(e < 0 ? text.size() : e, ".0");
    }
    return text;
}

QString isoDateText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    const QDateTime when = value.toDateTime();
    return when.toString(when.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

QByteArray formatAny(const QVariant &value, Quote scalars, Quote items, bool inFlow)
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
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QByteArray::number(value.toLongLong());
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return formatDouble(value.toDouble());
    case QMetaType::QDate:
    case QMetaType::QDateTime: {
        const QByteArray text = isoDateText(value).toUtf8();
        return scalars == Quote::Plain ? text : scalars == Quote::Single ? '\'' + text + '\'' : '"' + text + '"';
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QByteArrayList parts;
        for (const QVariant &item : value.toList())
            parts.append(formatAny(item, items, items, true));
        return '[' + parts.join(", ") + ']';
    }
    case QMetaType::QVariantMap: {
        QByteArrayList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(formatString(it.key(), Quote::Plain, true) + ": " + formatAny(*it, items, items, true));
        return '{' + parts.join(", ") + '}';
    }
    default:
        return formatString(value.toString(), scalars, inFlow);
    }
}

// A date, a date-time or a string written as one, as QDate / QDateTime.
QVariant asDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QDateTime)
        return value;
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString text = value.toString().trimmed();
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (date.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? QVariant(day) : QVariant();
    }
    static const QRegularExpression dateTime(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = dateTime.match(text);
    if (!m.hasMatch())
        return {};
    QString offset = m.captured(3);
    if (offset.size() == 5)
        offset.insert(3, u':');
    const QDateTime when =
        QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + offset, Qt::ISODateWithMs);
    return when.isValid() ? QVariant(when) : QVariant();
}

bool sameDate(const QVariant &a, const QVariant &b)
{
    if (a.typeId() != b.typeId())
        return false;
    return a.typeId() == QMetaType::QDate ? a.toDate() == b.toDate() : a.toDateTime() == b.toDateTime();
}

// Items compare by type and value: an old 1 is not a new "1".
bool sameItem(const QVariant &a, const QVariant &b)
{
    const auto normal = [](const QVariant &v) -> QVariant {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::Short:
            return v.toLongLong();
        case QMetaType::QStringList:
            return v.toList();
        default:
            return v;
        }
    };
    const QVariant x = normal(a);
    const QVariant y = normal(b);
    return x.typeId() == y.typeId() && x == y;
}

// For each new item, the old item it can keep as written (longest common
// subsequence), or -1.
QList<int> keptItems(const QVariantList &before, const QVariantList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    QList<int> kept(m, -1);
    if (n * m > 250000)
        return kept;
    QList<int> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = sameItem(before[i], after[j]) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (sameItem(before[i], after[j])) {
            kept[j++] = int(i++);
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

// The quoting most of a list's string items use; double quotes when none says.
Quote quoteOfItems(const QList<char> &firstChars, const QVariantList &values)
{
    int doubles = 0, singles = 0, plains = 0;
    for (qsizetype i = 0; i < firstChars.size(); ++i) {
        if (firstChars[i] == '"')
            ++doubles;
        else if (firstChars[i] == '\'')
            ++singles;
        else if (i < values.size() && values[i].typeId() == QMetaType::QString)
            ++plains;
    }
    if (doubles > 0 && doubles >= singles && doubles >= plains)
        return Quote::Double;
    if (singles > 0 && singles >= plains)
        return Quote::Single;
    return plains > 0 ? Quote::Plain : Quote::Double;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QVariant valueAtPath(const QVariantMap &values, const QStringList &path, bool *found)
{
    QVariant current = values;
    *found = false;
    for (const QString &part : path) {
        if (current.typeId() != QMetaType::QVariantMap || !current.toMap().contains(part))
            return {};
        current = current.toMap().value(part);
    }
    *found = true;
    return current;
}

// ---- editing ----

class Writer
{
public:
    Writer(QByteArrayView text, const FrontMatterDocument &document)
        : m_text(text), m_document(document), m_lines(text, document.block)
    {
    }

    std::optional<TextEdit> set(const QStringList &path, const QVariant &value, QString *error) const
    {
        if (path.isEmpty())
            return refuse(error, SurgicalWriter::tr("A key is empty."));
        if (const FrontMatterEntry *entry = m_document.find(path)) {
            if (const std::optional<QStringList> twice = writtenTwiceOnPath(path))
                return refuse(error, writtenTwice(*twice));
            return replace(*entry, value, error);
        }
        // The deepest ancestor the scanner found; below it nothing must exist
        // yet, or a key written in a way we cannot place would get a twin.
        qsizetype depth = path.size() - 1;
        while (depth > 0 && !m_document.find(path.first(depth)))
            --depth;
        bool found = false;
        valueAtPath(readFrontMatter(m_text).values, path.first(depth + 1), &found);
        if (found)
            return refuse(error, SurgicalWriter::tr("Could not find where %1 is written in the front matter.")
                                     .arg(path.first(depth + 1).join(u'.')));
        if (depth == 0)
            return insertTopLevel(path, value);
        const FrontMatterEntry *parent = m_document.find(path.first(depth));
        if (const std::optional<QStringList> twice = writtenTwiceOnPath(parent->path))
            return refuse(error, writtenTwice(*twice));
        if (parent->style == ValueStyle::BlockMap)
            return insertIntoBlockMap(*parent, path.mid(depth), value);
        if (parent->style == ValueStyle::FlowMap)
            return insertIntoFlowMap(*parent, path.mid(depth), value);
        return refuse(error, SurgicalWriter::tr("%1 is not a map of keys.").arg(parent->path.join(u'.')));
    }

    std::optional<TextEdit> remove(const QStringList &path, QString *error) const
    {
        const FrontMatterEntry *entry = m_document.find(path);
        if (!entry)
            return refuse(error, SurgicalWriter::tr("There is no key %1.").arg(path.join(u'.')));
        if (const std::optional<QStringList> twice = writtenTwiceOnPath(path))
            return refuse(error, writtenTwice(*twice));
        if (path.size() > 1) {
            const FrontMatterEntry *parent = m_document.find(path.first(path.size() - 1));
            // A map left without keys reads as null; write it as an empty map.
            if (parent && parent->style == ValueStyle::BlockMap && parent->value.toMap().size() == 1) {
                const qsizetype after = propertiesEnd(*parent);
                if (after < 0)
                    return refuse(error, cannotPlace(parent->path));
                return TextEdit{after, entry->entrySpan.end, " {}" + m_lines.bytes(after, entry->entrySpan.start)};
            }
        }
        return TextEdit{entry->entrySpan.start, entry->entrySpan.end, {}};
    }

private:
    static std::optional<TextEdit> refuse(QString *error, const QString &message)
    {
        fail(error, message);
        return std::nullopt;
    }
    static QString writtenTwice(const QStringList &path)
    {
        return SurgicalWriter::tr("%1 is written more than once; remove the extra copies first.").arg(path.join(u'.'));
    }
    static QString cannotPlace(const QStringList &path)
    {
        return SurgicalWriter::tr("Could not find where %1 is written in the front matter.").arg(path.join(u'.'));
    }

    int occurrences(const QStringList &path) const
    {
        return int(std::count_if(m_document.entries.cbegin(), m_document.entries.cend(),
                                 [&](const FrontMatterEntry &e) { return e.path == path; }));
    }
    // Below a key written twice, which copy is meant is anyone's guess.
    std::optional<QStringList> writtenTwiceOnPath(const QStringList &path) const
    {
        for (qsizetype depth = 1; depth <= path.size(); ++depth)
            if (occurrences(path.first(depth)) > 1)
                return path.first(depth);
        return std::nullopt;
    }

    // Just after ':' and any anchor or tag on the key's line, or -1.
    qsizetype propertiesEnd(const FrontMatterEntry &entry) const
    {
        const int i = m_lines.lineOf(entry.keySpan.start);
        const qsizetype lineEnd = m_lines.line(i).end;
        const qsizetype colon = m_lines.skipBlanks(entry.keySpan.end, lineEnd);
        if (m_lines.at(colon) != ':')
            return -1;
        qsizetype end = colon + 1;
        for (qsizetype p = m_lines.skipBlanks(end, lineEnd);
             p < lineEnd && (m_lines.at(p) == '&' || m_lines.at(p) == '!');
             p = m_lines.skipBlanks(end, lineEnd)) {
            while (p < lineEnd && !isBlankChar(m_lines.at(p)))
                ++p;
            end = p;
        }
        return end;
    }

    QByteArray lineEnding(const FrontMatterEntry &entry) const
    {
        return m_lines.lineEnding(m_lines.lineOf(entry.keySpan.start));
    }

    // The value's anchor or tag, kept in front of the new value.
    qsizetype valueToken(const FrontMatterEntry &entry) const
    {
        const qsizetype limit =
            std::min(entry.valueSpan.end, m_lines.line(m_lines.lineOf(entry.valueSpan.start)).end);
        return std::min(m_lines.skipProperties(entry.valueSpan.start, limit), entry.valueSpan.end);
    }

    // valueSpan replaced by the new value written inline.
    TextEdit inlineEdit(const FrontMatterEntry &entry, const QByteArray &written, const QByteArray &suffix = {}) const
    {
        const qsizetype token = valueToken(entry);
        QByteArray replacement = m_lines.bytes(entry.valueSpan.start, token);
        if (entry.valueSpan.length() == 0 || (!replacement.isEmpty() && token == entry.valueSpan.end))
            replacement += ' '; // "key:" or "key: &a" had no room for a value
        return TextEdit{entry.valueSpan.start, entry.valueSpan.end, replacement + written + suffix};
    }

    // A block list or map below the key becomes a value on the key's line;
    // comment lines between the key and the block stay.
    std::optional<TextEdit> valueOnKeyLine(const FrontMatterEntry &entry, const QByteArray &written,
                                           QString *error) const
    {
        const qsizetype after = propertiesEnd(entry);
        if (after < 0)
            return refuse(error, cannotPlace(entry.path));
        const qsizetype lineEnd = m_lines.line(m_lines.lineOf(entry.keySpan.start)).end;
        QByteArray between = m_lines.bytes(lineEnd, m_lines.line(m_lines.lineOf(entry.valueSpan.start)).begin);
        between.chop(between.endsWith("\r\n") ? 2 : between.endsWith('\n') ? 1 : 0);
        const QByteArray replacement = ' ' + written + m_lines.bytes(after, lineEnd) + between;
        return TextEdit{after, std::max(lineEnd, entry.valueSpan.end), replacement};
    }

    std::optional<TextEdit> newValue(const FrontMatterEntry &entry, const QByteArray &written, QString *error) const
    {
        switch (entry.style) {
        case ValueStyle::BlockList:
        case ValueStyle::BlockMap:
            return valueOnKeyLine(entry, written, error);
        case ValueStyle::Block: {
            // Keep the comment after "|" on its line.
            const qsizetype token = valueToken(entry);
            const qsizetype lineEnd = m_lines.line(m_lines.lineOf(token)).end;
            qsizetype header = token + 1;
            while (header < lineEnd && isBlockIndicatorChar(m_lines.at(header)))
                ++header;
            return inlineEdit(entry, written, m_lines.bytes(header, std::min(lineEnd, entry.valueSpan.end)));
        }
        default:
            return inlineEdit(entry, written);
        }
    }

    std::optional<TextEdit> replace(const FrontMatterEntry &entry, const QVariant &value, QString *error) const
    {
        if (isList(value)) {
            const QVariantList list = value.toList();
            if (entry.style == ValueStyle::FlowList)
                if (std::optional<QByteArray> written = flowList(entry, list))
                    return inlineEdit(entry, *written);
            if (entry.style == ValueStyle::BlockList && !list.isEmpty())
                return TextEdit{entry.valueSpan.start, entry.valueSpan.end, blockList(entry, list)};
            return newValue(entry, formatAny(list, Quote::Double, Quote::Double, true), error);
        }
        if (value.typeId() == QMetaType::QVariantMap)
            return newValue(entry, formatAny(value, Quote::Double, Quote::Double, true), error);
        if (entry.style == ValueStyle::Block && value.typeId() == QMetaType::QString)
            if (std::optional<QByteArray> written = blockScalar(entry, value.toString()))
                return inlineEdit(entry, *written);
        return newValue(entry, scalarLike(entry, value), error);
    }

    // The value in the entry's quoting; a date in the shape the old one had.
    QByteArray scalarLike(const FrontMatterEntry &entry, const QVariant &value) const
    {
        const Quote quote = entry.style == ValueStyle::SingleQuoted ? Quote::Single
            : entry.style == ValueStyle::DoubleQuoted               ? Quote::Double
                                                                    : Quote::Plain;
        const QVariant when = asDate(value);
        if ((entry.kind == ValueKind::Date || entry.kind == ValueKind::DateTime) && when.isValid()) {
            const QString oldText = entry.value.toString();
            const bool oldHasTime = entry.kind == ValueKind::DateTime;
            QString text = isoDateText(when);
            if (oldHasTime == (when.typeId() == QMetaType::QDateTime)) {
                // The shape must not change the moment (a zone-less shape and an offset do).
                const QString shaped = dateTextLike(oldText, when);
                if (sameDate(asDate(shaped), when))
                    text = shaped;
            }
            const QByteArray bytes = text.toUtf8();
            return quote == Quote::Plain ? bytes : quote == Quote::Single ? '\'' + bytes + '\'' : '"' + bytes + '"';
        }
        return formatAny(value, quote, Quote::Double, false);
    }

    // ---- flow lists ----

    struct FlowItems
    {
        QList<ByteSpan> items;
        bool trailingComma = false;
        QByteArray separator = ", ";
        QByteArray padding;
    };

    std::optional<FlowItems> splitFlowList(qsizetype open, qsizetype close) const
    {
        FlowItems flow;
        if (m_lines.at(open + 1) == ' ')
            flow.padding = " ";
        qsizetype start = -1;
        qsizetype end = -1;
        int depth = 0;
        bool tokenStart = true;
        bool firstComma = true;
        for (qsizetype p = open + 1; p < close; ++p) {
            const char c = m_lines.at(p);
            if (c == '\n' || c == '\r' || isBlankChar(c)) {
                tokenStart = true;
                continue;
            }
            if (c == '#' && m_lines.isWhitespaceBefore(p)) {
                const qsizetype nl = m_text.indexOf('\n', p);
                if (nl < 0 || nl >= close)
                    return std::nullopt;
                p = nl - 1;
                continue;
            }
            if (c == ',' && depth == 0) {
                if (firstComma && m_lines.at(p + 1) != ' ' && m_lines.at(p + 1) != '\n' && m_lines.at(p + 1) != '\r')
                    flow.separator = ",";
                firstComma = false;
                flow.trailingComma = start < 0;
                if (start >= 0)
                    flow.items.append({start, end});
                start = -1;
                tokenStart = true;
                continue;
            }
            if (start < 0)
                start = p;
            if ((c == '"' || c == '\'') && tokenStart) {
                const qsizetype quoteEnd = m_lines.quotedEnd(p);
                if (quoteEnd < 0 || quoteEnd > close)
                    return std::nullopt;
                p = quoteEnd - 1;
                end = quoteEnd;
                tokenStart = false;
                continue;
            }
            if (c == '[' || c == '{')
                ++depth;
            else if (c == ']' || c == '}')
                --depth;
            tokenStart = c == '[' || c == '{' || c == ',' || c == ':';
            end = p + 1;
        }
        if (start >= 0) {
            flow.items.append({start, end});
            flow.trailingComma = false;
        }
        return flow;
    }

    // Items that stay keep their bytes; new ones take the quoting most items
    // have. A list over several lines keeps "one item a line"; comments inside
    // it cannot be tied to items and are dropped.
    std::optional<QByteArray> flowList(const FrontMatterEntry &entry, const QVariantList &list) const
    {
        const qsizetype open = valueToken(entry);
        const qsizetype close = entry.valueSpan.end - 1;
        if (m_lines.at(open) != '[' || m_lines.at(close) != ']')
            return std::nullopt;
        const std::optional<FlowItems> flow = splitFlowList(open, close);
        if (!flow)
            return std::nullopt;
        const QVariantList old = entry.value.toList();
        const bool reuse = old.size() == flow->items.size();
        QList<char> firstChars;
        for (const ByteSpan &item : flow->items)
            firstChars.append(m_lines.at(item.start));
        const Quote quote = quoteOfItems(firstChars, old);
        const QList<int> kept = reuse ? keptItems(old, list) : QList<int>(list.size(), -1);
        QByteArrayList items;
        for (qsizetype j = 0; j < list.size(); ++j)
            items.append(kept[j] >= 0 ? m_lines.bytes(flow->items[kept[j]].start, flow->items[kept[j]].end)
                                      : formatAny(list[j], quote, quote, true));
        if (items.isEmpty())
            return QByteArray("[]");

        const int openLine = m_lines.lineOf(open);
        const int closeLine = m_lines.lineOf(close);
        const int firstItemLine = flow->items.isEmpty() ? openLine : m_lines.lineOf(flow->items.first().start);
        if (openLine == closeLine || firstItemLine == openLine)
            return '[' + flow->padding + items.join(flow->separator) + (flow->trailingComma ? "," : "")
                + flow->padding + ']';
        const QByteArray eol = m_lines.lineEnding(openLine);
        const QByteArray itemIndent = m_lines.bytes(m_lines.line(firstItemLine).begin, flow->items.first().start);
        if (!itemIndent.trimmed().isEmpty())
            return '[' + items.join(", ") + ']';
        const int lastItemLine = m_lines.lineOf(flow->items.last().end - 1);
        QByteArray written = '[' + eol;
        for (qsizetype j = 0; j < items.size(); ++j)
            written += itemIndent + items[j] + (j + 1 < items.size() || flow->trailingComma ? "," : "")
                + (j + 1 < items.size() ? eol : QByteArray());
        if (closeLine != lastItemLine)
            written += eol + m_lines.bytes(m_lines.line(closeLine).begin, close);
        return written + ']';
    }

    // ---- block lists ----

    // Items that stay keep their lines (and their comments); comment lines
    // between items stay where they are; new items get the first item's
    // indent and "- " marker.
    QByteArray blockList(const FrontMatterEntry &entry, const QVariantList &list) const
    {
        const int first = m_lines.lineOf(entry.valueSpan.start);
        const int last = m_lines.lineOf(entry.valueSpan.end);
        const int itemIndent = m_lines.indent(first);
        const QByteArray eol = lineEnding(entry);
        const QByteArray indentBytes = m_lines.bytes(m_lines.line(first).begin, m_lines.line(first).begin + itemIndent);
        const qsizetype dash = m_lines.firstNonBlank(first);
        qsizetype markerEnd = dash + 1;
        while (m_lines.at(markerEnd) == ' ' && markerEnd < m_lines.line(first).end)
            ++markerEnd;
        QByteArray marker = m_lines.bytes(dash, markerEnd);
        if (marker == "-" || markerEnd >= m_lines.line(first).end)
            marker = "- ";

        struct Segment
        {
            int first;
            int last;
            int item; // -1: a line between items
        };
        QList<Segment> segments;
        QList<int> pending; // blank and comment lines not yet placed
        int items = 0;
        for (int k = first; k <= last; ++k) {
            if (!m_lines.isContent(k)) {
                pending.append(k);
                continue;
            }
            if (m_lines.indent(k) <= itemIndent && m_lines.isSequenceItem(k)) {
                for (int p : std::as_const(pending))
                    segments.append({p, p, -1});
                segments.append({k, k, items++});
            } else if (!segments.isEmpty() && segments.last().item >= 0) {
                segments.last().last = k; // the item goes on, pending lines with it
            } else {
                for (int p : std::as_const(pending))
                    segments.append({p, p, -1});
                segments.append({k, k, -1});
            }
            pending.clear();
        }

        const QVariantList old = entry.value.toList();
        const bool reuse = old.size() == items;
        QList<char> firstChars;
        for (const Segment &s : std::as_const(segments))
            if (s.item >= 0)
                firstChars.append(m_lines.at(m_lines.skipBlanks(m_lines.firstNonBlank(s.first) + 1,
                                                                m_lines.line(s.first).end)));
        const Quote quote = quoteOfItems(firstChars, old);
        const auto newLine = [&](const QVariant &item) {
            return indentBytes + marker + formatAny(item, quote, Quote::Double, false);
        };

        QByteArrayList out;
        if (!reuse) { // the parser and the scanner disagree: write every item anew
            for (const QVariant &item : list)
                out.append(newLine(item));
            return out.join(eol);
        }
        const QList<int> kept = keptItems(old, list);
        QList<int> newIndexOf(old.size(), -1);
        for (qsizetype j = 0; j < kept.size(); ++j)
            if (kept[j] >= 0)
                newIndexOf[kept[j]] = int(j);
        // New items before the first kept one lead; the others follow the kept item before them.
        qsizetype next = 0;
        const auto emitNewUpTo = [&](qsizetype limit) {
            for (; next < limit && next < list.size(); ++next)
                if (kept[next] < 0)
                    out.append(newLine(list[next]));
        };
        const auto firstKept = std::find_if(kept.cbegin(), kept.cend(), [](int k) { return k >= 0; });
        emitNewUpTo(firstKept - kept.cbegin());
        for (const Segment &s : std::as_const(segments)) {
            const QByteArray bytes = m_lines.bytes(m_lines.line(s.first).begin, m_lines.line(s.last).end);
            if (s.item < 0) {
                out.append(bytes);
                continue;
            }
            const int j = newIndexOf[s.item];
            if (j < 0)
                continue;
            out.append(bytes);
            next = j + 1;
            const auto nextKept = std::find_if(kept.cbegin() + next, kept.cend(), [](int k) { return k >= 0; });
            emitNewUpTo(nextKept - kept.cbegin());
        }
        emitNewUpTo(list.size());
        return out.join(eol);
    }

    // ---- block scalars ----

    // The string as a | or > block with the old indent and header comment;
    // nullopt when a block cannot hold it exactly (then it is quoted inline).
    std::optional<QByteArray> blockScalar(const FrontMatterEntry &entry, const QString &value) const
    {
        const qsizetype token = valueToken(entry);
        const int headerLine = m_lines.lineOf(token);
        const qsizetype lineEnd = m_lines.line(headerLine).end;
        const char indicator = m_lines.at(token);
        if (indicator != '|' && indicator != '>')
            return std::nullopt;
        qsizetype header = token + 1;
        while (header < lineEnd && isBlockIndicatorChar(m_lines.at(header)))
            ++header;

        if (value.contains(u'\r') || hasEscapesBesidesLineBreaks(value))
            return std::nullopt;
        qsizetype trailing = 0;
        while (trailing < value.size() && value[value.size() - 1 - trailing] == u'\n')
            ++trailing;
        const QString body = value.first(value.size() - trailing);
        if (body.isEmpty())
            return std::nullopt;
        const QStringList lines = body.split(u'\n');
        for (const QString &line : lines)
            if (!line.isEmpty() && line.trimmed().isEmpty())
                return std::nullopt; // a line of blanks would change the detected indent
        const auto firstText = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return !l.isEmpty(); });
        if (firstText->front().isSpace())
            return std::nullopt; // would need an indentation indicator
        const int lastLine = m_lines.lineOf(entry.valueSpan.end);
        if (trailing > 1 && lastLine + 1 < m_lines.count() && m_lines.isBlank(lastLine + 1))
            return std::nullopt; // "+" would swallow the blank line after the value

        QByteArray indent;
        for (int k = headerLine + 1; k <= lastLine; ++k)
            if (!m_lines.isBlank(k)) {
                indent = m_lines.bytes(m_lines.line(k).begin, m_lines.line(k).begin + m_lines.indent(k));
                break;
            }
        if (indent.isEmpty())
            indent = QByteArray(entry.indent + 2, ' ');

        // Folded text joins lines with spaces; a line break is an empty line.
        const bool folded = indicator == '>' && body.front() != u'\n'
            && std::none_of(lines.cbegin(), lines.cend(), [](const QString &l) { return !l.isEmpty() && l.front().isSpace(); });
        QStringList source;
        if (folded) {
            source.append(lines.first());
            for (qsizetype i = 1; i < lines.size(); ++i) {
                source.append(QString());
                if (!lines[i].isEmpty())
                    source.append(lines[i]);
            }
        } else {
            source = lines;
        }
        const QByteArray eol = m_lines.lineEnding(headerLine);
        QByteArray written = QByteArray(1, folded ? '>' : '|') + (trailing == 0 ? "-" : trailing == 1 ? "" : "+")
            + m_lines.bytes(header, std::min(lineEnd, entry.valueSpan.end));
        for (const QString &line : std::as_const(source))
            written += eol + (line.isEmpty() ? QByteArray() : indent + line.toUtf8());
        for (qsizetype i = 1; i < trailing; ++i)
            written += eol;
        return written;
    }

    static bool hasEscapesBesidesLineBreaks(const QString &s)
    {
        const QList<uint> codes = s.toUcs4();
        return std::any_of(codes.cbegin(), codes.cend(), [](uint c) { return c != '\n' && needsEscape(c); });
    }

    // ---- new keys ----

    QByteArray keyText(const QString &key) const { return formatString(key, Quote::Plain, false); }

    int indentUnit() const
    {
        int unit = 0;
        for (const FrontMatterEntry &child : m_document.entries) {
            if (child.path.size() < 2)
                continue;
            if (const FrontMatterEntry *parent = m_document.find(child.path.first(child.path.size() - 1))) {
                const int step = child.indent - parent->indent;
                if (step > 0 && (unit == 0 || step < unit))
                    unit = step;
            }
        }
        return unit > 0 ? unit : 2;
    }

    // "key: value" lines for chain (the last part gets the value), the first at indent.
    QByteArray keyLines(const QStringList &chain, const QVariant &value, int indent, const QByteArray &eol) const
    {
        QByteArray lines;
        const int unit = indentUnit();
        for (qsizetype i = 0; i < chain.size(); ++i) {
            lines += QByteArray(indent + int(i) * unit, ' ') + keyText(chain[i]) + ':';
            if (i + 1 == chain.size())
                lines += ' ' + formatAny(value, Quote::Plain, Quote::Double, false);
            lines += eol;
        }
        return lines;
    }

    std::optional<TextEdit> insertTopLevel(const QStringList &path, const QVariant &value) const
    {
        qsizetype at = m_lines.contentEnd();
        int indent = 0;
        bool first = true;
        for (const FrontMatterEntry &entry : m_document.entries) {
            if (entry.path.size() != 1)
                continue;
            if (first)
                indent = entry.indent;
            first = false;
            at = entry.entrySpan.end;
        }
        return TextEdit{at, at, keyLines(path, value, indent, m_lines.lineEndingBefore(at))};
    }

    std::optional<TextEdit> insertIntoBlockMap(const FrontMatterEntry &parent, const QStringList &chain,
                                               const QVariant &value) const
    {
        int indent = parent.indent + indentUnit();
        for (const FrontMatterEntry &entry : m_document.entries)
            if (entry.path.size() == parent.path.size() + 1 && entry.path.first(parent.path.size()) == parent.path) {
                indent = entry.indent;
                break;
            }
        const qsizetype at = parent.entrySpan.end;
        return TextEdit{at, at, keyLines(chain, value, indent, m_lines.lineEndingBefore(at))};
    }

    // "{a: 1}" becomes "{a: 1, key: value}": the new pair goes before the closing brace.
    std::optional<TextEdit> insertIntoFlowMap(const FrontMatterEntry &parent, const QStringList &chain,
                                              const QVariant &value) const
    {
        QVariant nested = value;
        for (qsizetype i = chain.size() - 1; i > 0; --i)
            nested = QVariantMap{{chain[i], nested}};
        const qsizetype open = valueToken(parent);
        qsizetype close = parent.valueSpan.end - 1;
        if (m_lines.at(open) != '{' || m_lines.at(close) != '}')
            return std::nullopt;
        qsizetype at = close;
        while (at > open + 1 && (isBlankChar(m_lines.at(at - 1)) || m_lines.at(at - 1) == '\n' || m_lines.at(at - 1) == '\r'))
            --at;
        const bool empty = at == open + 1;
        const bool comma = m_lines.at(at - 1) == ',';
        const QByteArray pair =
            formatString(chain.first(), Quote::Plain, true) + ": " + formatAny(nested, Quote::Plain, Quote::Double, true);
        return TextEdit{at, at, (empty ? QByteArray() : comma ? QByteArray(" ") : QByteArray(", ")) + pair};
    }

    QByteArrayView m_text;
    const FrontMatterDocument &m_document;
    YamlLines m_lines;
};

// Whatever happens above, an edit never leaves the block.
std::optional<TextEdit> insideBlock(std::optional<TextEdit> edit, const FrontMatterBlock &block, QString *error)
{
    if (edit && (edit->start < block.contentStart || edit->end > block.contentEnd || edit->start > edit->end)) {
        fail(error, SurgicalWriter::tr("The edit fell outside the front matter."));
        return std::nullopt;
    }
    return edit;
}

} // namespace

namespace YamlFrontMatter {

void scan(QByteArrayView text, FrontMatterDocument &document)
{
    document.entries.clear();
    const YamlLines lines(text, document.block);
    int first = 0;
    while (first < lines.count() && !lines.isContent(first))
        ++first;
    if (first < lines.count())
        Scanner(lines).scanMap(first, lines.count(), lines.indent(first), {}, document.entries);
}

std::optional<TextEdit> setValue(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const QVariant &value, QString *error)
{
    const std::optional<TextEdit> edit = Writer(text, document).set(path, value, error);
    if (!edit && error && error->isEmpty())
        *error = SurgicalWriter::tr("Could not find where %1 is written in the front matter.").arg(path.join(u'.'));
    return insideBlock(edit, document.block, error);
}

std::optional<TextEdit> removeKey(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                  QString *error)
{
    return insideBlock(Writer(text, document).remove(path, error), document.block, error);
}

QByteArray formatValue(const QVariant &value, ValueStyle style)
{
    const Quote scalars = style == ValueStyle::SingleQuoted ? Quote::Single
        : style == ValueStyle::DoubleQuoted                 ? Quote::Double
                                                            : Quote::Plain;
    const Quote items = style == ValueStyle::SingleQuoted ? Quote::Single : Quote::Double;
    return formatAny(value, scalars, items, false);
}

} // namespace YamlFrontMatter

} // namespace Postwright
