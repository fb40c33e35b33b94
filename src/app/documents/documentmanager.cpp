#include "documentmanager.h"

#include "document/atomicwriter.h"
#include "editor/markdowneditor.h"
#include "editor/untitledstore.h"
#include "site/newpost.h"
#include "site/site.h"

#include <KTextEditor/Document>

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace Postwright {

DocumentManager::DocumentManager(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_untitled(new UntitledStore(this))
{
}

DocumentManager::~DocumentManager()
{
    // Closed with nothing unsaved (saved, or discarded when asked): no
    // untitled text of this window is left to recover.
    for (MarkdownEditor *editor : std::as_const(m_editors))
        if (!editor->document()->isModified())
            m_untitled->forget(editor);
    // The views go while every widget of the window is still there. Left to
    // the window's own teardown, a view was deleted after its completion
    // widget and crashed in ~ViewPrivate (seen once the Images dock had been
    // raised; tst_imageinsert).
    for (MarkdownEditor *editor : std::exchange(m_editors, {})) {
        delete editor->view();
        delete editor;
    }
}

MarkdownEditor *DocumentManager::create(QWidget *viewParent)
{
    auto *editor = new MarkdownEditor(viewParent);
    m_editors.append(editor);
    m_untitled->track(editor);
    Q_EMIT editorCreated(editor);
    return editor;
}

MarkdownEditor *DocumentManager::find(const QString &path) const
{
    for (MarkdownEditor *editor : m_editors)
        if (!path.isEmpty() && editor->filePath() == path)
            return editor;
    return nullptr;
}

void DocumentManager::close(MarkdownEditor *editor)
{
    Q_EMIT aboutToClose(editor);
    m_untitled->forget(editor); // saved or discarded: nothing to recover
    m_editors.removeAll(editor);
    delete editor->view();
    delete editor;
}

void DocumentManager::clear(MarkdownEditor *editor)
{
    m_untitled->forget(editor);
    editor->document()->closeUrl();
}

bool DocumentManager::saveAs(MarkdownEditor *editor, const QString &startFolder)
{
    const QString start = editor->filePath().isEmpty() ? startFolder : editor->filePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Post As"), start, tr("Markdown posts (*.md *.markdown)"));
    if (path.isEmpty())
        return false;
    QString why;
    if (editor->saveAs(path, &why)) {
        m_untitled->forget(editor);
        return true;
    }
    editor->showBar(tr("%1 was not saved: %2").arg(QFileInfo(path).fileName(), why), KTextEditor::Message::Error);
    return false;
}

bool DocumentManager::settleUnsaved(const QList<MarkdownEditor *> &editors, const QString &startFolder)
{
    QList<MarkdownEditor *> unsaved;
    for (MarkdownEditor *editor : editors)
        if (editor->document()->isModified())
            unsaved.append(editor);
    if (unsaved.isEmpty())
        return true;
    QStringList names;
    for (MarkdownEditor *editor : std::as_const(unsaved))
        names.append(QStringLiteral("<li>%1</li>").arg((editor->filePath().isEmpty() ? tr("Untitled") : editor->filePath()).toHtmlEscaped()));
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("<p>These posts have changes that are not saved:</p><ul>%1</ul>").arg(names.join(QString())),
                    QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setDefaultButton(QMessageBox::SaveAll);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    switch (box.exec()) {
    case QMessageBox::SaveAll:
        for (MarkdownEditor *editor : std::as_const(unsaved)) {
            Q_EMIT activationRequested(editor);
            if (!(editor->filePath().isEmpty() ? saveAs(editor, startFolder) : editor->save()))
                return false;
        }
        return true;
    case QMessageBox::Discard:
        for (MarkdownEditor *editor : std::as_const(unsaved)) {
            // Closed unmodified: KTextEditor removes its swap file; the
            // untitled store forgets the text.
            m_untitled->forget(editor);
            editor->document()->setModified(false);
            editor->document()->closeUrl();
        }
        return true;
    default:
        return false;
    }
}

QString DocumentManager::writeNewPost(const Site &site, const QString &title, const QString &folder, QString *error)
{
    const NewPost post = NewPost::plan(site, title, QDateTime::currentDateTime(), folder);
    QDir().mkpath(QFileInfo(post.path).absolutePath());
    // A file that appeared meanwhile is never overwritten.
    const Result<> created = AtomicWriter::createNew(post.path, post.content);
    if (!created) {
        if (error)
            *error = created.problem().message;
        return {};
    }
    return post.path;
}

QList<MarkdownEditor *> DocumentManager::recoverUntitled(MarkdownEditor *reusable, QWidget *viewParent)
{
    QList<MarkdownEditor *> recovered;
    for (const QString &stored : m_untitled->leftOver()) {
        QFile file(stored);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const QDateTime when = QFileInfo(stored).lastModified();
        MarkdownEditor *editor = reusable && reusable->isPristine() && recovered.isEmpty() ? reusable : create(viewParent);
        m_untitled->track(editor, stored); // it stays stored until saved or discarded
        editor->document()->setText(text);
        auto *discard = new QAction(tr("Discard"), editor);
        connect(discard, &QAction::triggered, this, [this, editor] {
            m_untitled->forget(editor);
            editor->document()->clear();
            editor->document()->setModified(false);
        });
        editor->showBar(tr("Recovered text that was never saved, as it was at %1. Save it to keep it.")
                            .arg(QLocale().toString(when, QLocale::ShortFormat)),
                        KTextEditor::Message::Warning, {discard});
        recovered.append(editor);
    }
    return recovered;
}

} // namespace Postwright
