#include "cli.h"

#include "addimagecommand.h"
#include "diagnostics.h"
#include "exportcommand.h"
#include "exportsitecommand.h"
#include "lintcommand.h"
#include "metacommand.h"
#include "setcommand.h"
#include "postwright_version.h"

#include <QTextStream>

#include <functional>

namespace Postwright {

namespace {

struct Command
{
    const char *name;
    const char *summary; // translated in the CommandLine context
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"export", QT_TRANSLATE_NOOP("Postwright::CommandLine", "Export a post as a standalone HTML page or fragment"),
         &ExportCommand::run},
        {"export-site", QT_TRANSLATE_NOOP("Postwright::CommandLine", "Export every post of a site as HTML pages, in parallel"),
         &ExportSiteCommand::run},
        {"meta", QT_TRANSLATE_NOOP("Postwright::CommandLine", "Print a post's front matter as typed fields (--json for scripts)"),
         &MetaCommand::run},
        {"set", QT_TRANSLATE_NOOP("Postwright::CommandLine", "Set or remove front matter keys, changing nothing else"),
         &SetCommand::run},
        {"lint", QT_TRANSLATE_NOOP("Postwright::CommandLine", "Check the front matter and images of a post or a whole site"),
         &LintCommand::run},
        {"add-image", QT_TRANSLATE_NOOP("Postwright::CommandLine", "Copy an image into the post's site and insert a reference to it"),
         &AddImageCommand::run},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

} // namespace

void CommandLine::printHelp()
{
    QTextStream out(stdout);
    out << tr("Usage: postwright [OPTIONS] [FILE | SITE]\n"
              "       postwright COMMAND [OPTIONS] ARGS...\n\n"
              "Without a command, opens the editor on a post or a site folder.\n\n"
              "Options:\n"
              "  -h, --help               Show this help\n"
              "  -v, --version            Show the version\n"
              "  --screenshot FILE.png    Open the window, save a screenshot once the preview\n"
              "                           has rendered, and quit\n\n"
              "Commands:\n");
    for (const Command &command : commands())
        out << QStringLiteral("  %1").arg(QLatin1String(command.name), -24) << ' ' << tr(command.summary) << '\n';
    out << '\n' << tr("Run 'postwright COMMAND --help' for a command's options.") << '\n';
}

std::optional<int> CommandLine::parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                             const QString &command)
{
    if (!parser.parse(arguments)) {
        Diagnostics::fatal(command, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    if (findCommand(arguments.at(1)))
        return true;
    for (const QString &arg : arguments.mid(1))
        if (arg == u"-h" || arg == u"--help" || arg == u"-v" || arg == u"--version")
            return true;
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.size() >= 2) {
        if (const Command *command = findCommand(arguments.at(1)))
            return command->run(arguments.mid(1));
    }
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"-v" || arg == u"--version") {
            QTextStream(stdout) << "postwright " << POSTWRIGHT_VERSION_STRING << '\n';
            return Success;
        }
    }
    printHelp();
    return Success;
}

} // namespace Postwright
