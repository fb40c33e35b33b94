#pragma once
// Hugo's Goldmark extras (hugo-goldmark-extensions/extras): ==mark==,
// ++insert++, x^superscript^ and x~subscript~, each only when the site turns
// it on. A cmark-gfm inline syntax extension, so the markers pair up on
// cmark's delimiter stack with emphasis, as Goldmark's delimiters do.
// Superscript and subscript may hold spaces, as in Hugo 0.131; when subscript
// is on, ~~x~~ still strikes through (the extension takes over "~" from cmark-gfm's
// strikethrough, which must then be attached after it).

#include "goldmarkextensions.h"

#include <cmark-gfm-extension_api.h>

namespace Postwright::Extras {

// The extension for these settings, or null when none is on; attach it
// before "strikethrough". One per combination for the whole program.
cmark_syntax_extension *extension(const ExtrasSettings &settings);

} // namespace Postwright::Extras
