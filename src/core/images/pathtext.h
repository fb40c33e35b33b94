#pragma once
// Small text rules the image placement and the importer share: names folded
// to plain ASCII, and whether one path lies in a folder.

#include <QString>

namespace Postwright::PathText {

// Letters in plain lowercase ASCII: accents dropped by decomposition, the few
// letters that do not decompose spelled out ("ß" -> "ss"), anything else a space.
QString foldToAscii(const QString &text);

// How a lowercase letter that does not decompose is spelled in ASCII
// ("ß" -> "ss", "ø" -> "o"); empty for any other character.
QLatin1StringView asciiSpelling(QChar lower);

// Whether path is folder or lies below it; both absolute and clean.
bool isSameOrBelow(const QString &path, const QString &folder);

} // namespace Postwright::PathText
