#include "processtreememory.h"

#include "measuredchild.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>

#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace Postwright {

namespace {

struct ProcessLinks
{
    pid_t parent = 0;
    pid_t group = 0;
};

// Every process's parent and process group, read from /proc/PID/stat.
QHash<pid_t, ProcessLinks> allProcesses()
{
    QHash<pid_t, ProcessLinks> processes;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // it has just exited
        // "PID (COMMAND) STATE PPID PGRP ...": the command may hold spaces and
        // parentheses, the fields after its last ')' do not.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 3)
            continue;
        processes.insert(pid, {pid_t(fields.at(1).toInt()), pid_t(fields.at(2).toInt())});
    }
    return processes;
}

// root, its descendants, and anything else left in its process group (a
// helper whose parent has exited is no longer root's descendant).
QList<pid_t> processTree(pid_t root)
{
    const QHash<pid_t, ProcessLinks> processes = allProcesses();
    QList<pid_t> tree{root};
    for (qsizetype i = 0; i < tree.size(); ++i)
        for (auto it = processes.cbegin(); it != processes.cend(); ++it)
            if (it->parent == tree.at(i) && !tree.contains(it.key()))
                tree.append(it.key());
    for (auto it = processes.cbegin(); it != processes.cend(); ++it)
        if (it->group == root && !tree.contains(it.key()))
            tree.append(it.key());
    return tree;
}

// A "Name:   1234 kB" line of a /proc file, in KiB.
std::optional<qint64> kibibytes(const QString &path, const QByteArray &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Files in /proc report a size of 0, so they are read whole rather than
    // line by line until atEnd().
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return std::nullopt;
}

// The child and whatever it started, ended with it on every path out.
class ChildProcessGroup
{
public:
    explicit ChildProcessGroup(QProcess &process)
        : m_process(process)
    {
    }
    ~ChildProcessGroup() { kill(); }

    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        // The tree before the group: the leader is not reaped yet, so no pid
        // listed here can belong to anyone else.
        const pid_t leader = pid_t(m_process.processId());
        for (const pid_t pid : processTree(leader))
            ::kill(pid, SIGKILL);
        ::kill(-leader, SIGKILL);
        m_process.waitForFinished(5000);
    }

private:
    QProcess &m_process;
};

} // namespace

TreeMemory ProcessTreeMemory::measureSettled(const QString &program, const QStringList &arguments, int settleMs,
                                             const QString &workPath, const QString &logPath)
{
    TreeMemory memory;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(logPath);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *folder : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString path = workPath + u'/' + QString::fromLatin1(folder).toLower();
        QDir().mkpath(path);
        environment.insert(QString::fromLatin1(folder), path);
    }
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] {
        setpgid(0, 0);                    // one group to kill, helpers included
        prctl(PR_SET_PDEATHSIG, SIGKILL); // and no orphan if the bench dies first
    });

    ChildProcessGroup group(process);
    process.start();
    if (!process.waitForStarted(10000)) {
        memory.error = process.errorString();
        return memory;
    }
    if (process.waitForFinished(settleMs)) {
        memory.error = process.exitStatus() == QProcess::CrashExit
                           ? QStringLiteral("it crashed while settling")
                           : QStringLiteral("it exited while settling (status %1)").arg(process.exitCode());
        if (const QString lastLine = MeasuredChild::lastLogLine(logPath); !lastLine.isEmpty())
            memory.error += QStringLiteral(": ") + lastLine;
        return memory;
    }

    qint64 pssKib = 0;
    qint64 rssKib = 0;
    for (const pid_t pid : processTree(pid_t(process.processId()))) {
        const std::optional<qint64> pss = kibibytes(QStringLiteral("/proc/%1/smaps_rollup").arg(pid), "Pss");
        if (!pss)
            continue; // exited between the listing and the reading
        pssKib += *pss;
        rssKib += kibibytes(QStringLiteral("/proc/%1/status").arg(pid), "VmRSS").value_or(0);
        ++memory.processes;
    }
    if (memory.processes == 0) {
        memory.error = QStringLiteral("its memory could not be read from /proc");
        return memory;
    }
    memory.pssMb = double(pssKib) / 1024.0;
    memory.rssMb = double(rssKib) / 1024.0;
    return memory;
}

} // namespace Postwright
