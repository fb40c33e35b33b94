#pragma once
// Edits of cmark-gfm's tree and output that make its HTML what Goldmark (in
// Hugo 0.131) writes for the same Markdown: footnotes, linkify's protocol,
// images standing alone, table alignment. The renderer decides, from the
// site's MarkupSettings, which of them apply.

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

struct cmark_node;

namespace Postwright {

namespace GoldmarkStyle {

// Glue between a block's end and what follows: the renderer removes it with
// the line break before it (U+E009; posts never keep it).
inline constexpr char Glue[] = "\xEE\x80\x89"; // U+E007 and U+E008 mark attribute lines

// Given HTML for inline use, returns text that stands for it in a text node
// and is replaced by it after rendering.
using InlineHtml = std::function<QByteArray(QByteArray html)>;

// Footnote references and the list of notes as Goldmark writes them:
// <sup id="fnref:1"> (fnref1:1 for a second reference to the same note), and
// <div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"> with a
// backlink per reference at the end of the note's last paragraph.
void rewriteFootnotes(cmark_node *document, bool xhtml, const InlineHtml &inlineHtml);

// A link cmark-gfm's autolink extension made from a bare www. address gets
// protocol ("https") instead of http. False when link is no such link.
bool setLinkifyProtocol(cmark_node *link, QByteArrayView protocol);

// wrapStandAloneImageWithinParagraph = false: a paragraph holding nothing but
// an image gives way to the image. False when paragraph is not one.
bool unwrapStandaloneImage(cmark_node *paragraph);

// A table rendered with CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES, its cells'
// style="text-align: left" written as Goldmark does: style="text-align:left".
QByteArray tableAlignment(QByteArray tableHtml);

// html with every Glue and the line break before it removed.
QByteArray removeGlue(QByteArray html);

} // namespace GoldmarkStyle

} // namespace Postwright
