#pragma once
// Every file Postwright writes goes through here, so that none is ever
// half-written or written over by accident: the bytes go to a file nobody
// sees (without a name where the file system allows, else hidden next to the
// target), are synced to the disk, and only then get their name, by a rename
// over the old file or as a name that must not exist yet. A crash, a kill or
// a full disk at any moment leaves the old file or the new one, never a mix;
// a write that does not finish leaves nothing, not even the folders it made.

#include "problem.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Postwright {

class AtomicWriter
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::AtomicWriter)
public:
    // How the finished file gets its name.
    enum class Publish {
        // Over the file at the path. A symbolic link stays a link: its target
        // is replaced. An existing file keeps its permissions (and owner,
        // where this process may set it).
        Replace,
        // As the path's name, never over a file there (one that appeared
        // meanwhile included).
        CreateNew,
        // As the path's name, else the first of name-2.ext, name-3.ext...
        // (up to MaxNumberedNames) that is free; never over a file.
        CreateNumbered,
    };
    static constexpr int MaxNumberedNames = 10000;

    // Replaces path's content with bytes (Publish::Replace). On failure the
    // file is as it was.
    static Result<> write(const QString &path, QByteArrayView bytes);
    // Writes a new file at path, whole or not at all (Publish::CreateNew).
    static Result<> createNew(const QString &path, QByteArrayView bytes);

    // A staged write of the file at path (absolute, or relative to the
    // working folder): open(), append() as often as needed, publish(). Until
    // publish() succeeds nobody sees the bytes. A step that fails, or
    // destroying the writer before publish(), rolls back: the temporary file
    // goes, and so do the folders open() made.
    AtomicWriter(const QString &path, Publish publish);
    ~AtomicWriter();
    AtomicWriter(const AtomicWriter &) = delete;
    AtomicWriter &operator=(const AtomicWriter &) = delete;

    // Keeps the file below root (before open()): the folders missing below
    // the deepest existing one are made, each opened without following
    // links, and the folder is refused unless it really lies below root, so
    // a link swapped in meanwhile cannot lead the write outside. Without a
    // root the folder must exist.
    void setRoot(const QString &root);

    Result<> open();
    Result<> append(QByteArrayView bytes);
    // Syncs the bytes to the disk and gives them their name; returns that
    // name (the path's, or a numbered one).
    Result<QString> publish();

    // What failed, for a caller that must tell one failure from another
    // (the image importer says a folder outside the site in its own words;
    // every other failure it tells in the writer's, with the image's name).
    enum class Step {
        None,
        OpenFolder,      // error: errno, path: the folder
        MakeFolder,      // error: errno, path: the folder
        OutsideRoot,     // path: the folder
        Exists,          // CreateNew: the name is taken
        NotAFile,        // Replace: the path is a folder or a device
        CreateTemporary, // error: errno
        KeepPermissions, // error: errno
        Write,           // writing or syncing the bytes; error: errno
        Publish,         // error: errno
        NamesTaken,      // CreateNumbered: path: the last name tried
    };
    struct Failure
    {
        Step step = Step::None;
        int error = 0; // errno, where the system refused
        QString path;
    };
    const Failure &failure() const { return m_failure; }

    // A sentence for a system error number, in words a writer understands
    // for the usual ones (a full disk, a read-only disk).
    static QString systemMessage(int error);

    // The hidden name a write uses next to fileName while it writes
    // (".post.md.postwright-XXXXXX"): dot files are skipped by Hugo, Jekyll
    // and most tools; git shows one only if a save was killed.
    static QString temporaryPattern(const QString &fileName);
    static bool isTemporaryName(const QString &candidate, const QString &fileName);

private:
    enum class State { Ready, Open, Published, Failed };

    Problem fail(Step step, int error, const QString &path = {});
    Result<> openFolder();
    Result<> openFolderBelowRoot();
    Result<> createTemporary();
    bool nameTemporary();
    QString randomTemporaryName() const;
    Result<> keepPermissions();
    int link(const QString &name);
    void rollback();
    void closeFiles();

    Publish m_publish;
    QString m_folder;   // absolute, clean
    QString m_fileName; // the name wanted in m_folder
    QString m_root;     // canonical (empty when it does not exist)
    bool m_rootGiven = false;
    State m_state = State::Ready;
    Failure m_failure;
    Problem m_problem;
    int m_folderFd = -1;
    int m_fd = -1;
    QString m_temporaryName; // empty for a file without a name (O_TMPFILE)
    QStringList m_madeFolders;
};

} // namespace Postwright
