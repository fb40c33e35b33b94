#include "rawhtml.h"

namespace Postwright::RawHtml {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool startsWithTag(const QByteArray &html, qsizetype i, const char *tag)
{
    qsizetype k = 0;
    for (; tag[k]; ++k)
        if (i + k >= html.size() || lower(html[i + k]) != tag[k])
            return false;
    return i + k < html.size() && (isSpace(html[i + k]) || html[i + k] == '/' || html[i + k] == '>');
}

QByteArray unescapeEntities(QByteArray value)
{
    value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    return value.replace("&amp;", "&");
}

} // namespace

QByteArray escape(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
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
        if (!startsWithTag(html, i + 1, "img"))
            continue;
        // Walk the attributes of this tag.
        qsizetype p = i + 4;
        while (p < html.size() && html[p] != '>') {
            while (p < html.size() && (isSpace(html[p]) || html[p] == '/'))
                ++p;
            const qsizetype nameStart = p;
            while (p < html.size() && !isSpace(html[p]) && html[p] != '=' && html[p] != '>' && html[p] != '/')
                ++p;
            const QByteArray name = html.mid(nameStart, p - nameStart).toLower();
            while (p < html.size() && isSpace(html[p]))
                ++p;
            if (p >= html.size() || html[p] != '=') {
                if (p == nameStart)
                    ++p; // never stall on stray characters
                continue;
            }
            ++p;
            while (p < html.size() && isSpace(html[p]))
                ++p;
            qsizetype valueStart = p, valueEnd = p, attrEnd = p;
            if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
                const qsizetype close = html.indexOf(html[p], p + 1);
                valueStart = p + 1;
                valueEnd = close < 0 ? html.size() : close;
                attrEnd = close < 0 ? html.size() : close + 1;
            } else {
                while (valueEnd < html.size() && !isSpace(html[valueEnd]) && html[valueEnd] != '>')
                    ++valueEnd;
                attrEnd = valueEnd;
            }
            if (name == "src") {
                const QByteArray value = unescapeEntities(html.mid(valueStart, valueEnd - valueStart));
                const QByteArray replacement = rewrite(value);
                if (replacement != value) {
                    out.append(html.constData() + copied, nameStart - copied);
                    out += "src=\"" + escape(replacement) + '"';
                    copied = attrEnd;
                }
            }
            p = attrEnd;
        }
        i = p;
        if (i >= html.size())
            break;
    }
    out.append(html.constData() + copied, html.size() - copied);
    return out;
}

} // namespace Postwright::RawHtml
