#include "imageinserter.h"

#include "dialogs/insertimagedialog.h"

#include "document/postfile.h"
#include "editor/markdowneditor.h"
#include "site/site.h"

#include <KTextEditor/Document>
#include <KTextEditor/Message>
#include <KTextEditor/MovingRange>
#include <KTextEditor/View>

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QStandardPaths>
#include <QMimeData>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright {

namespace {

using ImportResult = Result<ImportedImage>;

// Runs on a worker: touches nothing but the files and its arguments.
QList<ImportResult> importAll(const ImagePlacement &placement, const QList<ImageRequest> &requests)
{
    QList<ImportResult> results;
    for (const ImageRequest &request : requests) {
        const QString folder = request.folder.isEmpty() ? placement.folder : request.folder;
        if (request.sourcePath.isEmpty())
            results.append(ImageImporter::importData(placement, folder, request.data, request.fileName));
        else
            results.append(ImageImporter::importFile(placement, folder, request.sourcePath, request.fileName));
    }
    return results;
}

// A request per file, everything else the site's choice.
QList<ImageRequest> requestsFor(const QStringList &paths)
{
    QList<ImageRequest> requests(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i)
        requests[i].sourcePath = paths.at(i);
    return requests;
}

} // namespace

struct ImageInserter::Job
{
    ImagePlacement placement;
    QList<ImageRequest> requests;
    std::unique_ptr<KTextEditor::MovingRange> target; // empty, or the selection the images replace
    bool ownParagraph = false;
    QFutureWatcher<QList<ImportResult>> watcher;
};

ImageInserter::ImageInserter(MarkdownEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{
}

ImageInserter::~ImageInserter()
{
    // A running copy finishes on its worker; its cursor must not outlive the document.
    qDeleteAll(m_jobs);
}

ImagePlacement ImageInserter::placement() const
{
    if (m_editor->filePath().isEmpty())
        return {};
    return m_editor->session()->imagePlacement(m_editor->utf8Text());
}

bool ImageInserter::insertFiles(const QStringList &paths, KTextEditor::Cursor at, bool ownParagraph)
{
    return insert(requestsFor(paths), at, ownParagraph);
}

bool ImageInserter::insert(const QList<ImageRequest> &requests, KTextEditor::Cursor at, bool ownParagraph)
{
    return start(requests, KTextEditor::Range(at, at), ownParagraph);
}

bool ImageInserter::start(const QList<ImageRequest> &requests, KTextEditor::Range replaced, bool ownParagraph)
{
    if (requests.isEmpty())
        return false;
    const ImagePlacement placement = this->placement();
    if (placement.postPath.isEmpty()) {
        const QString message = ImagePlacement::unsavedPostMessage();
        m_editor->showBar(message, KTextEditor::Message::Warning);
        Q_EMIT failed(message);
        return false;
    }
    if (!placement.error.isEmpty())
        m_editor->showBar(placement.error, KTextEditor::Message::Warning);

    auto *job = new Job;
    job->placement = placement;
    job->requests = requests;
    job->ownParagraph = ownParagraph;
    // Follows the text: what the user types while a large file is copied
    // moves the place the references go to.
    job->target.reset(m_editor->document()->newMovingRange(replaced));
    m_jobs.append(job);
    connect(&job->watcher, &QFutureWatcher<QList<ImportResult>>::finished, this, [this, job] { finish(job); });
    job->watcher.setFuture(QtConcurrent::run(importAll, placement, requests));
    return true;
}

void ImageInserter::finish(Job *job)
{
    std::unique_ptr<Job> owner(job);
    m_jobs.removeOne(job);
    const QList<ImportResult> results = job->watcher.result();
    QStringList references;
    QStringList errors;
    qsizetype altOffset = -1; // where the first empty alt text sits in the inserted text
    qsizetype insertedLength = 0;
    const SiteKind kind = job->placement.site.kind();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const ImportResult &result = results.at(i);
        if (!result) {
            errors.append(result.problem().message);
            continue;
        }
        const ImageRequest &request = job->requests.at(i);
        ImageReferenceFields fields = request.fields;
        fields.src = result->link;
        if (fields.cssClass.isEmpty() && !request.style)
            fields.cssClass = job->placement.cssClass;
        const ImageReferenceStyle style = request.style.value_or(job->placement.style);
        const QString templateText = request.templateText.isEmpty() ? job->placement.templateText : request.templateText;
        const QString reference = ImageReference::format(style, fields, kind, templateText);
        if (altOffset < 0 && fields.alt.isEmpty()) {
            // The same reference with a marker for alt tells where to type it.
            ImageReferenceFields marked = fields;
            marked.alt = QStringLiteral("\u2063");
            const qsizetype at = ImageReference::format(style, marked, kind, templateText).indexOf(u'\u2063');
            if (at >= 0)
                altOffset = insertedLength + at;
        }
        references.append(reference);
        insertedLength += reference.size() + 1;
    }
    if (!m_editor)
        return;
    if (!errors.isEmpty()) {
        const QString message = errors.join(QLatin1Char('\n'));
        m_editor->showBar(message, KTextEditor::Message::Error);
        Q_EMIT failed(message);
    }
    if (references.isEmpty())
        return;

    KTextEditor::Document *document = m_editor->document();
    const KTextEditor::Range replaced = job->target->toRange();
    KTextEditor::Cursor at = replaced.start();
    QString text = references.join(QLatin1Char('\n'));
    if (job->ownParagraph) {
        at.setColumn(0);
        text += QStringLiteral("\n\n");
    }
    {
        KTextEditor::Document::EditingTransaction transaction(document);
        if (!replaced.isEmpty())
            document->removeText(replaced);
        document->insertText(at, text);
    }
    // The cursor waits in an empty alt text, or goes after what was inserted.
    KTextEditor::View *view = m_editor->view();
    view->setCursorPosition(document->offsetToCursor(document->cursorToOffset(at) + (altOffset >= 0 ? altOffset : text.size())));
    view->setFocus();
    Q_EMIT inserted(references);
}

QStringList ImageInserter::imageFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        const QFileInfo info(url.toLocalFile());
        // Markdown files open as posts; folders are not images.
        if (info.isDir() || PostFile::isMarkdownName(info.fileName()))
            return {};
        files.append(info.absoluteFilePath());
    }
    return files;
}

bool ImageInserter::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QStringList files = imageFiles(mime);
    // A picture without text: a screenshot, or a browser's "Copy Image".
    const bool picture = files.isEmpty() && mime && mime->hasImage() && !mime->hasText();
    if (files.isEmpty() && !picture)
        return false;
    // As a text paste: over the selection, if there is one.
    KTextEditor::View *view = m_editor->view();
    const KTextEditor::Range at = view->selection() ? view->selectionRange()
                                                    : KTextEditor::Range(view->cursorPosition(), view->cursorPosition());
    if (!files.isEmpty())
        return start(requestsFor(files), at, false);
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    if (image.isNull())
        return false;
    ImageRequest request;
    QBuffer buffer(&request.data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    request.fileName = QStringLiteral("pasted-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
    return start({request}, at, false);
}

void ImageInserter::insertWithDialog(QWidget *parent, const QString &source, KTextEditor::Cursor at, bool ownParagraph)
{
    const ImagePlacement placement = this->placement();
    if (placement.postPath.isEmpty()) {
        m_editor->showBar(ImagePlacement::unsavedPostMessage(), KTextEditor::Message::Warning);
        return;
    }
    QString file = source;
    if (file.isEmpty())
        file = InsertImageDialog::chooseImageFile(parent, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (file.isEmpty()) {
        m_editor->view()->setFocus();
        return;
    }
    const QPointer<MarkdownEditor> editor = m_editor;
    InsertImageDialog dialog(placement, parent);
    dialog.setSourceFile(file);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!editor) // closed meanwhile
        return;
    editor->view()->setFocus();
    if (!accepted)
        return;
    const ImageRequest request = dialog.request();
    if (dialog.rememberStyle()) {
        QString error;
        if (!ImagePlacement::rememberStyle(placement.siteRoot, *request.style, request.fields.cssClass, &error))
            editor->showBar(tr("The reference style was not saved for the site: %1").arg(error), KTextEditor::Message::Warning);
    }
    insert({request}, at.isValid() ? at : editor->view()->cursorPosition(), ownParagraph);
}

} // namespace Postwright
