#include "rawhtml.h"

#include "htmlattributes.h"

#include <cstring>

namespace Postwright::RawHtml {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

QByteArray unescape(QByteArrayView text)
{
    QByteArray value = text.toByteArray();
    value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    return value.replace("&amp;", "&");
}

namespace {

// The entity for c, or null: one rule for escape and writeEscaped.
QByteArrayView entityFor(char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    default: return {};
    }
}

} // namespace

QByteArray escape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (const QByteArrayView entity = entityFor(c); !entity.isNull())
            out += entity;
        else
            out += c;
    }
    return out;
}

char *writeEscaped(char *out, QByteArrayView text)
{
    for (const char c : text) {
        const QByteArrayView entity = entityFor(c);
        if (entity.isNull()) {
            *out++ = c;
            continue;
        }
        std::memcpy(out, entity.data(), std::size_t(entity.size()));
        out += entity.size();
    }
    return out;
}

bool isDangerousUrl(QByteArrayView url)
{
    // Browsers drop tabs and newlines anywhere in a URL and leading spaces and
    // control characters; so do we before looking at the scheme.
    QByteArray plain;
    for (char c : url) {
        if (c == '\t' || c == '\n' || c == '\r' || (plain.isEmpty() && static_cast<unsigned char>(c) <= ' '))
            continue;
        plain += lower(c);
        if (plain.size() > 20)
            break; // the longest scheme and data: type we look for fit
    }
    if (plain.startsWith("data:"))
        return !(plain.startsWith("data:image/png") || plain.startsWith("data:image/gif")
                 || plain.startsWith("data:image/jpeg") || plain.startsWith("data:image/webp"));
    return plain.startsWith("javascript:") || plain.startsWith("vbscript:") || plain.startsWith("file:");
}

QByteArray rewriteImageSources(const QByteArray &html, const std::function<QByteArray(const QByteArray &)> &rewrite)
{
    if (!html.contains("<img") && !html.contains("<IMG"))
        return html;
    QByteArray out;
    out.reserve(html.size() + 64);
    qsizetype copied = 0;
    for (qsizetype i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
        if (!HtmlStartTag::opensTag(html, i, "img"))
            continue;
        const std::optional<HtmlStartTag> tag = HtmlStartTag::parse(html, i + 4, html.size(), {"src"});
        if (!tag)
            break; // unclosed: a browser shows no image
        if (const std::optional<HtmlAttribute> src = tag->attribute("src")) {
            const QByteArray value = unescape(src->value.toByteArray());
            const QByteArray replacement = rewrite(value);
            if (replacement != value) {
                out.append(html.constData() + copied, src->start - copied);
                out += "src=\"" + escape(replacement) + '"';
                copied = src->end;
            }
        }
        i = tag->end - 1;
    }
    out.append(html.constData() + copied, html.size() - copied);
    return out;
}

} // namespace Postwright::RawHtml
