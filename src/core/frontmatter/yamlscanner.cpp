#include "yamlscanner.h"

namespace Postwright {

YamlScanner::YamlScanner(const YamlLines &lines)
    : m_lines(lines)
{
}

QList<FrontMatterEntry> YamlScanner::scan(QList<QStringList> *mergeKeys) const
{
    QList<FrontMatterEntry> entries;
    int first = 0;
    while (first < m_lines.count() && !m_lines.isContent(first))
        ++first;
    if (first < m_lines.count())
        scanMap(first, m_lines.count(), m_lines.indent(first), {}, entries, mergeKeys);
    return entries;
}

void YamlScanner::scanMap(int first, int end, int indent, const QStringList &prefix, QList<FrontMatterEntry> &out,
                          QList<QStringList> *mergeKeys) const
{
    for (int i = first; i < end;) {
        if (!m_lines.isContent(i) || m_lines.indent(i) != indent) {
            ++i;
            continue;
        }
        const std::optional<YamlKey> key = m_lines.parseKey(i);
        if (!key) {
            ++i;
            continue;
        }
        int childFirst = -1;
        const Extent value = valueAfter(*key, i, end, indent, &childFirst);
        if (key->isMerge()) {
            // Its map's keys are read into this map; they are written elsewhere.
            if (mergeKeys)
                mergeKeys->append(prefix + QStringList{key->name});
            i = value.lastLine + 1;
            continue;
        }

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
            scanMap(childFirst, value.lastLine + 1, m_lines.indent(childFirst), entry.path, out, mergeKeys);
        i = value.lastLine + 1;
    }
}

int YamlScanner::nextContentLine(int from, int end) const
{
    while (from < end && !m_lines.isContent(from))
        ++from;
    return from;
}

// The last line of a block list or map below a key at indent; blank and
// comment lines count only when more of the block follows them.
int YamlScanner::blockEnd(int first, int end, int indent, bool indentlessList) const
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

YamlScanner::Extent YamlScanner::valueAfter(const YamlKey &key, int i, int end, int indent, int *childFirst) const
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

YamlScanner::Extent YamlScanner::inlineValue(int i, qsizetype valueStart, qsizetype token, int end, int indent) const
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
YamlScanner::Extent YamlScanner::plainScalar(int i, qsizetype valueStart, qsizetype token, int end, int indent) const
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

YamlScanner::Extent YamlScanner::blockScalar(int i, qsizetype valueStart, qsizetype token, int end, int indent) const
{
    Extent value;
    value.start = valueStart;
    value.style = ValueStyle::Block;
    const qsizetype lineEnd = m_lines.line(i).end;
    qsizetype header = token + 1;
    bool keep = false;
    while (header < lineEnd && YamlLines::isBlockIndicatorChar(m_lines.at(header)))
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

} // namespace Postwright
