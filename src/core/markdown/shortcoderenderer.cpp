#include "shortcoderenderer.h"

#include "codehighlighter.h"
#include "rawhtml.h"

#include <QCoreApplication>

namespace Postwright {

namespace {

using RawHtml::escape;

struct Param
{
    QByteArray name; // empty: positional
    QByteArray value;
};

// Hugo's parameter syntax: positional values or name="value", name=value,
// name=`raw`.
QList<Param> parseParams(const QByteArray &text)
{
    QList<Param> params;
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
            ++i;
    };
    auto readValue = [&]() -> QByteArray {
        if (i < text.size() && (text[i] == '"' || text[i] == '`' || text[i] == '\'')) {
            const char quote = text[i];
            QByteArray value;
            for (++i; i < text.size() && text[i] != quote; ++i) {
                if (quote == '"' && text[i] == '\\' && i + 1 < text.size())
                    ++i;
                value += text[i];
            }
            ++i;
            return value;
        }
        const qsizetype start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n')
            ++i;
        return text.mid(start, i - start);
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        const qsizetype start = i;
        while (i < text.size() && (std::isalnum((unsigned char)text[i]) || text[i] == '_' || text[i] == '-'))
            ++i;
        if (i > start && i < text.size() && text[i] == '=') {
            Param p;
            p.name = text.mid(start, i - start);
            ++i;
            p.value = readValue();
            params.append(p);
        } else {
            i = start;
            params.append(Param{{}, readValue()});
        }
    }
    return params;
}

QByteArray param(const QList<Param> &params, const char *name, int position = -1)
{
    int positional = 0;
    for (const Param &p : params) {
        if (p.name.isEmpty()) {
            if (positional++ == position)
                return p.value;
        } else if (p.name == name) {
            return p.value;
        }
    }
    return {};
}

QByteArray chip(const ProtectedSpan &span, const QByteArray &label, bool block, const QByteArray &lineAttribute)
{
    const QByteArray title = escape(span.source.left(300));
    if (block)
        return "<div class=\"shortcode\"" + lineAttribute + " title=\"" + title + "\"><span class=\"shortcode-label\">"
               + escape(label) + "</span></div>\n";
    return "<span class=\"shortcode\" title=\"" + title + "\">" + escape(label) + "</span>";
}

QByteArray figure(const ProtectedSpan &span, const ShortcodeContext &context, bool block)
{
    const QList<Param> params = parseParams(span.params);
    // Safe mode gives a shortcode's URLs the rule cmark gives Markdown's.
    const auto dangerous = [&context](const QByteArray &url) { return context.safe && RawHtml::isDangerousUrl(url); };
    QByteArray src = param(params, "src");
    if (dangerous(src))
        src.clear();
    else if (context.imageSource)
        src = context.imageSource(src, span.line);
    QByteArray img = "<img src=\"" + escape(src) + '"';
    // Like Hugo's own figure: the title goes to the caption, not the image.
    for (const char *attr : {"alt", "width", "height"}) {
        const QByteArray value = param(params, attr);
        if (!value.isEmpty())
            img += ' ' + QByteArray(attr) + "=\"" + escape(value) + '"';
    }
    img += " loading=\"lazy\">";
    const QByteArray link = param(params, "link");
    if (!link.isEmpty() && !dangerous(link))
        img = "<a href=\"" + escape(link) + "\">" + img + "</a>";
    QByteArray html = "<figure";
    if (const QByteArray cls = param(params, "class"); !cls.isEmpty())
        html += " class=\"" + escape(cls) + '"';
    if (block)
        html += context.lineAttribute;
    html += '>' + img;
    const QByteArray title = param(params, "title");
    const QByteArray caption = param(params, "caption");
    if (!title.isEmpty() || !caption.isEmpty()) {
        html += "<figcaption>";
        if (!title.isEmpty())
            html += "<h4>" + escape(title) + "</h4>";
        if (!caption.isEmpty())
            html += "<p>" + escape(caption) + "</p>";
        html += "</figcaption>";
    }
    html += "</figure>";
    return block ? html + '\n' : html;
}

QByteArray youtube(const ProtectedSpan &span, const ShortcodeContext &context, bool block)
{
    const QList<Param> params = parseParams(span.params);
    QByteArray id = param(params, "id", 0);
    if (id.isEmpty())
        id = param(params, "id");
    const QByteArray url = "https://www.youtube.com/watch?v=" + QByteArray(id).toPercentEncoding();
    const QByteArray label = ShortcodeRenderer::tr("YouTube video %1").arg(QString::fromUtf8(id)).toUtf8();
    const QByteArray link = "<a class=\"video-link\" href=\"" + escape(url) + "\">&#9654; " + escape(label) + "</a>";
    if (!block)
        return link;
    return "<div class=\"video\"" + context.lineAttribute + '>' + link + "</div>\n";
}

QByteArray highlightedCode(const ProtectedSpan &span, const ShortcodeContext &context, bool hugo)
{
    QByteArray code = span.inner;
    if (code.startsWith("\r\n"))
        code.remove(0, 2);
    else if (code.startsWith('\n'))
        code.remove(0, 1);
    CodeInfo info;
    if (hugo) {
        const QList<Param> params = parseParams(span.params);
        info = CodeInfo::parse(QString::fromUtf8(param(params, "lang", 0)), QString::fromUtf8(param(params, "options", 1)));
    } else {
        // {% highlight ruby linenos %}
        const QList<QByteArray> words = span.params.simplified().split(' ');
        info = CodeInfo::parse(QString::fromUtf8(words.value(0)), {});
        info.options.lineNumbers = words.contains("linenos") || span.params.contains("linenos=");
    }
    if (context.warn && !info.language.isEmpty() && !context.highlighter->knowsLanguage(info.language))
        context.warn(span.line, ShortcodeRenderer::tr("unknown code language '%1'; shown as plain text").arg(info.language));
    return context.highlighter->toHtml(QString::fromUtf8(code), info, context.lineAttribute.trimmed());
}

QByteArray math(const ProtectedSpan &span, bool display, const QByteArray &lineAttribute)
{
    if (display)
        return "<div class=\"math display\"" + lineAttribute + '>' + escape(span.source) + "</div>\n";
    return "<span class=\"math inline\">" + escape(span.source) + "</span>";
}

QByteArray pairWithInner(const ProtectedSpan &span, const ShortcodeContext &context, bool block)
{
    const QByteArray label = span.name;
    if (!block || !context.renderMarkdown)
        return chip(span, label, false, {}) + escape(span.inner.trimmed());
    return "<div class=\"shortcode-block\"" + context.lineAttribute + " data-shortcode=\"" + escape(span.name)
           + "\"><span class=\"shortcode-label\">" + escape(label) + "</span>\n"
           + context.renderMarkdown(span.inner, span.line) + "</div>\n";
}

} // namespace

bool ShortcodeRenderer::isKnownHugoShortcode(const QByteArray &name)
{
    static const QSet<QByteArray> builtIn = {"figure", "youtube", "highlight", "gist", "instagram", "param",
                                             "ref", "relref", "tweet", "x", "vimeo", "details", "comment", "qr"};
    return builtIn.contains(name);
}

bool ShortcodeRenderer::rendersAsBlock(const ProtectedSpan &span)
{
    switch (span.kind) {
    case ProtectedSpan::MathInline:
    case ProtectedSpan::LiquidOutput:
    case ProtectedSpan::EscapedShortcode:
        return false;
    case ProtectedSpan::LiquidTag:
        return span.name == "include";
    case ProtectedSpan::LiquidPair:
        return span.name != "raw";
    default:
        return true;
    }
}

QByteArray ShortcodeRenderer::render(const ProtectedSpan &span, bool block, const ShortcodeContext &context)
{
    switch (span.kind) {
    case ProtectedSpan::MathInline:
        return math(span, false, {});
    case ProtectedSpan::MathDisplay:
        return math(span, block, context.lineAttribute);
    case ProtectedSpan::ExcerptSeparator: {
        QByteArray text = span.source.trimmed();
        text.replace("--", "- -");
        return "<!-- " + text + " -->" + (block ? "\n" : "");
    }
    case ProtectedSpan::EscapedShortcode:
        return escape(span.inner);
    case ProtectedSpan::LiquidOutput:
        return chip(span, "{{ " + span.inner + " }}", false, {});
    case ProtectedSpan::LiquidTag:
        return chip(span, "{% " + span.name + (span.params.isEmpty() ? "" : ' ' + span.params) + " %}", block,
                    context.lineAttribute);
    case ProtectedSpan::LiquidPair:
        if (span.name == "highlight")
            return highlightedCode(span, context, false);
        if (span.name == "comment")
            return {};
        if (span.name == "raw")
            return escape(span.inner);
        return pairWithInner(span, context, block);
    case ProtectedSpan::Shortcode:
    case ProtectedSpan::ShortcodePair:
        break;
    }
    if (context.warn && !isKnownHugoShortcode(span.name) && !context.siteShortcodes.contains(span.name))
        context.warn(span.line, ShortcodeRenderer::tr("unknown shortcode '%1'").arg(QString::fromUtf8(span.name)));
    if (span.name == "figure")
        return figure(span, context, block);
    if (span.name == "youtube")
        return youtube(span, context, block);
    if (span.name == "highlight" && span.kind == ProtectedSpan::ShortcodePair)
        return highlightedCode(span, context, true);
    if (span.kind == ProtectedSpan::ShortcodePair)
        return pairWithInner(span, context, block);
    const QByteArray label = span.name + (span.params.isEmpty() ? QByteArray() : ' ' + span.params.left(60));
    return chip(span, label, block, context.lineAttribute);
}

} // namespace Postwright
