#pragma once
// Lines that hold attributes for a block instead of text: Goldmark's
// {.class #id key="v"} line after a block (parser.attribute.block), and on a
// Jekyll site kramdown's {: .class} lists, {:name: ...} definitions,
// {::options ... /} and {::comment}...{:/comment}. They are found before
// cmark parses the post and each is replaced by a one-line HTML comment
// marker: cmark makes that an HTML block of its own, which ends the block
// before it as Goldmark's attribute parser does (a paragraph, a quote's lazy
// line, a list, a table row) without a blank line that would loosen a list.
// The renderer then gives the attributes to the block beside the marker and
// drops the marker, so the line is never shown.

#include "attributelist.h"
#include "attributesettings.h"

#include <QByteArray>
#include <QList>

namespace Postwright {

struct LexedPost;

struct AttributeLine
{
    AttributeList attributes;
    QByteArray original;      // the replaced part of the line, as written
    bool blankBefore = false; // no block directly before it (Goldmark then drops it)
    bool blankAfter = false;  // no block directly after it (kramdown applies a list before a block to it)
    bool hidden = false;      // applies to nothing: kramdown definitions, options and comments
};

namespace AttributeLines {

// Replaces the attribute lines of text (the body cmark will parse, lines as
// in the file) by markers; lines in code blocks stay. Returns them, a
// marker's number indexing the list.
QList<AttributeLine> mark(QByteArray &text, const LexedPost &lexed, const AttributeSettings &settings);

// The line a marker HTML block stands for, or -1 when html is none.
int markerIndex(QByteArrayView html);

// text with every marker in it put back as the line was written: a marker
// that cmark read into other HTML or text.
QByteArray restore(QByteArray text, const QList<AttributeLine> &lines);

// Attributes for a block's start tag: the renderer puts tag(n) before the
// block's HTML, and inject() moves the attributes into the next start tag.
QByteArray tag(int index);
QByteArray inject(const QByteArray &html, const QList<QByteArray> &attributes);

} // namespace AttributeLines

} // namespace Postwright
