#include "exportcommand.h"

#include "cli.h"
#include "export/htmlpage.h"
#include "markdown/markdownrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Postwright {

namespace {

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "postwright export: " << message << '\n';
    return code;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a post as a standalone HTML page or fragment."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("post"), tr("The Markdown post to export."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE ('-' for standard output)."), tr("FILE"));
    const QCommandLineOption fragmentOption(QStringLiteral("fragment"),
                                            tr("Write the body HTML only, without the page around it."));
    const QCommandLineOption safeOption(QStringLiteral("safe"), tr("Drop raw HTML from the post."));
    parser.addOptions({outputOption, fragmentOption, safeOption});
    if (!parser.parse(arguments))
        return fail(CommandLine::UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return CommandLine::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(CommandLine::UsageError, tr("expected exactly one post; see --help"));
    if (!parser.isSet(outputOption))
        return fail(CommandLine::UsageError, tr("missing -o FILE (use -o - for standard output)"));

    const QString postPath = positional.first();
    QFile input(postPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(CommandLine::UsageError, tr("cannot read %1: %2").arg(postPath, input.errorString()));
    const QByteArray post = input.readAll();

    RenderOptions options;
    options.safe = parser.isSet(safeOption);
    QByteArray html = MarkdownRenderer().render(post, options).html;
    if (!parser.isSet(fragmentOption)) {
        const PageMeta meta = PageMeta::fromFrontMatter(readFrontMatter(post),
                                                        QFileInfo(postPath).completeBaseName());
        html = HtmlPage::standalone(html, meta, HtmlPage::defaultStyleSheet());
    }

    const QString outputPath = parser.value(outputOption);
    if (outputPath == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(html) != html.size())
            return fail(CommandLine::Failure, tr("cannot write to standard output"));
        return CommandLine::Success;
    }
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(html) != html.size() || !output.commit())
        return fail(CommandLine::Failure, tr("cannot write %1: %2").arg(outputPath, output.errorString()));
    return CommandLine::Success;
}

} // namespace Postwright
