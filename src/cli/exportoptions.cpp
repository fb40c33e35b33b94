#include "exportoptions.h"

#include "markdown/codehighlighter.h"

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
{
    parser.addOptions({m_fragment, m_embed, m_theme, m_css, m_safe, m_toc, m_strict});
}

bool ExportOptionParser::read(const QCommandLineParser &parser, ExportOptions *options, QString *error) const
{
    options->fragment = parser.isSet(m_fragment);
    options->embedImages = parser.isSet(m_embed);
    options->safe = parser.isSet(m_safe);
    options->toc = parser.isSet(m_toc);
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
