#include "untitledstore.h"

#include "document/atomicwriter.h"
#include "editorcomponent.h"
#include "markdowneditor.h"

#include <KTextEditor/Document>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace Postwright {

UntitledStore::UntitledStore(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(EditorComponent::SwapSyncSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &UntitledStore::writeAll);
    m_timer->start();
}

QString UntitledStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/untitled");
}

void UntitledStore::track(MarkdownEditor *editor, const QString &storedPath)
{
    m_paths.insert(editor, storedPath);
    m_dirty.insert(editor, false);
    connect(editor->document(), &KTextEditor::Document::textChanged, this, [this, editor] { m_dirty[editor] = true; });
    // Saved to a file: the file and its swap file take over.
    connect(editor->document(), &KTextEditor::Document::documentUrlChanged, this, [this, editor] {
        if (!editor->filePath().isEmpty())
            forget(editor);
    });
    connect(editor, &QObject::destroyed, this, [this, editor] {
        // Closed: the user saved or discarded it (a crash never gets here).
        forget(editor);
        m_paths.remove(editor);
        m_dirty.remove(editor);
    });
}

void UntitledStore::forget(MarkdownEditor *editor)
{
    const QString path = m_paths.value(editor);
    if (!path.isEmpty())
        QFile::remove(path);
    if (m_paths.contains(editor))
        m_paths[editor].clear();
    m_dirty[editor] = false;
}

QStringList UntitledStore::leftOver() const
{
    const QFileInfoList files = QDir(directory()).entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Time | QDir::Reversed);
    const QList<QString> tracked = m_paths.values();
    QStringList paths;
    for (const QFileInfo &file : files)
        if (!tracked.contains(file.absoluteFilePath()))
            paths.append(file.absoluteFilePath());
    return paths;
}

void UntitledStore::writeAll()
{
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it)
        if (it.value())
            write(it.key());
}

void UntitledStore::write(MarkdownEditor *editor)
{
    m_dirty[editor] = false;
    KTextEditor::Document *document = editor->document();
    if (!editor->filePath().isEmpty())
        return;
    if (!document->isModified() || document->isEmpty()) {
        forget(editor);
        return;
    }
    QString &path = m_paths[editor];
    if (path.isEmpty()) {
        QDir().mkpath(directory());
        path = directory() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".md");
    }
    if (const Result<> written = AtomicWriter::write(path, document->text().toUtf8()); !written)
        qWarning("postwright: could not keep the untitled text in %s: %s", qPrintable(path),
                 qPrintable(written.problem().message));
}

} // namespace Postwright
