#include "yamlwriter.h"

#include "frontmatterbackend.h"
#include "surgicalwriter.h"
#include "yamlscalars.h"
#include "yamlscanner.h"

#include <QDateTime>

#include <algorithm>

namespace Postwright {

namespace {

QString writtenTwice(const QStringList &path)
{
    return SurgicalWriter::tr("%1 is written more than once; remove the extra copies first.").arg(path.join(u'.'));
}

QString cannotPlace(const QStringList &path)
{
    return SurgicalWriter::tr("Could not find where %1 is written in the front matter.").arg(path.join(u'.'));
}

bool hasEscapesBesidesLineBreaks(const QString &s)
{
    const QList<uint> codes = s.toUcs4();
    return std::any_of(codes.cbegin(), codes.cend(), [](uint c) { return c != '\n' && YamlScalars::needsEscape(c); });
}

QByteArray keyText(const QString &key)
{
    return YamlScalars::formatString(key, ValueStyle::Plain, false);
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
ValueStyle quoteOfItems(const QList<char> &firstChars, const QVariantList &values)
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
        return ValueStyle::DoubleQuoted;
    if (singles > 0 && singles >= plains)
        return ValueStyle::SingleQuoted;
    return plains > 0 ? ValueStyle::Plain : ValueStyle::DoubleQuoted;
}

} // namespace

YamlWriter::YamlWriter(const FrontMatterBackend &yaml, QByteArrayView text, const FrontMatterDocument &document)
    : m_yaml(yaml)
    , m_text(text)
    , m_document(document)
    , m_lines(text, document.block)
{
}

std::optional<TextEdit> YamlWriter::set(const QStringList &path, const QVariant &value, QString *error) const
{
    if (path.isEmpty())
        return FrontMatterBackend::refuse(error, SurgicalWriter::tr("A key is empty."));
    if (const FrontMatterEntry *entry = m_document.find(path)) {
        if (const std::optional<QStringList> twice = writtenTwiceOnPath(path))
            return FrontMatterBackend::refuse(error, writtenTwice(*twice));
        return replace(*entry, value, error);
    }
    // The deepest ancestor the scanner found; below it nothing must exist
    // yet, or a key written in a way we cannot place would get a twin.
    qsizetype depth = path.size() - 1;
    while (depth > 0 && !m_document.find(path.first(depth)))
        --depth;
    bool found = false;
    FrontMatterValues::valueAt(m_document.values(), path.first(depth + 1), &found);
    if (found && !mergesInto(path.first(depth)))
        return FrontMatterBackend::refuse(error, SurgicalWriter::tr("Could not find where %1 is written in the front matter.")
                                 .arg(path.first(depth + 1).join(u'.')));
    if (depth == 0)
        return insertTopLevel(path, value);
    const FrontMatterEntry *parent = m_document.find(path.first(depth));
    if (const std::optional<QStringList> twice = writtenTwiceOnPath(parent->path))
        return FrontMatterBackend::refuse(error, writtenTwice(*twice));
    if (parent->style == ValueStyle::BlockMap)
        return insertIntoBlockMap(*parent, path.mid(depth), value);
    if (parent->style == ValueStyle::FlowMap)
        return insertIntoFlowMap(*parent, path.mid(depth), value);
    return FrontMatterBackend::refuse(error, SurgicalWriter::tr("%1 is not a map of keys.").arg(parent->path.join(u'.')));
}

std::optional<TextEdit> YamlWriter::remove(const QStringList &path, QString *error) const
{
    const FrontMatterEntry *entry = m_document.find(path);
    if (!entry)
        return FrontMatterBackend::refuse(error, SurgicalWriter::tr("There is no key %1.").arg(path.join(u'.')));
    if (const std::optional<QStringList> twice = writtenTwiceOnPath(path))
        return FrontMatterBackend::refuse(error, writtenTwice(*twice));
    if (path.size() > 1) {
        const FrontMatterEntry *parent = m_document.find(path.first(path.size() - 1));
        // A map left without keys reads as null; write it as an empty map.
        if (parent && parent->style == ValueStyle::BlockMap && parent->value.toMap().size() == 1) {
            const qsizetype after = propertiesEnd(*parent);
            if (after < 0)
                return FrontMatterBackend::refuse(error, cannotPlace(parent->path));
            return TextEdit{after, entry->entrySpan.end, " {}" + m_lines.bytes(after, entry->entrySpan.start)};
        }
    }
    return TextEdit{entry->entrySpan.start, entry->entrySpan.end, {}};
}

int YamlWriter::occurrences(const QStringList &path) const
{
    return int(std::count_if(m_document.entries.cbegin(), m_document.entries.cend(),
                             [&](const FrontMatterEntry &e) { return e.path == path; }));
}

// Below a key written twice, which copy is meant is anyone's guess.
std::optional<QStringList> YamlWriter::writtenTwiceOnPath(const QStringList &path) const
{
    for (qsizetype depth = 1; depth <= path.size(); ++depth)
        if (occurrences(path.first(depth)) > 1)
            return path.first(depth);
    return std::nullopt;
}

// Just after ':' and any anchor or tag on the key's line, or -1.
qsizetype YamlWriter::propertiesEnd(const FrontMatterEntry &entry) const
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
        while (p < lineEnd && !YamlLines::isBlankChar(m_lines.at(p)))
            ++p;
        end = p;
    }
    return end;
}

QByteArray YamlWriter::lineEnding(const FrontMatterEntry &entry) const
{
    return m_lines.lineEnding(m_lines.lineOf(entry.keySpan.start));
}

// The value's anchor or tag, kept in front of the new value.
qsizetype YamlWriter::valueToken(const FrontMatterEntry &entry) const
{
    const qsizetype limit =
        std::min(entry.valueSpan.end, m_lines.line(m_lines.lineOf(entry.valueSpan.start)).end);
    return std::min(m_lines.skipProperties(entry.valueSpan.start, limit), entry.valueSpan.end);
}

// valueSpan replaced by the new value written inline.
TextEdit YamlWriter::inlineEdit(const FrontMatterEntry &entry, const QByteArray &written, const QByteArray &suffix) const
{
    const qsizetype token = valueToken(entry);
    QByteArray replacement = m_lines.bytes(entry.valueSpan.start, token);
    if (entry.valueSpan.length() == 0 || (!replacement.isEmpty() && token == entry.valueSpan.end))
        replacement += ' '; // "key:" or "key: &a" had no room for a value
    return TextEdit{entry.valueSpan.start, entry.valueSpan.end, replacement + written + suffix};
}

// A block list or map below the key becomes a value on the key's line;
// comment lines between the key and the block stay.
std::optional<TextEdit> YamlWriter::valueOnKeyLine(const FrontMatterEntry &entry, const QByteArray &written,
                                       QString *error) const
{
    const qsizetype after = propertiesEnd(entry);
    if (after < 0)
        return FrontMatterBackend::refuse(error, cannotPlace(entry.path));
    const qsizetype lineEnd = m_lines.line(m_lines.lineOf(entry.keySpan.start)).end;
    QByteArray between = m_lines.bytes(lineEnd, m_lines.line(m_lines.lineOf(entry.valueSpan.start)).begin);
    between.chop(between.endsWith("\r\n") ? 2 : between.endsWith('\n') ? 1 : 0);
    const QByteArray replacement = ' ' + written + m_lines.bytes(after, lineEnd) + between;
    return TextEdit{after, std::max(lineEnd, entry.valueSpan.end), replacement};
}

std::optional<TextEdit> YamlWriter::newValue(const FrontMatterEntry &entry, const QByteArray &written, QString *error) const
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
        while (header < lineEnd && YamlLines::isBlockIndicatorChar(m_lines.at(header)))
            ++header;
        return inlineEdit(entry, written, m_lines.bytes(header, std::min(lineEnd, entry.valueSpan.end)));
    }
    default:
        return inlineEdit(entry, written);
    }
}

std::optional<TextEdit> YamlWriter::replace(const FrontMatterEntry &entry, const QVariant &value, QString *error) const
{
    if (FrontMatterValues::isList(value)) {
        const QVariantList list = value.toList();
        if (entry.style == ValueStyle::FlowList)
            if (std::optional<QByteArray> written = flowList(entry, list))
                return inlineEdit(entry, *written);
        if (entry.style == ValueStyle::BlockList && !list.isEmpty())
            return TextEdit{entry.valueSpan.start, entry.valueSpan.end, blockList(entry, list)};
        return newValue(entry, m_yaml.formatValue(list, ValueStyle::DoubleQuoted, ValueStyle::DoubleQuoted, true), error);
    }
    if (value.typeId() == QMetaType::QVariantMap)
        return newValue(entry, m_yaml.formatValue(value, ValueStyle::DoubleQuoted, ValueStyle::DoubleQuoted, true), error);
    if (entry.style == ValueStyle::Block && value.typeId() == QMetaType::QString)
        if (std::optional<QByteArray> written = blockScalar(entry, value.toString()))
            return inlineEdit(entry, *written);
    return newValue(entry, scalarLike(entry, value), error);
}

// The value in the entry's quoting; a date in the shape the old one had.
QByteArray YamlWriter::scalarLike(const FrontMatterEntry &entry, const QVariant &value) const
{
    const ValueStyle quote = entry.style == ValueStyle::SingleQuoted ? ValueStyle::SingleQuoted
        : entry.style == ValueStyle::DoubleQuoted               ? ValueStyle::DoubleQuoted
                                                                : ValueStyle::Plain;
    const QVariant when = FrontMatterValues::asDate(value);
    if ((entry.kind == ValueKind::Date || entry.kind == ValueKind::DateTime) && when.isValid()) {
        const QString oldText = entry.value.toString();
        const bool oldHasTime = entry.kind == ValueKind::DateTime;
        QString text = FrontMatterValues::isoDateText(when);
        if (oldHasTime == (when.typeId() == QMetaType::QDateTime)) {
            // The shape must not change the moment (a zone-less shape and an offset do).
            const QString shaped = FrontMatterValues::dateTextLike(oldText, when);
            if (sameDate(FrontMatterValues::asDate(shaped), when))
                text = shaped;
        }
        const QByteArray bytes = text.toUtf8();
        return quote == ValueStyle::Plain ? bytes : quote == ValueStyle::SingleQuoted ? '\'' + bytes + '\'' : '"' + bytes + '"';
    }
    return m_yaml.formatValue(value, quote, ValueStyle::DoubleQuoted, false);
}

std::optional<YamlWriter::FlowItems> YamlWriter::splitFlowList(qsizetype open, qsizetype close) const
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
        if (c == '\n' || c == '\r' || YamlLines::isBlankChar(c)) {
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
std::optional<QByteArray> YamlWriter::flowList(const FrontMatterEntry &entry, const QVariantList &list) const
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
    const ValueStyle quote = quoteOfItems(firstChars, old);
    const QList<int> kept = reuse ? keptItems(old, list) : QList<int>(list.size(), -1);
    QByteArrayList items;
    for (qsizetype j = 0; j < list.size(); ++j)
        items.append(kept[j] >= 0 ? m_lines.bytes(flow->items[kept[j]].start, flow->items[kept[j]].end)
                                  : m_yaml.formatValue(list[j], quote, quote, true));
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

// Items that stay keep their lines (and their comments); comment lines
// between items stay where they are; new items get the first item's
// indent and "- " marker.
QByteArray YamlWriter::blockList(const FrontMatterEntry &entry, const QVariantList &list) const
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
    const ValueStyle quote = quoteOfItems(firstChars, old);
    const auto newLine = [&](const QVariant &item) {
        return indentBytes + marker + m_yaml.formatValue(item, quote, ValueStyle::DoubleQuoted, false);
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

// The string as a | or > block with the old indent and header comment;
// nullopt when a block cannot hold it exactly (then it is quoted inline).
std::optional<QByteArray> YamlWriter::blockScalar(const FrontMatterEntry &entry, const QString &value) const
{
    const qsizetype token = valueToken(entry);
    const int headerLine = m_lines.lineOf(token);
    const qsizetype lineEnd = m_lines.line(headerLine).end;
    const char indicator = m_lines.at(token);
    if (indicator != '|' && indicator != '>')
        return std::nullopt;
    qsizetype header = token + 1;
    while (header < lineEnd && YamlLines::isBlockIndicatorChar(m_lines.at(header)))
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

int YamlWriter::indentUnit() const
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
QByteArray YamlWriter::keyLines(const QStringList &chain, const QVariant &value, int indent, const QByteArray &eol) const
{
    QByteArray lines;
    const int unit = indentUnit();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        lines += QByteArray(indent + int(i) * unit, ' ') + keyText(chain[i]) + ':';
        if (i + 1 == chain.size())
            lines += ' ' + m_yaml.formatValue(value, ValueStyle::Plain, ValueStyle::DoubleQuoted, false);
        lines += eol;
    }
    return lines;
}

std::optional<TextEdit> YamlWriter::insertTopLevel(const QStringList &path, const QVariant &value) const
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

std::optional<TextEdit> YamlWriter::insertIntoBlockMap(const FrontMatterEntry &parent, const QStringList &chain,
                                           const QVariant &value) const
{
    // Its keys' indent: the first line below it holds one (or a merge key).
    int indent = parent.valueSpan.isValid() ? m_lines.indent(m_lines.lineOf(parent.valueSpan.start))
                                            : parent.indent + indentUnit();
    for (const FrontMatterEntry &entry : m_document.entries)
        if (entry.path.size() == parent.path.size() + 1 && entry.path.first(parent.path.size()) == parent.path) {
            indent = entry.indent;
            break;
        }
    const qsizetype at = parent.entrySpan.end;
    return TextEdit{at, at, keyLines(chain, value, indent, m_lines.lineEndingBefore(at))};
}

// "{a: 1}" becomes "{a: 1, key: value}": the new pair goes before the closing brace.
std::optional<TextEdit> YamlWriter::insertIntoFlowMap(const FrontMatterEntry &parent, const QStringList &chain,
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
    while (at > open + 1 && (YamlLines::isBlankChar(m_lines.at(at - 1)) || m_lines.at(at - 1) == '\n' || m_lines.at(at - 1) == '\r'))
        --at;
    const bool empty = at == open + 1;
    const bool comma = m_lines.at(at - 1) == ',';
    const QByteArray pair =
        YamlScalars::formatString(chain.first(), ValueStyle::Plain, true) + ": " + m_yaml.formatValue(nested, ValueStyle::Plain, ValueStyle::DoubleQuoted, true);
    return TextEdit{at, at, (empty ? QByteArray() : comma ? QByteArray(" ") : QByteArray(", ")) + pair};
}

// A key that is not written but read from a "<<" merge is set by writing it:
// a key written in the map wins over a merged one.
bool YamlWriter::mergesInto(const QStringList &mapPath) const
{
    QList<QStringList> mergeKeys;
    YamlScanner(m_lines).scan(&mergeKeys);
    return mergeKeys.contains(mapPath + QStringList{QStringLiteral("<<")});
}

} // namespace Postwright
