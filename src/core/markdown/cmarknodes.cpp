#include "cmarknodes.h"

#include <cmark-gfm.h>

namespace Postwright::CmarkNodes {

cmark_node *newCustomBlock(const QByteArray &enter, const QByteArray &exit)
{
    cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(block, enter.constData());
    cmark_node_set_on_exit(block, exit.constData());
    return block;
}

void ownLiterals(cmark_node *root)
{
    cmark_iter *it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(it);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            cmark_node_get_literal(node); // copies a borrowed literal into the node
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
}

} // namespace Postwright::CmarkNodes
