#pragma once
// Group "export-site": `postwright export-site` on a generated Hugo site
// against Hugo building the same site, and how postwright's peak memory grows
// with the number of posts.

#include "benchreport.h"
#include "benchsettings.h"

namespace Postwright {

BenchGroup benchExportSite(const BenchSettings &settings);

} // namespace Postwright
