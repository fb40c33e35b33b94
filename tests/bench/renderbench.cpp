#include "renderbench.h"

#include "markdown/codehighlighter.h"
#include "markdown/markdownrenderer.h"
#include "markdown/postlexer.h"
#include "measuredchild.h"
#include "postgenerator.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <functional>
#include <numeric>
#include <optional>
#include <vector>

namespace Postwright {

namespace {

constexpr quint32 Seed = 20261123;
constexpr int Runs = 7;
constexpr int StartupRuns = 11;    // a one-line post: milliseconds, so more runs
constexpr int CliRenderRuns = 5;   // the whole post through each CLI
constexpr char OneLinePost[] = "Hello, *world*.\n";

double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Command
{
    QString program;
    QStringList arguments;
};

// Median wall time of each command, process to process (fork to wait4 in the
// measuring shim), after one untimed run each (page cache, dynamic loader);
// the commands take turns, so a busy spell of the machine slows all of them.
// Nothing for a command that failed; a note says why.
std::vector<std::optional<double>> processMs(const std::vector<Command> &commands, int runs, const QString &logPath,
                                             QStringList &notes)
{
    std::vector<std::vector<double>> times(commands.size());
    std::vector<bool> failed(commands.size(), false);
    for (int run = -1; run < runs; ++run) {
        for (std::size_t i = 0; i < commands.size(); ++i) {
            if (failed[i])
                continue;
            const ChildMeasurement measured = MeasuredChild::run(commands[i].program, commands[i].arguments, logPath);
            if (!measured.succeeded()) {
                failed[i] = true;
                notes << QStringLiteral("%1 %2 failed: %3 (%4)")
                             .arg(QFileInfo(commands[i].program).fileName(), commands[i].arguments.join(u' '),
                                  measured.failure(), MeasuredChild::lastLogLine(logPath));
                continue;
            }
            if (run >= 0)
                times[i].push_back(measured.wallSeconds * 1000);
        }
    }
    std::vector<std::optional<double>> medians;
    for (std::size_t i = 0; i < commands.size(); ++i)
        medians.push_back(failed[i] ? std::nullopt : std::optional<double>(medianOf(times[i])));
    return medians;
}

// postwright export --fragment beside the cmark-gfm CLI, process to process:
// what a one-line post costs (start-up) and what the whole post costs.
void benchCli(const BenchSettings &settings, const QByteArray &post, BenchGroup &group)
{
    std::optional<double> startup, cmarkStartup, render, cmarkRender;
    const auto addFigures = [&] {
        group.add(QStringLiteral("cli_startup_ms"), startup, 1, BenchGoal::atMost(30));
        group.add(QStringLiteral("cmark_cli_startup_ms"), cmarkStartup, 1);
        group.add(QStringLiteral("cli_render_ms"), render, 1);
        group.add(QStringLiteral("cmark_cli_render_ms"), cmarkRender, 1);
        group.add(QStringLiteral("cli_render_vs_cmark_cli"), ratioOf(render, cmarkRender), 2, BenchGoal::atMost(3.0));
    };
    const QFileInfo postwright(settings.postwrightPath);
    if (!postwright.isExecutable()) {
        group.notes << QStringLiteral("cli: no postwright executable at %1 (--postwright PATH)").arg(settings.postwrightPath);
        addFigures();
        return;
    }
    const QString cmarkCli = QStandardPaths::findExecutable(QStringLiteral("cmark-gfm"));
    if (cmarkCli.isEmpty())
        group.notes << QStringLiteral("cli: the cmark-gfm command is not installed (Debian's package cmark-gfm), so "
                                      "there is nothing to compare the CLI with");
    QTemporaryDir folder;
    const QString oneLinePath = folder.filePath(QStringLiteral("one-line.md"));
    const QString postPath = folder.filePath(QStringLiteral("post.md"));
    QFile oneLineFile(oneLinePath), postFile(postPath);
    if (!folder.isValid() || !oneLineFile.open(QIODevice::WriteOnly) || oneLineFile.write(OneLinePost) < 0
        || !postFile.open(QIODevice::WriteOnly) || postFile.write(post) != post.size()) {
        group.notes << QStringLiteral("cli: could not write the posts into a temporary folder");
        addFigures();
        return;
    }
    oneLineFile.close();
    postFile.close();

    QTextStream err(stderr);
    err << "render: the CLI process to process, " << StartupRuns << " runs on a one-line post, " << CliRenderRuns
        << " on the post\n";
    err.flush();
    // The extensions and options the in-process baseline uses.
    const QStringList cmarkOptions =
        QStringLiteral("--unsafe -e footnotes -e table -e strikethrough -e autolink -e tasklist").split(u' ');
    const QString log = folder.filePath(QStringLiteral("output.log"));
    for (const bool whole : {false, true}) {
        const QString path = whole ? postPath : oneLinePath;
        std::vector<Command> commands{
            {postwright.absoluteFilePath(),
             {QStringLiteral("export"), QStringLiteral("--fragment"), QStringLiteral("-o"), QStringLiteral("-"), path}}};
        if (!cmarkCli.isEmpty())
            commands.push_back({cmarkCli, cmarkOptions + QStringList{path}});
        const std::vector<std::optional<double>> ms = processMs(commands, whole ? CliRenderRuns : StartupRuns, log,
                                                                group.notes);
        (whole ? render : startup) = ms[0];
        if (ms.size() > 1)
            (whole ? cmarkRender : cmarkStartup) = ms[1];
    }
    addFigures();

    // The example post with math and a diagram, exported as a page (KaTeX at
    // export, the diagram drawn by the web worker) and as a PDF (the same page
    // printed by the worker).
    const QString example = QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/queueing-delay-in-build-farms.md");
    err << "render: exporting the example post with math and a diagram as HTML and as PDF, " << CliRenderRuns
        << " runs each\n";
    err.flush();
    const std::vector<std::optional<double>> exportMs = processMs(
        {{postwright.absoluteFilePath(), {QStringLiteral("export"), example, QStringLiteral("-o"), folder.filePath(QStringLiteral("page/post.html"))}},
         {postwright.absoluteFilePath(), {QStringLiteral("export"), example, QStringLiteral("--pdf"), QStringLiteral("-o"), folder.filePath(QStringLiteral("post.pdf"))}}},
        CliRenderRuns, log, group.notes);
    group.add(QStringLiteral("export_html_ms"), exportMs[0], 0);
    group.add(QStringLiteral("export_pdf_ms"), exportMs[1], 0);
    group.add(QStringLiteral("export_pdf_vs_html"), ratioOf(exportMs[1], exportMs[0]), 2);
    group.notes << QStringLiteral("export_html_ms, export_pdf_ms: %1, process to process; both start the web worker "
                                  "(Chromium) once, for the diagram, and the PDF once more to print")
                       .arg(QFileInfo(example).fileName());
}

} // namespace

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

    // As the command line asked (all threads unless --threads), and held to
    // one: cmark-gfm uses one, so that is the fair comparison.
    RenderOptions options;
    options.parallel = settings.threads != 1;
    RenderOptions oneThread;
    oneThread.parallel = false;
    const bool alsoOneThread = options.parallel;
    if (alsoOneThread)
        group.notes << QStringLiteral("render_ms with highlighting on up to %1 threads (the pool's limit); "
                                      "render_one_thread_ms with RenderOptions::parallel off")
                           .arg(QThreadPool::globalInstance()->maxThreadCount());
    else
        group.notes << QStringLiteral("--threads 1: render_ms is render_one_thread_ms, RenderOptions::parallel off");

    // The post's fenced code highlighted alone, as the render does it on one
    // thread: what KSyntaxHighlighting costs, which bare cmark-gfm never pays.
    const LexedPost lexed = PostLexer::lex(post);
    std::vector<std::pair<QString, CodeInfo>> code;
    for (const CodeBlock &block : lexed.codeBlocks)
        if (block.fenced)
            code.emplace_back(QString::fromUtf8(post.sliced(block.contentStart, block.contentEnd - block.contentStart)),
                              CodeInfo::parse(QString::fromUtf8(block.info)));
    const CodeHighlighter highlighter(CodeHighlighter::defaultLightTheme(), CodeHighlighter::defaultDarkTheme());
    qsizetype highlightedHtml = 0;
    const auto highlightCode = [&] {
        highlightedHtml = 0;
        for (const auto &[text, info] : code)
            highlightedHtml += highlighter.toHtml(text, info).size();
    };

    cmark_gfm_core_extensions_ensure_registered();
    qsizetype postwrightHtml = 0;
    qsizetype cmarkHtml = 0;
    const auto postwrightRender = [&] { postwrightHtml = MarkdownRenderer().render(post, options).html.size(); };
    const auto oneThreadRender = [&] { MarkdownRenderer().render(post, oneThread); };
    const auto cmarkRender = [&] { cmarkHtml = renderWithBareCmark(post); };
    // One untimed call each warms caches, the highlighting repository and the
    // allocator; then they take turns, so a busy spell of the machine slows
    // all rather than one.
    const RenderResult warmUp = MarkdownRenderer().render(post, options);
    cmarkRender();
    highlightCode();
    std::vector<double> renderTimes, oneThreadTimes, cmarkTimes, highlightTimes;
    for (int run = 0; run < Runs; ++run) {
        renderTimes.push_back(milliseconds(postwrightRender));
        if (alsoOneThread)
            oneThreadTimes.push_back(milliseconds(oneThreadRender));
        cmarkTimes.push_back(milliseconds(cmarkRender));
        highlightTimes.push_back(milliseconds(highlightCode));
    }
    const double renderMs = medianOf(renderTimes);
    const double oneThreadMs = alsoOneThread ? medianOf(oneThreadTimes) : renderMs;
    const double cmarkMs = medianOf(cmarkTimes);
    const double highlightMs = medianOf(highlightTimes);
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
    group.add(QStringLiteral("render_one_thread_ms"), oneThreadMs, 2);
    group.add(QStringLiteral("cmark_ms"), cmarkMs, 2);
    group.add(QStringLiteral("render_vs_cmark"), ratioOf(renderMs, cmarkMs), 2, BenchGoal::atMost(3.0));
    group.add(QStringLiteral("render_one_thread_vs_cmark"), ratioOf(oneThreadMs, cmarkMs), 2, BenchGoal::atMost(2.0));
    group.add(QStringLiteral("highlight_ms"), highlightMs, 2);
    group.add(QStringLiteral("highlight_vs_cmark"), ratioOf(highlightMs, cmarkMs), 2);
    group.add(QStringLiteral("render_one_thread_less_highlight_vs_cmark"), ratioOf(oneThreadMs - highlightMs, cmarkMs), 2);
    group.notes << QStringLiteral("highlight_ms: the post's %1 fenced blocks (%2 KB) highlighted alone with the default "
                                  "themes, one thread; render_one_thread_less_highlight_vs_cmark takes it off the "
                                  "one-thread render")
                       .arg(code.size())
                       .arg(std::accumulate(code.cbegin(), code.cend(), qsizetype(0),
                                            [](qsizetype n, const auto &c) { return n + c.first.size(); })
                            / 1024);
    if (highlightedHtml == 0 && !code.empty())
        group.notes << QStringLiteral("highlighting the code alone produced no HTML");
    benchCli(settings, post, group);
    return group;
}

} // namespace Postwright
