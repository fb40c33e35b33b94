#include "shortcoderenderer.h"

#include "codehighlighter.h"
#include "rawhtml.h"

#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace Postwright {

namespace {

using RawHtml::escape;

using Params = QList<ShortcodeParam>;

QByteArray param(const Params &params, const char *name, int position = -1)
{
    return ShortcodeTag::value(params, name, position);
}

char *writeLiteral(char *p, QByteArrayView text)
{
    std::memcpy(p, text.data(), std::size_t(text.size()));
    return p + text.size();
}

// A label for what Postwright cannot run, its source in the tooltip; written
// in place, into room made once: a post may hold a million.
void appendChip(QByteArray &html, const ProtectedSpan &span, QByteArrayView label, bool block, QByteArrayView lineAttribute)
{
    const QByteArrayView source = span.source.first(qMin(span.source.size(), qsizetype(300)));
    const qsizetype start = html.size();
    html.resize(start + 96 + lineAttribute.size() + RawHtml::MaxEscapedBytes * (source.size() + label.size()));
    char *p = html.data() + start;
    p = writeLiteral(p, block ? QByteArrayView("<div class=\"shortcode\"") : QByteArrayView("<span class=\"shortcode\""));
    if (block)
        p = writeLiteral(p, lineAttribute);
    p = RawHtml::writeEscaped(writeLiteral(p, " title=\""), source);
    p = writeLiteral(p, block ? QByteArrayView("\"><span class=\"shortcode-label\">") : QByteArrayView("\">"));
    p = RawHtml::writeEscaped(p, label);
    p = writeLiteral(p, block ? QByteArrayView("</span></div>\n") : QByteArrayView("</span>"));
    html.resize(p - html.constData());
}

// A Liquid tag's label: its name and parameters as written, without the delimiters.
QByteArrayView liquidLabel(const ProtectedSpan &span)
{
    if (span.params().isEmpty())
        return span.name();
    return span.source.sliced(span.name().data() - span.source.data(), span.params().data() + span.params().size() - span.name().data());
}

QByteArray chip(const ProtectedSpan &span, QByteArrayView label, bool block, QByteArrayView lineAttribute)
{
    QByteArray html;
    html.reserve(96 + 2 * (qMin(span.source.size(), qsizetype(300)) + label.size()));
    appendChip(html, span, label, block, lineAttribute);
    return html;
}


QByteArray figure(const ProtectedSpan &span, const ShortcodeContext &context, bool block)
{
    const Params params = ShortcodeTag::parseParams(span.params());
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
    img += '>'; // Hugo 0.131's figure: no loading attribute
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
    const Params params = ShortcodeTag::parseParams(span.params());
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
    QByteArrayView code = span.inner();
    if (code.startsWith("\r\n"))
        code = code.sliced(2);
    else if (code.startsWith('\n'))
        code = code.sliced(1);
    CodeInfo info;
    if (hugo) {
        const Params params = ShortcodeTag::parseParams(span.params());
        info = CodeInfo::parse(QString::fromUtf8(param(params, "lang", 0)), QString::fromUtf8(param(params, "options", 1)));
    } else {
        // {% highlight ruby linenos %}
        const QList<QByteArray> words = span.params().toByteArray().simplified().split(' ');
        info = CodeInfo::parse(QString::fromUtf8(words.value(0)), {});
        info.options.lineNumbers = words.contains("linenos") || span.params().contains("linenos=");
    }
    if (context.warn && !info.language.isEmpty() && !context.highlighter->knowsLanguage(info.language))
        context.warn(span.line, ShortcodeRenderer::tr("unknown code language '%1'; shown as plain text").arg(info.language));
    return context.highlighter->toHtml(QString::fromUtf8(code), info, context.lineAttribute.trimmed());
}

// One formula as context.math asks. display: display math; block: alone in
// its paragraph (a <div> carrying the source line).
QByteArray math(const ProtectedSpan &span, bool display, bool block, const ShortcodeContext &context)
{
    if (context.math == MathOutput::AsSite && context.passthrough) // Goldmark's passthrough: a block bare, without <p>
        return escape(span.source) + (display && block ? "\n" : "");
    // $$x$$ inside a paragraph is inline math, as kramdown reads it.
    display = display && block;
    const QByteArray open = block ? "<div class=\"math display\"" + context.lineAttribute : QByteArray("<span class=\"math inline\"");
    const QByteArray close = block ? "</div>\n" : "</span>";
    switch (context.math) {
    case MathOutput::AsSite:
        return open + '>' + escape(span.source) + close;
    case MathOutput::Marked:
        // The formula for KaTeX; the source shows until it has drawn it.
        return open + " data-tex=\"" + escape(span.inner()) + "\">" + escape(span.source) + close;
    case MathOutput::MathJax:
        // The delimiters MathJax reads without configuration, whatever the post used.
        return open + '>' + (display ? "\\[" : "\\(") + escape(span.inner()) + (display ? "\\]" : "\\)") + close;
    case MathOutput::Rendered:
        break;
    }
    const RenderedMath rendered = context.renderMath ? context.renderMath(span.inner(), display) : RenderedMath{};
    if (!rendered.error.isEmpty() || rendered.html.isEmpty()) {
        if (context.warn && !rendered.error.isEmpty())
            context.warn(span.line, rendered.error);
        // KaTeX's message in red where the formula was (math-error in page.css).
        return open + "><span class=\"math-error\" title=\"" + escape(rendered.error.toUtf8()) + "\">" + escape(span.source)
               + "</span>" + close;
    }
    return open + '>' + rendered.html + close;
}

// The name with the parameters that tell one use from another ("hint warning").
QByteArray labelOf(const ProtectedSpan &span)
{
    QByteArray label = span.name().toByteArray();
    if (!span.params().isEmpty())
        label += ' ' + span.params().first(qMin(span.params().size(), qsizetype(60))).toByteArray();
    return label;
}

QByteArray pairWithInner(const ProtectedSpan &span, const ShortcodeContext &context, bool block)
{
    const QByteArray label = labelOf(span);
    if (!block || !context.renderMarkdown)
        return chip(span, label, false, {}) + escape(span.inner().trimmed());
    return "<div class=\"shortcode-block\"" + context.lineAttribute + " data-shortcode=\"" + escape(span.name())
           + "\"><span class=\"shortcode-label\">" + escape(label) + "</span>\n"
           + context.renderMarkdown(span.inner().toByteArray(), span.line) + "</div>\n";
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
    case ProtectedSpan::Hidden:
        return true;
    case ProtectedSpan::LiquidTag:
        return span.name() == "include";
    case ProtectedSpan::LiquidPair:
        return true;
    default:
        return true;
    }
}

QByteArray ShortcodeRenderer::render(const ProtectedSpan &span, bool block, const ShortcodeContext &context)
{
    switch (span.kind) {
    case ProtectedSpan::MathInline:
        return math(span, false, false, context);
    case ProtectedSpan::MathDisplay:
        return math(span, true, block, context);
    case ProtectedSpan::ExcerptSeparator: {
        QByteArray text = span.source.trimmed().toByteArray();
        text.replace("--", "- -");
        return "<!-- " + text + " -->" + (block ? "\n" : "");
    }
    case ProtectedSpan::EscapedShortcode:
        return escape(span.shown());
    case ProtectedSpan::Hidden:
        return {};
    case ProtectedSpan::LiquidOutput:
        // Labels without the delimiters, as for shortcodes: the tooltip has the source.
        return chip(span, span.inner(), false, {});
    case ProtectedSpan::LiquidTag:
        return chip(span, liquidLabel(span), block, context.lineAttribute);
    case ProtectedSpan::LiquidPair:
        if (span.name() == "highlight")
            return highlightedCode(span, context, false);
        if (span.name() == "comment" || span.name() == "capture")
            return {}; // a capture goes into a variable, not the page
        return escape(span.inner());
    case ProtectedSpan::Shortcode:
    case ProtectedSpan::ShortcodePair:
        break;
    }
    // Once per name: a post that uses an unknown shortcode fifty times has one problem.
    if (context.warn && !isKnownHugoShortcode(span.name().toByteArray()) && !context.siteShortcodes.contains(span.name().toByteArray())
        && !std::exchange(context.warnedShortcodes[span.name().toByteArray()], true))
        context.warn(span.line, ShortcodeRenderer::tr("unknown shortcode '%1'").arg(QString::fromUtf8(span.name())));
    if (span.name() == "figure")
        return figure(span, context, block);
    if (span.name() == "youtube")
        return youtube(span, context, block);
    if (span.name() == "highlight" && span.kind == ProtectedSpan::ShortcodePair)
        return highlightedCode(span, context, true);
    if (span.kind == ProtectedSpan::ShortcodePair)
        return pairWithInner(span, context, block);
    return chip(span, labelOf(span), block, context.lineAttribute);
}

void ShortcodeRenderer::appendTo(QByteArray &out, const ProtectedSpan &span, bool block, const ShortcodeContext &context)
{
    // The labels a post may hold by the thousand, written in place.
    if (!block && isPlainLabel(span))
        appendLabel(out, span);
    else
        out += render(span, block, context);
}

bool ShortcodeRenderer::isPlainLabel(const ProtectedSpan &span)
{
    return span.kind == ProtectedSpan::LiquidOutput || span.kind == ProtectedSpan::LiquidTag;
}

void ShortcodeRenderer::appendLabel(QByteArray &out, const ProtectedSpan &span)
{
    Q_ASSERT(isPlainLabel(span));
    // Labels without the delimiters, as for shortcodes: the tooltip has the source.
    appendChip(out, span, span.kind == ProtectedSpan::LiquidOutput ? span.inner() : liquidLabel(span), false, {});
}

QByteArray ShortcodeRenderer::targetOf(const ProtectedSpan &span)
{
    switch (span.kind) {
    case ProtectedSpan::Shortcode:
        if (span.name() == "ref" || span.name() == "relref") {
            const Params params = ShortcodeTag::parseParams(span.params());
            const QByteArray path = param(params, "path");
            return path.isEmpty() ? param(params, "", 0) : path;
        }
        break;
    case ProtectedSpan::LiquidTag:
        // {% link _posts/a.md %}, {% post_url 2024-01-01-a %}
        if (span.name() == "link" || span.name() == "post_url")
            return span.params().toByteArray().simplified().split(' ').value(0);
        break;
    case ProtectedSpan::LiquidOutput: {
        // {{ '/docs/' | relative_url }}: the quoted address
        const QByteArray value = span.inner().toByteArray().split('|').value(0).trimmed();
        if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') && value.back() == value.front())
            return value.mid(1, value.size() - 2);
        if (value == "site.baseurl" || value == "site.url")
            return {};
        break;
    }
    default:
        break;
    }
    return {}; // what the site makes of it is the site's: no address rather than a wrong one
}

} // namespace Postwright
