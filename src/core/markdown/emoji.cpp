#include "emoji.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace Postwright::Emoji {

namespace {

struct Entry
{
    std::string_view name;
    std::string_view codePoints; // hex, space-separated
};

constexpr Entry table[] = {
#include "emojitable.inc"
};

} // namespace

QByteArray lookup(QByteArrayView name)
{
    const std::string_view key(name.data(), size_t(name.size()));
    const auto it = std::lower_bound(std::begin(table), std::end(table), key,
                                     [](const Entry &e, std::string_view k) { return e.name < k; });
    if (it == std::end(table) || it->name != key)
        return {};
    QString text;
    for (const QByteArray &hex : QByteArray(it->codePoints.data(), qsizetype(it->codePoints.size())).split(' ')) {
        const char32_t point = char32_t(hex.toUInt(nullptr, 16));
        text += QString::fromUcs4(&point, 1);
    }
    return text.toUtf8();
}

} // namespace Postwright::Emoji

#include "inlinetext.h"

namespace Postwright::Emoji {

void replace(InlineText &text)
{
    const QByteArray &chars = text.chars();
    for (qsizetype pos = 0; pos < chars.size(); ++pos) {
        if (chars[pos] != ':' || !text.editable(pos))
            continue;
        qsizetype end = pos + 1;
        while (end < chars.size() && isNameChar(chars[end]))
            ++end;
        if (end >= chars.size() || chars[end] != ':' || !text.editable(pos, end - pos + 1))
            continue;
        const QByteArray emoji = lookup(QByteArrayView(chars).sliced(pos + 1, end - pos - 1));
        if (emoji.isEmpty())
            continue; // the colon is text, and the next one may open a name
        text.replace(pos, end - pos + 1, emoji);
        pos = end;
    }
}

} // namespace Postwright::Emoji
