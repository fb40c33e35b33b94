#include "flowlistlayout.h"

namespace Postwright {

FlowListLayout::FlowListLayout(const FrontMatterText &text, const ByteSpan &span, const QList<ByteSpan> &items,
                               const QList<qsizetype> &commas)
    : m_items(items)
{
    m_spaceInside = span.length() > 2 && FrontMatterText::isBlank(text.at(span.start + 1));
    if (items.size() >= 2 && commas.first() >= 0)
        m_separator = FrontMatterText::isBlank(text.at(commas.first() + 1)) ? ", " : ",";
    if (!text.text().sliced(span.start, span.length()).contains('\n') || items.isEmpty())
        return;
    // One per line: every item starts its own line below the "[".
    qsizetype previousLine = text.lineStart(span.start);
    for (const ByteSpan &item : items) {
        const qsizetype lineStart = text.lineStart(item.start);
        if (lineStart == previousLine || text.skipBlanks(lineStart) != item.start)
            return;
        previousLine = lineStart;
    }
    m_onePerLine = true;
    m_itemIndent = text.indentOf(items.first().start);
    m_trailingComma = commas.last() >= 0;
    const qsizetype closing = span.end - 1;
    const qsizetype closingLine = text.lineStart(closing);
    m_closingOnOwnLine = text.skipBlanks(closingLine) == closing && closingLine != previousLine;
    m_closingIndent = text.text().sliced(closingLine, closing - closingLine).toByteArray();
}

QByteArray FlowListLayout::write(const QByteArrayList &written, QByteArrayView eol) const
{
    if (written.isEmpty())
        return "[]";
    QByteArray out = "[";
    if (m_onePerLine) {
        out += eol;
        for (qsizetype i = 0; i < written.size(); ++i) {
            const bool last = i + 1 == written.size();
            out += m_itemIndent + written[i];
            if (!last || (m_trailingComma && m_closingOnOwnLine))
                out += ',';
            if (!last || m_closingOnOwnLine)
                out += eol;
        }
        if (m_closingOnOwnLine)
            out += m_closingIndent;
        return out + ']';
    }
    const QByteArray inside = m_spaceInside ? QByteArray(" ") : QByteArray();
    return out + inside + written.join(m_separator) + inside + ']';
}

} // namespace Postwright
