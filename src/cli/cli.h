#pragma once
// The headless command line: `postwright COMMAND ...`, `--help`, `--version`.
// Runs on a QCoreApplication and needs no display.

#include <QCoreApplication>
#include <QStringList>

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

private:
    static void printHelp();
};

} // namespace Postwright
