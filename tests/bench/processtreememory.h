#pragma once
// Measures how much memory a running application holds once it has settled,
// helper processes included: a WebEngine app is a browser process plus a
// zygote, a GPU process, a network service and one renderer per page.
//
// The figure is PSS (proportional set size) summed over the process tree: a
// page shared by the app and its helpers counts once in total, not once per
// process as VmRSS would count it.

#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

struct TreeMemory
{
    std::optional<double> pssMb; // empty: not measured, error says why
    double rssMb = 0;            // VmRSS summed the same way, shared pages counted in each process
    int processes = 0;           // the app and its descendants
    QString error;
};

class ProcessTreeMemory
{
public:
    // Starts program with arguments in a process group of its own (standard
    // output and error to logPath; XDG folders below workPath, so it starts
    // without settings or a session to restore), waits settleMs, sums the
    // memory of the program and every descendant, then kills them all. They
    // are killed on every path out, and by the kernel if the bench dies.
    static TreeMemory measureSettled(const QString &program, const QStringList &arguments, int settleMs,
                                     const QString &workPath, const QString &logPath);
};

} // namespace Postwright
