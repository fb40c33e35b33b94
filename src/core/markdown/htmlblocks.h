#pragma once
// Cuts a rendered body into its top-level blocks and says which changed
// between two renders, so the preview can swap only those: a keystroke in a
// long post then ships a paragraph to the page instead of the whole post.

#include <QByteArrayView>
#include <QList>

namespace Postwright {

struct HtmlBlock
{
    qsizetype offset = 0; // into the body
    qsizetype length = 0;
    // Of the block's bytes with each data-line made relative to the block's
    // first: two blocks with the same key show the same, lines aside.
    size_t key = 0;
    int line = 0; // the block's first data-line, 0 when it has none
};

// A kept block whose data-lines all moved by delta.
struct LineShift
{
    int first = 0; // index in the new blocks
    int count = 0;
    int delta = 0;
};

// Turns the old blocks into the new ones: remove `removed` blocks at `start`,
// insert new blocks [start, start + inserted) there, then move the lines of
// the kept blocks.
struct BlockPatch
{
    int start = 0;
    int removed = 0;
    int inserted = 0;
    QList<LineShift> shifts;
};

class HtmlBlocks
{
public:
    // Splits at the points where every element opened so far is closed and a
    // new line starts with a tag. Raw HTML a post leaves unbalanced keeps
    // everything up to its close in one block, so a block always parses on
    // its own as it does in the whole body.
    static QList<HtmlBlock> split(QByteArrayView html);

    // The smallest middle run to swap, with the unchanged blocks at both ends kept.
    static BlockPatch diff(const QList<HtmlBlock> &before, const QList<HtmlBlock> &after);
};

} // namespace Postwright
