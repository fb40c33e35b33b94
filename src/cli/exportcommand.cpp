#include "exportcommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "exportoptions.h"
#include "webworkerclient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

namespace Postwright {

int ExportCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a post as a standalone HTML page or fragment."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("post"), tr("The Markdown post to export."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE ('-' for standard output)."), tr("FILE"));
    parser.addOption(outputOption);
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       tr("Write a PDF of the page (code highlighted, math and images in) instead of HTML."));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"), tr("The PDF's page size: A4 or Letter (default A4)."),
                                            tr("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption marginsOption(QStringLiteral("margins"), tr("The PDF's margins in millimetres (default 15)."),
                                           tr("MM"), QStringLiteral("15"));
    parser.addOptions({pdfOption, pageSizeOption, marginsOption});
    const ExportOptionParser exportOptions(parser);
    if (const std::optional<int> finished = CommandLine::parseCommand(parser, arguments, command))
        return *finished;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Diagnostics::fatal(command, tr("expected exactly one post; see --help"));
        return CommandLine::UsageError;
    }
    if (!parser.isSet(outputOption)) {
        Diagnostics::fatal(command, tr("missing -o FILE (use -o - for standard output)"));
        return CommandLine::UsageError;
    }
    ExportOptions options;
    QString error;
    if (!exportOptions.read(parser, &options, &error)) {
        Diagnostics::fatal(command, error);
        return CommandLine::UsageError;
    }
    const bool pdf = parser.isSet(pdfOption);
    bool marginsOk = false;
    const double margins = parser.value(marginsOption).toDouble(&marginsOk);
    const QString pageSize = parser.value(pageSizeOption);
    if (pdf && (parser.value(outputOption) == u"-" || options.fragment)) {
        Diagnostics::fatal(command, tr("--pdf writes a whole page to a file: give -o FILE, without --fragment"));
        return CommandLine::UsageError;
    }
    if (pdf && (!marginsOk || margins < 0 || margins > 100)) {
        Diagnostics::fatal(command, tr("--margins takes millimetres from 0 to 100, not '%1'").arg(parser.value(marginsOption)));
        return CommandLine::UsageError;
    }
    if (pdf && pageSize.compare(u"A4", Qt::CaseInsensitive) != 0 && pageSize.compare(u"Letter", Qt::CaseInsensitive) != 0) {
        Diagnostics::fatal(command, tr("unknown page size '%1'; use A4 or Letter").arg(pageSize));
        return CommandLine::UsageError;
    }
    const QString postPath = positional.first();
    const QFileInfo postInfo(postPath);
    if (!postInfo.isFile() || !postInfo.isReadable()) {
        Diagnostics::fatal(command, tr("cannot read %1: %2").arg(postPath, postInfo.exists() ? tr("permission denied")
                                                                                                  : tr("no such file")));
        return CommandLine::UsageError;
    }

    // The renderer parses on this thread while the pool highlights the code,
    // so the pool gets the other cores: each of its threads loads its own
    // highlighting definitions (about 30 ms for ten languages), which a
    // thread more than the cores pays for without gaining one.
    QThreadPool::globalInstance()->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    Exporter exporter(Site::detect(postPath), options);
    const QString outputPath = parser.value(outputOption);
    // A PDF prints the page exported to a folder of its own, images and
    // KaTeX's fonts beside it.
    QTemporaryDir work;
    const QString page = pdf ? work.filePath(QStringLiteral("page.html")) : outputPath;
    if (pdf && !work.isValid()) {
        Diagnostics::fatal(command, tr("cannot make a temporary folder: %1").arg(work.errorString()));
        return CommandLine::Failure;
    }
    ExportedPost result = outputPath == u"-" ? exporter.renderPost(postPath) : exporter.exportPost(postPath, page);
    if (pdf && !result.problem) {
        if (const QString printError = WebWorkerClient::printToPdf(page, outputPath, pageSize, margins); !printError.isEmpty())
            result.problem = Problem{printError};
    }
    for (const RenderWarning &w : result.warnings)
        Diagnostics::warning(postPath, w.line, w.message);
    if (result.problem) {
        Diagnostics::error(postPath, *result.problem);
        return CommandLine::Failure;
    }
    if (outputPath == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(result.html) != result.html.size()) {
            Diagnostics::fatal(command, tr("cannot write to standard output"));
            return CommandLine::Failure;
        }
    }
    if (exportOptions.strict(parser) && !result.warnings.isEmpty())
        return CommandLine::Failure;
    return CommandLine::Success;
}

} // namespace Postwright
