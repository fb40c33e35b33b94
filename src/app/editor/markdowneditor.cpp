#include "markdowneditor.h"

#include "document/atomicwriter.h"
#include "document/postfile.h"
#include "editorcomponent.h"
#include "images/imageinserter.h"
#include "markdownactions.h"
#include "preview/siteschemehandler.h"
#include "spellchecking.h"

#include <KActionCollection>
#include <KSelectAction>
#include <KTextEditor/Editor>
#include <KTextEditor/Message>
#include <KTextEditor/View>

#include <QAction>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QMimeData>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWidget>

namespace Postwright {

namespace {

// KTextEditor::Document::checksum(): git's object id of the file's bytes.
QByteArray gitBlobDigest(QByteArrayView bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray("blob " + QByteArray::number(bytes.size()) + '\0'));
    hash.addData(bytes);
    return hash.result();
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_session(new PostSession(this))
{
    EditorComponent::configure();
    m_document = KTextEditor::Editor::instance()->createDocument(this);
    m_document->setHighlightingMode(SpellChecking::highlightingMode());
    // A save changes only what was edited: Markdown's two trailing spaces are
    // a line break. Encoding, byte order mark and line endings are kept as
    // loaded; the final newline is EditorComponent's setting.
    m_document->setConfigValue(QStringLiteral("remove-spaces"), 0);
    m_view = m_document->createView(parentWidget);
    SpellChecking::setUp(m_view);
    m_actions = new MarkdownActions(m_view);
    // Prose, not code: completion popups while writing are noise, and their
    // word scan of the whole post costs on every key of a long one. Ctrl+Space
    // still completes on request.
    m_view->setAutomaticInvocationEnabled(false);
    // The view's own Save (Ctrl+S in the text) would write the file in place;
    // every save goes through ours, and the window's actions own the keys.
    const KActionCollection *actions = m_view->actionCollection();
    if (QAction *save = actions->action(QStringLiteral("file_save"))) {
        disconnect(save, &QAction::triggered, m_document, nullptr);
        disconnect(save, &QAction::triggered, m_view, nullptr);
        connect(save, &QAction::triggered, this, &MarkdownEditor::save);
        save->setShortcuts({});
    }
    if (QAction *saveAs = actions->action(QStringLiteral("file_save_as"))) {
        disconnect(saveAs, &QAction::triggered, m_document, nullptr);
        disconnect(saveAs, &QAction::triggered, m_view, nullptr);
        connect(saveAs, &QAction::triggered, this, &MarkdownEditor::saveAsRequested);
        saveAs->setShortcuts({});
    }
    // Paste takes pictures and image files too; text pastes as before.
    if (QAction *paste = actions->action(QStringLiteral("edit_paste"))) {
        disconnect(paste, &QAction::triggered, m_view, nullptr);
        connect(paste, &QAction::triggered, this, &MarkdownEditor::paste);
    }
    m_images = new ImageInserter(this);
    // The view passes drops of files on through its implementation's signal
    // dropEventPass (Kate opens them); here images go into the post.
    if (!connect(m_view, SIGNAL(dropEventPass(QDropEvent*)), this, SLOT(urlsDropped(QDropEvent*))))
        qWarning("postwright: KTextEditor's view has no dropEventPass signal; dropped files are not taken");
    connect(m_document, &KTextEditor::Document::textChanged, this, &MarkdownEditor::textChanged);
    connect(m_document, &KTextEditor::Document::documentUrlChanged, this, [this] { m_session->setPath(filePath()); });
    // The preview's render: source lines for scroll sync, images through the
    // preview's scheme, math and diagrams drawn in the page.
    RenderOptions options;
    options.sourceLines = true;
    options.imageUrl = [](const ResolvedImage &image) { return SiteSchemeHandler::fileUrl(image.filePath); };
    options.math = MathOutput::Marked;
    options.diagrams = true;
    m_session->setRenderOptions(options);
    m_session->setTextSource([this] { return m_document->text(); });
    connect(this, &MarkdownEditor::textChanged, m_session, &PostSession::textChanged);
    // Changes on disk are ours to handle: reloaded quietly when the buffer
    // has no edits, a bar otherwise (KTextEditor's own prompt stays off).
    m_document->setModifiedOnDiskWarning(false);
    connect(m_document, &KTextEditor::Document::modifiedOnDisk, this,
            [this](KTextEditor::Document *, bool modified, KTextEditor::Document::ModifiedOnDiskReason reason) {
                fileChangedOnDisk(modified, reason);
            });
}

MarkdownEditor::~MarkdownEditor()
{
    // The view and the inserter's cursors point into the document, which is
    // our child and goes after this body: they go first. Left to the parent
    // widget, the view would outlive its document and crash in its destructor.
    delete m_images;
    delete m_view;
}

bool MarkdownEditor::openFile(const QString &path, QString *error)
{
    const FileVerdict verdict = PostFile::inspect(path);
    if (!verdict.canOpen()) {
        if (error)
            *error = verdict.message;
        return false;
    }
    if (!m_document->openUrl(QUrl::fromLocalFile(path))) {
        if (error)
            *error = tr("%1 could not be opened.").arg(path);
        return false;
    }
    // KTextEditor picks the mode from the file name (Kate's Markdown, for
    // .md); ours leaves code, math and shortcodes out of the spell check.
    if (m_document->highlightingMode() != SpellChecking::highlightingMode())
        m_document->setHighlightingMode(SpellChecking::highlightingMode());
    m_session->setPaused(verdict.large);
    if (verdict.large) {
        auto *render = new QAction(tr("Show Preview"), this);
        connect(render, &QAction::triggered, this, [this] {
            m_session->setPaused(false);
        });
        showBar(tr("This post is larger than 20 MB, so its preview is paused while you edit."),
                KTextEditor::Message::Information, {render});
    }
    Q_EMIT textChanged();
    return true;
}

bool MarkdownEditor::isPristine() const
{
    return m_document->url().isEmpty() && !m_document->isModified() && m_document->isEmpty();
}

QString MarkdownEditor::filePath() const
{
    return m_document->url().toLocalFile();
}

QByteArray MarkdownEditor::utf8Text() const
{
    return m_document->text().toUtf8();
}

MarkdownEditor::SaveCheck MarkdownEditor::checkSave() const
{
    if (filePath().isEmpty())
        return {false, tr("The post has no file yet.")};
    const QString why = PostFile::whyNotWritable(filePath());
    return {why.isEmpty(), why};
}

bool MarkdownEditor::save()
{
    if (filePath().isEmpty()) {
        Q_EMIT saveAsRequested();
        return false;
    }
    const SaveCheck check = checkSave();
    QString reason = check.message;
    if (check.ok && writeAtomically(&reason))
        return true;
    auto *saveAs = new QAction(tr("Save As…"), this);
    connect(saveAs, &QAction::triggered, this, &MarkdownEditor::saveAsRequested);
    showBar(tr("%1 was not saved: %2 Your text is still here, unsaved; the file on disk is as it was.")
                .arg(QFileInfo(filePath()).fileName(), reason),
            KTextEditor::Message::Error, {saveAs});
    return false;
}

QByteArray MarkdownEditor::encodedText(QString *error) const
{
    // As KTextEditor's own save: lines joined by the document's line ending,
    // nothing added after the last one.
    // The document tells its line ending and byte order mark only through
    // the view's Tools actions, which follow the loaded file and the user.
    static const char *const endings[] = {"\n", "\r\n", "\r"};
    const KActionCollection *actions = m_view->actionCollection();
    const auto *eolAction = qobject_cast<const KSelectAction *>(actions->action(QStringLiteral("set_eol")));
    const int mode = eolAction ? eolAction->currentItem() : 0;
    const QString eol = QString::fromLatin1(endings[mode >= 0 && mode <= 2 ? mode : 0]);
    const QAction *bomAction = actions->action(QStringLiteral("add_bom"));
    const bool bom = bomAction && bomAction->isChecked();
    QStringEncoder encoder(m_document->encoding().toUtf8().constData(),
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    if (!encoder.isValid()) {
        if (error)
            *error = tr("The encoding %1 is not known.").arg(m_document->encoding());
        return {};
    }
    QByteArray bytes;
    const int lines = m_document->lines();
    for (int i = 0; i < lines; ++i) {
        const QString line = m_document->line(i);
        bytes += encoder.encode(i + 1 < lines ? line + eol : line);
        if (encoder.hasError()) {
            if (error)
                *error = tr("Line %1 has a character that %2 cannot hold. Choose another encoding in Tools > Encoding, "
                            "such as UTF-8.")
                             .arg(i + 1)
                             .arg(m_document->encoding());
            return {};
        }
    }
    return bytes;
}

bool MarkdownEditor::writeAtomically(QString *error)
{
    QString why;
    const QByteArray bytes = encodedText(&why);
    if (why.isEmpty()) {
        if (const Result<> written = AtomicWriter::write(filePath(), bytes); !written)
            why = written.problem().message;
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    // KTextEditor learns of the new file from its watcher (isOurOwnSave),
    // which also renews the checksum its swap file starts from. Until then an
    // edit would start a swap file that recovery later refuses: wait, with
    // typing queued, not lost.
    m_savedDigest = gitBlobDigest(bytes);
    const QDeadlineTimer deadline(3000);
    while (m_document->checksum() != m_savedDigest && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents | QEventLoop::WaitForMoreEvents, 50);
    if (m_document->checksum() != m_savedDigest)
        qWarning("Postwright: the editor component did not renew its checksum after saving %s; "
                 "its swap file may not recover edits made from now until the next save",
                 qPrintable(filePath()));
    m_document->setModifiedOnDisk(KTextEditor::Document::OnDiskUnmodified);
    m_document->setModified(false); // the swap file goes: the file holds it all
    Q_EMIT saved();
    return true;
}

bool MarkdownEditor::saveAs(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == QFileInfo(filePath()).absoluteFilePath()) {
        return writeAtomically(error);
    }
    if (const QString why = PostFile::whyNotWritable(target); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    // KTextEditor moves the document (swap file, watcher, name) to the new
    // path and writes a new file there. A file already there (the user chose
    // to replace it) steps aside until the new one is complete.
    const QFileInfo existing(target);
    QString aside;
    if (existing.exists()) {
        aside = existing.dir().filePath(QLatin1Char('.') + existing.fileName() + QStringLiteral(".postwright-replaced"));
        QFile::remove(aside);
        if (!QFile::rename(target, aside)) {
            if (error)
                *error = tr("%1 could not be replaced.").arg(existing.fileName());
            return false;
        }
    }
    if (!m_document->saveAs(QUrl::fromLocalFile(target))) {
        if (!aside.isEmpty()) {
            QFile::remove(target);
            QFile::rename(aside, target);
        }
        if (error)
            *error = tr("Writing the file failed.");
        return false;
    }
    if (!aside.isEmpty())
        QFile::remove(aside);
    Q_EMIT saved();
    return true;
}

KTextEditor::Message *MarkdownEditor::showBar(const QString &text, int type, const QList<QAction *> &actions)
{
    auto *message = new KTextEditor::Message(text, KTextEditor::Message::MessageType(type));
    message->setWordWrap(true);
    message->setPosition(KTextEditor::Message::AboveView);
    for (QAction *action : actions) {
        action->setParent(nullptr); // the message owns it
        message->addAction(action);
    }
    auto *close = new QAction(tr("Close"), nullptr);
    message->addAction(close);
    m_document->postMessage(message);
    return message;
}

void MarkdownEditor::fileChangedOnDisk(bool modified, KTextEditor::Document::ModifiedOnDiskReason reason)
{
    // Each report replaces what the one before said (a "deleted" bar is
    // stale once the file is back).
    delete m_diskBar;
    if (!modified || reason == KTextEditor::Document::OnDiskUnmodified)
        return;
    if (isOurOwnSave())
        return;
    const QString name = QFileInfo(filePath()).fileName();
    // git checkout and many tools replace a file (unlink and create, or a
    // rename over it): the watcher reports a deletion, but by the time the
    // report arrives the file is back, changed.
    if (reason == KTextEditor::Document::OnDiskDeleted && !QFileInfo::exists(filePath())) {
        m_diskBar = showBar(tr("%1 was deleted on disk. Your text is kept here; save to write it again.").arg(name),
                            KTextEditor::Message::Warning);
        return;
    }
    if (!m_document->isModified()) {
        // Nothing of the user's to lose: follow the file, where they were.
        QTimer::singleShot(0, this, &MarkdownEditor::reloadKeepingView);
        return;
    }
    auto *reload = new QAction(tr("Reload"), this);
    connect(reload, &QAction::triggered, this, &MarkdownEditor::reloadKeepingView);
    auto *keep = new QAction(tr("Keep Mine"), this);
    connect(keep, &QAction::triggered, this, [this] { m_document->setModifiedOnDisk(KTextEditor::Document::OnDiskUnmodified); });
    auto *diff = new QAction(tr("Show Diff"), this);
    connect(diff, &QAction::triggered, this, &MarkdownEditor::showDiffWithDisk);
    m_diskBar = showBar(tr("%1 changed on disk, and you have unsaved changes here. Reload discards yours; Keep Mine "
               "saves over the file when you save.")
                .arg(name),
            KTextEditor::Message::Warning, {reload, keep, diff});
}

bool MarkdownEditor::isOurOwnSave()
{
    if (m_savedDigest.isEmpty())
        return false;
    if (m_document->checksum() == m_savedDigest) {
        m_document->setModifiedOnDisk(KTextEditor::Document::OnDiskUnmodified);
        return true;
    }
    // The rename of a save reaches the watcher as the file deleted and
    // created, for which KTextEditor keeps its old checksum. When the file
    // holds what we wrote, have it look again as at a change in place
    // (queued: after the watcher's reports), which renews the checksum.
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly) || gitBlobDigest(file.readAll()) != m_savedDigest)
        return false;
    const QFileInfo info(filePath());
    const QString watched = info.isSymLink() ? info.canonicalFilePath() : filePath();
    QMetaObject::invokeMethod(m_document, "slotModOnHdDirty", Qt::QueuedConnection, Q_ARG(QString, watched));
    return true;
}

void MarkdownEditor::reloadKeepingView()
{
    const KTextEditor::Cursor cursor = m_view->cursorPosition();
    const int firstLine = m_view->firstDisplayedLine();
    m_document->setModifiedOnDisk(KTextEditor::Document::OnDiskUnmodified);
    m_document->documentReload();
    m_view->setCursorPosition(cursor);
    m_view->setScrollPosition(KTextEditor::Cursor(firstLine, 0));
}

void MarkdownEditor::showDiffWithDisk()
{
    // diff -u between the file and the buffer, shown as a read-only document.
    QTemporaryFile mine;
    if (!mine.open())
        return;
    mine.write(m_document->text().toUtf8());
    mine.flush();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), QStringLiteral("--label"), tr("on disk"), QStringLiteral("--label"),
                                        tr("in the editor"), filePath(), mine.fileName()});
    diff.waitForFinished(10000);
    QString text = QString::fromUtf8(diff.readAllStandardOutput());
    if (text.isEmpty())
        text = tr("No difference, or diff could not run: %1").arg(diff.errorString());

    auto *dialog = new QDialog(m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Changes on Disk and Here"));
    auto *document = KTextEditor::Editor::instance()->createDocument(dialog);
    document->setText(text);
    document->setHighlightingMode(QStringLiteral("Diff"));
    document->setReadWrite(false);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(document->createView(dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    dialog->show();
}

void MarkdownEditor::urlsDropped(QDropEvent *event)
{
    // The view passes on drops of files; the text under the pointer is where
    // dropped images go. Its input widget got the event, the view maps.
    QWidget *input = m_view->focusProxy() ? m_view->focusProxy() : m_view;
    const QPoint inView = input->mapTo(m_view, event->position().toPoint());
    KTextEditor::Cursor at = m_view->coordinatesToCursor(inView);
    if (!at.isValid()) // below the last line
        at = m_document->documentEnd();
    if (const QStringList images = ImageInserter::imageFiles(event->mimeData()); !images.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT imagesDropped(images, at);
        return;
    }
    QStringList posts;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            posts.append(url.toLocalFile());
    if (!posts.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT postsDropped(posts);
    }
}

void MarkdownEditor::paste()
{
    if (m_images->pasteFromClipboard())
        return;
    // KTextEditor's own paste: a slot of its view, not in the public interface.
    QMetaObject::invokeMethod(m_view, "paste");
}

} // namespace Postwright
