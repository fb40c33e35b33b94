#include "attributelines.h"

#include "postlexer.h"

namespace Postwright {

namespace {

// U+E007 number U+E008: private-use characters a post cannot bring in (the
// renderer replaces them), here in a comment cmark keeps as an HTML block.
constexpr char Open[] = "\xEE\x80\x87";
constexpr char Close[] = "\xEE\x80\x88";
constexpr qsizetype MarkSize = 3;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlankLine(QByteArrayView line)
{
    for (const char c : line)
        if (!isBlank(c) && c != '\r')
            return false;
    return true;
}

qsizetype leadingSpaces(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return i;
}

// The quote markers ("> " repeated) a line starts with, as one prefix.
qsizetype quotePrefix(QByteArrayView line)
{
    qsizetype prefix = 0;
    for (;;) {
        qsizetype i = prefix;
        for (int spaces = 0; i < line.size() && line[i] == ' ' && spaces < 3; ++spaces)
            ++i;
        if (i >= line.size() || line[i] != '>')
            return prefix;
        ++i;
        if (i < line.size() && isBlank(line[i]))
            ++i;
        prefix = i;
    }
}

// Where a line's text starts for the lines that continue it: after a list
// marker when it opens an item, else its indentation.
qsizetype contentIndent(QByteArrayView line)
{
    const qsizetype indent = leadingSpaces(line);
    qsizetype i = indent;
    if (i < line.size() && (line[i] == '-' || line[i] == '+' || line[i] == '*')) {
        ++i;
    } else {
        const qsizetype digits = i;
        while (i < line.size() && i - digits < 9 && line[i] >= '0' && line[i] <= '9')
            ++i;
        if (i == digits || i >= line.size() || (line[i] != '.' && line[i] != ')'))
            return indent;
        ++i;
    }
    if (i < line.size() && !isBlank(line[i]))
        return indent;
    return i + leadingSpaces(line.sliced(i));
}

bool isWordChar(char c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// kramdown's attribute list definition: {:name: attributes}, alone on its line.
bool isDefinition(QByteArrayView line)
{
    if (!line.startsWith("{:") || line.size() < 4 || !isWordChar(line[2]))
        return false;
    qsizetype i = 3;
    while (i < line.size() && (isWordChar(line[i]) || line[i] == '-'))
        ++i;
    return i < line.size() && line[i] == ':' && line.trimmed().endsWith('}');
}

} // namespace

namespace AttributeLines {

QList<AttributeLine> mark(QByteArray &text, const LexedPost &lexed, const AttributeSettings &settings)
{
    QList<AttributeLine> found;
    if (!settings.blockAttributes && !settings.kramdown)
        return found;
    if (!text.contains('{'))
        return found;
    QByteArray out;
    qsizetype copied = 0;
    qsizetype continuation = 0; // content indent of the last non-blank line
    bool previousBlank = true;
    bool inComment = false;
    int number = 1;
    for (qsizetype start = 0; start < text.size(); ++number) {
        qsizetype end = text.indexOf('\n', start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        if (end < 0)
            end = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(start, end - start);
        const qsizetype prefix = quotePrefix(line);
        const QByteArrayView rest = line.sliced(prefix);
        const qsizetype indent = leadingSpaces(rest);
        const QByteArrayView body = rest.sliced(indent);

        AttributeLine attributeLine;
        bool isAttributeLine = false;
        if (inComment) {
            isAttributeLine = attributeLine.hidden = true;
            inComment = !body.contains("{:/comment}") && !body.contains("{:/}");
        } else if (body.startsWith('{') && indent <= continuation + 3 && !lexed.codeBlockAtLine(number)) {
            qsizetype listEnd = 0;
            if (settings.kramdown) {
                if (body.startsWith("{::comment}")) {
                    isAttributeLine = attributeLine.hidden = true;
                    inComment = !body.contains("{:/comment}") && !body.contains("{:/}");
                } else if ((body.startsWith("{::options ") && body.trimmed().endsWith("/}")) || isDefinition(body)) {
                    isAttributeLine = attributeLine.hidden = true;
                } else if (std::optional<AttributeList> list = AttributeList::parse(body, 0, &listEnd, AttributeList::Syntax::Kramdown);
                           list && isBlankLine(body.sliced(listEnd))) {
                    isAttributeLine = true;
                    attributeLine.attributes = std::move(*list);
                }
            } else if (std::optional<AttributeList> list = AttributeList::parse(body, 0, &listEnd)) {
                // Goldmark drops whatever follows the list on its line.
                isAttributeLine = true;
                attributeLine.attributes = std::move(*list);
            }
        }
        if (isAttributeLine) {
            const qsizetype followingEnd = text.indexOf('\n', next);
            const QByteArrayView following = QByteArrayView(text).sliced(next, (followingEnd < 0 ? text.size() : followingEnd) - next);
            attributeLine.blankBefore = previousBlank;
            attributeLine.blankAfter = next >= text.size() || isBlankLine(following.sliced(quotePrefix(following)));
            attributeLine.original = body.toByteArray();
            const qsizetype bodyStart = start + prefix + indent;
            out.append(QByteArrayView(text).sliced(copied, bodyStart - copied));
            out += "<!--" + QByteArray(Open) + QByteArray::number(found.size()) + Close + "-->";
            copied = end;
            found.append(std::move(attributeLine));
        } else if (!isBlankLine(rest)) {
            continuation = contentIndent(rest);
        }
        previousBlank = isBlankLine(rest);
        start = next;
    }
    if (!found.isEmpty()) {
        out.append(QByteArrayView(text).sliced(copied));
        text = std::move(out);
    }
    return found;
}

int markerIndex(QByteArrayView html)
{
    html = html.trimmed();
    if (!html.startsWith(QByteArray("<!--") + Open) || !html.endsWith(QByteArray(Close) + "-->"))
        return -1;
    bool ok = false;
    const int index = html.sliced(4 + MarkSize, html.size() - 7 - 2 * MarkSize).toInt(&ok);
    return ok ? index : -1;
}

QByteArray restore(QByteArray text, const QList<AttributeLine> &lines)
{
    const QByteArray open = QByteArray("<!--") + Open;
    for (qsizetype at = text.indexOf(open); at >= 0; at = text.indexOf(open, at)) {
        const qsizetype close = text.indexOf(QByteArray(Close) + "-->", at);
        bool ok = false;
        const int index = close < 0 ? -1 : text.mid(at + open.size(), close - at - open.size()).toInt(&ok);
        if (!ok || index < 0 || index >= lines.size()) {
            at += open.size();
            continue;
        }
        text.replace(at, close + MarkSize + 3 - at, lines.at(index).original);
        at += lines.at(index).original.size();
    }
    return text;
}

QByteArray tag(int index)
{
    return Open + QByteArray::number(index) + Close;
}

QByteArray inject(const QByteArray &html, const QList<QByteArray> &attributes)
{
    if (attributes.isEmpty())
        return html;
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0;
    for (qsizetype at = html.indexOf(Open); at >= 0; at = html.indexOf(Open, copied)) {
        const qsizetype close = html.indexOf(Close, at);
        if (close < 0)
            break;
        bool ok = false;
        const int index = html.mid(at + MarkSize, close - at - MarkSize).toInt(&ok);
        out.append(html.constData() + copied, at - copied);
        copied = close + MarkSize;
        if (copied < html.size() && html[copied] == '\n')
            ++copied;
        if (!ok || index < 0 || index >= attributes.size() || copied >= html.size() || html[copied] != '<')
            continue;
        // After the tag's name: <p, <ul, <table ...
        qsizetype name = copied + 1;
        while (name < html.size() && isWordChar(html[name]))
            ++name;
        out.append(html.constData() + copied, name - copied);
        out += attributes.at(index);
        copied = name;
    }
    out.append(html.constData() + copied, html.size() - copied);
    return out;
}

} // namespace AttributeLines

} // namespace Postwright
