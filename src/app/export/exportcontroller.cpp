#include "exportcontroller.h"

#include "document/atomicwriter.h"
#include "editor/markdowneditor.h"
#include "export/diagramrenderer.h"
#include "export/exporter.h"
#include "export/pageprinter.h"
#include "settings.h"

#include <KActionCollection>
#include <KActionMenu>

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QUrl>

namespace Postwright {

namespace {

// Beside the post, named after it.
QString suggestedPath(const QString &post, const QString &fallback, const QString &suffix)
{
    return post.isEmpty() ? fallback
                          : QFileInfo(post).absolutePath() + u'/' + QFileInfo(post).completeBaseName() + suffix;
}

} // namespace

ExportController::ExportController(Settings &settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
}

void ExportController::setUpActions(KActionCollection *actions)
{
    auto *menu = new KActionMenu(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export"), this);
    menu->setPopupMode(QToolButton::InstantPopup);
    actions->addAction(QStringLiteral("file_export_post"), menu);
    auto add = [actions, menu](const char *name, const QString &text, const QString &icon, auto slot) {
        QAction *action = actions->addAction(QLatin1String(name));
        action->setText(text);
        action->setIcon(QIcon::fromTheme(icon));
        connect(action, &QAction::triggered, action, slot);
        menu->addAction(action);
        return action;
    };
    add("actionExportPage", tr("HTML &Page…"), QStringLiteral("text-html"), [this] { exportHtml(false, false); });
    add("actionExportEmbedded", tr("HTML Page with &Embedded Images…"), {}, [this] { exportHtml(true, false); });
    add("actionExportFragment", tr("HTML &Fragment…"), {}, [this] { exportHtml(false, true); });
    add("actionExportPdf", tr("P&DF…"), QStringLiteral("application-pdf"), [this] { exportPdf(); })
        ->setStatusTip(tr("Export the post as a PDF: the page as exported, code highlighted, math and diagrams drawn"));
    QAction *copy = actions->addAction(QStringLiteral("actionCopyHtml"), this, &ExportController::copyAsHtml);
    copy->setText(tr("Copy as &HTML"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    actions->setDefaultShortcut(copy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
}

QByteArray ExportController::fragmentHtml() const
{
    ExportOptions options;
    options.fragment = true;
    return Exporter(m_editor->site(), options).renderText(m_editor->utf8Text(), m_editor->filePath()).html;
}

void ExportController::exportHtml(bool embedImages, bool fragment)
{
    const QString post = m_editor->filePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as HTML"),
                                                      suggestedPath(post, tr("post.html"), QStringLiteral(".html")),
                                                      tr("HTML pages (*.html *.htm)"));
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.embedImages = embedImages;
    options.fragment = fragment;
    options.drawDiagrams = DiagramRenderer::draw;
    const ExportedPost result = Exporter(m_editor->site(), options).exportText(m_editor->utf8Text(), post, path);
    if (result.problem) {
        QMessageBox::warning(m_window, tr("Export failed"), result.problem->message);
        return;
    }
    showExported(path, result.warnings);
}

void ExportController::exportPdf()
{
    const QString post = m_editor->filePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as PDF"),
                                                      suggestedPath(post, tr("post.pdf"), QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The HTML export, with its files beside it in a folder of its own,
    // printed by WebEngine; the PDF is written whole or not at all.
    QTemporaryDir work;
    ExportOptions options;
    options.drawDiagrams = DiagramRenderer::draw;
    const QString page = work.filePath(QStringLiteral("page.html"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ExportedPost result = Exporter(m_editor->site(), options).exportText(m_editor->utf8Text(), post, page);
    const QString pdf = work.filePath(QStringLiteral("page.pdf"));
    QString size = m_settings.pdfPageSize();
    if (size.isEmpty())
        size = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QStringLiteral("Letter") : QStringLiteral("A4");
    const QPageLayout layout = PagePrinter::layoutFor(size, m_settings.pdfMargins());
    QString error = result.problem ? result.problem->message : QString();
    if (error.isEmpty())
        PagePrinter::printToPdf(page, pdf, layout, &error);
    QFile in(pdf);
    if (error.isEmpty() && !in.open(QIODevice::ReadOnly))
        error = tr("Cannot write %1: %2").arg(path, in.errorString());
    if (error.isEmpty()) {
        if (const Result<> written = AtomicWriter::write(path, in.readAll()); !written)
            error = tr("Cannot write %1: %2").arg(path, written.problem().message);
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export failed"), error);
        return;
    }
    showExported(path, result.warnings);
}

void ExportController::showExported(const QString &path, const QList<RenderWarning> &warnings)
{
    // A bar over the text, not a dialog: the writing goes on, the keys stay
    // with the text.
    QString text = tr("Exported to %1").arg(path);
    if (!warnings.isEmpty())
        text += QLatin1Char(' ') + tr("%n warning(s); the first: line %1: %2", nullptr, int(warnings.size()))
                                       .arg(warnings.first().line)
                                       .arg(warnings.first().message);
    auto *open = new QAction(tr("Open"), nullptr);
    connect(open, &QAction::triggered, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    auto *folder = new QAction(tr("Show in Folder"), nullptr);
    connect(folder, &QAction::triggered, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    KTextEditor::Message *bar = m_editor->showBar(text, warnings.isEmpty() ? KTextEditor::Message::Positive
                                                                           : KTextEditor::Message::Warning,
                                                  {open, folder});
    bar->setAutoHide(15000);
    m_editor->view()->setFocus();
    Q_EMIT message(tr("Exported to %1").arg(path), 8000);
}

void ExportController::copyAsHtml()
{
    const QString html = QString::fromUtf8(fragmentHtml());
    auto *data = new QMimeData;
    data->setHtml(html);
    data->setText(QTextDocumentFragment::fromHtml(html).toPlainText());
    QApplication::clipboard()->setMimeData(data);
    Q_EMIT message(tr("Copied the post as HTML"), 4000);
}

} // namespace Postwright
