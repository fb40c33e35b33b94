#pragma once
// Small edits of cmark-gfm's tree that several passes need, done one way.

#include <QByteArray>

struct cmark_node;

namespace Postwright::CmarkNodes {

// A block that writes enter and exit around its children.
cmark_node *newCustomBlock(const QByteArray &enter, const QByteArray &exit);

// Makes every text-like node below root own its text. cmark-gfm's inline
// nodes point into their block's buffer, which goes with the block: call this
// before moving inline nodes out of a block that is then freed.
void ownLiterals(cmark_node *root);

} // namespace Postwright::CmarkNodes
