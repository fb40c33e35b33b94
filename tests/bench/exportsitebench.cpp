#include "exportsitebench.h"

#include "measuredchild.h"
#include "postgenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>

namespace Postwright {

namespace {

constexpr quint32 Seed = 20261123;
constexpr int Runs = 3;

// Hugo is asked for the pages postwright writes and little else: no taxonomy
// pages, feeds or sitemap, and raw HTML passed through as postwright does.
constexpr char HugoConfig[] = R"(baseURL = "https://bench.example.org/"
title = "Postwright bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]

[markup.goldmark.renderer]
unsafe = true
)";

constexpr char SingleLayout[] = R"(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><article><h1>{{ .Title }}</h1>
{{ .Content }}
</article></body>
</html>
)";

constexpr char ListLayout[] = R"(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body>
</html>
)";

constexpr char IndexLayout[] = R"(<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body>
</html>
)";

QString postName(int number)
{
    return QStringLiteral("post-%1").arg(number, 4, 10, QLatin1Char('0'));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool writeSiteSkeleton(const QString &site)
{
    return writeFile(site + QStringLiteral("/hugo.toml"), HugoConfig)
           && writeFile(site + QStringLiteral("/layouts/_default/single.html"), SingleLayout)
           && writeFile(site + QStringLiteral("/layouts/_default/list.html"), ListLayout)
           && writeFile(site + QStringLiteral("/layouts/index.html"), IndexLayout);
}

// Posts first..last; each is seeded by its number, so a site grown from 1000
// to 4000 posts keeps its first 1000 byte for byte.
bool writePosts(const QString &site, int first, int last)
{
    for (int number = first; number <= last; ++number) {
        const QString path = site + QStringLiteral("/content/posts/") + postName(number) + QStringLiteral(".md");
        if (!writeFile(path, PostGenerator(Seed + quint32(number)).sitePost(number)))
            return false;
    }
    return true;
}

// The first page missing from a built site, or an empty string.
QString missingPage(const QString &output, int posts)
{
    for (int number = 1; number <= posts; ++number) {
        const QString page = output + QStringLiteral("/posts/") + postName(number) + QStringLiteral("/index.html");
        if (!QFileInfo::exists(page))
            return page;
    }
    return {};
}

// One tool building the site into a fresh folder, checked and then removed.
class SiteBuild
{
public:
    using Arguments = std::function<QStringList(const QString &output)>;

    SiteBuild(const QString &tool, const QString &program, const Arguments &arguments)
        : m_tool(tool)
        , m_program(program)
        , m_arguments(arguments)
    {
    }

    bool usable() const { return !m_program.isEmpty() && !m_failed; }
    bool failed() const { return m_failed; }

    // Measures one build of posts pages into output; a failure is noted once
    // and the tool is not run again.
    std::optional<ChildMeasurement> run(const QString &output, int posts, QStringList &notes)
    {
        QDir(output).removeRecursively();
        const QString log = output + QStringLiteral(".log");
        const ChildMeasurement measurement = MeasuredChild::run(m_program, m_arguments(output), log);
        QString problem;
        if (!measurement.succeeded()) {
            problem = QStringLiteral("%1 failed at %2 posts (%3)").arg(m_tool).arg(posts).arg(measurement.failure());
            if (const QString lastLine = MeasuredChild::lastLogLine(log); !lastLine.isEmpty())
                problem += QStringLiteral(": ") + lastLine;
        } else if (const QString missing = missingPage(output, posts); !missing.isEmpty()) {
            problem = QStringLiteral("%1 did not write %2 at %3 posts")
                          .arg(m_tool, QDir(output).relativeFilePath(missing))
                          .arg(posts);
        }
        QDir(output).removeRecursively();
        if (!problem.isEmpty()) {
            notes << problem;
            m_failed = true;
            return std::nullopt;
        }
        return measurement;
    }

private:
    QString m_tool;
    QString m_program;
    Arguments m_arguments;
    bool m_failed = false;
};

std::optional<double> minimum(std::optional<double> best, double value)
{
    return best ? std::min(*best, value) : value;
}

std::optional<double> maximum(std::optional<double> best, double value)
{
    return best ? std::max(*best, value) : value;
}

} // namespace

BenchGroup benchExportSite(const BenchSettings &settings)
{
    BenchGroup group{QStringLiteral("export_site"), {}, {}};
    const int posts = settings.quick ? 100 : 1000;
    const int manyPosts = settings.quick ? 400 : 4000;
    if (settings.quick)
        group.notes << QStringLiteral("quick run: %1 and %2 posts instead of 1000 and 4000").arg(posts).arg(manyPosts);

    QString postwright = settings.postwrightPath;
    if (!QFileInfo(postwright).isExecutable()) {
        group.notes << QStringLiteral("no postwright executable at %1 (see --postwright)").arg(postwright);
        postwright.clear();
    }
    QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    if (hugo.isEmpty())
        group.notes << QStringLiteral("hugo is not in PATH, so there is nothing to compare with");

    QTemporaryDir work;
    const QString site = work.path() + QStringLiteral("/site");
    QTextStream err(stderr);
    err << "export-site: generating a site of " << posts << " posts in " << work.path() << '\n';
    err.flush();
    if (!work.isValid() || !writeSiteSkeleton(site) || !writePosts(site, 1, posts)) {
        group.notes << QStringLiteral("could not write the generated site below %1").arg(work.path());
        postwright.clear();
        hugo.clear();
    }

    SiteBuild exportSite(QStringLiteral("postwright export-site"), postwright, [&](const QString &output) {
        return QStringList{QStringLiteral("export-site"), site, QStringLiteral("-o"), output};
    });
    SiteBuild hugoBuild(QStringLiteral("hugo"), hugo, [&](const QString &output) {
        return QStringList{QStringLiteral("--quiet"), QStringLiteral("--source"), site,
                           QStringLiteral("--destination"), output};
    });

    // The two tools take turns, so a slow spell of the machine hits both.
    std::optional<double> exportSeconds, hugoSeconds, peakRssMb;
    for (int run = 1; run <= Runs; ++run) {
        err << "export-site: run " << run << '/' << Runs << " at " << posts << " posts:";
        if (exportSite.usable()) {
            if (const auto m = exportSite.run(work.filePath(QStringLiteral("out-postwright")), posts, group.notes)) {
                exportSeconds = minimum(exportSeconds, m->wallSeconds);
                // The largest of the runs: memory is a ceiling, not a best case.
                peakRssMb = maximum(peakRssMb, m->peakRssMb);
                err << " postwright " << m->wallSeconds << " s, " << m->peakRssMb << " MB;";
            }
        }
        if (hugoBuild.usable()) {
            if (const auto m = hugoBuild.run(work.filePath(QStringLiteral("out-hugo")), posts, group.notes)) {
                hugoSeconds = minimum(hugoSeconds, m->wallSeconds);
                err << " hugo " << m->wallSeconds << " s";
            }
        }
        err << '\n';
        err.flush();
    }
    // A tool that failed once has no figure: its other runs did different work.
    if (exportSite.failed()) {
        exportSeconds.reset();
        peakRssMb.reset();
    }
    if (hugoBuild.failed())
        hugoSeconds.reset();

    std::optional<double> manyPeakRssMb;
    if (exportSite.usable()) {
        err << "export-site: growing the site to " << manyPosts << " posts\n";
        err.flush();
        if (writePosts(site, posts + 1, manyPosts)) {
            if (const auto m = exportSite.run(work.filePath(QStringLiteral("out-postwright")), manyPosts, group.notes)) {
                manyPeakRssMb = m->peakRssMb;
                err << "export-site: postwright at " << manyPosts << " posts: " << m->wallSeconds << " s, "
                    << m->peakRssMb << " MB\n";
            }
        } else {
            group.notes << QStringLiteral("could not write %1 posts below %2").arg(manyPosts).arg(work.path());
        }
    }

    group.add(QStringLiteral("posts"), double(posts), 0);
    group.add(QStringLiteral("export_site_s"), exportSeconds, 3);
    group.add(QStringLiteral("hugo_s"), hugoSeconds, 3);
    group.add(QStringLiteral("export_vs_hugo"), ratioOf(exportSeconds, hugoSeconds), 2, BenchGoal::below(1.0));
    group.add(QStringLiteral("export_site_peak_rss_mb"), peakRssMb, 1);
    group.add(QStringLiteral("export_site_peak_rss_mb_4000"), manyPeakRssMb, 1);
    group.add(QStringLiteral("rss_growth_ratio"), ratioOf(manyPeakRssMb, peakRssMb), 2, BenchGoal::atMost(1.2));
    return group;
}

} // namespace Postwright
