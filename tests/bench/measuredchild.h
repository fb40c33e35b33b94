#pragma once
// Runs a program as a child process and measures what it cost: wall time and
// peak resident memory (ru_maxrss from wait4).
//
// The child is not forked from the bench itself but from a freshly started copy
// of it (the "shim", `postwright-bench --measure-child ...`). Linux carries the
// memory of the process that forks into the child's ru_maxrss (exec records the
// old address space's high-water mark), so a child forked straight from a bench
// that has just rendered a megabyte of Markdown would never look smaller than
// the bench.

#include <QString>
#include <QStringList>

namespace Postwright {

struct ChildMeasurement
{
    bool finished = false; // the child ran and was waited for; otherwise error says why
    int exitCode = -1;     // when it exited
    int signal = 0;        // when a signal ended it
    double wallSeconds = 0;
    double peakRssMb = 0;
    QString error;

    bool succeeded() const { return finished && signal == 0 && exitCode == 0; }
    QString failure() const; // "exit status 2", "killed by signal 9", or the error
};

class MeasuredChild
{
public:
    // Runs program (a path, or a name looked up in PATH) with arguments; its
    // standard output and error go to logPath, its input is /dev/null.
    static ChildMeasurement run(const QString &program, const QStringList &arguments, const QString &logPath);

    // The last non-empty line of a child's log, to explain a failure.
    static QString lastLogLine(const QString &logPath);

    // The shim: argv is `postwright-bench --measure-child LOG PROGRAM [ARG...]`.
    // It prints "EXIT SIGNAL WALL_NS MAXRSS_KB" on standard output.
    static bool isShimInvocation(int argc, char **argv);
    static int shimMain(int argc, char **argv);
};

} // namespace Postwright
