#pragma once
// Keeps the text of posts that have no file yet in the state folder
// (AppLocalDataLocation/untitled), written every few seconds while they
// change, so a crash loses at most those seconds. KTextEditor's swap files
// cover posts with a file; this covers the rest. A text leaves the store when
// it is saved to a file or discarded.

#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace Postwright {

class MarkdownEditor;

class UntitledStore : public QObject
{
    Q_OBJECT
public:
    explicit UntitledStore(QObject *parent = nullptr);

    static QString directory();

    // Watches editor; storedPath: the stored text it was recovered from.
    void track(MarkdownEditor *editor, const QString &storedPath = {});
    // Removes the editor's stored text (saved elsewhere, or discarded).
    void forget(MarkdownEditor *editor);
    // Texts left by an earlier run, oldest first, that nobody here tracks.
    QStringList leftOver() const;
    // Writes every changed untitled text now.
    void writeAll();

private:
    void write(MarkdownEditor *editor);

    QTimer *m_timer;
    QHash<MarkdownEditor *, QString> m_paths; // editor -> its stored text
    QHash<MarkdownEditor *, bool> m_dirty;
};

} // namespace Postwright
