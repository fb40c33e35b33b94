#pragma once
// The page options export and export-site share: --theme, --css, --safe,
// --toc, --fragment, --embed-images, --math, --diagrams, --strict.

#include "export/exporter.h"

#include <QCommandLineParser>

namespace Postwright {

class ExportOptionParser
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ExportOptionParser)
public:
    explicit ExportOptionParser(QCommandLineParser &parser);

    // Reads the options; false with a message on a bad value (unknown theme,
    // unreadable CSS file).
    bool read(const QCommandLineParser &parser, ExportOptions *options, QString *error) const;
    bool strict(const QCommandLineParser &parser) const { return parser.isSet(m_strict); }

private:
    QCommandLineOption m_fragment;
    QCommandLineOption m_embed;
    QCommandLineOption m_theme;
    QCommandLineOption m_css;
    QCommandLineOption m_safe;
    QCommandLineOption m_toc;
    QCommandLineOption m_strict;
    QCommandLineOption m_math;
    QCommandLineOption m_diagrams;
};

} // namespace Postwright
