#pragma once
// Group "render": the full Postwright render of a ~1 MB technical post (code
// highlighting included) against bare cmark-gfm on the same bytes, on all
// threads and on one; and the CLI process to process (`postwright export
// --fragment`) against the cmark-gfm CLI, for a one-line post and that post.

#include "benchreport.h"
#include "benchsettings.h"

#include <QByteArray>

namespace Postwright {

BenchGroup benchRender(const BenchSettings &settings);

// The baseline: bare cmark-gfm with the extensions Postwright uses, in this
// process. Returns the size of the HTML. Call
// cmark_gfm_core_extensions_ensure_registered() once first.
qsizetype renderWithBareCmark(const QByteArray &post);

} // namespace Postwright
