#pragma once
// Where KaTeX is installed (Debian's libjs-katex and fonts-katex), for the
// preview, which loads it from there, and for export, which renders with its
// script and copies or inlines its stylesheet and fonts. Never the network.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Postwright::KatexFiles {

// The folder with katex.min.js, katex.min.css and fonts/: $POSTWRIGHT_KATEX_DIR,
// else share/postwright/katex beside the executable's prefix, else
// /usr/share/javascript/katex. Empty when none holds katex.min.js.
QString directory();

// The stylesheet with every font URL pointing below fontPrefix
// ("katex/fonts/" for copied files), or written inline as data: URIs when
// fontPrefix is empty. Only the WOFF2 files are referred to: every browser
// that runs KaTeX reads them. Empty when KaTeX is not installed.
QByteArray styleSheet(const QString &fontPrefix);

// The WOFF2 font files the stylesheet refers to (absolute paths).
QStringList fontFiles();

} // namespace Postwright::KatexFiles
