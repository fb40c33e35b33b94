#pragma once
// How a bracketed list ("[a, b]", a TOML or JSON array) is laid out: on one
// line with its separator and inner spaces, or one item a line with their
// indent, a trailing comma and the closing bracket on a line of its own. Read
// from where its items stand, so that a new list is written the same way.

#include "frontmatterdocument.h"
#include "frontmattertext.h"

namespace Postwright {

class FlowListLayout
{
public:
    // The list at span, its items found by scanner: skipSpace(pos) passes
    // what may stand between items (blanks, line breaks, comments) and
    // valueEnd(pos) is just after the item at pos (-1: none).
    template<typename Scanner>
    static FlowListLayout read(const Scanner &scanner, const ByteSpan &span)
    {
        QList<ByteSpan> items;
        QList<qsizetype> commas;
        qsizetype p = scanner.skipSpace(span.start + 1);
        while (p < span.end - 1) {
            const qsizetype end = scanner.valueEnd(p);
            if (end < 0)
                break;
            items.append({p, end});
            p = scanner.skipSpace(end);
            commas.append(scanner.at(p) == ',' ? p : -1);
            if (commas.last() < 0)
                break;
            p = scanner.skipSpace(p + 1);
        }
        return FlowListLayout(scanner, span, items, commas);
    }

    // Where the items stand, in order.
    const QList<ByteSpan> &items() const { return m_items; }
    // written: the new items, each already in the format's syntax.
    QByteArray write(const QByteArrayList &written, QByteArrayView eol) const;

private:
    FlowListLayout(const FrontMatterText &text, const ByteSpan &span, const QList<ByteSpan> &items,
                   const QList<qsizetype> &commas);

    QList<ByteSpan> m_items;
    bool m_onePerLine = false;
    QByteArray m_itemIndent;     // one per line: before each item
    QByteArray m_closingIndent;  // one per line: before "]" on its own line
    bool m_closingOnOwnLine = true;
    bool m_trailingComma = false; // one per line: a comma after the last item too
    bool m_spaceInside = false;   // [ "a" ] rather than ["a"]
    QByteArray m_separator = ", ";
};

} // namespace Postwright
