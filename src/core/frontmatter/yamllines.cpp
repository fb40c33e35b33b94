#include "yamllines.h"

#include "frontmattertext.h"

#include <algorithm>

namespace Postwright {

YamlLines::YamlLines(QByteArrayView text, const FrontMatterBlock &block)
    : m_text(text)
    , m_contentStart(qBound<qsizetype>(0, block.contentStart, text.size()))
    , m_contentEnd(qBound<qsizetype>(m_contentStart, block.contentEnd, text.size()))
{
    for (qsizetype pos = m_contentStart; pos < m_contentEnd;) {
        YamlLine line{pos, m_contentEnd, m_contentEnd};
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
    m_firstLineNumber = FrontMatterText(text, text.size()).lineNumber(m_contentStart);
}

QByteArray YamlLines::bytes(qsizetype start, qsizetype end) const
{
    return end > start ? m_text.sliced(start, end - start).toByteArray() : QByteArray();
}

int YamlLines::indent(int i) const
{
    qsizetype p = m_lines[i].begin;
    while (p < m_lines[i].end && m_text[p] == ' ')
        ++p;
    return int(p - m_lines[i].begin);
}

bool YamlLines::isSequenceItem(int i) const
{
    const qsizetype p = firstNonBlank(i);
    return at(p) == '-' && (p + 1 >= m_lines[i].end || isBlankChar(at(p + 1)));
}

int YamlLines::lineOf(qsizetype pos) const
{
    const auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), pos,
                                     [](qsizetype p, const YamlLine &line) { return p < line.begin; });
    return std::max(0, int(it - m_lines.cbegin()) - 1);
}

QByteArray YamlLines::lineEnding(int i) const
{
    if (i >= 0 && i < count() && at(m_lines[i].end) == '\r')
        return "\r\n";
    return i >= 0 && i < count() && m_lines[i].next > m_lines[i].end ? QByteArray("\n") : fileLineEnding();
}

QByteArray YamlLines::fileLineEnding() const
{
    return FrontMatterText::lineEnding(m_text);
}

QByteArray YamlLines::lineEndingBefore(qsizetype pos) const
{
    if (pos > 0 && at(pos - 1) == '\n')
        return pos > 1 && at(pos - 2) == '\r' ? "\r\n" : "\n";
    return fileLineEnding();
}

qsizetype YamlLines::skipBlanks(qsizetype pos, qsizetype limit) const
{
    while (pos < limit && isBlankChar(at(pos)))
        ++pos;
    return pos;
}

qsizetype YamlLines::trimRight(qsizetype start, qsizetype end) const
{
    while (end > start && isBlankChar(at(end - 1)))
        --end;
    return end;
}

qsizetype YamlLines::skipProperties(qsizetype pos, qsizetype limit) const
{
    pos = skipBlanks(pos, limit);
    while (pos < limit && (at(pos) == '&' || at(pos) == '!')) {
        while (pos < limit && !isBlankChar(at(pos)))
            ++pos;
        pos = skipBlanks(pos, limit);
    }
    return pos;
}

bool YamlLines::isWhitespaceBefore(qsizetype p) const
{
    return p == 0 || isBlankChar(at(p - 1)) || at(p - 1) == '\n' || at(p - 1) == '\r';
}

qsizetype YamlLines::commentIn(qsizetype from, qsizetype limit) const
{
    for (qsizetype p = from; p < limit; ++p)
        if (at(p) == '#' && isWhitespaceBefore(p))
            return p;
    return -1;
}

qsizetype YamlLines::quotedEnd(qsizetype pos) const
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

// Quotes open only where a scalar may start, so "[it's, fine]" holds plain scalars.
qsizetype YamlLines::flowEnd(qsizetype pos) const
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

std::optional<YamlKey> YamlLines::parseKey(int i) const
{
    const YamlLine &l = m_lines[i];
    const qsizetype start = firstNonBlank(i);
    const char first = at(start);
    YamlKey key;
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
        key.quoted = true;
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
QString YamlLines::unquoted(qsizetype start, qsizetype end) const
{
    const QByteArrayView inner = m_text.sliced(start + 1, end - start - 2);
    if (at(start) == '\'')
        return QString::fromUtf8(inner).replace(QStringLiteral("''"), QStringLiteral("'"));
    return FrontMatterText::unescape(inner);
}

} // namespace Postwright
