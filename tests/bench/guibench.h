#pragma once
// Group "gui": the editor window with real widgets (under Xvfb on a machine
// without a screen). How long a keystroke keeps the window busy, how long the
// preview takes to show it, how long a 5 MB post takes to open, and how much
// memory the running app holds against ghostwriter, another Markdown editor
// with a WebEngine preview.
//
// Needs a QApplication set up as the editor's (see main.cpp).

#include "benchreport.h"
#include "benchsettings.h"

namespace Postwright {

BenchGroup benchGui(const BenchSettings &settings);

} // namespace Postwright
