#pragma once
// The Markdown buffer: one KTextEditor document (Kate's editor component) and
// its view. Encodings, swap files, search and spell check come from there;
// this class adds what a post needs on top: refusing files that are not text,
// saving only where a save can succeed, and following changes on disk.

#include "document/postsession.h"

#include <KTextEditor/Cursor>
#include <KTextEditor/Document>
#include <KTextEditor/Message>
#include <KTextEditor/View>

#include <QObject>
#include <QPointer>

namespace KTextEditor {
class View;
} // namespace KTextEditor

class QDropEvent;
class QWidget;

namespace Postwright {

class ImageInserter;
class MarkdownActions;

class MarkdownEditor : public QObject
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parentWidget);
    ~MarkdownEditor() override;

    KTextEditor::Document *document() const { return m_document; }
    KTextEditor::View *view() const { return m_view; }
    MarkdownActions *actions() const { return m_actions; }
    // Imports images into the post's site and inserts their references.
    ImageInserter *images() const { return m_images; }
    // No file, no text, no edits: a tab that may be reused for the next post.
    bool isPristine() const;

    // Opens path unless it is not text; *error then says why.
    bool openFile(const QString &path, QString *error = nullptr);
    QString filePath() const;
    // The post as the preview and the docks see it: its site (found once
    // each time the post gets a path, the one place the app detects a site)
    // and the newest analysis of its text, made off the GUI thread.
    PostSession *session() const { return m_session; }
    const Site &site() const { return m_session->site(); }
    QByteArray utf8Text() const;

    struct SaveCheck
    {
        bool ok = true;
        QString message;
    };
    // Whether a save to the document's file can succeed, before trying.
    SaveCheck checkSave() const;
    // Saves to the document's file, atomically (AtomicWriter): the file on
    // disk is replaced whole or not at all. When that cannot or did not work,
    // the buffer stays modified, a bar says why and offers Save As. Untitled
    // buffers ask for a name through saveAsRequested().
    bool save();
    // Saves under a new name and continues there; *error says why not.
    bool saveAs(const QString &path, QString *error = nullptr);

    // The bytes a save writes: the text in the document's encoding, byte
    // order mark and line endings, as loaded or as chosen in Tools. Empty
    // with *error set when the encoding cannot hold a character of the text.
    QByteArray encodedText(QString *error = nullptr) const;

    // A post over 20 MB opens with its preview paused until asked for.
    bool isPreviewPaused() const { return m_session->isPaused(); }

    // Shows a bar above the text (KTextEditor's message bar).
    KTextEditor::Message *showBar(const QString &text, int type, const QList<QAction *> &actions = {});

Q_SIGNALS:
    void textChanged();
    void saveAsRequested();
    void saved();
    // Image files were dropped on the text at `at`; the window imports them,
    // or asks first when the user wants to be asked.
    void imagesDropped(const QStringList &paths, KTextEditor::Cursor at);
    // Markdown files were dropped on the text: they open as posts.
    void postsDropped(const QStringList &paths);

private:
    bool writeAtomically(QString *error);
    bool isOurOwnSave();
    void fileChangedOnDisk(bool modified, KTextEditor::Document::ModifiedOnDiskReason reason);
    void reloadKeepingView();
    void showDiffWithDisk();
    void paste();

private Q_SLOTS:
    void urlsDropped(QDropEvent *event);

private:

    KTextEditor::Document *m_document;
    // A child of the parent widget; removed before the document it shows.
    QPointer<KTextEditor::View> m_view;
    MarkdownActions *m_actions;
    ImageInserter *m_images;
    PostSession *m_session;
    // KTextEditor's checksum of what our last save wrote: its watcher reports
    // that file as changed on disk, and it is not.
    QByteArray m_savedDigest;
    QPointer<KTextEditor::Message> m_diskBar; // what the last change on disk showed
};

} // namespace Postwright
