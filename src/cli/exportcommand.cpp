#include "exportcommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "exportoptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
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
    const ExportedPost result = outputPath == u"-" ? exporter.renderPost(postPath)
                                                   : exporter.exportPost(postPath, outputPath);
    for (const RenderWarning &w : result.warnings)
        Diagnostics::warning(postPath, w.line, w.message);
    if (!result.error.isEmpty()) {
        Diagnostics::error(postPath, result.errorLine, result.error);
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
