#pragma once
// What the command line asks of the web worker process (src/app/webworker.h):
// the CLI runs without Chromium, so PDF printing and diagram drawing happen in
// `postwright --web-worker ...`, on the offscreen platform when there is no
// display. Safe to call from any thread.

#include "export/exporter.h"

#include <QString>

namespace Postwright::WebWorkerClient {

// Prints page (an exported page with its files beside it) to outputPath,
// written whole or not at all. Empty when it worked, else why not.
QString printToPdf(const QString &page, const QString &outputPath, const QString &pageSize, double marginsMm);

// ExportOptions::drawDiagrams through the worker.
QList<DrawnDiagram> drawDiagrams(const QByteArrayList &sources);

} // namespace Postwright::WebWorkerClient
