#pragma once
// Goldmark's typographer (extension/typographer.go in goldmark 1.7, Hugo's
// default): curly quotes and apostrophes, dashes, the ellipsis and angle
// quotes, decided by the same rules on the same neighbouring characters, so
// that a post reads in the preview as Hugo will publish it. cmark-gfm's own
// CMARK_OPT_SMART is not used: its rules differ (it curls the apostrophe that
// ends "Believin'", knows no << >>, and its strings are fixed).

#include "goldmarkextensions.h"

#include <cmark-gfm.h>

namespace Postwright {

class InlineText;
class SourceLines;

namespace Typographer {

// cmark-gfm reads the <Bonjour> of <<Bonjour>> as a raw HTML tag; Goldmark's
// typographer sees << first. Such tags go back to being text, before apply().
void readAngleQuotes(cmark_node *root, const SourceLines &source, const TypographerSettings &settings);

// Replaces the punctuation in one block's editable text.
void apply(InlineText &text, const TypographerSettings &settings);

} // namespace Typographer

} // namespace Postwright
