#pragma once
// Puts images into a post: imports each file (or pasted picture) into the
// site's image folder on a worker thread, so a large file never freezes the
// window, then inserts the references at the place the user chose, as one
// undo step. What fails is said in a bar over the text; nothing is lost.

#include "images/imageimporter.h"

#include <KTextEditor/Range>

#include <QObject>
#include <QPointer>

#include <optional>

class QMimeData;
class QWidget;

namespace Postwright {

class MarkdownEditor;

// One image to put in: a file on disk or bytes in memory, and how to refer
// to it. Empty fields fall back to the site's choices.
struct ImageRequest
{
    QString sourcePath;  // a file, or empty when data holds the image
    QByteArray data;     // a pasted picture, already PNG
    QString fileName;    // the wanted name; empty: the source's own
    QString folder;      // where it goes; empty: the placement's folder
    ImageReferenceFields fields; // src is filled in from the import
    std::optional<ImageReferenceStyle> style;
    QString templateText;
};

class ImageInserter : public QObject
{
    Q_OBJECT
public:
    explicit ImageInserter(MarkdownEditor *editor);
    ~ImageInserter() override;

    // Where the current post's images go and how they are referred to; an
    // untitled post has no placement (postPath empty).
    ImagePlacement placement() const;

    // Imports requests and inserts their references at `at`, which follows
    // the text as the user keeps typing. `ownParagraph`: the references go
    // before the line at `at` as a paragraph of their own (drops on the
    // preview). Returns false (and says why in a bar) when nothing can start.
    bool insert(const QList<ImageRequest> &requests, KTextEditor::Cursor at, bool ownParagraph = false);
    bool insertFiles(const QStringList &paths, KTextEditor::Cursor at, bool ownParagraph = false);

    // Insert Image as the user asks for it: the file picker first when no
    // source is given (Cancel there inserts nothing), then the dialog with
    // the file chosen; the reference goes in at `at`, or the cursor when it
    // is invalid. An untitled post gets a bar instead: it has no folder yet.
    void insertWithDialog(QWidget *parent, const QString &source, KTextEditor::Cursor at, bool ownParagraph);

    // The local files mime carries when they may be images (none is a
    // folder or a Markdown post, which opens instead); empty otherwise.
    static QStringList imageFiles(const QMimeData *mime);
    // Inserts what the clipboard holds at the cursor, over the selection if
    // there is one: a picture is saved as PNG, image files are imported.
    // False when it holds neither.
    bool pasteFromClipboard();

    // Imports still running.
    bool isBusy() const { return !m_jobs.isEmpty(); }

Q_SIGNALS:
    // After the references were inserted (the text they make, in order).
    void inserted(const QStringList &references);
    // After an import failed; message says why (also shown in a bar).
    void failed(const QString &message);

private:
    struct Job;
    // Imports requests, then puts their references in place of replaced
    // (empty: at its start).
    bool start(const QList<ImageRequest> &requests, KTextEditor::Range replaced, bool ownParagraph);
    void finish(Job *job);

    QPointer<MarkdownEditor> m_editor;
    QList<Job *> m_jobs; // running imports, each with a cursor into the document
};

} // namespace Postwright
