#pragma once
// Emoji short names (:rocket:) as Hugo writes them with enableEmoji: Hugo's
// Goldmark runs goldmark-emoji, whose table of GitHub's names is generated
// into emojitable.inc by scripts/update-emoji-table.

#include <QByteArray>
#include <QByteArrayView>

namespace Postwright::Emoji {

// The emoji for a short name without colons ("rocket"), UTF-8; empty when
// goldmark-emoji does not know the name.
QByteArray lookup(QByteArrayView name);

// Whether c may appear in a short name, as goldmark-emoji scans one.
inline bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '+';
}

} // namespace Postwright::Emoji

namespace Postwright {
class InlineText;
namespace Emoji {
// Replaces each :name: goldmark-emoji knows in one block's editable text;
// unknown names stay as typed.
void replace(InlineText &text);
} // namespace Emoji
} // namespace Postwright
