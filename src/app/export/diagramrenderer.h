#pragma once
// Mermaid diagrams drawn to SVG by the same Mermaid the preview uses, in a
// WebEngine page without a window: for export (inline SVG in the page, and
// so in its PDF), from File > Export and, for the command line, in the web
// worker process (webworker.h).

#include "export/exporter.h"

#include <QByteArrayList>
#include <QList>

namespace Postwright::DiagramRenderer {

// Each source drawn, in order; blocks in a local event loop. When Mermaid is
// not installed or its page fails, every result carries that error.
QList<DrawnDiagram> draw(const QByteArrayList &sources);

} // namespace Postwright::DiagramRenderer
