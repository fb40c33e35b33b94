// Putting images in a post from the window: a file dropped on the text goes
// in at the drop point, is stored in the site's image folder and shows in the
// preview (loaded, not broken); a pasted picture becomes a PNG the same way;
// one undo takes the reference out again. Drops on the preview go before the
// block under the pointer; the dialog and the Images list do what they say.
#include "application.h"
#include "dialogs/insertimagedialog.h"
#include "editor/markdowneditor.h"
#include "images/imageinserter.h"
#include "mainwindow.h"
#include "panels/panelmanager.h"
#include "panels/imagespanel.h"
#include "preview/previewview.h"
#include "preview/siteschemehandler.h"
#include "previewtesting.h"
#include "testfiles.h"

#include <KActionCollection>
#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWebEnginePage>

using namespace Postwright;
using PreviewTesting::evaluate;

namespace {

const QByteArray Post = "---\n"
                        "title: \"Summit 2021 notes\"\n"
                        "slug: summit2021\n"
                        "date: \"2021-04-11\"\n"
                        "---\n"
                        "\n"
                        "## Focus areas\n"
                        "\n"
                        "The chart goes here.\n"
                        "\n"
                        "## Takeaways\n"
                        "\n"
                        "Last paragraph.\n";

// A bar chart with a title and labels, as a technical post would carry.
QImage chart()
{
    QImage image(480, 270, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(15);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 8, 480, 24), Qt::AlignCenter, QStringLiteral("Clean build time (s)"));
    font.setBold(false);
    font.setPixelSize(13);
    painter.setFont(font);
    const struct { const char *label; int seconds; QColor colour; } bars[] = {
        {"make -j1", 212, QColor(0x1f, 0x77, 0xb4)},
        {"make -j8", 41, QColor(0xff, 0x7f, 0x0e)},
        {"ninja", 34, QColor(0x2c, 0xa0, 0x2c)},
    };
    const int base = 230;
    for (int i = 0; i < 3; ++i) {
        const int height = bars[i].seconds * 170 / 212;
        const QRect bar(70 + i * 130, base - height, 80, height);
        painter.fillRect(bar, bars[i].colour);
        painter.drawText(QRect(bar.left() - 20, base + 6, 120, 20), Qt::AlignCenter, QString::fromLatin1(bars[i].label));
        painter.drawText(QRect(bar.left() - 20, bar.top() - 20, 120, 18), Qt::AlignCenter, QString::number(bars[i].seconds));
    }
    painter.setPen(QPen(Qt::black, 1.5));
    painter.drawLine(40, base, 450, base);
    return image;
}

// The natural width of the preview's image whose src contains part; -1 while
// it is not there or still loading, 0 when it failed to load.
int naturalWidth(PreviewView *preview, const QString &part)
{
    return evaluate(preview, QStringLiteral("(() => { const i = Array.from(document.images).find(i => "
                                            "i.getAttribute('src').includes('%1')); return i && i.complete ? "
                                            "i.naturalWidth : -1; })()")
                                 .arg(part))
        .toInt();
}

// Sends a drag of urls onto widget at position, the way a file manager's drop arrives.
void dropUrls(QWidget *widget, const QPoint &position, const QList<QUrl> &urls)
{
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    QDragEnterEvent enter(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    QDragMoveEvent move(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    QDropEvent drop(QPointF(position), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    delete mime;
}

void undo(MarkdownEditor *editor)
{
    editor->view()->actionCollection()->action(QStringLiteral("edit_undo"))->trigger();
}

struct Fixture
{
    QTemporaryDir site;
    QTemporaryDir downloads; // outside the site, where images come from
    MainWindow window;
    QString postPath;

    bool open()
    {
        TestFiles::write(site.filePath(QStringLiteral("hugo.toml")), "title = \"Site\"\n");
        postPath = site.filePath(QStringLiteral("content/posts/summit.md"));
        TestFiles::write(postPath, Post);
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openPath(postPath))
            return false;
        QSignalSpy spy(&window, &MainWindow::previewUpdated);
        return window.preview()->shownGeneration() >= 0 || spy.wait(30000);
    }
    QString text() const { return window.editor()->document()->text(); }
    QString imageFolder() const { return site.filePath(QStringLiteral("static/images/summit2021")); }
    QString saveChart(const QString &name) const
    {
        const QString path = downloads.filePath(name);
        chart().save(path, "PNG");
        return path;
    }
    // Where the preview shows the h2 titled heading, on WebEngine's widget.
    QPoint previewPointOf(const QString &heading) const
    {
        PreviewView *preview = window.preview();
        const QVariantList box = evaluate(preview, QStringLiteral(
            "(() => { const h = Array.from(document.querySelectorAll('h2')).find(h => h.textContent === '%1');"
            " const r = h.getBoundingClientRect(); return [r.left + 5, r.top + r.height / 2]; })()").arg(heading)).toList();
        if (box.size() != 2)
            return {};
        return QPoint(int(box.at(0).toDouble() * preview->zoomFactor()), int(box.at(1).toDouble() * preview->zoomFactor()));
    }
    // Where the text's (line, column) is on the view's input widget.
    QPoint pointOf(int line, int column) const
    {
        KTextEditor::View *view = window.editor()->view();
        QWidget *input = view->focusProxy();
        const QPoint inView = view->cursorToCoordinate(KTextEditor::Cursor(line, column));
        return input->mapFrom(view, inView) + QPoint(1, view->fontMetrics().height() / 2);
    }
};

} // namespace

class TestImageInsert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void droppedFileGoesInAtTheDropPointAndLoadsInThePreview();
    void pastedPictureIsSavedAsPngAndInserted();
    void pastedPictureReplacesTheSelection();
    void droppedNonImageIsRefusedAndNothingIsCopied();
    void droppedMarkdownFileStillOpens();
    void dropOnPreviewGoesBeforeTheBlockUnderThePointer();
    void askingFirstOpensTheDialogForADrop();
    void askingFirstKeepsAPreviewDropApartFromTheBlock();
    void dialogShowsSizesAndWarnsAboutEmptyAlt();
    void imagesListFlagsBrokenAndRemovesReferences();
    void cleanup();
};

void TestImageInsert::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::initResources();
}

void TestImageInsert::cleanup()
{
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/postwright.conf"));
}

void TestImageInsert::droppedFileGoesInAtTheDropPointAndLoadsInThePreview()
{
    Fixture f;
    QVERIFY(f.open());
    const QString before = f.text();
    const QString source = f.saveChart(QStringLiteral("Summit Focus.PNG"));
    KTextEditor::View *view = f.window.editor()->view();

    // Dropped on "The chart goes here." just before "goes" (line 9, column 10).
    QSignalSpy inserted(f.window.editor()->images(), &ImageInserter::inserted);
    dropUrls(view->focusProxy(), f.pointOf(8, 10), {QUrl::fromLocalFile(source)});
    QVERIFY(inserted.wait(10000));

    const QString stored = f.imageFolder() + QStringLiteral("/summit-focus.png");
    QVERIFY(QFileInfo::exists(stored));
    QCOMPARE(TestFiles::read(stored), TestFiles::read(source));
    const QString line = f.window.editor()->document()->line(8);
    // A Hugo post refers by the figure shortcode, its src under /images/<slug>/.
    QVERIFY2(line.startsWith(u"The chart {{< figure src=\"/images/summit2021/summit-focus.png\""), qPrintable(line));
    QVERIFY2(line.endsWith(u">}}goes here."), qPrintable(line));
    // The cursor waits in the empty alt text.
    const KTextEditor::Cursor cursor = view->cursorPosition();
    QCOMPARE(cursor.line(), 8);
    QVERIFY2(line.left(cursor.column()).endsWith(u"alt=\""), qPrintable(line.left(cursor.column())));

    // The preview shows it, loaded through the site's static folder.
    QTRY_VERIFY_WITH_TIMEOUT(naturalWidth(f.window.preview(), QStringLiteral("summit-focus.png")) == 480, 20000);
    TestFiles::snapshot(&f.window, QStringLiteral("image-dropped-on-editor"));

    // One undo takes it out again.
    undo(f.window.editor());
    QCOMPARE(f.text(), before);
}

void TestImageInsert::pastedPictureIsSavedAsPngAndInserted()
{
    Fixture f;
    QVERIFY(f.open());
    const QString before = f.text();
    KTextEditor::View *view = f.window.editor()->view();
    view->setCursorPosition(KTextEditor::Cursor(9, 0)); // the empty line after the paragraph
    auto *mime = new QMimeData;
    mime->setImageData(chart()); // a screenshot: a picture, no file, no text
    QApplication::clipboard()->setMimeData(mime);
    QTRY_VERIFY(QApplication::clipboard()->mimeData()->hasImage());

    QSignalSpy inserted(f.window.editor()->images(), &ImageInserter::inserted);
    QAction *paste = view->actionCollection()->action(QStringLiteral("edit_paste"));
    QVERIFY(paste);
    paste->trigger();
    QVERIFY(inserted.wait(10000));

    const QStringList stored = QDir(f.imageFolder()).entryList({QStringLiteral("pasted-*.png")}, QDir::Files);
    QCOMPARE(stored.size(), 1);
    QImage saved(QDir(f.imageFolder()).filePath(stored.first()));
    QCOMPARE(saved.size(), QSize(480, 270));
    QVERIFY(TestFiles::read(QDir(f.imageFolder()).filePath(stored.first())).startsWith("\x89PNG"));
    const QString line = f.window.editor()->document()->line(9);
    QVERIFY2(line.contains(QStringLiteral("/images/summit2021/") + stored.first()), qPrintable(line));
    QTRY_VERIFY_WITH_TIMEOUT(naturalWidth(f.window.preview(), stored.first()) == 480, 20000);

    undo(f.window.editor());
    QCOMPARE(f.text(), before);

    // Text on the clipboard still pastes as text.
    QApplication::clipboard()->setText(QStringLiteral("plain words"));
    QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("plain words"));
    view->setCursorPosition(KTextEditor::Cursor(9, 0));
    paste->trigger();
    QCOMPARE(f.window.editor()->document()->line(9), QStringLiteral("plain words"));
}

void TestImageInsert::pastedPictureReplacesTheSelection()
{
    Fixture f;
    QVERIFY(f.open());
    const QString before = f.text();
    KTextEditor::View *view = f.window.editor()->view();
    view->setSelection(KTextEditor::Range(8, 4, 8, 9)); // "chart" in "The chart goes here."
    auto *mime = new QMimeData;
    mime->setImageData(chart());
    QApplication::clipboard()->setMimeData(mime);
    QTRY_VERIFY(QApplication::clipboard()->mimeData()->hasImage());
    QSignalSpy inserted(f.window.editor()->images(), &ImageInserter::inserted);
    view->actionCollection()->action(QStringLiteral("edit_paste"))->trigger();
    QVERIFY(inserted.wait(10000));
    const QString line = f.window.editor()->document()->line(8);
    QVERIFY2(line.startsWith(u"The {{< figure src=\"/images/summit2021/pasted-"), qPrintable(line));
    QVERIFY2(line.endsWith(u">}} goes here."), qPrintable(line));
    // Replacing and inserting are one step.
    undo(f.window.editor());
    QCOMPARE(f.text(), before);
}

void TestImageInsert::droppedNonImageIsRefusedAndNothingIsCopied()
{
    Fixture f;
    QVERIFY(f.open());
    const QString before = f.text();
    const QString notes = f.downloads.filePath(QStringLiteral("chart.png")); // a name that lies
    TestFiles::write(notes, "just some notes, not a picture\n");
    QSignalSpy failed(f.window.editor()->images(), &ImageInserter::failed);
    dropUrls(f.window.editor()->view()->focusProxy(), f.pointOf(8, 0), {QUrl::fromLocalFile(notes)});
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"chart.png"), qPrintable(failed.first().first().toString()));
    QCOMPARE(f.text(), before);
    QVERIFY(!QFileInfo::exists(f.site.filePath(QStringLiteral("static"))));
}

void TestImageInsert::droppedMarkdownFileStillOpens()
{
    Fixture f;
    QVERIFY(f.open());
    const QString other = f.site.filePath(QStringLiteral("content/posts/other.md"));
    TestFiles::write(other, "# Other post\n");
    dropUrls(f.window.editor()->view()->focusProxy(), f.pointOf(2, 0), {QUrl::fromLocalFile(other)});
    QTRY_COMPARE(f.window.editor()->filePath(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(f.window.editorCount(), 2);
}

void TestImageInsert::dropOnPreviewGoesBeforeTheBlockUnderThePointer()
{
    Fixture f;
    QVERIFY(f.open());
    const QString source = f.saveChart(QStringLiteral("takeaways.png"));
    PreviewView *preview = f.window.preview();
    // The "Takeaways" heading (source line 11) in the preview.
    const QPoint point = f.previewPointOf(QStringLiteral("Takeaways"));
    QVERIFY(!point.isNull());
    QWidget *surface = preview->focusProxy();
    QVERIFY(surface);
    QSignalSpy inserted(f.window.editor()->images(), &ImageInserter::inserted);
    dropUrls(surface, point, {QUrl::fromLocalFile(source)});
    QVERIFY(inserted.wait(10000));
    KTextEditor::Document *document = f.window.editor()->document();
    QVERIFY2(document->line(10).startsWith(u"{{< figure src=\"/images/summit2021/takeaways.png\""), qPrintable(document->line(10)));
    QCOMPARE(document->line(11), QString());
    QCOMPARE(document->line(12), QStringLiteral("## Takeaways"));
    QTRY_VERIFY_WITH_TIMEOUT(naturalWidth(preview, QStringLiteral("takeaways.png")) == 480, 20000);
}

void TestImageInsert::askingFirstOpensTheDialogForADrop()
{
    Fixture f;
    QVERIFY(f.open());
    f.window.askOnImageDropAction()->setChecked(true);
    const QString source = f.saveChart(QStringLiteral("Throughput.png"));
    QSignalSpy inserted(f.window.editor()->images(), &ImageInserter::inserted);
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<InsertImageDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawDialog = true;
        QCOMPARE(dialog->sourceFile(), source);
        dialog->findChild<QLineEdit *>(QStringLiteral("altEdit"))->setText(QStringLiteral("Requests per second, by release"));
        dialog->findChild<QLineEdit *>(QStringLiteral("classEdit"))->setText(QStringLiteral("responsive"));
        dialog->accept();
    });
    dropUrls(f.window.editor()->view()->focusProxy(), f.pointOf(9, 0), {QUrl::fromLocalFile(source)});
    QVERIFY(inserted.count() == 1 || inserted.wait(10000));
    QVERIFY(sawDialog);
    const QString line = f.window.editor()->document()->line(9);
    QVERIFY2(line.contains(u"src=\"/images/summit2021/throughput.png\""), qPrintable(line));
    QVERIFY2(line.contains(u"alt=\"Requests per second, by release\""), qPrintable(line));
    QVERIFY2(line.contains(u"class=\"responsive\""), qPrintable(line));
    // With its alt text given, the cursor goes after the reference.
    QCOMPARE(f.window.editor()->view()->cursorPosition(), KTextEditor::Cursor(9, int(line.size())));
}

void TestImageInsert::askingFirstKeepsAPreviewDropApartFromTheBlock()
{
    Fixture f;
    QVERIFY(f.open());
    f.window.askOnImageDropAction()->setChecked(true);
    const QString source = f.saveChart(QStringLiteral("takeaways.png"));
    const QPoint point = f.previewPointOf(QStringLiteral("Takeaways"));
    QVERIFY(!point.isNull());
    QSignalSpy inserted(f.window.editor()->images(), &ImageInserter::inserted);
    // The dialog opens once the page has said which line is under the
    // pointer: a timer looks for it, without waiting inside a wait.
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<InsertImageDialog *>(QApplication::activeModalWidget())) {
            answer.stop();
            dialog->findChild<QLineEdit *>(QStringLiteral("altEdit"))->setText(QStringLiteral("Build times"));
            dialog->accept();
        }
    });
    answer.start(50);
    dropUrls(f.window.preview()->focusProxy(), point, {QUrl::fromLocalFile(source)});
    QVERIFY(inserted.count() == 1 || inserted.wait(10000));
    // The reference is a paragraph of its own before the heading, as without the dialog.
    KTextEditor::Document *document = f.window.editor()->document();
    QVERIFY2(document->line(10).startsWith(u"{{< figure src=\"/images/summit2021/takeaways.png\""), qPrintable(document->line(10)));
    QVERIFY2(document->line(10).endsWith(u">}}"), qPrintable(document->line(10)));
    QCOMPARE(document->line(11), QString());
    QCOMPARE(document->line(12), QStringLiteral("## Takeaways"));
}

void TestImageInsert::dialogShowsSizesAndWarnsAboutEmptyAlt()
{
    Fixture f;
    QVERIFY(f.open());
    const QString source = f.saveChart(QStringLiteral("Latency Chart.png"));
    InsertImageDialog dialog(f.window.editor()->images()->placement(), &f.window);
    dialog.setSourceFile(source);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *info = dialog.findChild<QLabel *>(QStringLiteral("infoLabel"));
    QVERIFY2(info->text().contains(u"480 × 270"), qPrintable(info->text()));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("thumbnail"))->pixmap().isNull());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("latency-chart.png"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("altWarning"));
    QVERIFY(warning->isVisible());
    TestFiles::snapshot(&dialog, QStringLiteral("insert-image-dialog-empty-alt"));
    dialog.findChild<QLineEdit *>(QStringLiteral("altEdit"))->setText(QStringLiteral("p99 latency per week"));
    dialog.findChild<QLineEdit *>(QStringLiteral("captionEdit"))->setText(QStringLiteral("Latency fell after the cache"));
    QVERIFY(!warning->isVisible());
    const QString shown = dialog.findChild<QPlainTextEdit *>(QStringLiteral("referencePreview"))->toPlainText();
    QCOMPARE(shown, QStringLiteral("{{< figure src=\"/images/summit2021/latency-chart.png\" alt=\"p99 latency per week\" "
                                   "caption=\"Latency fell after the cache\" >}}"));
    dialog.layout()->activate();
    TestFiles::snapshot(&dialog, QStringLiteral("insert-image-dialog"));
    const ImageRequest request = dialog.request();
    QCOMPARE(request.sourcePath, source);
    QCOMPARE(request.fields.alt, QStringLiteral("p99 latency per week"));
    QCOMPARE(request.folder, f.imageFolder());

    // A folder outside the site is refused in the dialog.
    dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(f.downloads.path());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());

    // Not an image: nothing to insert.
    const QString notes = f.downloads.filePath(QStringLiteral("notes.txt"));
    TestFiles::write(notes, "text\n");
    dialog.setSourceFile(notes);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestImageInsert::imagesListFlagsBrokenAndRemovesReferences()
{
    Fixture f;
    QVERIFY(f.open());
    TestFiles::write(f.imageFolder() + QStringLiteral("/present.png"), TestFiles::read(f.saveChart(QStringLiteral("p.png"))));
    KTextEditor::Document *document = f.window.editor()->document();
    document->insertText(KTextEditor::Cursor(9, 0), QStringLiteral("![Present](/images/summit2021/present.png)\n"
                                                                    "<img src=\"/images/summit2021/gone.png\" alt=\"\">\n"));
    const QString withImages = f.text();
    ImagesPanel *panel = f.window.panels()->images();
    // The list comes with the preview's render of the new text.
    QTRY_COMPARE(panel->rows().size(), 2);
    QVERIFY(!panel->rows().at(0).broken);
    QVERIFY(panel->rows().at(1).broken);
    QCOMPARE(panel->rows().at(1).reference.line, 11);
    auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("tree"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(!tree->topLevelItem(0)->icon(0).isNull());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(u"1 broken"));
    // The dock starts closed, sharing its place with Front Matter: open it, bring it forward.
    auto *dock = f.window.findChild<QDockWidget *>(QStringLiteral("imagesDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTRY_VERIFY(panel->isVisible());
    TestFiles::snapshot(&f.window, QStringLiteral("images-panel"));

    panel->removeReferences({1});
    QVERIFY(!f.text().contains(u"gone.png"));
    QVERIFY(f.text().contains(u"present.png"));
    QTRY_COMPARE(panel->rows().size(), 1);
    undo(f.window.editor());
    QCOMPARE(f.text(), withImages);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    Application::chooseCompositing();
    TestImageInsert test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_imageinsert.moc"
