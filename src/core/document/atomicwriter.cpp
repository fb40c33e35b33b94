#include "atomicwriter.h"

#include "images/pathtext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postwright {

namespace {

const QLatin1StringView TemporaryMarker(".postwright-");
constexpr qint64 ChunkSize = 1 << 20;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

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

// The name of an open file in /proc: a link to it, even to one without a name.
QByteArray descriptorPath(int fd)
{
    return "/proc/self/fd/" + QByteArray::number(fd);
}

// Where an open folder really is, links and renames followed.
QString pathOf(int fd, const QString &fallback)
{
    char target[4096];
    const ssize_t length = ::readlink(descriptorPath(fd).constData(), target, sizeof target - 1);
    if (length <= 0)
        return QFileInfo(fallback).canonicalFilePath();
    return QFile::decodeName(QByteArray(target, length));
}

void closeDescriptor(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// Temporary files left by writes that were killed: older than a minute, so a
// save running in another window at this moment is not disturbed.
void removeLeftovers(int folderFd, const QString &fileName)
{
    const int listFd = ::openat(folderFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *folder = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
    if (!folder) {
        if (listFd >= 0)
            ::close(listFd);
        return;
    }
    const time_t minuteAgo = std::time(nullptr) - 60;
    while (const dirent *entry = ::readdir(folder)) {
        struct stat info {};
        if (AtomicWriter::isTemporaryName(QFile::decodeName(entry->d_name), fileName)
            && ::fstatat(::dirfd(folder), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(info.st_mode)
            && info.st_mtime < minuteAgo)
            ::unlinkat(::dirfd(folder), entry->d_name, 0);
    }
    ::closedir(folder);
}

// Writes every byte, as often as the system takes only part of them.
bool writeAll(int fd, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(std::min(left, ChunkSize)));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

// The one-shot writes: the whole of bytes, staged and published.
Result<> writeWhole(AtomicWriter &writer, QByteArrayView bytes)
{
    if (Result<> opened = writer.open(); !opened)
        return opened;
    if (Result<> appended = writer.append(bytes); !appended)
        return appended;
    if (Result<QString> published = writer.publish(); !published)
        return published.problem();
    return {};
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

QString AtomicWriter::temporaryPattern(const QString &fileName)
{
    return QLatin1Char('.') + fileName + TemporaryMarker + QStringLiteral("XXXXXX");
}

bool AtomicWriter::isTemporaryName(const QString &candidate, const QString &fileName)
{
    const QString prefix = QLatin1Char('.') + fileName + TemporaryMarker;
    return candidate.size() == prefix.size() + 6 && candidate.startsWith(prefix);
}

Result<> AtomicWriter::write(const QString &path, QByteArrayView bytes)
{
    AtomicWriter writer(path, Publish::Replace);
    return writeWhole(writer, bytes);
}

Result<> AtomicWriter::createNew(const QString &path, QByteArrayView bytes)
{
    AtomicWriter writer(path, Publish::CreateNew);
    return writeWhole(writer, bytes);
}

AtomicWriter::AtomicWriter(const QString &path, Publish publish)
    : m_publish(publish)
{
    const QFileInfo target(publish == Publish::Replace ? resolvedTarget(path) : QFileInfo(path).absoluteFilePath());
    m_folder = QDir::cleanPath(target.absolutePath());
    m_fileName = target.fileName();
}

AtomicWriter::~AtomicWriter()
{
    if (m_state != State::Published)
        rollback();
}

void AtomicWriter::setRoot(const QString &root)
{
    // A root that does not exist has no canonical path: every folder is
    // refused then.
    m_root = QFileInfo(root).canonicalFilePath();
    m_rootGiven = true;
}

Result<> AtomicWriter::open()
{
    if (m_state == State::Failed)
        return m_problem;
    Q_ASSERT(m_state == State::Ready);
    if (Result<> opened = m_rootGiven ? openFolderBelowRoot() : openFolder(); !opened)
        return opened;

    struct stat existing {};
    const QByteArray name = encoded(m_fileName);
    // A link counts as a taken name for a new file; a replace writes
    // through the link, resolved already, to the file it leads to.
    if (m_publish == Publish::CreateNew && ::fstatat(m_folderFd, name.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0)
        return fail(Step::Exists, EEXIST);
    if (m_publish == Publish::Replace && ::fstatat(m_folderFd, name.constData(), &existing, 0) == 0
        && !S_ISREG(existing.st_mode))
        return fail(Step::NotAFile, 0);

    if (Result<> created = createTemporary(); !created)
        return created;
    if (m_publish == Publish::Replace) {
        if (Result<> kept = keepPermissions(); !kept)
            return kept;
    }
    m_state = State::Open;
    return {};
}

Result<> AtomicWriter::append(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return m_problem;
    Q_ASSERT(m_state == State::Open);
    if (!writeAll(m_fd, bytes))
        return fail(Step::Write, errno);
    return {};
}

Result<QString> AtomicWriter::publish()
{
    if (m_state == State::Failed)
        return m_problem;
    Q_ASSERT(m_state == State::Open);
    if (::fsync(m_fd) != 0)
        return fail(Step::Write, errno);

    QString published;
    if (m_publish == Publish::Replace) {
        // rename() takes a name: an unnamed file gets a hidden one first.
        if (m_temporaryName.isEmpty() && !nameTemporary())
            return fail(Step::Publish, errno);
        if (::renameat(m_folderFd, encoded(m_temporaryName).constData(), m_folderFd, encoded(m_fileName).constData()) != 0)
            return fail(Step::Publish, errno);
        m_temporaryName.clear(); // it is the file now
        published = m_fileName;
    } else {
        const qsizetype dot = m_fileName.lastIndexOf(u'.');
        const QString base = dot > 0 ? m_fileName.left(dot) : m_fileName;
        const QString extension = dot > 0 ? m_fileName.mid(dot) : QString();
        const int last = m_publish == Publish::CreateNumbered ? MaxNumberedNames : 1;
        QString candidate;
        // A link never replaces a file: a name taken meanwhile, by another
        // write or another program, is skipped as well.
        for (int number = 1; number <= last && published.isEmpty(); ++number) {
            candidate = number == 1 ? m_fileName : base + u'-' + QString::number(number) + extension;
            if (link(candidate) == 0)
                published = candidate;
            else if (errno != EEXIST)
                return fail(Step::Publish, errno, candidate);
        }
        if (published.isEmpty())
            return fail(m_publish == Publish::CreateNew ? Step::Exists : Step::NamesTaken, EEXIST, candidate);
    }

    // The new name reaches the disk once the folder is synced.
    ::fsync(m_folderFd);
    removeLeftovers(m_folderFd, m_fileName);
    m_state = State::Published;
    closeFiles();
    return published;
}

// The folder as the path names it, links followed.
Result<> AtomicWriter::openFolder()
{
    const QByteArray folder = encoded(m_folder);
    m_folderFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_folderFd < 0 && errno == EACCES) // a folder one may write in but not list
        m_folderFd = ::open(folder.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (m_folderFd < 0)
        return fail(Step::OpenFolder, errno, m_folder);
    return {};
}

// Opens the folder, making the parts that are missing below its deepest
// existing one, each opened without following links, and checks where the
// open folder really is: a link swapped in meanwhile cannot lead outside root.
Result<> AtomicWriter::openFolderBelowRoot()
{
    QStringList missing;
    QString existing = m_folder;
    while (!QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink()) {
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash <= 0)
            break;
        missing.prepend(existing.mid(slash + 1));
        existing = existing.left(slash);
    }
    m_folderFd = ::open(encoded(existing).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_folderFd < 0)
        return fail(Step::OpenFolder, errno, existing);
    if (!PathText::isSameOrBelow(pathOf(m_folderFd, existing), m_root))
        return fail(Step::OutsideRoot, 0, m_folder);
    QString path = existing;
    for (const QString &part : std::as_const(missing)) {
        path += u'/' + part;
        const QByteArray name = encoded(part);
        if (::mkdirat(m_folderFd, name.constData(), 0777) == 0)
            m_madeFolders.append(path);
        else if (errno != EEXIST)
            return fail(Step::MakeFolder, errno, path);
        const int child = ::openat(m_folderFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (child < 0)
            return errno == ELOOP || errno == ENOTDIR ? fail(Step::OutsideRoot, 0, m_folder) : fail(Step::OpenFolder, errno, path);
        closeDescriptor(m_folderFd);
        m_folderFd = child;
    }
    if (!PathText::isSameOrBelow(pathOf(m_folderFd, m_folder), m_root))
        return fail(Step::OutsideRoot, 0, m_folder);
    return {};
}

// A file that nobody sees until it is published: without a name where the
// file system allows (O_TMPFILE), else hidden next to the target. Created
// 0666 less the umask, the usual mode.
Result<> AtomicWriter::createTemporary()
{
#ifdef O_TMPFILE
    // Publishing an unnamed file links it from /proc/self/fd.
    if (::access("/proc/self/fd", X_OK) == 0) {
        m_fd = ::openat(m_folderFd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        if (m_fd >= 0)
            return {};
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
            return fail(Step::CreateTemporary, errno);
    }
#endif
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = randomTemporaryName();
        m_fd = ::openat(m_folderFd, encoded(name).constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_temporaryName = name;
            return {};
        }
        if (errno != EEXIST)
            return fail(Step::CreateTemporary, errno);
    }
    return fail(Step::CreateTemporary, EEXIST);
}

// Gives the unnamed temporary file a hidden name: false with errno when it
// cannot.
bool AtomicWriter::nameTemporary()
{
    const QByteArray unnamed = descriptorPath(m_fd);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = randomTemporaryName();
        if (::linkat(AT_FDCWD, unnamed.constData(), m_folderFd, encoded(name).constData(), AT_SYMLINK_FOLLOW) == 0) {
            m_temporaryName = name;
            return true;
        }
        if (errno != EEXIST)
            return false;
    }
    return false; // errno is EEXIST
}

// temporaryPattern with its X's made random.
QString AtomicWriter::randomTemporaryName() const
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString name = temporaryPattern(m_fileName);
    for (qsizetype i = name.size() - 6; i < name.size(); ++i)
        name[i] = QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return name;
}

// The file replaced keeps its mode and owner; chown only succeeds where
// allowed, and a file we cannot give back to its owner still keeps its mode.
Result<> AtomicWriter::keepPermissions()
{
    struct stat original {};
    if (::fstatat(m_folderFd, encoded(m_fileName).constData(), &original, 0) != 0)
        return {}; // a new file: the usual mode it has
    if (::fchmod(m_fd, original.st_mode & 07777) != 0)
        return fail(Step::KeepPermissions, errno);
    if ((original.st_uid != ::geteuid() || original.st_gid != ::getegid()) && ::fchown(m_fd, original.st_uid, original.st_gid) != 0) {
        // Not ours to give away: the file becomes this user's, same mode.
    }
    return {};
}

// Gives the temporary file name in the folder, never over a file there:
// 0, or -1 with errno (EEXIST: the name is taken).
int AtomicWriter::link(const QString &name)
{
    const QByteArray target = encoded(name);
    if (m_temporaryName.isEmpty()) {
        return ::linkat(AT_FDCWD, descriptorPath(m_fd).constData(), m_folderFd, target.constData(), AT_SYMLINK_FOLLOW);
    }
    const QByteArray temporary = encoded(m_temporaryName);
    if (::linkat(m_folderFd, temporary.constData(), m_folderFd, target.constData(), 0) == 0) {
        if (::unlinkat(m_folderFd, temporary.constData(), 0) == 0)
            m_temporaryName.clear();
        return 0;
    }
    if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS)
        return -1;
    // No hard links here (FAT, some network disks): a rename that refuses to
    // replace, where the system has it.
    if (::renameat2(m_folderFd, temporary.constData(), m_folderFd, target.constData(), RENAME_NOREPLACE) != 0)
        return -1;
    m_temporaryName.clear();
    return 0;
}

Problem AtomicWriter::fail(Step step, int error, const QString &path)
{
    const QString target = m_folder + u'/' + m_fileName;
    QString message;
    switch (step) {
    case Step::OpenFolder:
        message = error == ENOENT || error == ENOTDIR ? tr("The folder %1 does not exist.").arg(path)
                                                      : tr("The folder %1 cannot be opened: %2").arg(path, systemMessage(error));
        break;
    case Step::MakeFolder:
        message = tr("The folder %1 cannot be created: %2").arg(path, systemMessage(error));
        break;
    case Step::OutsideRoot:
        message = tr("The folder %1 is outside %2.").arg(path, m_root);
        break;
    case Step::Exists:
        message = tr("%1 exists already.").arg(target);
        break;
    case Step::NotAFile:
        message = tr("%1 is not a file.").arg(target);
        break;
    case Step::CreateTemporary:
        message = tr("Could not create a file in %1: %2").arg(m_folder, systemMessage(error));
        break;
    case Step::KeepPermissions:
        message = tr("Could not keep the permissions of %1: %2").arg(target, systemMessage(error));
        break;
    case Step::Write:
        message = tr("Writing %1 failed: %2").arg(m_fileName, systemMessage(error));
        break;
    case Step::Publish:
        message = m_publish == Publish::Replace ? tr("Replacing %1 failed: %2").arg(m_fileName, systemMessage(error))
                                                : tr("Creating %1 failed: %2").arg(path, systemMessage(error));
        break;
    case Step::NamesTaken:
        message = tr("Every name from %1 to %2 is taken in %3.").arg(m_fileName, path, m_folder);
        break;
    case Step::None:
        break;
    }
    m_failure = {step, error, path};
    m_problem = {message};
    m_state = State::Failed;
    rollback();
    return m_problem;
}

// Removes the temporary file and the folders open() made, deepest first
// (rmdir leaves a folder that something else has put a file in meanwhile).
void AtomicWriter::rollback()
{
    if (!m_temporaryName.isEmpty() && m_folderFd >= 0)
        ::unlinkat(m_folderFd, encoded(m_temporaryName).constData(), 0);
    m_temporaryName.clear();
    closeFiles();
    for (auto it = m_madeFolders.crbegin(); it != m_madeFolders.crend(); ++it)
        ::rmdir(encoded(*it).constData());
    m_madeFolders.clear();
}

void AtomicWriter::closeFiles()
{
    closeDescriptor(m_fd);
    closeDescriptor(m_folderFd);
}

} // namespace Postwright
