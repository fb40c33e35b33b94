#pragma once
// CommonMark's ASCII punctuation: what a backslash escapes, and what flanking
// and attribute names are measured against. One rule for every reader.

namespace Postwright {

constexpr bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

} // namespace Postwright
