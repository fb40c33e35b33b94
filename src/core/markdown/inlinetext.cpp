#include "inlinetext.h"

#include "asciipunctuation.h"

#include <QChar>
#include <QString>

#include <algorithm>
#include <map>
#include <optional>
#include <memory>

namespace Postwright {

namespace {

struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

bool isPlaceholder(char32_t c)
{
    return c >= 0xE000 && c <= 0xE006;
}

// What a non-text inline was written with, as far as the neighbouring
// characters' classes go.
QByteArray customDelimiter(cmark_node *node)
{
    const char *enter = cmark_node_get_on_enter(node);
    const QByteArrayView tag = enter ? QByteArrayView(enter) : QByteArrayView();
    if (tag.startsWith("<mark"))
        return "==";
    if (tag.startsWith("<ins"))
        return "++";
    if (tag.startsWith("<sup"))
        return "^";
    if (tag.startsWith("<sub"))
        return "~";
    if (tag.startsWith("<del"))
        return "~~";
    return {};
}

bool isAutolink(cmark_node *link)
{
    cmark_node *child = cmark_node_first_child(link);
    if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
        return false;
    const char *url = cmark_node_get_url(link);
    const char *text = cmark_node_get_literal(child);
    return url && text && *text && QByteArrayView(url).endsWith(QByteArrayView(text));
}

// A character reference's text, or nothing when it is none Postwright knows.
std::optional<QByteArray> decodeReference(QByteArrayView reference)
{
    static const std::map<QByteArrayView, const char *> named = {
        {"lsquo", "\u2018"}, {"rsquo", "\u2019"}, {"ldquo", "\u201C"}, {"rdquo", "\u201D"},
        {"sbquo", "\u201A"}, {"bdquo", "\u201E"}, {"lsaquo", "\u2039"}, {"rsaquo", "\u203A"},
        {"laquo", "\u00AB"}, {"raquo", "\u00BB"}, {"ndash", "\u2013"}, {"mdash", "\u2014"},
        {"hellip", "\u2026"}, {"nbsp", "\u00A0"}, {"thinsp", "\u2009"}, {"nnbsp", "\u202F"},
        {"zwj", "\u200D"}, {"apos", "'"}, {"quot", "\""}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"},
    };
    if (reference.startsWith('#')) {
        bool ok = false;
        const uint point = reference.startsWith("#x") || reference.startsWith("#X")
                               ? QByteArray(reference.sliced(2)).toUInt(&ok, 16)
                               : QByteArray(reference.sliced(1)).toUInt(&ok, 10);
        if (!ok || point == 0 || point > 0x10FFFF)
            return std::nullopt;
        const char32_t c = point;
        return QString::fromUcs4(&c, 1).toUtf8();
    }
    const auto it = named.find(reference);
    return it == named.end() ? std::nullopt : std::optional<QByteArray>(it->second);
}

// html as plain text, when it is text and character references only.
std::optional<QByteArray> htmlAsText(const QByteArray &html)
{
    if (html.contains('<') || html.contains('>'))
        return std::nullopt;
    QByteArray text;
    for (qsizetype i = 0; i < html.size();) {
        if (html[i] != '&') {
            text += html[i++];
            continue;
        }
        const qsizetype end = html.indexOf(';', i);
        if (end < 0)
            return std::nullopt;
        const std::optional<QByteArray> decoded = decodeReference(QByteArrayView(html).sliced(i + 1, end - i - 1));
        if (!decoded)
            return std::nullopt;
        text += *decoded;
        i = end + 1;
    }
    return text;
}

} // namespace

SourceLines::SourceLines(QByteArrayView text)
    : m_text(text)
{
    m_starts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            m_starts.append(i + 1);
}

QByteArrayView SourceLines::line(int number) const
{
    if (number < 1 || number > m_starts.size())
        return {};
    const qsizetype start = m_starts.at(number - 1);
    qsizetype end = number < m_starts.size() ? m_starts.at(number) - 1 : m_text.size();
    if (end > start && m_text[end - 1] == '\r')
        --end;
    return m_text.sliced(start, end - start);
}

InlineText::InlineText(cmark_node *block, const SourceLines &source)
{
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(block));
    int fixedDepth = 0; // inside an autolink: its text is the address
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it.get());
        if (node == block)
            continue;
        const bool enter = ev == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
            if (fixedDepth > 0)
                appendFixed(cmark_node_get_literal(node));
            else
                appendText(node, source);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK: appendFixed("\n"); break;
        case CMARK_NODE_CODE: appendFixed(QByteArray("`") + cmark_node_get_literal(node) + '`'); break;
        case CMARK_NODE_HTML_INLINE: appendFixed(cmark_node_get_literal(node)); break;
        case CMARK_NODE_EMPH: appendFixed("*"); break;
        case CMARK_NODE_STRONG: appendFixed("**"); break;
        case CMARK_NODE_CUSTOM_INLINE: appendFixed(customDelimiter(node)); break;
        case CMARK_NODE_LINK:
            if (isAutolink(node)) {
                fixedDepth += enter ? 1 : -1;
                appendFixed(enter ? "<" : ">");
            } else {
                appendFixed(enter ? "[" : "]()");
            }
            break;
        case CMARK_NODE_IMAGE: appendFixed(enter ? "![" : "]()"); break;
        case CMARK_NODE_FOOTNOTE_REFERENCE: appendFixed("[^]"); break;
        default:
            if (const char *type = cmark_node_get_type_string(node); type && QByteArrayView(type) == "strikethrough")
                appendFixed("~~");
            break;
        }
    }
}

void InlineText::appendFixed(QByteArrayView text)
{
    m_chars += text;
    m_owner.resize(size_t(m_chars.size()), -1);
    m_offset.resize(size_t(m_chars.size()), 0);
}

// Lines the literal up with its source line: an escaped character or a
// character reference is what the author typed to keep it from being read,
// so it is not editable; neither are Postwright's placeholders.
void InlineText::appendText(cmark_node *node, const SourceLines &source)
{
    const QByteArray literal = cmark_node_get_literal(node);
    const int index = int(m_texts.size());
    m_texts.push_back(node);
    m_literals.push_back(literal);
    const QByteArrayView line = source.line(cmark_node_get_start_line(node));
    qsizetype j = cmark_node_get_start_column(node) - 1;
    bool aligned = j >= 0 && j < line.size();
    for (qsizetype i = 0; i < literal.size();) {
        const auto byte = static_cast<unsigned char>(literal[i]);
        if (byte == 0xEE && i + 2 < literal.size() && static_cast<unsigned char>(literal[i + 1]) == 0x80
            && isPlaceholder(0xE000 + (static_cast<unsigned char>(literal[i + 2]) & 0x3F))) {
            // A token: U+E000, digits, U+E001 (or a lone filler), not editable.
            qsizetype end = i + 3;
            if (static_cast<unsigned char>(literal[i + 2]) == 0x80) {
                const qsizetype close = literal.indexOf("\xEE\x80\x81", end);
                end = close < 0 ? literal.size() : close + 3;
            }
            for (; i < end; ++i) {
                m_chars += literal[i];
                m_owner.push_back(-1);
                m_offset.push_back(i);
            }
            if (aligned) {
                const qsizetype found = line.indexOf(QByteArrayView(literal).sliced(end - 3, 3), j);
                aligned = found >= 0;
                j = found + 3;
            }
            continue;
        }
        bool editableByte = true;
        qsizetype take = 1;
        if (aligned && j < line.size() && line[j] == literal[i]) {
            ++j;
        } else if (aligned && j + 1 < line.size() && line[j] == '\\' && line[j + 1] == literal[i]) {
            editableByte = false;
            j += 2;
        } else if (aligned && j < line.size() && line[j] == '&') {
            const qsizetype semicolon = line.indexOf(';', j);
            editableByte = false;
            take = 1;
            while (i + take < literal.size() && (static_cast<unsigned char>(literal[i + take]) & 0xC0) == 0x80)
                ++take;
            if (semicolon < 0) {
                aligned = false;
            } else {
                j = semicolon + 1;
                // a reference that stands for two characters
                if (i + take < literal.size() && (j >= line.size() || line[j] != literal[i + take])) {
                    qsizetype more = 1;
                    while (i + take + more < literal.size() && (static_cast<unsigned char>(literal[i + take + more]) & 0xC0) == 0x80)
                        ++more;
                    if (j >= line.size() || i + take + more >= literal.size() || line[j] == literal[i + take + more])
                        take += more;
                }
            }
        } else {
            aligned = false;
        }
        for (qsizetype k = 0; k < take; ++k) {
            m_chars += literal[i + k];
            m_owner.push_back(editableByte ? index : -1);
            m_offset.push_back(i + k);
        }
        i += take;
    }
}

bool InlineText::editable(qsizetype pos, qsizetype length) const
{
    for (qsizetype k = pos; k < pos + length; ++k)
        if (!editable(k))
            return false;
    return true;
}

void InlineText::replace(qsizetype pos, qsizetype length, const QByteArray &html)
{
    m_edits.push_back({pos, length, html});
    m_claimed.resize(size_t(m_chars.size()), false);
    for (qsizetype k = pos; k < pos + length; ++k)
        m_claimed[size_t(k)] = true;
}

void InlineText::commit()
{
    if (m_edits.empty())
        return;
    // Per text node: literal offsets removed, and what goes in where.
    std::vector<std::vector<bool>> removed(m_texts.size());
    std::vector<std::multimap<qsizetype, QByteArray>> inserted(m_texts.size());
    for (size_t t = 0; t < m_texts.size(); ++t)
        removed[t].assign(size_t(m_literals[t].size()), false);
    for (const Edit &edit : m_edits) {
        for (qsizetype k = edit.pos; k < edit.pos + edit.length; ++k)
            removed[size_t(m_owner[size_t(k)])][size_t(m_offset[size_t(k)])] = true;
        const int owner = m_owner[size_t(edit.pos)];
        inserted[size_t(owner)].emplace(m_offset[size_t(edit.pos)], edit.html);
    }
    for (size_t t = 0; t < m_texts.size(); ++t) {
        if (inserted[t].empty() && std::find(removed[t].begin(), removed[t].end(), true) == removed[t].end())
            continue;
        struct Segment
        {
            bool html;
            QByteArray bytes;
        };
        std::vector<Segment> segments{{false, {}}};
        auto addText = [&](QByteArrayView bytes) {
            if (segments.back().html)
                segments.push_back({false, {}});
            segments.back().bytes += bytes;
        };
        const QByteArray &literal = m_literals[t];
        for (qsizetype i = 0; i <= literal.size(); ++i) {
            for (auto [it, end] = inserted[t].equal_range(i); it != end; ++it) {
                if (const std::optional<QByteArray> text = htmlAsText(it->second))
                    addText(*text);
                else
                    segments.push_back({true, it->second});
            }
            if (i < literal.size() && !removed[t][size_t(i)])
                addText(QByteArrayView(literal).sliced(i, 1));
        }
        cmark_node *node = m_texts[t];
        if (segments.size() == 1) {
            cmark_node_set_literal(node, segments.front().bytes.constData());
            continue;
        }
        for (const Segment &segment : segments) {
            if (segment.bytes.isEmpty())
                continue;
            cmark_node *part = cmark_node_new(segment.html ? CMARK_NODE_CUSTOM_INLINE : CMARK_NODE_TEXT);
            if (segment.html) {
                cmark_node_set_on_enter(part, segment.bytes.constData());
                cmark_node_set_on_exit(part, "");
            } else {
                cmark_node_set_literal(part, segment.bytes.constData());
            }
            if (!cmark_node_insert_before(node, part))
                cmark_node_free(part);
        }
        cmark_node_unlink(node);
        cmark_node_free(node);
    }
    m_edits.clear();
}

std::vector<cmark_node *> InlineText::leafBlocks(cmark_node *root)
{
    std::vector<cmark_node *> blocks;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(node);
        const char *name = cmark_node_get_type_string(node);
        const bool cell = name && QByteArrayView(name) == "table_cell";
        const bool inlineHolder = type == CMARK_NODE_CUSTOM_BLOCK && cmark_node_first_child(node)
                                  && (cmark_node_get_type(cmark_node_first_child(node)) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || cell || inlineHolder)
            blocks.push_back(node);
    }
    return blocks;
}

namespace CharClass {

char32_t runeAt(QByteArrayView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return U' ';
    const auto first = static_cast<unsigned char>(text[pos]);
    if (first < 0x80)
        return first;
    const int extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0;
    if (extra == 0)
        return 0xFFFD;
    char32_t c = first & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if (pos + k >= text.size())
            return 0xFFFD;
        c = (c << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
    }
    return c;
}

char32_t runeBefore(QByteArrayView text, qsizetype pos)
{
    if (pos <= 0)
        return U'\n';
    qsizetype start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    return runeAt(text, start);
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isSpace(char32_t c)
{
    if (c < 0x80)
        return isAsciiSpace(char(c));
    return c == 0x85 || c == 0xA0 || QChar::isSpace(c);
}

bool isPunct(char32_t c)
{
    if (isPlaceholder(c))
        return false;
    return QChar::isPunct(c);
}

bool isPunctOrSymbol(char32_t c)
{
    if (c < 0x80)
        return isAsciiPunctuation(char(c));
    return !isPlaceholder(c) && (QChar::isPunct(c) || QChar::isSymbol(c));
}

bool isLetter(char32_t c)
{
    return isPlaceholder(c) || QChar::isLetter(c); // Hugo's placeholders for shortcodes are letters
}

bool isDigit(char32_t c)
{
    return QChar::isDigit(c);
}

} // namespace CharClass

} // namespace Postwright
