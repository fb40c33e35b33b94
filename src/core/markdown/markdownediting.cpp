#include "markdownediting.h"

#include "postlexer.h"

#include <QRegularExpression>
#include <QStringList>

namespace Postwright::MarkdownEditing {

namespace {

// indentation, quote markers, list marker (with a task box), rest
const QRegularExpression &listPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\s*)((?:>\\s?)*)(?:([-*+])|(\\d{1,9})([.)]))(\\s+)(\\[[ xX]\\]\\s+)?(.*)$"));
    return pattern;
}

const QRegularExpression &quotePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\s*)((?:>\\s?)+)(.*)$"));
    return pattern;
}

} // namespace

Continuation continuationFor(const QString &line)
{
    Continuation c;
    if (const auto m = listPattern().match(line); m.hasMatch()) {
        const QString indent = m.captured(1) + m.captured(2);
        const bool empty = m.captured(8).trimmed().isEmpty();
        if (empty) {
            c.kind = Continuation::EndList;
            c.line = m.captured(1) + m.captured(2).trimmed();
            if (!c.line.trimmed().isEmpty())
                c.line += u' ';
            else
                c.line.clear();
            return c;
        }
        c.kind = Continuation::Continue;
        QString marker = m.captured(3);
        if (marker.isEmpty())
            marker = QString::number(m.captured(4).toLongLong() + 1) + m.captured(5);
        c.prefix = indent + marker + m.captured(6);
        if (!m.captured(7).isEmpty())
            c.prefix += QStringLiteral("[ ] ");
        return c;
    }
    if (const auto m = quotePattern().match(line); m.hasMatch()) {
        if (m.captured(3).trimmed().isEmpty()) {
            c.kind = Continuation::EndList;
            c.line = QString();
            return c;
        }
        c.kind = Continuation::Continue;
        c.prefix = m.captured(1) + m.captured(2);
        if (!c.prefix.endsWith(u' '))
            c.prefix += u' ';
        return c;
    }
    return c;
}

std::optional<QString> indentListItem(const QString &line, bool outdent, int width)
{
    if (!listPattern().match(line).hasMatch())
        return std::nullopt;
    if (!outdent)
        return QString(width, u' ') + line;
    qsizetype spaces = 0;
    while (spaces < line.size() && spaces < width && line.at(spaces) == u' ')
        ++spaces;
    if (spaces == 0 && line.startsWith(u'\t'))
        return line.mid(1);
    return line.mid(spaces);
}

Wrap toggleWrap(const QString &line, qsizetype start, qsizetype end, const QString &marker)
{
    const qsizetype m = marker.size();
    const QString selected = line.mid(start, end - start);
    Wrap w;
    // Markers just outside the selection: remove them.
    if (start >= m && line.mid(start - m, m) == marker && line.mid(end, m) == marker
        && !(m == 1 && marker == u"*" && ((start >= 2 && line.at(start - 2) == u'*') || line.mid(end + 1, 1) == u"*"))) {
        w.replaceStart = start - m;
        w.replaceEnd = end + m;
        w.text = selected;
        w.selectionStart = start - m;
        w.selectionLength = selected.size();
        return w;
    }
    // Markers inside the selection: remove them.
    if (selected.size() >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
        w.replaceStart = start;
        w.replaceEnd = end;
        w.text = selected.mid(m, selected.size() - 2 * m);
        w.selectionStart = start;
        w.selectionLength = w.text.size();
        return w;
    }
    w.replaceStart = start;
    w.replaceEnd = end;
    w.text = marker + selected + marker;
    w.selectionStart = start + m;
    w.selectionLength = selected.size();
    return w;
}

Wrap toggleLink(const QString &line, qsizetype start, qsizetype end)
{
    const QString selected = line.mid(start, end - start);
    static const QRegularExpression link(QStringLiteral("^\\[([^\\]]*)\\]\\(([^)]*)\\)$"));
    Wrap w;
    w.replaceStart = start;
    w.replaceEnd = end;
    if (const auto m = link.match(selected); m.hasMatch()) {
        w.text = m.captured(1);
        w.selectionStart = start;
        w.selectionLength = w.text.size();
        return w;
    }
    const bool isUrl = selected.startsWith(u"http://") || selected.startsWith(u"https://");
    if (isUrl) {
        w.text = QStringLiteral("[](") + selected + u')';
        w.selectionStart = start + 1; // type the text
        w.selectionLength = 0;
        return w;
    }
    w.text = u'[' + selected + QStringLiteral("](url)");
    w.selectionStart = start + selected.size() + 3;
    w.selectionLength = 3;
    return w;
}

bool isInsideFence(const QStringList &lines, int index)
{
    QByteArray text;
    for (int i = 0; i < index && i < lines.size(); ++i)
        text += lines.at(i).toUtf8() + '\n';
    // The lexer reads the lines before; a fence it left open holds this line.
    const LexedPost post = PostLexer::lex(text);
    return !post.codeBlocks.isEmpty() && post.codeBlocks.last().fenced && !post.codeBlocks.last().closed;
}

} // namespace Postwright::MarkdownEditing
