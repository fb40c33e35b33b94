#include "markdownrenderer.h"

#include "frontmatter/frontmatterblock.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace Postwright {

namespace {

void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

// The body with the front matter blanked out line for line, so that source
// positions cmark reports are the file's own line numbers.
QByteArray bodyKeepingLines(QByteArrayView post)
{
    const FrontMatterBlock block = FrontMatterBlock::locate(post);
    QByteArray body;
    body.reserve(post.size());
    body.append(QByteArray(block.bodyLine - 1, '\n'));
    body.append(post.sliced(block.bodyOffset));
    return body;
}

} // namespace

RenderResult MarkdownRenderer::render(QByteArrayView post, const RenderOptions &options) const
{
    ensureExtensionsRegistered();
    int cmarkOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG;
    cmarkOptions |= options.safe ? CMARK_OPT_SAFE : CMARK_OPT_UNSAFE;
    if (options.sourceLines)
        cmarkOptions |= CMARK_OPT_SOURCEPOS;

    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(cmarkOptions));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    const QByteArray body = bodyKeepingLines(post);
    cmark_parser_feed(parser.get(), body.constData(), size_t(body.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));

    char *html = cmark_render_html(document.get(), cmarkOptions,
                                   cmark_parser_get_syntax_extensions(parser.get()));
    RenderResult result;
    result.html = QByteArray(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace Postwright
