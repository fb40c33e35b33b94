#include "markdowneditor.h"

#include "document/postfile.h"
#include "editorcomponent.h"
#include "markdownactions.h"

#include <KTextEditor/Editor>
#include <KTextEditor/Message>
#include <KTextEditor/View>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWidget>

namespace Postwright {

MarkdownEditor::MarkdownEditor(QWidget *parentWidget)
    : QObject(parentWidget)
{
    EditorComponent::configure();
    m_document = KTextEditor::Editor::instance()->createDocument(this);
    m_document->setHighlightingMode(QStringLiteral("Markdown"));
    // A save changes only what was edited: Markdown's two trailing spaces are
    // a line break. Encoding, byte order mark and line endings are kept as
    // loaded; the final newline is EditorComponent's setting.
    m_document->setConfigValue(QStringLiteral("remove-spaces"), 0);
    m_view = m_document->createView(parentWidget);
    m_actions = new MarkdownActions(m_view);
    // Prose, not code: completion popups while writing are noise, and their
    // word scan of the whole post costs on every key of a long one. Ctrl+Space
    // still completes on request.
    m_view->setAutomaticInvocationEnabled(false);
    connect(m_document, &KTextEditor::Document::textChanged, this, &MarkdownEditor::textChanged);
    // Changes on disk are ours to handle: reloaded quietly when the buffer
    // has no edits, a bar otherwise (KTextEditor's own prompt stays off).
    m_document->setModifiedOnDiskWarning(false);
    connect(m_document, &KTextEditor::Document::modifiedOnDisk, this,
            [this](KTextEditor::Document *, bool modified, KTextEditor::Document::ModifiedOnDiskReason reason) {
                fileChangedOnDisk(modified, reason);
            });
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
    // KTextEditor picks the mode from the file name; .markdown and friends too.
    if (m_document->highlightingMode() != u"Markdown")
        m_document->setHighlightingMode(QStringLiteral("Markdown"));
    m_previewPaused = verdict.large;
    if (m_previewPaused) {
        auto *render = new QAction(tr("Show Preview"), this);
        connect(render, &QAction::triggered, this, [this] {
            m_previewPaused = false;
            Q_EMIT previewResumed();
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
    if (check.ok && m_document->documentSave())
        return true;
    auto *saveAs = new QAction(tr("Save As…"), this);
    connect(saveAs, &QAction::triggered, this, &MarkdownEditor::saveAsRequested);
    const QString reason = check.ok ? tr("Writing the file failed (is the disk full?).") : check.message;
    showBar(tr("%1 was not saved: %2 Your text is still here, unsaved; the file on disk is as it was.")
                .arg(QFileInfo(filePath()).fileName(), reason),
            KTextEditor::Message::Error, {saveAs});
    return false;
}

void MarkdownEditor::showBar(const QString &text, int type, const QList<QAction *> &actions)
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
}

void MarkdownEditor::fileChangedOnDisk(bool modified, KTextEditor::Document::ModifiedOnDiskReason reason)
{
    if (!modified || reason == KTextEditor::Document::OnDiskUnmodified)
        return;
    const QString name = QFileInfo(filePath()).fileName();
    if (reason == KTextEditor::Document::OnDiskDeleted) {
        showBar(tr("%1 was deleted on disk. Your text is kept here; save to write it again.").arg(name),
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
    showBar(tr("%1 changed on disk, and you have unsaved changes here. Reload discards yours; Keep Mine "
               "saves over the file when you save.")
                .arg(name),
            KTextEditor::Message::Warning, {reload, keep, diff});
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

} // namespace Postwright
