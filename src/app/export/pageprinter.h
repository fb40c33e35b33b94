#pragma once
// Prints an exported HTML page to PDF with WebEngine (Chromium's own
// printing: the page as a browser shows it, code highlighted, KaTeX's fonts,
// images), without a window: from File > Export > PDF and, for the command
// line, in a worker process (webworker.h).

#include <QPageLayout>
#include <QString>

namespace Postwright::PagePrinter {

// The page layout for a page size name ("A4", "Letter") and margins in
// millimetres; invalid for an unknown size.
QPageLayout layoutFor(const QString &pageSize, double marginsMm);

// Loads htmlFile (a page whose images and stylesheets sit beside it) and
// prints it to pdfFile; blocks in a local event loop until done. False with
// *error set when the page does not load or printing fails.
bool printToPdf(const QString &htmlFile, const QString &pdfFile, const QPageLayout &layout, QString *error);

} // namespace Postwright::PagePrinter
