#include "htmlblocks.h"

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QHashFunctions>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace Postwright {

namespace {

constexpr QByteArrayView LineAttribute = " data-line=\"";

// Tag names compare without case.
bool equalsLower(QByteArrayView name, QByteArrayView lower)
{
    if (name.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i)
        if ((name[i] | 0x20) != (lower[i] | 0x20)) // tag names: letters, digits, '-', ':'
            return false;
    return true;
}

bool isVoidElement(QByteArrayView name)
{
    static constexpr std::array<QByteArrayView, 14> names{"area", "base", "br",    "col",   "embed",  "hr",    "img",
                                                          "input", "link", "meta", "param", "source", "track", "wbr"};
    return std::any_of(names.begin(), names.end(), [name](QByteArrayView v) { return equalsLower(name, v); });
}

// Elements whose content is text up to their own end tag.
bool isRawTextElement(QByteArrayView name)
{
    static constexpr std::array<QByteArrayView, 7> names{"script", "style", "textarea", "title",
                                                         "xmp",    "noembed", "noframes"};
    return std::any_of(names.begin(), names.end(), [name](QByteArrayView v) { return equalsLower(name, v); });
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The position after the '>' that ends the tag starting at `from`, quotes honoured.
qsizetype endOfTag(QByteArrayView html, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < html.size(); ++i) {
        const char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return html.size();
}

qsizetype indexOfCaseless(QByteArrayView html, QByteArrayView lowerNeedle, qsizetype from)
{
    for (qsizetype i = from; i + lowerNeedle.size() <= html.size(); ++i)
        if (html[i] == '<' && equalsLower(html.sliced(i, lowerNeedle.size()), lowerNeedle))
            return i;
    return -1;
}

int parseLine(QByteArrayView html, qsizetype at, qsizetype *end)
{
    int line = 0;
    qsizetype i = at;
    while (i < html.size() && html[i] >= '0' && html[i] <= '9')
        line = line * 10 + (html[i++] - '0');
    *end = i;
    return line;
}

HtmlBlock describe(QByteArrayView html, qsizetype offset, qsizetype end)
{
    HtmlBlock block;
    block.offset = offset;
    block.length = end - offset;
    const QByteArrayView bytes = html.sliced(offset, block.length);
    // The hash of the bytes between the data-lines and of each line relative
    // to the first, chained: the relative text is never built.
    size_t key = 0x5057u;
    qsizetype pos = 0;
    static const QByteArrayMatcher lineAttribute(LineAttribute);
    for (qsizetype found; (found = lineAttribute.indexIn(bytes, pos)) >= 0;) {
        const qsizetype digits = found + LineAttribute.size();
        qsizetype after = 0;
        const int line = parseLine(bytes, digits, &after);
        if (block.line == 0)
            block.line = line;
        key = qHash(bytes.sliced(pos, digits - pos), key);
        key = qHash(line - block.line, key);
        pos = after;
    }
    block.key = qHash(bytes.sliced(pos), key);
    return block;
}

} // namespace

QList<HtmlBlock> HtmlBlocks::split(QByteArrayView html)
{
    QList<qsizetype> starts{0};
    std::vector<QByteArrayView> open; // names of the elements not closed yet
    // What follows a '<', read a character at a time: there is one '<' for
    // every tag of the post.
    const auto at = [html](qsizetype k) { return k < html.size() ? html[k] : '\0'; };
    qsizetype i = 0;
    while (i < html.size()) {
        // Only a '<' can start or end a block: the text between is skipped whole.
        const void *tag = std::memchr(html.data() + i, '<', size_t(html.size() - i));
        if (!tag)
            break;
        i = static_cast<const char *>(tag) - html.data();
        if (open.empty() && i > 0 && html[i - 1] == '\n' && i != starts.last())
            starts.append(i);
        const char next = at(i + 1);
        if (next == '!' && at(i + 2) == '-' && at(i + 3) == '-') {
            const qsizetype close = html.indexOf("-->", i + 4);
            i = close < 0 ? html.size() : close + 3;
        } else if (next == '!' || next == '?') {
            i = endOfTag(html, i + 2);
        } else if (next == '/' && isLetter(at(i + 2))) {
            qsizetype nameEnd = i + 2;
            while (nameEnd < html.size() && isNameChar(html[nameEnd]))
                ++nameEnd;
            const QByteArrayView name = html.sliced(i + 2, nameEnd - i - 2);
            // A stray end tag closes nothing; one that matches closes the
            // elements opened inside it too, as a browser does.
            for (auto it = open.rbegin(); it != open.rend(); ++it) {
                if (equalsLower(*it, name)) {
                    open.erase(std::prev(it.base()), open.end());
                    break;
                }
            }
            i = endOfTag(html, nameEnd);
        } else if (isLetter(next)) {
            qsizetype nameEnd = i + 1;
            while (nameEnd < html.size() && isNameChar(html[nameEnd]))
                ++nameEnd;
            const QByteArrayView name = html.sliced(i + 1, nameEnd - i - 1);
            const qsizetype end = endOfTag(html, nameEnd);
            const bool selfClosing = end >= 2 && html[end - 1] == '>' && html[end - 2] == '/';
            if (isRawTextElement(name)) {
                const QByteArray closeTag = "</" + QByteArray(name).toLower();
                const qsizetype close = indexOfCaseless(html, closeTag, end);
                i = close < 0 ? html.size() : endOfTag(html, close + closeTag.size());
            } else {
                if (!selfClosing && !isVoidElement(name))
                    open.push_back(name);
                i = end;
            }
        } else {
            ++i; // a '<' that starts no tag is text
        }
    }

    QList<HtmlBlock> blocks;
    blocks.reserve(starts.size());
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype end = k + 1 < starts.size() ? starts[k + 1] : html.size();
        if (end > starts[k])
            blocks.append(describe(html, starts[k], end));
    }
    return blocks;
}

BlockPatch HtmlBlocks::diff(const QList<HtmlBlock> &before, const QList<HtmlBlock> &after)
{
    const auto same = [](const HtmlBlock &a, const HtmlBlock &b) { return a.key == b.key; };
    int start = 0;
    while (start < before.size() && start < after.size() && same(before[start], after[start]))
        ++start;
    int endBefore = int(before.size()), endAfter = int(after.size());
    while (endBefore > start && endAfter > start && same(before[endBefore - 1], after[endAfter - 1])) {
        --endBefore;
        --endAfter;
    }

    BlockPatch patch;
    patch.start = start;
    patch.removed = endBefore - start;
    patch.inserted = endAfter - start;
    const auto shift = [&patch](int index, int delta) {
        if (delta == 0)
            return;
        if (!patch.shifts.isEmpty()) {
            LineShift &last = patch.shifts.last();
            if (last.delta == delta && last.first + last.count == index) {
                ++last.count;
                return;
            }
        }
        patch.shifts.append({index, 1, delta});
    };
    for (int k = 0; k < start; ++k)
        shift(k, after[k].line - before[k].line);
    for (int k = 0; k < int(after.size()) - endAfter; ++k)
        shift(endAfter + k, after[endAfter + k].line - before[endBefore + k].line);
    return patch;
}

} // namespace Postwright
