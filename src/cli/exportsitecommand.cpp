#include "exportsitecommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "exportoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace Postwright {

int ExportSiteCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("export-site");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export every post of a site as HTML pages, in parallel."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("site"), tr("The site's folder (Hugo or Jekyll)."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write the pages below DIR."), tr("DIR"));
    const QCommandLineOption jobsOption({QStringLiteral("j"), QStringLiteral("jobs")},
                                        tr("Export N posts at a time (default: one per core)."), tr("N"));
    const QCommandLineOption draftsOption(QStringLiteral("drafts"), tr("Export drafts too."));
    parser.addOptions({outputOption, jobsOption, draftsOption});
    const ExportOptionParser exportOptions(parser);
    if (const std::optional<int> finished = CommandLine::parseCommand(parser, arguments, command))
        return *finished;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(outputOption)) {
        Diagnostics::fatal(command, tr("usage: postwright export-site SITE -o DIR; see --help"));
        return CommandLine::UsageError;
    }
    SiteExportOptions options;
    QString error;
    if (!exportOptions.read(parser, &options.page, &error)) {
        Diagnostics::fatal(command, error);
        return CommandLine::UsageError;
    }
    if (options.page.fragment) {
        Diagnostics::fatal(command, tr("--fragment is for single posts"));
        return CommandLine::UsageError;
    }
    options.drafts = parser.isSet(draftsOption);
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        options.jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || options.jobs < 1) {
            Diagnostics::fatal(command, tr("--jobs takes a whole number of at least 1"));
            return CommandLine::UsageError;
        }
    }
    const QString sitePath = positional.first();
    if (!QFileInfo(sitePath).isDir()) {
        Diagnostics::fatal(command, tr("%1 is not a folder").arg(sitePath));
        return CommandLine::UsageError;
    }
    const Site site = Site::detect(sitePath);
    if (site.kind() == SiteKind::None) {
        Diagnostics::fatal(command, tr("%1 is not a Hugo or Jekyll site (no hugo.toml, config.toml or _config.yml)").arg(sitePath));
        return CommandLine::UsageError;
    }
    const QString outputDir = parser.value(outputOption);
    if (QDir::cleanPath(QFileInfo(outputDir).absoluteFilePath()) == QDir::cleanPath(site.rootPath())) {
        Diagnostics::fatal(command, tr("the output folder must not be the site itself"));
        return CommandLine::UsageError;
    }

    const bool terminal = isatty(STDERR_FILENO);
    bool strict = exportOptions.strict(parser);
    bool strictFailure = false;
    QElapsedTimer timer;
    timer.start();
    const SiteExportSummary summary = SiteExporter::exportSite(
        site, outputDir, options, [&](const QString &post, const ExportedPost &result, int done, int total) {
            QTextStream err(stderr);
            if (terminal)
                err << "\r\x1b[K"; // clear the progress line before reporting
            for (const RenderWarning &w : result.warnings)
                Diagnostics::warning(post, w.line, w.message);
            if (result.problem)
                Diagnostics::error(post, *result.problem);
            if (strict && !result.warnings.isEmpty())
                strictFailure = true;
            if (terminal) {
                const int width = 30;
                const int filled = total > 0 ? done * width / total : width;
                err << '[' << QString(filled, u'#') << QString(width - filled, u'.') << "] " << done << '/' << total;
                err.flush();
            } else if (done == total || done % 100 == 0) {
                err << tr("exported %1 of %2").arg(done).arg(total) << '\n';
            }
        });
    QTextStream err(stderr);
    if (terminal)
        err << '\n';
    err << tr("%n post(s) exported to %1", nullptr, summary.exported).arg(outputDir);
    if (summary.failed)
        err << ", " << tr("%n failed", nullptr, summary.failed);
    if (summary.warnings)
        err << ", " << tr("%n warning(s)", nullptr, summary.warnings);
    if (summary.skippedDrafts)
        err << ", " << tr("%n draft(s) skipped", nullptr, summary.skippedDrafts);
    err << ' ' << tr("in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << '\n';
    return summary.failed || strictFailure ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Postwright
