#pragma once
// Where Mermaid's single-file build is: fetched from npm when the build is
// configured (cmake/FetchMermaid.cmake) and installed with the app, since
// Debian has no package of it.

#include <QString>

namespace Postwright::MermaidFiles {

// mermaid.min.js: in $POSTWRIGHT_MERMAID_DIR alone when set, else share/postwright/mermaid
// below the executable's prefix (installed), else the build tree's copy.
// Empty when absent: diagrams then stay code.
QString script();

} // namespace Postwright::MermaidFiles
