#include "htmlattributes.h"

#include <algorithm>

namespace Postwright {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

} // namespace

std::optional<HtmlAttribute> HtmlStartTag::attribute(QByteArrayView name) const
{
    for (const HtmlAttribute &a : attributes)
        if (equalsIgnoringCase(a.name, name))
            return a;
    return std::nullopt;
}

bool HtmlStartTag::opensTag(QByteArrayView text, qsizetype at, QByteArrayView name)
{
    const qsizetype after = at + 1 + name.size();
    if (after >= text.size() || text[at] != '<' || !equalsIgnoringCase(text.sliced(at + 1, name.size()), name))
        return false;
    return isSpace(text[after]) || text[after] == '/' || text[after] == '>';
}

std::optional<HtmlStartTag> HtmlStartTag::parse(QByteArrayView text, qsizetype from, qsizetype limit,
                                                std::initializer_list<QByteArrayView> only)
{
    auto keep = [&](const HtmlStartTag &tag, QByteArrayView name) {
        if (only.size() == 0)
            return true;
        return std::any_of(only.begin(), only.end(), [&](QByteArrayView wanted) { return equalsIgnoringCase(name, wanted); })
               && !tag.attribute(name);
    };
    limit = qMin(limit, text.size());
    HtmlStartTag tag;
    qsizetype j = from;
    auto skipSpace = [&] {
        while (j < limit && isSpace(text[j]))
            ++j;
    };
    while (true) {
        skipSpace();
        if (j >= limit)
            return std::nullopt;
        if (text[j] == '>') {
            tag.end = j + 1;
            return tag;
        }
        if (text[j] == '/') {
            ++j;
            continue;
        }
        HtmlAttribute attribute;
        attribute.start = j++; // a stray '=' or quote is a name, as in HTML
        while (j < limit && !isSpace(text[j]) && text[j] != '/' && text[j] != '>' && text[j] != '=')
            ++j;
        attribute.name = text.sliced(attribute.start, j - attribute.start);
        attribute.end = j;
        skipSpace();
        if (j < limit && text[j] == '=') {
            ++j;
            skipSpace();
            if (j >= limit)
                return std::nullopt;
            if (text[j] == '"' || text[j] == '\'') {
                const qsizetype close = text.sliced(j + 1, limit - j - 1).indexOf(text[j]);
                if (close < 0)
                    return std::nullopt;
                attribute.value = text.sliced(j + 1, close);
                j += close + 2;
            } else {
                const qsizetype valueStart = j;
                while (j < limit && !isSpace(text[j]) && text[j] != '>')
                    ++j;
                attribute.value = text.sliced(valueStart, j - valueStart);
            }
            attribute.end = j;
        }
        if (keep(tag, attribute.name))
            tag.attributes.append(attribute);
    }
}

} // namespace Postwright
