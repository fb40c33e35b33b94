#include "atomicwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postwright {

namespace {

const QLatin1StringView TemporaryMarker(".postwright-");

// A file that this process can write through, even if it does not exist yet:
// the target of a link (followed to the end), or path itself.
QString resolvedTarget(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.absoluteFilePath();
    const QString target = info.canonicalFilePath();
    // A dangling link: write where it points, so the link starts to work.
    return target.isEmpty() ? info.symLinkTarget() : target;
}

} // namespace

QString AtomicWriter::systemMessage(int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return AtomicWriter::tr("The disk is full.");
    if (error == EFBIG)
        return AtomicWriter::tr("The file is larger than this disk or process may write.");
    if (error == EROFS)
        return AtomicWriter::tr("The disk is mounted read-only.");
    if (error == EACCES || error == EPERM)
        return AtomicWriter::tr("Permission denied.");
    return QString::fromLocal8Bit(std::strerror(error));
}

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Temporary files left by saves that were killed: older than a minute, so a
// save running in another window at this moment is not disturbed.
void removeLeftovers(const QDir &folder, const QString &fileName)
{
    const QDateTime minuteAgo = QDateTime::currentDateTime().addSecs(-60);
    const QStringList candidates = folder.entryList({QLatin1Char('.') + fileName + TemporaryMarker + QLatin1Char('*')},
                                                    QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &candidate : candidates) {
        const QFileInfo info(folder.filePath(candidate));
        if (AtomicWriter::isTemporaryName(candidate, fileName) && !info.isSymLink() && info.lastModified() < minuteAgo)
            QFile::remove(info.filePath());
    }
}

} // namespace

QString AtomicWriter::temporaryPattern(const QString &fileName)
{
    return QLatin1Char('.') + fileName + TemporaryMarker + QStringLiteral("XXXXXX");
}

bool AtomicWriter::isTemporaryName(const QString &candidate, const QString &fileName)
{
    const QString prefix = QLatin1Char('.') + fileName + TemporaryMarker;
    return candidate.size() == prefix.size() + 6 && candidate.startsWith(prefix);
}

bool AtomicWriter::write(const QString &path, QByteArrayView bytes, QString *error)
{
    return writeFile(path, bytes, Mode::Replace, error);
}

bool AtomicWriter::createNew(const QString &path, QByteArrayView bytes, QString *error)
{
    return writeFile(path, bytes, Mode::CreateNew, error);
}

bool AtomicWriter::writeFile(const QString &path, QByteArrayView bytes, Mode mode, QString *error)
{
    const QString target = mode == Mode::Replace ? resolvedTarget(path) : QFileInfo(path).absoluteFilePath();
    const QFileInfo targetInfo(target);
    const QDir folder = targetInfo.absoluteDir();
    if (!folder.exists())
        return fail(error, tr("The folder %1 does not exist.").arg(folder.path()));
    if (mode == Mode::CreateNew && (targetInfo.exists() || targetInfo.isSymLink()))
        return fail(error, tr("%1 exists already.").arg(target));
    if (targetInfo.exists() && !targetInfo.isFile())
        return fail(error, tr("%1 is not a file.").arg(target));

    QTemporaryFile temporary(folder.filePath(temporaryPattern(targetInfo.fileName())));
    temporary.setAutoRemove(true); // until the rename succeeds
    if (!temporary.open())
        return fail(error, tr("Could not create a file in %1: %2").arg(folder.path(), temporary.errorString()));
    const int fd = temporary.handle();

    struct stat original {};
    if (::stat(QFile::encodeName(target).constData(), &original) == 0) {
        // Same mode and owner as before; chown only succeeds where allowed,
        // and a file we cannot give back to its owner still keeps its mode.
        if (::fchmod(fd, original.st_mode & 07777) != 0)
            return fail(error, tr("Could not keep the permissions of %1: %2").arg(target, systemMessage(errno)));
        if ((original.st_uid != ::geteuid() || original.st_gid != ::getegid()) && ::fchown(fd, original.st_uid, original.st_gid) != 0) {
            // Not ours to give away: the file becomes this user's, same mode.
        }
    } else {
        // A new file gets the usual mode (0666 less the umask), not 0600.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
    }

    const char *data = bytes.data();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(std::min<qint64>(left, 1 << 20)));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail(error, tr("Writing %1 failed: %2").arg(targetInfo.fileName(), systemMessage(errno)));
        }
        data += written;
        left -= written;
    }
    if (::fsync(fd) != 0)
        return fail(error, tr("Writing %1 failed: %2").arg(targetInfo.fileName(), systemMessage(errno)));
    if (mode == Mode::CreateNew) {
        // link() refuses a name that exists, where rename() would replace
        // it; the temporary name then goes with the temporary file.
        if (::link(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
            return fail(error, errno == EEXIST ? tr("%1 exists already.").arg(target)
                                               : tr("Creating %1 failed: %2").arg(targetInfo.fileName(), systemMessage(errno)));
    } else {
        if (::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
            return fail(error, tr("Replacing %1 failed: %2").arg(targetInfo.fileName(), systemMessage(errno)));
        temporary.setAutoRemove(false); // it is the file now
    }

    // The rename itself reaches the disk once the folder is synced.
    const int dirFd = ::open(QFile::encodeName(folder.path()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    removeLeftovers(folder, targetInfo.fileName());
    return true;
}

} // namespace Postwright
