#include "imagespanel.h"

#include "colorscheme.h"
#include "editor/markdowneditor.h"
#include "ui_imagespanel.h"

#include <KTextEditor/Document>

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include <algorithm>

namespace Postwright {

ImagesPanel::ImagesPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImagesPanel>())
{
    m_ui->setupUi(this);
    m_ui->tree->header()->setStretchLastSection(false);
    m_ui->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_ui->insertButton, &QPushButton::clicked, this, &ImagesPanel::insertRequested);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        QList<int> indexes;
        for (QTreeWidgetItem *item : m_ui->tree->selectedItems())
            indexes.append(m_ui->tree->indexOfTopLevelItem(item));
        removeReferences(indexes);
    });
    connect(m_ui->tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_ui->removeButton->setEnabled(!m_ui->tree->selectedItems().isEmpty()); });
    connect(m_ui->tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_ui->tree->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_rows.size())
            Q_EMIT lineActivated(m_rows.at(index).reference.line);
    });
    setEditor(nullptr);
}

ImagesPanel::~ImagesPanel() = default;

void ImagesPanel::setEditor(MarkdownEditor *editor)
{
    disconnect(m_analysed);
    m_editor = editor;
    m_ui->insertButton->setEnabled(editor != nullptr);
    if (editor)
        m_analysed = connect(editor->session(), &PostSession::analysed, this, &ImagesPanel::showAnalysis);
    showAnalysis();
}

void ImagesPanel::showAnalysis()
{
    const std::shared_ptr<const PostAnalysis> analysis = m_editor ? m_editor->session()->analysis() : nullptr;
    // Typing rarely changes the images: then only their offsets move, and
    // the list (its selection, its scrolling) stays.
    const QList<ImageUse> images = analysis ? analysis->render.images : QList<ImageUse>();
    bool same = analysis && !m_rows.isEmpty() && images.size() == m_rows.size();
    for (qsizetype i = 0; same && i < images.size(); ++i) {
        const FoundImageReference &now = images[i].reference;
        const FoundImageReference &shown = m_rows[i].reference;
        const QList<ImageProblem> problems = analysis->imageProblems.value(i);
        same = now.src == shown.src && now.alt == shown.alt && now.line == shown.line && now.kind == shown.kind
            && (problems.isEmpty() ? QString() : problems.first().message) == m_rows[i].problem;
    }
    if (same) {
        for (qsizetype i = 0; i < images.size(); ++i)
            m_rows[i].reference = images[i].reference;
        m_text = analysis->text;
        return;
    }
    m_rows.clear();
    m_ui->tree->clear();
    m_text.clear();
    if (!m_editor || !analysis) {
        m_ui->summaryLabel->setText(m_editor ? QString() : tr("No post is open."));
        return;
    }
    m_text = analysis->text;
    int broken = 0;
    int withoutAlt = 0;
    for (qsizetype i = 0; i < analysis->render.images.size(); ++i) {
        const ImageUse &use = analysis->render.images.at(i);
        Row row;
        row.reference = use.reference;
        const FoundImageReference &reference = use.reference;
        const ResolvedImage &resolved = use.image;
        auto *item = new QTreeWidgetItem(m_ui->tree);
        // The file name tells images apart; the whole path is in the tooltip.
        const QString name = reference.src.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        item->setText(0, name.isEmpty() ? reference.src : name);
        item->setToolTip(0, reference.src);
        item->setText(1, reference.alt);
        item->setText(2, QString::number(reference.line));
        if (resolved.status == ResolvedImage::Local) {
            item->setIcon(0, thumbnail(resolved.filePath));
            item->setToolTip(0, QStringLiteral("%1\n%2").arg(reference.src, resolved.filePath));
        } else if (resolved.status == ResolvedImage::Remote) {
            item->setIcon(0, QIcon::fromTheme(QStringLiteral("network-server")));
            item->setToolTip(0, tr("%1 (on the web; not loaded in the preview)").arg(reference.src));
        }
        // What is wrong: the same check as `postwright lint`, made by the analysis.
        for (const ImageProblem &problem : analysis->imageProblems.value(i)) {
            if (row.problem.isEmpty())
                row.problem = problem.message;
            if (problem.broken()) {
                row.broken = true;
                ++broken;
                item->setIcon(0, QIcon::fromTheme(QStringLiteral("image-missing"), QIcon::fromTheme(QStringLiteral("dialog-error"))));
                item->setForeground(0, ColorScheme::errorText(palette()));
                item->setToolTip(0, problem.message);
            } else {
                ++withoutAlt;
                item->setText(1, tr("(no alt text)"));
                item->setForeground(1, ColorScheme::warningText(palette()));
                item->setToolTip(1, tr("Screen readers cannot say what this image shows"));
            }
        }
        m_rows.append(row);
    }
    QStringList summary{tr("%n image(s)", nullptr, int(m_rows.size()))};
    if (broken)
        summary << tr("%n broken", nullptr, broken);
    if (withoutAlt)
        summary << tr("%n without alt text", nullptr, withoutAlt);
    m_ui->summaryLabel->setText(summary.join(QStringLiteral(" · ")));
}

void ImagesPanel::removeReferences(const QList<int> &indexes)
{
    if (!m_editor || indexes.isEmpty())
        return;
    KTextEditor::Document *document = m_editor->document();
    if (document->text() != m_text)
        return; // the rows the user chose from are out of date; the next render brings new ones
    QList<int> sorted = indexes;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    KTextEditor::Document::EditingTransaction transaction(document);
    for (int index : std::as_const(sorted)) {
        if (index < 0 || index >= m_rows.size())
            continue;
        const FoundImageReference &reference = m_rows.at(index).reference;
        const KTextEditor::Cursor start = document->offsetToCursor(reference.start);
        const KTextEditor::Cursor end = document->offsetToCursor(reference.start + reference.length);
        KTextEditor::Range range(start, end);
        // A reference alone on its line takes the line with it.
        if (start.column() == 0 && end.column() == document->lineLength(end.line()))
            range = end.line() + 1 < document->lines() ? KTextEditor::Range(start, KTextEditor::Cursor(end.line() + 1, 0))
                                                       : range;
        document->removeText(range);
    }
}

QIcon ImagesPanel::thumbnail(const QString &path)
{
    const qint64 modified = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    if (const auto it = m_thumbnails.constFind(path); it != m_thumbnails.cend() && it->first == modified)
        return it->second;
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QSize box = m_ui->tree->iconSize();
    if (reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(box, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    QIcon icon;
    if (!image.isNull()) {
        // Centred on a box of one size, so the rows line up.
        QPixmap canvas(box);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        painter.drawImage((box.width() - image.width()) / 2, (box.height() - image.height()) / 2, image);
        painter.end();
        icon = QIcon(canvas);
    } else {
        icon = QIcon::fromTheme(QStringLiteral("image-x-generic"));
    }
    m_thumbnails.insert(path, {modified, icon});
    return icon;
}

} // namespace Postwright
