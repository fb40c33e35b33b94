#include "insertimagedialog.h"

#include "colorscheme.h"
#include "images/imageimporter.h"
#include "site/site.h"
#include "ui_insertimagedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImageReader>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace Postwright {

InsertImageDialog::InsertImageDialog(const ImagePlacement &placement, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InsertImageDialog>())
    , m_placement(placement)
{
    const SiteKind siteKind = placement.site.kind();
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));

    m_ui->styleCombo->addItem(tr("Markdown  ![alt](src)"), int(ImageReferenceStyle::Markdown));
    m_ui->styleCombo->addItem(tr("HTML  <img>"), int(ImageReferenceStyle::Html));
    m_ui->styleCombo->addItem(siteKind == SiteKind::Hugo ? tr("Hugo figure shortcode") : tr("HTML <figure> with caption"),
                              int(ImageReferenceStyle::Figure));
    m_ui->styleCombo->addItem(tr("Template"), int(ImageReferenceStyle::Template));
    m_ui->styleCombo->setCurrentIndex(m_ui->styleCombo->findData(int(placement.style)));
    m_ui->classEdit->setText(placement.cssClass);
    m_ui->templateEdit->setText(placement.templateText.isEmpty()
                                    ? QStringLiteral("<img src=\"{src}\" alt=\"{alt}\" loading=\"lazy\">")
                                    : placement.templateText);
    // Folders read as the site lays them out ("static/images/x"), below its root.
    m_ui->folderEdit->setText(QDir::toNativeSeparators(QDir(placement.siteRoot).relativeFilePath(placement.folder)));
    m_ui->folderEdit->setToolTip(tr("Folder in the site (%1) the image is copied to; it is created if needed")
                                     .arg(QDir::toNativeSeparators(placement.siteRoot)));
    m_ui->rememberCheck->setEnabled(siteKind != SiteKind::None);

    QPalette warning = m_ui->altWarning->palette();
    warning.setColor(QPalette::WindowText, ColorScheme::warningText(warning));
    m_ui->altWarning->setPalette(warning);
    QPalette error = m_ui->errorLabel->palette();
    error.setColor(QPalette::WindowText, ColorScheme::errorText(error));
    m_ui->errorLabel->setPalette(error);
    m_ui->referencePreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Three lines: a figure with a caption fits without scrolling.
    const QFontMetrics metrics(m_ui->referencePreview->font());
    m_ui->referencePreview->setFixedHeight(metrics.lineSpacing() * 3 + 2 * m_ui->referencePreview->frameWidth() + 8);

    connect(m_ui->browseFileButton, &QPushButton::clicked, this, &InsertImageDialog::browseFile);
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, &InsertImageDialog::browseFolder);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &InsertImageDialog::accept);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &InsertImageDialog::inspectSource);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    for (QLineEdit *edit : {m_ui->altEdit, m_ui->titleEdit, m_ui->captionEdit, m_ui->classEdit, m_ui->nameEdit,
                            m_ui->folderEdit, m_ui->templateEdit})
        connect(edit, &QLineEdit::textChanged, this, &InsertImageDialog::updateReference);
    connect(m_ui->widthSpin, &QSpinBox::valueChanged, this, &InsertImageDialog::updateReference);
    connect(m_ui->styleCombo, &QComboBox::currentIndexChanged, this, &InsertImageDialog::updateReference);
    inspectSource();
}

InsertImageDialog::~InsertImageDialog() = default;

void InsertImageDialog::setSourceFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    inspectSource();
}

QString InsertImageDialog::sourceFile() const
{
    return QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
}

ImageReferenceStyle InsertImageDialog::style() const
{
    return ImageReferenceStyle(m_ui->styleCombo->currentData().toInt());
}

bool InsertImageDialog::rememberStyle() const
{
    return m_ui->rememberCheck->isChecked();
}

ImageRequest InsertImageDialog::request() const
{
    ImageRequest request;
    request.sourcePath = sourceFile();
    request.fileName = m_ui->nameEdit->text().trimmed();
    request.folder = QDir::cleanPath(QDir(m_placement.siteRoot).absoluteFilePath(QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed())));
    request.fields.alt = m_ui->altEdit->text().trimmed();
    request.fields.title = m_ui->titleEdit->text().trimmed();
    request.fields.caption = m_ui->captionEdit->text().trimmed();
    request.fields.cssClass = m_ui->classEdit->text().simplified();
    request.fields.width = m_ui->widthSpin->value();
    if (request.fields.width > 0 && m_pixelSize.width() > 0)
        request.fields.height = qRound(double(m_pixelSize.height()) * request.fields.width / m_pixelSize.width());
    request.style = style();
    if (style() == ImageReferenceStyle::Template)
        request.templateText = m_ui->templateEdit->text();
    return request;
}

void InsertImageDialog::browseFile()
{
    const QString start = sourceFile().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                                                 : QFileInfo(sourceFile()).absolutePath();
    const QString path = chooseImageFile(this, start);
    if (!path.isEmpty())
        setSourceFile(path);
}

QString InsertImageDialog::chooseImageFile(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Choose an Image"), folder,
                                        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif *.bmp *.tif *.tiff);;All files (*)"));
}

void InsertImageDialog::browseFolder()
{
    const QDir site(m_placement.siteRoot);
    const QString current = site.absoluteFilePath(QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed()));
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the Image"), QFileInfo::exists(current) ? current : m_placement.siteRoot);
    if (folder.isEmpty())
        return;
    const QString relative = site.relativeFilePath(folder);
    m_ui->folderEdit->setText(QDir::toNativeSeparators(relative.startsWith(QLatin1String("..")) ? folder : relative));
}

void InsertImageDialog::inspectSource()
{
    const QString path = sourceFile();
    if (path == m_inspectedPath && !path.isEmpty())
        return;
    m_inspectedPath = path;
    m_sourceIsImage = false;
    m_pixelSize = {};
    m_ui->thumbnail->setPixmap({});
    m_ui->thumbnail->setText(tr("No image chosen"));
    m_ui->infoLabel->clear();
    m_ui->errorLabel->clear();
    if (path.isEmpty()) {
        updateReference();
        return;
    }
    const Result<ImageFormat> format = ImageImporter::inspect(path);
    if (!format) {
        m_ui->thumbnail->setText(tr("Not an image"));
        m_ui->errorLabel->setText(format.problem().message);
        updateReference();
        return;
    }
    m_sourceIsImage = true;
    m_pixelSize = format->size;
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize box = m_ui->thumbnail->maximumSize() - QSize(8, 8);
    if (reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(box, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (!image.isNull()) {
        m_ui->thumbnail->setPixmap(QPixmap::fromImage(image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_ui->thumbnail->setText(format->suffix.toUpper());
    }
    const QString pixels = format->size.isValid()
        ? tr("%1 × %2 pixels").arg(format->size.width()).arg(format->size.height())
        : tr("size not known");
    m_ui->infoLabel->setText(tr("%1 · %2 · %3")
                                 .arg(format->suffix.toUpper(), pixels, QLocale().formattedDataSize(QFileInfo(path).size())));
    if (!m_nameEdited)
        m_ui->nameEdit->setText(ImageImporter::safeFileName(QFileInfo(path).fileName(), format->suffix));
    updateReference();
}

void InsertImageDialog::updateReference()
{
    const bool isTemplate = style() == ImageReferenceStyle::Template;
    // Hidden rows take no room (a hidden widget would leave its row's gap).
    m_ui->form->setRowVisible(m_ui->templateEdit, isTemplate);
    m_ui->form->setRowVisible(m_ui->altWarning, m_ui->altEdit->text().trimmed().isEmpty());

    const ImageRequest request = this->request();
    QString error;
    ImageReferenceFields fields = request.fields;
    const QString name = request.fileName.isEmpty() ? QStringLiteral("image.png") : request.fileName;
    fields.src = m_placement.linkFor(QDir(request.folder).filePath(name), &error);
    if (fields.src.isEmpty())
        fields.src = name;
    m_ui->referencePreview->setPlainText(ImageReference::format(style(), fields, m_placement.site.kind(), request.templateText));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_sourceIsImage);
    if (m_sourceIsImage)
        m_ui->errorLabel->setText(error);
}

void InsertImageDialog::accept()
{
    inspectSource();
    if (!m_sourceIsImage)
        return;
    const ImageRequest request = this->request();
    if (!m_placement.isInsideSite(request.folder)) {
        m_ui->errorLabel->setText(tr("The folder must be inside the site (%1).").arg(QDir::toNativeSeparators(m_placement.siteRoot)));
        m_ui->folderEdit->setFocus();
        return;
    }
    QString error;
    if (m_placement.linkFor(QDir(request.folder).filePath(QStringLiteral("x.png")), &error).isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->folderEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Postwright
