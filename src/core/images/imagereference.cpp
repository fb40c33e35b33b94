#include "imagereference.h"

#include "markdown/postlexer.h"
#include "site/site.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <utility>

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

// UTF-16 offsets of UTF-8 byte offsets asked for in increasing order.
class Utf16Offsets
{
public:
    explicit Utf16Offsets(QByteArrayView utf8)
        : m_utf8(utf8)
    {
    }

    qsizetype at(qsizetype byte)
    {
        const qsizetype end = std::min(byte, m_utf8.size());
        while (m_byte < end) {
            quint64 word; // ASCII eight bytes at a time: one unit each
            if (m_byte + 8 <= end) {
                std::memcpy(&word, m_utf8.data() + m_byte, sizeof word);
                if (!(word & 0x8080808080808080ULL)) {
                    m_byte += 8;
                    m_units += 8;
                    continue;
                }
            }
            const auto c = static_cast<unsigned char>(m_utf8[m_byte++]);
            m_units += (c & 0xC0) != 0x80; // a lead byte starts a character
            m_units += c >= 0xF0;          // four bytes: a surrogate pair
        }
        return m_units;
    }

private:
    QByteArrayView m_utf8;
    qsizetype m_byte = 0;
    qsizetype m_units = 0;
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
    const QByteArray utf8 = text.toUtf8();
    return found(utf8, PostLexer::lex(utf8).images);
}

QList<FoundImageReference> ImageReference::found(QByteArrayView utf8, const QList<LexedImage> &images)
{
    QList<FoundImageReference> references;
    references.reserve(images.size());
    Utf16Offsets offsets(utf8);
    for (const LexedImage &image : images) {
        FoundImageReference found;
        found.line = image.line;
        found.start = offsets.at(image.start);
        found.length = offsets.at(image.end) - found.start;
        const QString src = QString::fromUtf8(image.src);
        const QString alt = QString::fromUtf8(image.alt);
        switch (image.kind) {
        case LexedImage::Markdown:
            found.kind = FoundImageReference::Markdown;
            found.src = unescape(src, true);
            found.alt = oneLine(unescape(alt, true));
            break;
        case LexedImage::Html:
            found.kind = FoundImageReference::Html;
            found.src = unescape(src, false);
            found.alt = unescape(alt, false);
            break;
        case LexedImage::Figure:
            // Hugo's own escape in a quoted value, no character references.
            found.kind = FoundImageReference::Figure;
            found.src = QString(src).replace(QStringLiteral("\\\""), QStringLiteral("\""));
            found.alt = QString(alt).replace(QStringLiteral("\\\""), QStringLiteral("\""));
            break;
        }
        references.append(std::move(found));
    }
    return references;
}

ImageReferenceStyle ImageReference::defaultStyle(SiteKind siteKind)
{
    return siteKind == SiteKind::Hugo ? ImageReferenceStyle::Figure : ImageReferenceStyle::Markdown;
}

} // namespace Postwright
