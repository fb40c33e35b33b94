#pragma once
// Writes a file so that it is never half-written: the bytes go to a hidden
// temporary file in the same folder, are synced to the disk, and replace the
// file by a rename. A crash, a kill or a full disk at any moment leaves the
// old file or the new one, never a mix, and never a truncated post.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Postwright {

class AtomicWriter
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::AtomicWriter)
public:
    // Replaces path's content with bytes. A symbolic link stays a link: its
    // target is replaced. An existing file keeps its permissions (and owner,
    // where this process may set it). On failure returns false, *error says
    // why, and the file is as it was.
    static bool write(const QString &path, QByteArrayView bytes, QString *error = nullptr);
    // Writes a new file at path, whole or not at all, and never over a file
    // that is there already (one that appeared meanwhile included): then
    // returns false and *error says so.
    static bool createNew(const QString &path, QByteArrayView bytes, QString *error = nullptr);

    // A sentence for a system error number, in words a writer understands
    // for the usual ones (a full disk, a read-only disk).
    static QString systemMessage(int error);

    // The hidden name a save uses next to fileName while it writes
    // (".post.md.postwright-XXXXXX"): dot files are skipped by Hugo, Jekyll
    // and most tools; git shows one only if a save was killed.
    static QString temporaryPattern(const QString &fileName);
    static bool isTemporaryName(const QString &candidate, const QString &fileName);

private:
    enum class Mode { Replace, CreateNew };
    static bool writeFile(const QString &path, QByteArrayView bytes, Mode mode, QString *error);
};

} // namespace Postwright
