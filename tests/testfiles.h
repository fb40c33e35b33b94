#pragma once
// File helpers the tests share: writing fixtures, reading results.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace Postwright::TestFiles {

// Writes content to path, making the folders; fails the calling test on error.
inline void write(const QString &path, const QByteArray &content = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

// Replaces path with a new file holding content, as git checkout and most
// tools do (a new inode renamed over it): a file watcher reports it however
// close in time to the last change, unlike a rewrite in place within the
// same second of the file's ctime.
inline void replace(const QString &path, const QByteArray &content)
{
    const QString fresh = path + QStringLiteral(".new");
    write(fresh, content);
    QVERIFY2(std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(path).constData()) == 0,
             qPrintable(path));
}

inline QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file below dir, relative to it, sorted.
inline QStringList below(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// Makes a folder read-only for this process: by its mode for a user, by a
// read-only bind mount for root (whom modes don't stop). Empty: it worked;
// otherwise why not, for QSKIP.
inline QString makeReadOnly(const QString &dir)
{
    if (geteuid() != 0)
        return QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner) ? QString() : QStringLiteral("chmod failed");
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), dir, dir}) != 0)
        return QStringLiteral("running as root and cannot bind-mount %1 read-only").arg(dir);
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), dir}) != 0) {
        QProcess::execute(QStringLiteral("umount"), {dir});
        return QStringLiteral("running as root and cannot remount %1 read-only").arg(dir);
    }
    return {};
}

// With POSTWRIGHT_SNAPSHOTS=DIR set, saves a picture of widget as DIR/name.png:
// GUI tests leave pictures of the states they check, for a person to look at.
template<typename Widget>
inline void snapshot(Widget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("POSTWRIGHT_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Runs work with files limited to limit bytes: writes past it fail with
// EFBIG, as on a full disk (SIGXFSZ ignored). Returns what work returns.
template<typename Work>
inline auto withFileSizeLimit(rlim_t limit, Work work)
{
    rlimit old {};
    ::getrlimit(RLIMIT_FSIZE, &old);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = limit;
    ::setrlimit(RLIMIT_FSIZE, &small);
    auto result = work();
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    return result;
}

inline void makeWritable(const QString &dir)
{
    if (geteuid() != 0)
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    else
        QProcess::execute(QStringLiteral("umount"), {dir});
}

} // namespace Postwright::TestFiles
