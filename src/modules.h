#pragma once
// The executable's modules: parts loaded only when a run needs them, so a
// command never pays at start-up for libraries it does not use (every symbol
// of a Debian library is bound at load). postwright-editor.so holds the
// editor (Widgets, WebEngine, KTextEditor); postwright-highlighting.so the
// code highlighting (KSyntaxHighlighting, which brings Qt Network and about
// 60 libraries with it).

#include <QString>

namespace Postwright::Modules {

// The module's entry point named symbol, loading the module on first use:
// beside the executable (the build tree), then where `cmake --install` puts
// it. Null with *error set when neither loads.
void *symbol(const char *module, const char *symbol, QString *error);

} // namespace Postwright::Modules
