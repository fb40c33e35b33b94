#include "renderbench.h"

#include "markdown/markdownrenderer.h"
#include "postgenerator.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace Postwright {

namespace {

constexpr quint32 Seed = 20261123;
constexpr int Runs = 7;

double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The baseline: what cmark-gfm alone costs with the extensions Postwright uses.
qsizetype renderWithBareCmark(const QByteArray &post)
{
    const int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    cmark_parser_feed(parser, post.constData(), size_t(post.size()));
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    const qsizetype size = qsizetype(qstrlen(html));
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return size;
}

} // namespace

BenchGroup benchRender(const BenchSettings &settings)
{
    BenchGroup group{QStringLiteral("render"), {}, {}};
    const qsizetype targetBytes = settings.quick ? 100 * 1024 : 1024 * 1024;
    if (settings.quick)
        group.notes << QStringLiteral("quick run: a %1 KB post instead of 1 MB").arg(targetBytes / 1024);

    QTextStream err(stderr);
    err << "render: generating a " << targetBytes / 1024 << " KB post, " << Runs << " runs each\n";
    err.flush();
    const QByteArray post = PostGenerator(Seed).technicalPost(targetBytes);

    cmark_gfm_core_extensions_ensure_registered();
    qsizetype postwrightHtml = 0;
    qsizetype cmarkHtml = 0;
    const auto postwrightRender = [&] { postwrightHtml = MarkdownRenderer().render(post, RenderOptions()).html.size(); };
    const auto cmarkRender = [&] { cmarkHtml = renderWithBareCmark(post); };
    // One untimed call each warms caches, the highlighting repository and the
    // allocator; then the two take turns, so a busy spell of the machine
    // slows both rather than one.
    const RenderResult warmUp = MarkdownRenderer().render(post, RenderOptions());
    cmarkRender();
    std::vector<double> renderTimes, cmarkTimes;
    for (int run = 0; run < Runs; ++run) {
        renderTimes.push_back(milliseconds(postwrightRender));
        cmarkTimes.push_back(milliseconds(cmarkRender));
    }
    const double renderMs = median(renderTimes);
    const double cmarkMs = median(cmarkTimes);
    // A warning such as an unknown code language means the render did less
    // work than the figure claims.
    if (!warmUp.warnings.isEmpty())
        group.notes << QStringLiteral("the render reported %1 warning(s); the first, on line %2: %3")
                           .arg(warmUp.warnings.size())
                           .arg(warmUp.warnings.first().line)
                           .arg(warmUp.warnings.first().message);
    // Guards against timing an empty or failed render.
    if (postwrightHtml == 0 || cmarkHtml == 0)
        group.notes << QStringLiteral("a render produced no HTML (postwright: %1 bytes, cmark-gfm: %2 bytes)")
                           .arg(postwrightHtml)
                           .arg(cmarkHtml);

    group.add(QStringLiteral("post_bytes"), double(post.size()), 0);
    group.add(QStringLiteral("render_ms"), renderMs, 2);
    group.add(QStringLiteral("cmark_ms"), cmarkMs, 2);
    group.add(QStringLiteral("render_vs_cmark"), ratioOf(renderMs, cmarkMs), 2, BenchGoal::atMost(3.0));
    return group;
}

} // namespace Postwright
