#pragma once
// The headless command line: `postwright COMMAND ...`, `--help`, `--version`.
// Runs on a QCoreApplication and needs no display.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Postwright {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::CommandLine)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // True when the arguments ask for the command line instead of the editor.
    static bool wantsCommandLine(const QStringList &arguments);

    // arguments as QCoreApplication::arguments(); returns the exit status.
    static int run(const QStringList &arguments);

    // Parses a command's arguments. Returns the exit status when the command
    // is finished already: a usage error (reported), or --help (printed).
    static std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                           const QString &command);

private:
    static void printHelp();
};

} // namespace Postwright
