#pragma once
// Group "pathological": inputs made to hurt a Markdown reader (cmark-gfm's own
// pathological cases, and unclosed math, shortcodes, Liquid and comments, the
// spans Postwright protects), each sized so that bare cmark-gfm needs 50-100 ms
// and rendered by Postwright beside it at that size and at twice it, to show
// whether the renderer is linear.
//
// Postwright's renders run in a child copy of the bench (`postwright-bench
// --pathological-child CASE THREADS BUDGET_MS BYTES...`), so a render that
// would take minutes is never started, or is stopped, and the group ends in a
// few minutes whatever the renderer does.

#include "benchreport.h"
#include "benchsettings.h"

namespace Postwright {

BenchGroup benchPathological(const BenchSettings &settings);

bool isPathologicalChildInvocation(int argc, char **argv);
int pathologicalChildMain(int argc, char **argv);

} // namespace Postwright
