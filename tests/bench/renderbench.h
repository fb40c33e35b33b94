#pragma once
// Group "render": the full Postwright render of a ~1 MB technical post (code
// highlighting included) against bare cmark-gfm on the same bytes.

#include "benchreport.h"
#include "benchsettings.h"

namespace Postwright {

BenchGroup benchRender(const BenchSettings &settings);

} // namespace Postwright
