#include "exporter.h"

#include "document/atomicwriter.h"

#include "export/htmlpage.h"
#include "frontmatter/frontmatterreader.h"
#include "math/katexfiles.h"
#include "math/mathengine.h"
#include "markdown/rawhtml.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>

namespace Postwright {

namespace {

bool isInside(const QString &path, const QString &root)
{
    const QString cleanRoot = QDir::cleanPath(root);
    return path.startsWith(cleanRoot + u'/');
}

QString dataUri(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(filePath, bytes).name();
    return QStringLiteral("data:%1;base64,").arg(mime) + QString::fromLatin1(bytes.toBase64());
}

// Copies source to destination unless an identical file is there; the copy
// appears whole or not at all.
bool copyFile(const QString &source, const QString &destination)
{
    const QFileInfo dest(destination);
    const QFileInfo src(source);
    if (dest.exists() && dest.size() == src.size() && dest.lastModified() >= src.lastModified())
        return true;
    if (!QDir().mkpath(dest.absolutePath()))
        return false;
    QFile in(source);
    return in.open(QIODevice::ReadOnly) && AtomicWriter::write(destination, in.readAll()).ok();
}

Result<> writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Problem{Exporter::tr("cannot create the folder for %1").arg(path)};
    if (const Result<> written = AtomicWriter::write(path, content); !written)
        return Problem{Exporter::tr("cannot write %1: %2").arg(path, written.problem().message)};
    return {};
}

// Every <pre class="mermaid">, written for ```mermaid or as raw HTML, drawn
// by draw and put in its place as inline SVG; one that cannot be drawn stays
// and is warned about.
QByteArray withDiagramsDrawn(const QByteArray &html, const ExportOptions::DrawDiagrams &draw, QList<RenderWarning> *warnings)
{
    static constexpr QByteArrayView Open = "<pre class=\"mermaid\"";
    struct Block
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Block> blocks;
    QByteArrayList sources;
    for (qsizetype at = html.indexOf(Open); at >= 0; at = html.indexOf(Open, at)) {
        const qsizetype body = html.indexOf('>', at) + 1;
        const qsizetype close = body > 0 ? html.indexOf("</pre>", body) : -1;
        if (close < 0)
            break;
        blocks.append({at, close + 6});
        sources.append(RawHtml::unescape(QByteArrayView(html).sliced(body, close - body)));
        at = close;
    }
    if (blocks.isEmpty())
        return html;
    const QList<DrawnDiagram> drawn = draw(sources);
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const DrawnDiagram diagram = drawn.value(i);
        if (diagram.svg.isEmpty()) {
            warnings->append({Exporter::tr("diagram %1 stays code: %2").arg(i + 1).arg(diagram.error)});
            continue;
        }
        out += QByteArrayView(html).sliced(copied, blocks[i].start - copied);
        out += "<div class=\"diagram\">" + diagram.svg + "</div>";
        copied = blocks[i].end;
    }
    out += QByteArrayView(html).sliced(copied);
    return out;
}

// KaTeX for the calling thread. Loading it takes about 0.1 s, so a worker
// thread that exports many posts (export-site) keeps its engine for the next;
// the main thread's would outlive the application, so it gets one of its own
// in *own for this export.
MathEngine *mathEngineForThisThread(std::unique_ptr<MathEngine> *own, QString *error)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        *own = MathEngine::create(error);
        return own->get();
    }
    thread_local std::unique_ptr<MathEngine> kept;
    thread_local QString keptError;
    if (!kept && keptError.isEmpty())
        kept = MathEngine::create(&keptError);
    *error = keptError;
    return kept.get();
}

} // namespace

Exporter::Exporter(const Site &site, const ExportOptions &options)
    : m_site(site)
    , m_options(options)
{
}

std::optional<QByteArray> Exporter::readPost(const QString &postPath, ExportedPost *result)
{
    QFile file(postPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result->problem = Problem{tr("cannot read %1: %2").arg(postPath, file.errorString())};
        return std::nullopt;
    }
    return file.readAll();
}

ExportedPost Exporter::render(const QByteArray &post, const QString &postPath,
                              const std::function<QString(const ResolvedImage &)> &imageUrl,
                              const std::function<QByteArray()> &katexHead)
{
    ExportedPost result;
    const FrontMatterData frontMatter = readFrontMatter(post);
    if (frontMatter.error) {
        result.problem = Problem{tr("invalid front matter: %1").arg(frontMatter.error->message), frontMatter.error->line,
                                 frontMatter.error->column};
        return result;
    }

    RenderOptions options;
    options.safe = m_options.safe;
    options.toc = m_options.toc;
    options.postPath = postPath;
    options.site = m_site;
    if (!m_options.theme.isEmpty()) {
        options.lightTheme = m_options.theme;
        options.darkTheme = QStringLiteral("-");
    }
    options.imageUrl = imageUrl;
    options.parallel = m_options.parallelRender;
    options.diagrams = true;
    // KaTeX is loaded on the first formula: a post without math never pays for it.
    MathEngine *katex = nullptr;
    std::unique_ptr<MathEngine> ownKatex;
    QString katexError;
    bool renderedMath = false;
    switch (m_options.math) {
    case ExportMath::KaTeX:
        options.math = MathOutput::Rendered;
        options.renderMath = [&](QByteArrayView tex, bool display) -> RenderedMath {
            if (!katex && katexError.isEmpty() && !(katex = mathEngineForThisThread(&ownKatex, &katexError)))
                result.warnings.append({tr("math is shown as TeX: %1").arg(katexError)});
            if (!katex)
                return {};
            renderedMath = true;
            MathEngine::Result math = katex->render(QString::fromUtf8(tex), display);
            return {std::move(math.html), math.error};
        };
        break;
    case ExportMath::MathJax:
        options.math = MathOutput::MathJax;
        break;
    case ExportMath::None:
        options.math = MathOutput::AsSite;
        break;
    }
    RenderResult rendered = MarkdownRenderer().render(post, options);
    result.warnings += rendered.warnings;
    if (m_options.drawDiagrams)
        rendered.html = withDiagramsDrawn(rendered.html, m_options.drawDiagrams, &result.warnings);
    if (m_options.fragment) {
        result.html = rendered.html;
        return result;
    }
    PageMeta meta = PageMeta::fromFrontMatter(frontMatter, postPath.isEmpty() ? tr("Untitled")
                                                                              : QFileInfo(postPath).completeBaseName());
    meta.readingMinutes = rendered.readingMinutes;
    const QByteArray css = (m_options.styleSheet.isEmpty() ? HtmlPage::defaultStyleSheet() : m_options.styleSheet)
                           + MarkdownRenderer::codeStyleSheet(options);
    QByteArray head;
    if (renderedMath)
        head = katexHead();
    else if (m_options.math == ExportMath::MathJax
             && (rendered.html.contains("<span class=\"math ") || rendered.html.contains("<div class=\"math ")))
        head = "<script defer src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\"></script>\n";
    result.html = HtmlPage::standalone(rendered.html, meta, css, head);
    return result;
}

ExportedPost Exporter::renderPost(const QString &postPath)
{
    ExportedPost result;
    const std::optional<QByteArray> post = readPost(postPath, &result);
    return post ? renderText(*post, postPath) : result;
}

ExportedPost Exporter::exportPost(const QString &postPath, const QString &outputPath, const QString &assetRoot)
{
    ExportedPost result;
    const std::optional<QByteArray> post = readPost(postPath, &result);
    return post ? exportText(*post, postPath, outputPath, assetRoot) : result;
}

ExportedPost Exporter::renderText(const QByteArray &post, const QString &postPath)
{
    // Written to standard output: nothing can go beside the page, so KaTeX's
    // stylesheet and fonts go in it.
    const auto embeddedKatex = [] { return "<style>\n" + KatexFiles::styleSheet({}) + "\n</style>\n"; };
    if (!m_options.embedImages)
        return render(post, postPath, {}, embeddedKatex);
    return render(post, postPath, [](const ResolvedImage &image) {
        const QString uri = dataUri(image.filePath);
        return uri.isEmpty() ? image.reference : uri;
    }, embeddedKatex);
}

ExportedPost Exporter::exportText(const QByteArray &post, const QString &postPath, const QString &outputPath,
                                  const QString &assetRoot)
{
    const QString pageDir = QFileInfo(outputPath).absolutePath();
    const QString root = QDir::cleanPath(assetRoot.isEmpty() ? pageDir : QFileInfo(assetRoot).absoluteFilePath());
    QList<std::pair<QString, QString>> copies; // source, destination
    std::function<QString(const ResolvedImage &)> imageUrl;
    if (m_options.embedImages) {
        imageUrl = [](const ResolvedImage &image) {
            const QString uri = dataUri(image.filePath);
            return uri.isEmpty() ? image.reference : uri;
        };
    } else {
        imageUrl = [&](const ResolvedImage &image) {
            // Site-root references keep their place below the output root,
            // relative ones their place next to the page.
            const QString base = image.reference.trimmed().startsWith(u'/') ? root : pageDir;
            QString destination = QDir::cleanPath(base + u'/' + image.relativePath);
            if (!isInside(destination, root)) {
                const QByteArray hash = QCryptographicHash::hash(image.filePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
                destination = root + QStringLiteral("/_media/") + QString::fromLatin1(hash) + u'-'
                              + QFileInfo(image.filePath).fileName();
            }
            copies.append({image.filePath, destination});
            return QDir(pageDir).relativeFilePath(destination);
        };
    }
    // KaTeX's stylesheet and fonts: inlined with the images, or copied once
    // below the asset root.
    const QString katexDir = QDir::cleanPath(root + u'/' + m_options.katexFolder);
    bool copyKatex = false;
    const auto katexHead = [&]() -> QByteArray {
        if (m_options.embedImages || !isInside(katexDir + QStringLiteral("/x"), root))
            return "<style>\n" + KatexFiles::styleSheet({}) + "\n</style>\n";
        copyKatex = true;
        const QString css = QDir(pageDir).relativeFilePath(katexDir + QStringLiteral("/katex.min.css"));
        return "<link rel=\"stylesheet\" href=\"" + css.toHtmlEscaped().toUtf8() + "\">\n";
    };
    ExportedPost result = render(post, postPath, imageUrl, katexHead);
    if (result.problem)
        return result;
    if (copyKatex) {
        copies.append({QString(), katexDir + QStringLiteral("/katex.min.css")});
        for (const QString &font : KatexFiles::fontFiles())
            copies.append({font, katexDir + QStringLiteral("/fonts/") + QFileInfo(font).fileName()});
    }
    if (Result<> written = writeFile(outputPath, result.html); !written) {
        result.problem = written.problem();
        return result;
    }
    for (const auto &[source, destination] : copies) {
        if (source.isEmpty()) { // KaTeX's stylesheet, its fonts beside it
            const QByteArray css = KatexFiles::styleSheet(QStringLiteral("fonts/"));
            QFile existing(destination);
            if (!(existing.open(QIODevice::ReadOnly) && existing.readAll() == css)) {
                if (Result<> written = writeFile(destination, css); !written)
                    result.warnings.append({written.problem().message});
            }
        } else if (!copyFile(source, destination)) {
            result.warnings.append({tr("could not copy %1 to %2").arg(source, destination)});
        }
    }
    return result;
}

QString SiteExporter::pagePathFor(const Site &site, const QString &postPath)
{
    QString relative = QFileInfo(postPath).fileName();
    for (const QString &dir : site.contentDirs()) {
        if (isInside(QDir::cleanPath(postPath), dir)) {
            relative = QDir(dir).relativeFilePath(postPath);
            if (site.kind() == SiteKind::Jekyll)
                relative = QStringLiteral("posts/") + relative;
            break;
        }
    }
    const QFileInfo info(relative);
    const QString base = info.completeBaseName();
    const QString folder = info.path() == u"." ? QString() : info.path() + u'/';
    if (base == u"index")
        return folder + QStringLiteral("index.html");
    return folder + base + QStringLiteral("/index.html");
}

SiteExportSummary SiteExporter::exportSite(const Site &site, const QString &outputDir, const SiteExportOptions &options,
                                           const PostDone &postDone)
{
    SiteExportSummary summary;
    QList<PostInfo> posts = site.posts();
    posts.removeIf([](const PostInfo &p) { return !p.rendered; }); // Hugo makes no page of it either
    if (!options.drafts) {
        const qsizetype before = posts.size();
        posts.removeIf([](const PostInfo &p) { return p.draft; });
        summary.skippedDrafts = int(before - posts.size());
    }
    const QString root = QDir::cleanPath(QFileInfo(outputDir).absoluteFilePath());
    QDir().mkpath(root);

    QThreadPool pool;
    if (options.jobs > 0)
        pool.setMaxThreadCount(options.jobs);
    QMutex mutex;
    QList<PostInfo> exported;
    int done = 0;
    for (const PostInfo &post : std::as_const(posts)) {
        pool.start([&, post] {
            const QString page = QDir::cleanPath(root + u'/' + pagePathFor(site, post.path));
            ExportedPost result;
            if (!isInside(page, root)) {
                result.problem = Problem{tr("the page for %1 would land outside the output folder").arg(post.path)};
            } else {
                ExportOptions pageOptions = options.page;
                pageOptions.parallelRender = false; // posts already run in parallel
                Exporter exporter(site, pageOptions);
                result = exporter.exportPost(post.path, page, root);
            }
            QMutexLocker lock(&mutex);
            ++done;
            if (!result.problem) {
                ++summary.exported;
                exported.append(post);
            } else {
                ++summary.failed;
            }
            summary.warnings += int(result.warnings.size());
            if (postDone)
                postDone(post.path, result, done, int(posts.size()));
        });
    }
    pool.waitForDone();

    // An index of what was exported, newest first.
    std::sort(exported.begin(), exported.end(), [](const PostInfo &a, const PostInfo &b) {
        return a.date != b.date ? a.date > b.date : a.path < b.path;
    });
    QByteArray list;
    for (const PostInfo &post : std::as_const(exported))
        list += "<li><a href=\"" + pagePathFor(site, post.path).toHtmlEscaped().toUtf8() + "\">" + post.title.toHtmlEscaped().toUtf8()
                + "</a> <time>" + post.date.left(10).toHtmlEscaped().toUtf8() + "</time></li>\n";
    PageMeta meta;
    meta.title = QFileInfo(site.rootPath()).fileName();
    const QByteArray css = options.page.styleSheet.isEmpty() ? HtmlPage::defaultStyleSheet() : options.page.styleSheet;
    // The pages are there without it: a failed index is not reported.
    (void)writeFile(root + QStringLiteral("/index.html"), HtmlPage::standalone("<ul class=\"post-list\">\n" + list + "</ul>\n", meta, css));
    return summary;
}

} // namespace Postwright
