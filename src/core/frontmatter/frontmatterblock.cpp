#include "frontmatterblock.h"

#include <QCoreApplication>
#include <QRegularExpression>


namespace Postwright {

namespace {

// One line of the text: [begin, end) without its line break, next = after it.
struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
};

Line lineAt(QByteArrayView text, qsizetype pos)
{
    Line line{pos, pos, pos};
    qsizetype nl = text.indexOf('\n', pos);
    if (nl < 0) {
        line.end = text.size();
        line.next = text.size();
    } else {
        line.end = nl;
        line.next = nl + 1;
    }
    if (line.end > line.begin && text[line.end - 1] == '\r')
        --line.end;
    return line;
}

bool isDelimiterLine(QByteArrayView text, const Line &line, QByteArrayView delimiter)
{
    QByteArrayView content = text.sliced(line.begin, line.end - line.begin);
    if (!content.startsWith(delimiter))
        return false;
    for (char c : content.sliced(delimiter.size()))
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

int countLines(QByteArrayView text, qsizetype end)
{
    return int(text.first(end).count('\n')) + 1;
}

FrontMatterBlock locateDelimited(QByteArrayView text, qsizetype start, FrontMatterFormat format,
                                 QByteArrayView delimiter, QByteArrayView altCloser)
{
    FrontMatterBlock block;
    block.format = format;
    Line opening = lineAt(text, start);
    block.contentStart = opening.next;
    for (qsizetype pos = opening.next; pos < text.size();) {
        Line line = lineAt(text, pos);
        if (isDelimiterLine(text, line, delimiter)
            || (!altCloser.isEmpty() && isDelimiterLine(text, line, altCloser))) {
            block.contentEnd = line.begin;
            block.bodyOffset = line.next;
            block.bodyLine = countLines(text, block.bodyOffset);
            return block;
        }
        pos = line.next;
    }
    block.terminated = false;
    block.contentEnd = text.size();
    block.bodyOffset = start; // nothing is front matter: the whole file is body
    block.bodyLine = countLines(text, start);
    return block;
}

// Hugo accepts a JSON object at the very top; it ends at the brace that closes
// the first one, outside strings, followed only by blanks up to the line break.
FrontMatterBlock locateJson(QByteArrayView text, qsizetype start)
{
    FrontMatterBlock block;
    block.format = FrontMatterFormat::Json;
    block.contentStart = start;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            Line rest = lineAt(text, i + 1);
            block.contentEnd = i + 1;
            block.bodyOffset = rest.next;
            block.bodyLine = countLines(text, block.bodyOffset);
            return block;
        }
    }
    block.terminated = false;
    block.contentEnd = text.size();
    block.bodyOffset = start;
    block.bodyLine = countLines(text, start);
    return block;
}

// Whether a closed block is a map of keys: it names one, or holds nothing but
// blank lines and comments (an empty map).
bool holdsAMap(QByteArrayView text, const FrontMatterBlock &block)
{
    if (block.format == FrontMatterFormat::Json)
        return true;
    // "key:", "og:image:" (a colon inside a key), "- key:", quoted keys, and
    // YAML's explicit "? key".
    static const QRegularExpression yamlKey(
        QStringLiteral("^[ \\t]*(?:- )?(?:(?:[^#\\s:]|:(?=\\S))(?:[^:\\n]|:(?=\\S))*|\"[^\"\\n]*\"|'[^'\\n]*'):(?:[ \\t]|$)"
                       "|^[ \\t]*\\?(?:[ \\t]|$)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression tomlKey(QStringLiteral("^[ \\t]*(?:\\[|[\\w.\"'-]+[ \\t]*=)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression onlyComments(QStringLiteral("^(?:[ \\t]*(?:#[^\\n]*)?\\r?(?:\\n|$))*$"));
    const QString content = QString::fromUtf8(block.content(text));
    return (block.format == FrontMatterFormat::Yaml ? yamlKey : tomlKey).match(content).hasMatch()
        || onlyComments.match(content).hasMatch();
}

// The text is all body, starting after a BOM; notice says why.
FrontMatterBlock bodyOnly(QByteArrayView text, FrontMatterNotice notice)
{
    FrontMatterBlock body;
    body.bodyOffset = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    body.terminated = notice != FrontMatterNotice::Unclosed;
    body.notice = notice;
    return body;
}

} // namespace

QString FrontMatterBlock::noticeText() const
{
    switch (notice) {
    case FrontMatterNotice::Unclosed:
        return QCoreApplication::translate("Postwright::FrontMatter",
                                           "The post opens like front matter but the block is never closed: it is "
                                           "read as text, and Hugo refuses the post.");
    case FrontMatterNotice::NotAMap:
        return QCoreApplication::translate("Postwright::FrontMatter",
                                           "The block at the top is not a map of keys: it is read as text, and Hugo "
                                           "refuses the post.");
    case FrontMatterNotice::None:
        break;
    }
    return {};
}

QString frontMatterFormatName(FrontMatterFormat format)
{
    switch (format) {
    case FrontMatterFormat::Yaml:
        return QStringLiteral("yaml");
    case FrontMatterFormat::Toml:
        return QStringLiteral("toml");
    case FrontMatterFormat::Json:
        return QStringLiteral("json");
    case FrontMatterFormat::None:
        break;
    }
    return QStringLiteral("none");
}

FrontMatterBlock FrontMatterBlock::locate(QByteArrayView text)
{
    const qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const Line first = lineAt(text, start);
    FrontMatterBlock block;
    if (isDelimiterLine(text, first, "---")) {
        block = locateDelimited(text, start, FrontMatterFormat::Yaml, "---", "...");
    } else if (isDelimiterLine(text, first, "+++")) {
        block = locateDelimited(text, start, FrontMatterFormat::Toml, "+++", {});
    } else if (start < text.size() && text[start] == '{') {
        // An object: "{" then a key or "}". "{{< shortcode >}}" is body text.
        qsizetype next = start + 1;
        while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r' || text[next] == '\n'))
            ++next;
        if (next < text.size() && (text[next] == '"' || text[next] == '}'))
            block = locateJson(text, start);
    }
    if (!block.exists())
        return bodyOnly(text, FrontMatterNotice::None);
    if (!block.terminated)
        return bodyOnly(text, FrontMatterNotice::Unclosed);
    if (!holdsAMap(text, block))
        return bodyOnly(text, FrontMatterNotice::NotAMap);
    return block;
}

} // namespace Postwright
