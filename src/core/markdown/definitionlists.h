#pragma once
// Definition lists as Goldmark's extension/definition_list.go reads them (PHP
// Markdown Extra: term lines, then ": definition" lines; a blank line before a
// definition makes it loose, with <p> inside <dd>; continuation lines are
// indented to the definition's text).
//
// Built as a cmark-gfm block syntax extension rather than by rewriting the
// text before cmark: whether a ":" line starts a definition depends on the
// block before it (a paragraph or a list of definitions, in the same
// container), on lazy continuation and on indentation, which only the block
// parser knows; a text rewrite would have to guess at all of it and would
// shift columns. The parser's own nodes keep their source lines, so
// data-line stays right. After parsing, finish() takes the terms from the
// paragraph before each list, joins lists as Goldmark does and writes them as
// HTML blocks (cmark-gfm renders no extension node itself).

#include <QByteArrayView>

#include <cmark-gfm-extension_api.h>

namespace Postwright::DefinitionLists {

// The extension to attach to a parser; one for the whole program, it keeps
// no state of its own.
cmark_syntax_extension *extension();

// parsedText: what the parser was fed, to tell tight definitions from loose.
void finish(cmark_node *document, QByteArrayView parsedText, bool sourceLines);

} // namespace Postwright::DefinitionLists
