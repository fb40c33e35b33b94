#pragma once
// What Goldmark (or kramdown) reads from a heading's last source line: the
// attribute list at its end ({#id .class key=value}) and the text its id is
// made from, which is the source as written (a link's address included).

#include "attributelist.h"
#include "attributesettings.h"

#include <QByteArray>

namespace Postwright {

struct HeadingSource
{
    QByteArray idText;        // the line without the list and closing #s, trimmed
    AttributeList attributes; // empty when the line ends in none
    // What the reader drops from the end of the text CommonMark shows (the
    // list, and closing #s before it), trimmed; empty when nothing.
    QByteArray droppedTail;

    // line: an ATX heading's line from its first '#', or a setext heading's
    // last text line with quote markers removed.
    static HeadingSource read(QByteArrayView line, bool atx, const AttributeSettings &settings);
};

} // namespace Postwright
