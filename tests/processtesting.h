#pragma once
// What tests of the site preview share about processes: whether one is gone,
// which ones it started (from /proc), and copies of the example Hugo site.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <csignal>

namespace Postwright::ProcessTesting {

// Whether process pid no longer runs: no such process, or a zombie nobody
// has reaped yet (what is left of a process that ended).
inline bool isGone(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) == -1 && errno == ESRCH))
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    // "pid (comm) S ...": the state follows the last ')'.
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) == 'Z';
}

// The process group of pid (0 when it is gone).
inline qint64 processGroup(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(2).toLongLong(); // state, ppid, pgrp
}

inline QString commandName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed() : QString();
}

// The children of pid (of each of its threads), then theirs, and so on.
inline QList<qint64> descendants(qint64 pid)
{
    QList<qint64> found;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task) + QStringLiteral("/children"));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            const qint64 id = child.trimmed().toLongLong();
            if (id > 0 && !found.contains(id))
                found << id << descendants(id);
        }
    }
    return found;
}

// The arguments process pid was started with.
inline QStringList commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList arguments;
    for (const QByteArray &argument : file.readAll().split('\0'))
        if (!argument.isEmpty())
            arguments.append(QString::fromLocal8Bit(argument));
    return arguments;
}

// The first running descendant of pid whose command is name and whose
// arguments hold argument ("hugo" "server", not the short "hugo" "list"); 0 if none.
inline qint64 runningDescendant(qint64 pid, const QString &name, const QString &argument)
{
    for (qint64 id : descendants(pid))
        if (commandName(id) == name && !isGone(id) && commandLine(id).contains(argument))
            return id;
    return 0;
}

// The addresses a socket listens on for port, from /proc/net/tcp and tcp6
// ("0100007F" is 127.0.0.1).
inline QStringList listeningAddresses(int port)
{
    QStringList addresses;
    const QString wanted = QStringLiteral(":%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file{QString::fromLatin1(table)};
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 3 && fields.at(3) == "0A" && QString::fromLatin1(fields.at(1)).endsWith(wanted))
                addresses << QString::fromLatin1(fields.at(1)).section(u':', 0, 0);
        }
    }
    return addresses;
}

// A copy of the example Hugo site below dir, to edit and serve freely.
inline QString copyOfExampleSite(const QString &dir)
{
    const QDir source(QStringLiteral(POSTWRIGHT_EXAMPLES "/site"));
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = dir + QStringLiteral("/site/") + source.relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
    return dir + QStringLiteral("/site");
}

} // namespace Postwright::ProcessTesting
