#include "imagereference.h"

#include "frontmatter/frontmatterblock.h"
#include "site/site.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace Postwright {

namespace {

// ---------------------------------------------------------------- characters

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 33 && u <= 47) || (u >= 58 && u <= 64) || (u >= 91 && u <= 96) || (u >= 123 && u <= 126);
}

// Whitespace between HTML attributes and around Markdown link parts.
bool isSpaceOrBreak(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

bool startsWithAt(const QChar *s, qsizetype n, qsizetype i, QStringView what, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return i + what.size() <= n && QStringView(s + i, what.size()).compare(what, cs) == 0;
}

// ---------------------------------------------------------------- entities

// Length of the entity reference at i ("&amp;", "&#123;", "&#x1F600;"), or 0.
qsizetype entityLength(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    if (i >= n || s[i] != u'&')
        return 0;
    qsizetype j = i + 1;
    if (j < n && s[j] == u'#') {
        ++j;
        const bool hex = j < n && (s[j] == u'x' || s[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digits = j;
        while (j < n && j - digits < (hex ? 6 : 7) && (hex ? isHexDigit(s[j]) : isAsciiDigit(s[j])))
            ++j;
        return j > digits && j < n && s[j] == u';' ? j + 1 - i : 0;
    }
    const qsizetype name = j;
    while (j < n && j - name < 32 && isAsciiAlnum(s[j]))
        ++j;
    return j > name && isAsciiAlpha(s[name]) && j < n && s[j] == u';' ? j + 1 - i : 0;
}

// The text an entity reference stands for. Numeric references and the names
// a blogger meets in image markup; any other name stays as written.
QString decodeEntity(QStringView entity)
{
    const QStringView body = entity.sliced(1, entity.size() - 2);
    if (body.startsWith(u'#')) {
        const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
        bool ok = false;
        uint code = body.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
        {QStringLiteral("copy"), QStringLiteral("\u00A9")}, {QStringLiteral("reg"), QStringLiteral("\u00AE")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")}, {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")}, {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")}, {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")}, {QStringLiteral("times"), QStringLiteral("\u00D7")},
    };
    return named.value(body.toString(), entity.toString());
}

// Entities decoded; with markdown also backslash escapes of ASCII punctuation
// (one pass, as CommonMark does: "\&amp;" is the text "&amp;").
QString unescape(QStringView s, bool markdown)
{
    if (!s.contains(u'&') && !(markdown && s.contains(u'\\')))
        return s.toString();
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (markdown && c == u'\\' && i + 1 < s.size() && isAsciiPunctuation(s[i + 1])) {
            out += s[++i];
        } else if (const qsizetype length = c == u'&' ? entityLength(s, i) : 0) {
            out += decodeEntity(s.sliced(i, length));
            i += length - 1;
        } else {
            out += c;
        }
    }
    return out;
}

// ---------------------------------------------------------------- formatting

// Every kind of line break as one space: a reference is always one line.
QString oneLine(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\r' && i + 1 < value.size() && value[i + 1] == u'\n')
            ++i;
        out += isLineBreak(value[i]) ? QChar(u' ') : value[i];
    }
    return out;
}

// "{{" and "{%" start a Hugo shortcode or a Liquid tag in any part of a post,
// attribute values included: the first brace goes in as a character reference.
bool startsTemplateTag(QStringView s, qsizetype i)
{
    return s[i] == u'{' && i + 1 < s.size() && (s[i + 1] == u'{' || s[i + 1] == u'%');
}

// Safe in a double-quoted HTML attribute and in element text.
QString escapeHtml(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        switch (value[i].unicode()) {
        case u'&': out += u"&amp;"; break;
        case u'"': out += u"&quot;"; break;
        case u'<': out += u"&lt;"; break;
        case u'>': out += u"&gt;"; break;
        default:
            if (startsTemplateTag(value, i))
                out += u"&#123;";
            else
                out += value[i];
        }
    }
    return out;
}

// The escapes that keep Markdown from reading anything into s where it
// lands. cmark decodes entities in destinations and titles before backslash
// escapes, so there an entity-like "&" is written as "&amp;"; in the
// description a backslash protects it. Brackets in the description go in as
// character references: "\[...\]" is display math to the preview and to
// Hugo's passthrough extension.
enum class MarkdownPart { Description, Destination, BracketedDestination, Title };

QString escapeMarkdown(QStringView s, MarkdownPart part)
{
    QString out;
    out.reserve(s.size() + 8);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const QChar next = i + 1 < s.size() ? s[i + 1] : QChar();
        if (startsTemplateTag(s, i)) {
            out += u"&#123;";
            continue;
        }
        const bool entityLike = c == u'&' && entityLength(s, i) > 0;
        bool backslash = c == u'\\';
        switch (part) {
        case MarkdownPart::Description:
            if (c == u'[' || c == u']') {
                out += c == u'[' ? u"&#91;" : u"&#93;";
                continue;
            }
            // The rest would become emphasis, code, strikethrough, math (the
            // preview's $...$), a table cell break, inline HTML or an entity.
            backslash = backslash || entityLike || c == u'*' || c == u'_' || c == u'`' || c == u'~' || c == u'$'
                        || c == u'|'
                        || (c == u'<' && (isAsciiAlpha(next) || next == u'/' || next == u'!' || next == u'?'));
            break;
        case MarkdownPart::BracketedDestination:
            backslash = backslash || c == u'<' || c == u'>';
            break;
        case MarkdownPart::Title:
            backslash = backslash || c == u'"' || c == u'$';
            break;
        case MarkdownPart::Destination:
            break;
        }
        if (entityLike && part != MarkdownPart::Description) {
            out += u"&amp;";
            continue;
        }
        if (backslash)
            out += u'\\';
        out += c;
    }
    return out;
}

// A raw destination ends at a space and must balance its parentheses; a
// bracketed one (CommonMark's <...>) takes anything but a line break, and
// unlike percent-encoding gives the link back exactly as the user has it.
QString markdownDestination(QStringView src)
{
    const bool bracketed = std::any_of(src.begin(), src.end(), [](QChar c) {
        return c.unicode() <= u' ' || c == u'(' || c == u')' || c == u'<' || c == u'>' || c.unicode() == 0x7F;
    });
    if (!bracketed)
        return escapeMarkdown(src, MarkdownPart::Destination);
    return u'<' + escapeMarkdown(src, MarkdownPart::BracketedDestination) + u'>';
}

QString markdownImage(const ImageReferenceFields &f)
{
    QString out = QStringLiteral("![") + escapeMarkdown(f.alt, MarkdownPart::Description) + QStringLiteral("](")
                  + markdownDestination(f.src);
    if (!f.title.isEmpty())
        out += QStringLiteral(" \"") + escapeMarkdown(f.title, MarkdownPart::Title) + u'"';
    return out + u')';
}

QString attribute(QStringView name, QStringView value)
{
    return u' ' + name.toString() + QStringLiteral("=\"") + escapeHtml(value) + u'"';
}

QString number(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

// class, src, alt (always: an image without one is read out by its file
// name), title, width, height.
QString htmlImage(const ImageReferenceFields &f, bool withClass, bool withHeight)
{
    QString out = QStringLiteral("<img");
    if (withClass && !f.cssClass.isEmpty())
        out += attribute(u"class", f.cssClass);
    out += attribute(u"src", f.src) + attribute(u"alt", f.alt);
    if (!f.title.isEmpty())
        out += attribute(u"title", f.title);
    if (f.width > 0)
        out += attribute(u"width", number(f.width));
    if (withHeight && f.height > 0)
        out += attribute(u"height", number(f.height));
    return out + u'>';
}

// A value in a Hugo shortcode. Hugo's "..." strings know one escape, \", and
// keep every other backslash as it is; a `...` raw string keeps everything.
// So a value with a quote or a backslash goes in backticks, unless it holds a
// backtick too: then in quotes with \" (its backslashes stay Hugo's literal
// ones; the preview's reader would drop a backslash there, Hugo does not).
QString shortcodeValue(const QString &value)
{
    const bool plain = !value.contains(u'"') && !value.contains(u'\\');
    if (plain)
        return u'"' + value + u'"';
    if (!value.contains(u'`'))
        return u'`' + value + u'`';
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QString hugoFigure(const ImageReferenceFields &f)
{
    // alt is always written, as in <img>: an empty one says "no alt text
    // yet" where the writer will see it, and the editor puts the cursor there.
    QString out = QStringLiteral("{{< figure src=") + shortcodeValue(f.src) + QStringLiteral(" alt=") + shortcodeValue(f.alt);
    const std::pair<QStringView, QString> optional[] = {
        {u"title", f.title},        {u"caption", f.caption},
        {u"class", f.cssClass}, {u"width", number(f.width)},
    };
    for (const auto &[name, value] : optional)
        if (!value.isEmpty())
            out += u' ' + name.toString() + u'=' + shortcodeValue(value);
    return out + QStringLiteral(" >}}");
}

QString htmlFigure(const ImageReferenceFields &f)
{
    QString out = QStringLiteral("<figure");
    if (!f.cssClass.isEmpty())
        out += attribute(u"class", f.cssClass);
    out += u'>' + htmlImage(f, false, false);
    if (!f.caption.isEmpty())
        out += QStringLiteral("<figcaption>") + escapeHtml(f.caption) + QStringLiteral("</figcaption>");
    return out + QStringLiteral("</figure>");
}

// Templates are HTML as a rule ("<img src="{src}" ...>"), so every value is
// escaped for a double-quoted attribute, which is also right for element text.
QString fillTemplate(QStringView text, const ImageReferenceFields &f)
{
    const std::pair<QStringView, QString> values[] = {
        {u"src", f.src},           {u"alt", f.alt},     {u"title", f.title},
        {u"caption", f.caption},   {u"class", f.cssClass}, {u"width", number(f.width)},
        {u"height", number(f.height)},
    };
    QString out;
    out.reserve(text.size() + f.src.size() + f.alt.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            if (close > 0 && close - i <= 8) {
                const QStringView name = text.sliced(i + 1, close - i - 1);
                const auto found = std::find_if(std::begin(values), std::end(values),
                                                [name](const auto &value) { return value.first == name; });
                if (found != std::end(values)) {
                    out += escapeHtml(found->second);
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

// ---------------------------------------------------------------- finding

// The line helpers below index plain UTF-16 units: they run on every line
// of a post, and a debug build should scan a large post quickly too.

// The fence that opens a fenced code block on a line (after any quote or list
// markers, at any indentation: the same rule the preview's span scanner uses).
struct Fence
{
    char16_t character = 0;
    qsizetype length = 0;
};

Fence fenceOf(QStringView line)
{
    const char16_t *l = line.utf16();
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && (l[i] == u' ' || l[i] == u'\t' || l[i] == u'>'))
        ++i;
    if (i + 1 < n && (l[i] == u'-' || l[i] == u'*' || l[i] == u'+') && l[i + 1] == u' ')
        i += 2;
    while (i < n && l[i] == u' ')
        ++i;
    if (i >= n || (l[i] != u'`' && l[i] != u'~'))
        return {};
    const char16_t c = l[i];
    qsizetype end = i;
    while (end < n && l[end] == c)
        ++end;
    if (end - i < 3 || (c == u'`' && line.sliced(end).contains(u'`')))
        return {};
    return {c, end - i};
}

bool isBlank(QStringView line)
{
    const char16_t *l = line.utf16();
    for (qsizetype i = 0; i < line.size(); ++i)
        if (l[i] != u' ' && l[i] != u'\t' && l[i] != u'\r')
            return false;
    return true;
}

bool closesFence(QStringView line, const Fence &fence)
{
    const Fence f = fenceOf(line);
    if (f.length < fence.length || f.character != fence.character)
        return false;
    const qsizetype at = line.indexOf(QString(f.length, QChar(f.character)));
    return isBlank(line.sliced(at + f.length));
}

// "- x", "* x", "+ x", "1. x", "1) x" after at most three spaces.
bool isListItem(QStringView line)
{
    const char16_t *l = line.utf16();
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && i < 3 && l[i] == u' ')
        ++i;
    if (i >= n)
        return false;
    qsizetype after = -1;
    if (l[i] == u'-' || l[i] == u'*' || l[i] == u'+') {
        after = i + 1;
    } else {
        qsizetype digits = i;
        while (digits < n && digits - i < 9 && l[digits] >= u'0' && l[digits] <= u'9')
            ++digits;
        if (digits > i && digits < n && (l[digits] == u'.' || l[digits] == u')'))
            after = digits + 1;
    }
    return after > 0 && (after == n || l[after] == u' ' || l[after] == u'\t' || l[after] == u'\r');
}

bool isIndented(QStringView line)
{
    const char16_t *l = line.utf16();
    return (line.size() >= 4 && l[0] == u' ' && l[1] == u' ' && l[2] == u' ' && l[3] == u' ')
           || (line.size() >= 1 && l[0] == u'\t');
}

// A line that ends a paragraph without being blank: a fence or an ATX heading.
bool interruptsParagraph(QStringView line)
{
    if (fenceOf(line).length > 0)
        return true;
    const char16_t *l = line.utf16();
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && i < 3 && l[i] == u' ')
        ++i;
    qsizetype hashes = i;
    while (hashes < n && l[hashes] == u'#')
        ++hashes;
    return hashes > i && hashes - i <= 6 && (hashes == n || l[hashes] == u' ' || l[hashes] == u'\t');
}

// One pass over a post, line by line for the blocks (fenced and indented
// code), character by character inside them for the inline parts. Every
// search that could run ahead is bounded by the paragraph and remembers its
// failures, so the scan stays linear on any input.
//
// It approximates CommonMark where a full parse would not pay, with the rules
// the preview's span scanner uses: a fence counts at any indentation and after
// quote or list markers; an indented line is code after a blank line unless a
// list is open (list items are not measured). A paragraph ends at a blank
// line, a fence or a heading. Not found: reference-style images ("![a][b]").
// Markdown inside an HTML block (<pre>, a <div> without blank lines) is read
// like any paragraph; <img> attributes are read as a browser reads them.
class Finder
{
public:
    explicit Finder(const QString &text)
        : m_text(text)
        , m_s(text.constData())
        , m_u(QStringView(text).utf16())
        , m_n(text.size())
    {
    }

    QList<FoundImageReference> run()
    {
        qsizetype pos = bodyStart();
        Fence fence;
        bool previousBlank = true;
        bool inIndentedCode = false;
        bool inList = false;
        while (pos < m_n) {
            const qsizetype end = lineEnd(pos);
            const QStringView line(m_s + pos, end - pos);
            const bool blank = isBlank(line);
            bool code = false;
            if (fence.length > 0) {
                code = true;
                if (closesFence(line, fence))
                    fence = {};
            } else if (const Fence f = fenceOf(line); f.length > 0) {
                fence = f;
                code = true;
            } else if (!blank && isIndented(line) && !inList && (previousBlank || inIndentedCode)) {
                code = true;
                inIndentedCode = true;
            } else if (!blank) {
                inIndentedCode = false;
            }
            if (!blank && !isIndented(line) && !code)
                inList = isListItem(line) || (inList && !previousBlank);
            previousBlank = blank;
            pos = code ? end + 1 : scanInline(pos, end);
        }
        return std::move(m_found);
    }

private:
    // Past front matter, found as the renderer finds it.
    qsizetype bodyStart()
    {
        if (!m_text.startsWith(u"---") && !m_text.startsWith(u"+++") && !m_text.startsWith(u'{')
            && !m_text.startsWith(u'\uFEFF'))
            return 0;
        const QByteArray utf8 = m_text.toUtf8();
        const FrontMatterBlock block = FrontMatterBlock::locate(utf8);
        if (!block.exists())
            return 0;
        qsizetype pos = 0;
        for (int line = 1; line < block.bodyLine && pos < m_n; ++line)
            pos = lineEnd(pos) + 1;
        return std::min(pos, m_n);
    }

    qsizetype lineEnd(qsizetype pos) const
    {
        const qsizetype end = m_text.indexOf(u'\n', pos);
        return end < 0 ? m_n : end;
    }

    // 1-based line of pos; positions are asked for in increasing order.
    int lineOf(qsizetype pos)
    {
        m_countedLine += int(QStringView(m_s + m_countedPos, pos - m_countedPos).count(u'\n'));
        m_countedPos = pos;
        return m_countedLine;
    }

    // The end of the paragraph holding pos: the line break before the next
    // blank line, fence or heading, or the end of the text.
    qsizetype paragraphEnd(qsizetype pos)
    {
        if (pos >= m_paragraphFrom && pos <= m_paragraphEnd)
            return m_paragraphEnd;
        qsizetype end = lineEnd(pos);
        while (end < m_n) {
            const qsizetype next = lineEnd(end + 1);
            const QStringView line(m_s + end + 1, next - end - 1);
            if (isBlank(line) || interruptsParagraph(line))
                break;
            end = next;
        }
        m_paragraphFrom = pos;
        m_paragraphEnd = end;
        return end;
    }

    bool atLineStart(qsizetype pos) const
    {
        for (qsizetype i = pos - 1; i >= 0 && m_s[i] != u'\n'; --i)
            if (m_s[i] != u' ' && m_s[i] != u'\t' && m_s[i] != u'>')
                return false;
        return true;
    }

    // Scans the line [pos, end) and whatever lines a construct in it runs
    // over; returns the start of the next line to look at as a block.
    qsizetype scanInline(qsizetype pos, qsizetype end)
    {
        qsizetype i = pos;
        while (i < end) {
            const QChar c = m_s[i];
            qsizetype next = -1;
            if (c == u'\\') {
                next = i + 1 < end ? i + 2 : i + 1; // an escaped character is text; "\\" ending a line is a break
            } else if (c == u'`') {
                next = skipCodeSpan(i);
            } else if (c == u'<' && startsWithAt(m_s, m_n, i, u"<!--")) {
                next = skipComment(i);
            } else if (c == u'<') {
                next = matchHtmlImage(i);
            } else if (c == u'!' && i + 1 < m_n && m_s[i + 1] == u'[') {
                next = matchMarkdownImage(i);
            } else if (c == u'{' && i + 2 < m_n && m_s[i + 1] == u'{' && (m_s[i + 2] == u'<' || m_s[i + 2] == u'%')) {
                next = matchShortcode(i);
            } else if (c == u'{' && i + 1 < m_n && m_s[i + 1] == u'%') {
                next = skipLiquidTag(i);
            }
            if (next < 0) {
                // On to the next character anything can start with.
                next = i + 1;
                while (next < end) {
                    const char16_t u = m_u[next];
                    if (u == u'\\' || u == u'`' || u == u'<' || u == u'!' || u == u'{')
                        break;
                    ++next;
                }
            }
            i = std::min(next, m_n);
            if (i > end)
                end = lineEnd(i);
        }
        return end + 1;
    }

    // A code span: the next run of as many backticks in the paragraph closes
    // it; without one the backticks are text.
    qsizetype skipCodeSpan(qsizetype i)
    {
        qsizetype runEnd = i;
        while (runEnd < m_n && m_s[runEnd] == u'`')
            ++runEnd;
        const qsizetype run = runEnd - i;
        const qsizetype limit = paragraphEnd(i);
        qsizetype &missing = run < qsizetype(std::size(m_noShortCodeSpanCloser)) ? m_noShortCodeSpanCloser[run]
                                                                                 : m_noCodeSpanCloser[run];
        if (missing >= i)
            return runEnd;
        for (qsizetype j = runEnd; j < limit;) {
            if (m_u[j] != u'`') {
                ++j;
                continue;
            }
            qsizetype k = j;
            while (k < limit && m_u[k] == u'`')
                ++k;
            if (k - j == run)
                return k;
            j = k;
        }
        missing = limit;
        return runEnd;
    }

    // An HTML comment. One that opens a line is an HTML block and may run
    // over blank lines (to the end of the post when unclosed); one inside a
    // paragraph ends with it.
    qsizetype skipComment(qsizetype i)
    {
        const bool block = atLineStart(i);
        const qsizetype limit = block ? m_n : paragraphEnd(i);
        // "<!-->" and "<!--->" are whole (empty) comments.
        if (startsWithAt(m_s, m_n, i + 4, u">"))
            return i + 5;
        if (startsWithAt(m_s, m_n, i + 4, u"->"))
            return i + 6;
        if (m_noCommentEnd >= limit)
            return block ? m_n : i + 4;
        const qsizetype close = QStringView(m_s + i + 4, limit - i - 4).indexOf(u"-->");
        if (close >= 0)
            return i + 4 + close + 3;
        m_noCommentEnd = limit;
        return block ? m_n : i + 4;
    }

    // <img ...> with its attributes in any order and case, quoted either way
    // or not at all, over several lines of its paragraph.
    qsizetype matchHtmlImage(qsizetype i)
    {
        if (!startsWithAt(m_s, m_n, i, u"<img", Qt::CaseInsensitive) || i + 4 >= m_n
            || !(isSpaceOrBreak(m_s[i + 4]) || m_s[i + 4] == u'/' || m_s[i + 4] == u'>'))
            return -1;
        // A browser reads an unclosed tag to the end: so do later ones in it.
        if (i < m_imageTagFailedUntil)
            return -1;
        const qsizetype limit = paragraphEnd(i);
        const auto fail = [&] {
            m_imageTagFailedUntil = limit;
            return -1;
        };
        std::optional<QStringView> src, alt;
        qsizetype j = i + 4;
        auto skipSpace = [&] {
            while (j < limit && isSpaceOrBreak(m_s[j]))
                ++j;
        };
        while (true) {
            skipSpace();
            if (j >= limit)
                return fail();
            if (m_s[j] == u'>' || (m_s[j] == u'/' && j + 1 < limit && m_s[j + 1] == u'>'))
                break;
            if (m_s[j] == u'/') {
                ++j;
                continue;
            }
            const qsizetype nameStart = j++; // a stray "=" or quote is a name, as in HTML
            while (j < limit && !isSpaceOrBreak(m_s[j]) && m_s[j] != u'/' && m_s[j] != u'>' && m_s[j] != u'=')
                ++j;
            const QStringView name(m_s + nameStart, j - nameStart);
            skipSpace();
            QStringView value;
            if (j < limit && m_s[j] == u'=') {
                ++j;
                skipSpace();
                if (j >= limit)
                    return fail();
                if (m_s[j] == u'"' || m_s[j] == u'\'') {
                    const QChar quote = m_s[j];
                    const qsizetype close = QStringView(m_s + j + 1, limit - j - 1).indexOf(quote);
                    if (close < 0)
                        return fail();
                    value = QStringView(m_s + j + 1, close);
                    j += close + 2;
                } else {
                    const qsizetype valueStart = j;
                    while (j < limit && !isSpaceOrBreak(m_s[j]) && m_s[j] != u'>')
                        ++j;
                    value = QStringView(m_s + valueStart, j - valueStart);
                }
            }
            // The first of a repeated attribute counts, as in browsers.
            if (!src && name.compare(u"src", Qt::CaseInsensitive) == 0)
                src = value;
            else if (!alt && name.compare(u"alt", Qt::CaseInsensitive) == 0)
                alt = value;
        }
        const qsizetype end = j + (m_s[j] == u'>' ? 1 : 2);
        if (src)
            add(FoundImageReference::Html, i, end, unescape(*src, false), unescape(alt.value_or(QStringView()), false));
        return end;
    }

    // ![alt](src "title") or ![alt](<src>), the description's brackets
    // balanced, its parts separated by spaces and at most one line break.
    qsizetype matchMarkdownImage(qsizetype i)
    {
        const qsizetype limit = paragraphEnd(i);
        const qsizetype close = matchingBracket(i + 1, limit);
        if (close < 0 || close + 1 >= limit || m_s[close + 1] != u'(')
            return -1;
        qsizetype j = close + 2;
        auto skipSpace = [&] {
            bool lineBreak = false;
            const qsizetype from = j;
            while (j < limit && (m_s[j] == u' ' || m_s[j] == u'\t' || m_s[j] == u'\r' || (m_s[j] == u'\n' && !lineBreak))) {
                lineBreak = lineBreak || m_s[j] == u'\n';
                ++j;
            }
            return j > from;
        };
        skipSpace();
        QStringView destination;
        if (j < limit && m_s[j] == u'<') {
            qsizetype k = j + 1;
            while (k < limit && m_s[k] != u'>' && m_s[k] != u'<' && m_s[k] != u'\n')
                k += m_s[k] == u'\\' && k + 1 < limit && m_s[k + 1] != u'\n' ? 2 : 1;
            if (k >= limit || m_s[k] != u'>')
                return -1;
            destination = QStringView(m_s + j + 1, k - j - 1);
            j = k + 1;
        } else {
            const qsizetype from = j;
            int depth = 0;
            while (j < limit && m_s[j].unicode() > u' ') {
                if (m_s[j] == u'\\' && j + 1 < limit && isAsciiPunctuation(m_s[j + 1])) {
                    j += 2;
                    continue;
                }
                if (m_s[j] == u'(') {
                    if (++depth > 32) // cmark's limit, which also keeps retries short
                        return -1;
                } else if (m_s[j] == u')') {
                    if (depth == 0)
                        break;
                    --depth;
                }
                ++j;
            }
            if (depth != 0)
                return -1;
            destination = QStringView(m_s + from, j - from);
        }
        if (skipSpace() && j < limit && (m_s[j] == u'"' || m_s[j] == u'\'' || m_s[j] == u'(')) {
            const QChar closer = m_s[j] == u'(' ? QChar(u')') : m_s[j];
            qsizetype &missing = m_noTitleCloser[closer == u'"' ? 0 : closer == u'\'' ? 1 : 2];
            if (j < missing)
                return -1;
            qsizetype k = j + 1;
            while (k < limit && m_s[k] != closer)
                k += m_s[k] == u'\\' ? 2 : 1;
            if (k >= limit) {
                missing = limit;
                return -1;
            }
            j = k + 1;
            skipSpace();
        }
        if (j >= limit || m_s[j] != u')')
            return -1;
        const QStringView description(m_s + i + 2, close - i - 2);
        add(FoundImageReference::Markdown, i, j + 1, unescape(destination, true), oneLine(unescape(description, true)));
        return j + 1;
    }

    // The "]" that closes the "[" at open in its paragraph, or -1. The
    // paragraph's brackets are paired once, with a stack.
    qsizetype matchingBracket(qsizetype open, qsizetype limit)
    {
        if (open >= m_bracketsEnd) {
            // Only "![" openers are ever asked for: only their pairs are kept.
            m_brackets.clear();
            m_bracketCursor = 0;
            m_bracketStack.clear();
            for (qsizetype k = open; k < limit; ++k) {
                const char16_t u = m_u[k];
                if (u == u'\\') {
                    ++k;
                } else if (u == u'[') {
                    m_bracketStack.push_back(k);
                } else if (u == u']' && !m_bracketStack.empty()) {
                    const qsizetype opener = m_bracketStack.back();
                    m_bracketStack.pop_back();
                    if (opener > 0 && m_u[opener - 1] == u'!')
                        m_brackets.emplace_back(opener, k);
                }
            }
            std::sort(m_brackets.begin(), m_brackets.end());
            m_bracketsEnd = std::max(limit, open + 1);
        }
        while (m_bracketCursor < m_brackets.size() && m_brackets[m_bracketCursor].first < open)
            ++m_bracketCursor;
        if (m_bracketCursor < m_brackets.size() && m_brackets[m_bracketCursor].first == open)
            return m_brackets[m_bracketCursor].second;
        return -1;
    }

    // {{< figure src="..." >}} and {{% figure ... %}} are references;
    // {{</* ... */>}} shows a shortcode as text; {{< highlight >}} holds code.
    // Any other shortcode's tag is skipped, its inner text scanned.
    qsizetype matchShortcode(qsizetype i)
    {
        const bool markdown = m_s[i + 2] == u'%';
        const QStringView closer = markdown ? QStringView(u"%}}") : QStringView(u">}}");
        // Hugo stops at an unclosed shortcode; here the paragraph is text.
        qsizetype &failedUntil = m_shortcodeFailedUntil[markdown ? 1 : 0];
        if (i < failedUntil)
            return -1;
        const qsizetype limit = paragraphEnd(i);
        const auto fail = [&] {
            failedUntil = limit;
            return -1;
        };
        qsizetype j = i + 3;
        while (j < limit && isSpaceOrBreak(m_s[j]))
            ++j;
        if (startsWithAt(m_s, limit, j, u"/*")) {
            const qsizetype end = QStringView(m_s + j, limit - j).indexOf(closer);
            return end < 0 ? fail() : j + end + 3;
        }
        const qsizetype nameStart = j;
        while (j < limit && (isAsciiAlnum(m_s[j]) || m_s[j] == u'_' || m_s[j] == u'-' || m_s[j] == u'/' || m_s[j] == u'.'))
            ++j;
        const QStringView name(m_s + nameStart, j - nameStart);
        if (name.isEmpty())
            return -1;
        std::optional<QString> src, alt;
        // Hugo's parameters: name="value" (with \" inside), name=`raw`,
        // name=value, or positional values.
        while (true) {
            while (j < limit && isSpaceOrBreak(m_s[j]))
                ++j;
            if (j >= limit)
                return fail();
            if (startsWithAt(m_s, limit, j, closer))
                break;
            if (m_s[j] == u'/' && startsWithAt(m_s, limit, j + 1, closer)) {
                ++j;
                break;
            }
            const qsizetype paramStart = j;
            while (j < limit && (isAsciiAlnum(m_s[j]) || m_s[j] == u'_' || m_s[j] == u'-'))
                ++j;
            QStringView param;
            if (j > paramStart && j < limit && m_s[j] == u'=') {
                param = QStringView(m_s + paramStart, j - paramStart);
                ++j;
            } else {
                j = paramStart;
            }
            QString value;
            if (j < limit && (m_s[j] == u'"' || m_s[j] == u'`' || m_s[j] == u'\'')) {
                const char16_t quote = m_u[j];
                bool escapedQuote = false;
                qsizetype k = j + 1;
                for (; k < limit && m_u[k] != quote; ++k) {
                    if (quote == u'"' && m_u[k] == u'\\' && k + 1 < limit && m_u[k + 1] == u'"') {
                        escapedQuote = true;
                        ++k;
                    }
                }
                if (k >= limit)
                    return fail();
                value = QString(m_s + j + 1, k - j - 1);
                if (escapedQuote)
                    value.replace(QStringLiteral("\\\""), QStringLiteral("\""));
                j = k + 1;
            } else {
                const qsizetype valueStart = j;
                while (j < limit && !isSpaceOrBreak(m_s[j]) && !startsWithAt(m_s, limit, j, closer))
                    ++j;
                if (j == valueStart)
                    ++j; // a character no parameter starts with
                value = QString(m_s + valueStart, j - valueStart);
            }
            if (param == u"src" && !src)
                src = value;
            else if (param == u"alt" && !alt)
                alt = value;
        }
        const qsizetype end = j + 3;
        if (name == u"figure" && src)
            add(FoundImageReference::Figure, i, end, *src, alt.value_or(QString()));
        else if (name == u"highlight" || name == u"comment")
            return skipPair(end, name.toString(), true);
        return end;
    }

    // {% raw %}, {% highlight %} and {% comment %} hold no references up to
    // their end tag; any other Liquid tag is skipped as a whole.
    qsizetype skipLiquidTag(qsizetype i)
    {
        if (i < m_liquidTagFailedUntil)
            return -1;
        const qsizetype limit = paragraphEnd(i);
        const qsizetype close = QStringView(m_s + i + 2, limit - i - 2).indexOf(u"%}");
        if (close < 0) {
            m_liquidTagFailedUntil = limit;
            return -1;
        }
        const qsizetype end = i + 2 + close + 2;
        QStringView tag = QStringView(m_s + i + 2, close).trimmed();
        if (tag.startsWith(u'-'))
            tag = tag.sliced(1).trimmed();
        const QStringView name = tag.left(tag.indexOf(u' ') < 0 ? tag.size() : tag.indexOf(u' '));
        if (name == u"raw" || name == u"highlight" || name == u"comment")
            return skipPair(end, name.toString(), false);
        return end;
    }

    // Past the closing tag of a pair whose opening tag ends at from:
    // {{< /name >}} (or %) for Hugo, {% endname %} for Liquid. An unclosed
    // pair is only its opening tag.
    qsizetype skipPair(qsizetype from, const QString &name, bool hugo)
    {
        const QString marker = (hugo ? QStringLiteral("/") : QStringLiteral("end")) + name;
        if (m_unclosedPairs.contains(marker))
            return from;
        for (qsizetype at = m_text.indexOf(marker, from); at >= 0; at = m_text.indexOf(marker, at + 1)) {
            qsizetype b = at - 1;
            while (b >= from && (isSpaceOrBreak(m_s[b]) || (!hugo && m_s[b] == u'-')))
                --b;
            const bool opened = hugo ? b >= from + 2 && (m_s[b] == u'<' || m_s[b] == u'%') && m_s[b - 1] == u'{'
                                           && m_s[b - 2] == u'{'
                                     : b >= from + 1 && m_s[b] == u'%' && m_s[b - 1] == u'{';
            qsizetype a = at + marker.size();
            while (a < m_n && (isSpaceOrBreak(m_s[a]) || (!hugo && m_s[a] == u'-')))
                ++a;
            const bool closed = hugo ? startsWithAt(m_s, m_n, a, u">}}") || startsWithAt(m_s, m_n, a, u"%}}")
                                     : startsWithAt(m_s, m_n, a, u"%}");
            if (opened && closed)
                return a + (hugo ? 3 : 2);
        }
        m_unclosedPairs.insert(marker);
        return from;
    }

    void add(FoundImageReference::Kind kind, qsizetype start, qsizetype end, QString src, QString alt)
    {
        FoundImageReference found;
        found.kind = kind;
        found.line = lineOf(start);
        found.start = start;
        found.length = end - start;
        found.src = std::move(src);
        found.alt = std::move(alt);
        m_found.append(std::move(found));
    }

    const QString &m_text;
    const QChar *m_s;
    const char16_t *m_u; // m_s as plain units, for the loops every character goes through
    const qsizetype m_n;
    QList<FoundImageReference> m_found;

    qsizetype m_countedPos = 0;
    int m_countedLine = 1;
    qsizetype m_paragraphFrom = -1;
    qsizetype m_paragraphEnd = -1;
    // Backtick run length -> the paragraph end a closing run was missing up to.
    qsizetype m_noShortCodeSpanCloser[16] = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    QHash<qsizetype, qsizetype> m_noCodeSpanCloser;
    qsizetype m_noCommentEnd = -1;                   // no "-->" between some earlier "<!--" and this
    qsizetype m_noTitleCloser[3] = {-1, -1, -1};     // no closing " ' ) between some earlier title and this
    qsizetype m_imageTagFailedUntil = -1;
    qsizetype m_shortcodeFailedUntil[2] = {-1, -1}; // {{< and {{%
    qsizetype m_liquidTagFailedUntil = -1;
    std::vector<std::pair<qsizetype, qsizetype>> m_brackets;
    std::vector<qsizetype> m_bracketStack;
    size_t m_bracketCursor = 0;
    qsizetype m_bracketsEnd = -1;
    QSet<QString> m_unclosedPairs;
};

} // namespace

QString imageReferenceStyleName(ImageReferenceStyle style)
{
    switch (style) {
    case ImageReferenceStyle::Markdown:
        return QStringLiteral("markdown");
    case ImageReferenceStyle::Html:
        return QStringLiteral("html");
    case ImageReferenceStyle::Figure:
        return QStringLiteral("figure");
    case ImageReferenceStyle::Template:
        return QStringLiteral("template");
    }
    return QStringLiteral("markdown");
}

std::optional<ImageReferenceStyle> imageReferenceStyleFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (ImageReferenceStyle style : {ImageReferenceStyle::Markdown, ImageReferenceStyle::Html,
                                      ImageReferenceStyle::Figure, ImageReferenceStyle::Template})
        if (trimmed.compare(imageReferenceStyleName(style), Qt::CaseInsensitive) == 0)
            return style;
    return std::nullopt;
}

QString ImageReference::format(ImageReferenceStyle style, const ImageReferenceFields &fields, SiteKind siteKind,
                               const QString &templateText)
{
    ImageReferenceFields f = fields;
    for (QString *value : {&f.src, &f.alt, &f.title, &f.caption, &f.cssClass})
        *value = oneLine(*value);
    switch (style) {
    case ImageReferenceStyle::Markdown:
        return markdownImage(f);
    case ImageReferenceStyle::Html:
        return htmlImage(f, true, true);
    case ImageReferenceStyle::Figure:
        return siteKind == SiteKind::Hugo ? hugoFigure(f) : htmlFigure(f);
    case ImageReferenceStyle::Template:
        return oneLine(fillTemplate(templateText, f));
    }
    return markdownImage(f);
}

QList<FoundImageReference> ImageReference::find(const QString &text)
{
    return Finder(text).run();
}

ImageReferenceStyle ImageReference::defaultStyle(SiteKind siteKind)
{
    return siteKind == SiteKind::Hugo ? ImageReferenceStyle::Figure : ImageReferenceStyle::Markdown;
}

} // namespace Postwright
