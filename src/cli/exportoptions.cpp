#include "exportoptions.h"

#include "markdown/codehighlighter.h"
#include "webworkerclient.h"

#include <QFile>

namespace Postwright {

ExportOptionParser::ExportOptionParser(QCommandLineParser &parser)
    : m_fragment(QStringLiteral("fragment"), tr("Write the body HTML only, without the page around it."))
    , m_embed(QStringLiteral("embed-images"), tr("Inline every local image as a data: URI, for one file that opens anywhere."))
    , m_theme(QStringLiteral("theme"), tr("Highlight code with the KSyntaxHighlighting theme NAME (default: light and dark)."),
              tr("NAME"))
    , m_css(QStringLiteral("css"), tr("Style the page with FILE (the blog's own stylesheet)."), tr("FILE"))
    , m_safe(QStringLiteral("safe"), tr("Drop raw HTML from the post."))
    , m_toc(QStringLiteral("toc"), tr("Add a table of contents."))
    , m_strict(QStringLiteral("strict"), tr("Treat warnings as errors."))
    , m_math(QStringLiteral("math"),
             tr("Math as MODE: katex (drawn now with KaTeX; the page needs its stylesheet and fonts, copied beside it, "
                "no script), mathjax (kept for MathJax, with its script tag) or none (as the site writes it). "
                "Default: katex."),
             tr("MODE"), QStringLiteral("katex"))
    , m_diagrams(QStringLiteral("diagrams"),
                 tr("Mermaid diagrams as MODE: svg (drawn now, inline SVG) or keep (<pre class=\"mermaid\"> for the "
                    "blog's own Mermaid script). Default: svg."),
                 tr("MODE"), QStringLiteral("svg"))
{
    parser.addOptions({m_fragment, m_embed, m_theme, m_css, m_safe, m_toc, m_math, m_diagrams, m_strict});
}

bool ExportOptionParser::read(const QCommandLineParser &parser, ExportOptions *options, QString *error) const
{
    options->fragment = parser.isSet(m_fragment);
    options->embedImages = parser.isSet(m_embed);
    options->safe = parser.isSet(m_safe);
    options->toc = parser.isSet(m_toc);
    const QString math = parser.value(m_math);
    if (math == u"katex") {
        options->math = ExportMath::KaTeX;
    } else if (math == u"mathjax") {
        options->math = ExportMath::MathJax;
    } else if (math == u"none") {
        options->math = ExportMath::None;
    } else {
        *error = tr("unknown math mode '%1'; use katex, mathjax or none").arg(math);
        return false;
    }
    const QString diagrams = parser.value(m_diagrams);
    if (diagrams == u"svg") {
        options->drawDiagrams = WebWorkerClient::drawDiagrams;
    } else if (diagrams != u"keep") {
        *error = tr("unknown diagrams mode '%1'; use svg or keep").arg(diagrams);
        return false;
    }
    if (parser.isSet(m_theme)) {
        options->theme = parser.value(m_theme);
        const QStringList themes = CodeHighlighter::themeNames();
        if (!themes.contains(options->theme)) {
            *error = tr("unknown theme '%1'; installed themes: %2").arg(options->theme, themes.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(m_css)) {
        QFile css(parser.value(m_css));
        if (!css.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(css.fileName(), css.errorString());
            return false;
        }
        options->styleSheet = css.readAll();
    }
    return true;
}

} // namespace Postwright
