#include "headingsource.h"

namespace Postwright {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedRight(QByteArrayView text)
{
    while (!text.isEmpty() && (isBlank(text.back()) || text.back() == '\r' || text.back() == '\n'))
        text.chop(1);
    return text;
}

// An ATX heading's closing sequence: #s at the end after a space, or a
// content of only #s.
QByteArrayView withoutClosingHashes(QByteArrayView content)
{
    content = trimmedRight(content);
    qsizetype i = content.size() - 1;
    while (i > 0 && content[i] == '#')
        --i;
    if (i == 0 && !content.isEmpty() && content[0] == '#')
        return {};
    if (i != content.size() - 1 && isBlank(content[i]))
        return trimmedRight(content.first(i));
    return content;
}

// kramdown's header id: " {#id}" at the very end, id [A-Za-z][\w:-]*.
qsizetype kramdownIdStart(QByteArrayView content, QByteArray *id)
{
    if (!content.endsWith('}'))
        return -1;
    const qsizetype open = content.lastIndexOf("{#");
    if (open < 1 || !isBlank(content[open - 1]))
        return -1;
    const QByteArrayView name = content.sliced(open + 2, content.size() - open - 3);
    if (name.isEmpty() || !((name[0] | 0x20) >= 'a' && (name[0] | 0x20) <= 'z'))
        return -1;
    for (const char c : name)
        if (!(QChar::isLetterOrNumber(uchar(c)) || c == '_' || c == ':' || c == '-') || uchar(c) >= 0x80)
            return -1;
    *id = name.toByteArray();
    return open;
}

} // namespace

HeadingSource HeadingSource::read(QByteArrayView line, bool atx, const AttributeSettings &settings)
{
    QByteArrayView content = trimmedRight(line);
    if (atx) {
        qsizetype i = 0;
        while (i < content.size() && isBlank(content[i]))
            ++i;
        while (i < content.size() && content[i] == '#')
            ++i;
        content = content.sliced(i);
    }
    while (!content.isEmpty() && isBlank(content.front()))
        content.slice(1);
    // What CommonMark shows; the reader may drop more from its end.
    const QByteArrayView shown = atx ? withoutClosingHashes(content) : content;

    HeadingSource source;
    QByteArrayView text = content;
    if (settings.kramdown) {
        text = shown;
        QByteArray id;
        if (const qsizetype open = kramdownIdStart(text, &id); open >= 0) {
            source.attributes.set({"id", id, ListAttribute::String});
            text = trimmedRight(text.first(open));
        }
    } else {
        if (settings.headingAttributes) {
            if (const qsizetype open = AttributeList::trailingListStart(content, &source.attributes); open >= 0)
                text = trimmedRight(content.first(open));
        }
        if (atx) {
            // Goldmark reads the list, drops closing #s, and when it dropped
            // some and has no id yet reads a list once more (hugo 0.131:
            // "F {.x} # {.y}" has class x, "F {.x} {.y}" class y).
            const QByteArrayView withoutHashes = withoutClosingHashes(text);
            const bool dropped = withoutHashes.size() != text.size();
            text = withoutHashes;
            AttributeList more;
            if (dropped && settings.headingAttributes && !source.attributes.contains("id")) {
                if (const qsizetype open = AttributeList::trailingListStart(text, &more); open >= 0) {
                    text = trimmedRight(text.first(open));
                    for (const ListAttribute &attribute : more.items())
                        source.attributes.set(attribute);
                }
            }
        }
    }
    source.idText = text.toByteArray();
    if (shown.startsWith(text))
        source.droppedTail = shown.sliced(text.size()).trimmed().toByteArray();
    return source;
}

} // namespace Postwright
