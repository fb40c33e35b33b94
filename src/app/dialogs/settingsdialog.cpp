#include "settingsdialog.h"

#include "settings.h"

#include <KTextEditor/ConfigPage>
#include <KTextEditor/Editor>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Postwright {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : KPageDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Postwright"));
    setFaceType(KPageDialog::List);
    setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    KPageWidgetItem *own = addPage(addPostwrightPage(), tr("Postwright"));
    own->setHeader(tr("Preview, Images and Export"));
    own->setIcon(QIcon::fromTheme(QStringLiteral("org.postwright.Postwright"), QIcon(QStringLiteral(":/postwright/icons/postwright.svg"))));
    KTextEditor::Editor *editor = KTextEditor::Editor::instance();
    for (int i = 0; i < editor->configPages(); ++i) {
        KTextEditor::ConfigPage *page = editor->configPage(i, this);
        KPageWidgetItem *item = addPage(page, page->name());
        item->setHeader(page->fullName());
        item->setIcon(page->icon());
        m_editorPages.append(page);
        connect(page, &KTextEditor::ConfigPage::changed, this, [this] { button(QDialogButtonBox::Apply)->setEnabled(true); });
    }
    button(QDialogButtonBox::Apply)->setEnabled(false);
    connect(button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        apply();
        button(QDialogButtonBox::Apply)->setEnabled(false);
    });
    connect(this, &QDialog::accepted, this, &SettingsDialog::apply);
}

QWidget *SettingsDialog::addPostwrightPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto enableApply = [this] { button(QDialogButtonBox::Apply)->setEnabled(true); };

    auto *preview = new QGroupBox(tr("Preview"), page);
    auto *previewForm = new QFormLayout(preview);
    m_zoom = new QSpinBox(preview);
    m_zoom->setObjectName(QStringLiteral("previewZoom"));
    m_zoom->setRange(50, 300);
    m_zoom->setSingleStep(10);
    m_zoom->setSuffix(tr(" %"));
    m_zoom->setValue(m_settings.previewZoom());
    previewForm->addRow(tr("Text &size:"), m_zoom);
    connect(m_zoom, &QSpinBox::valueChanged, this, enableApply);
    layout->addWidget(preview);

    auto *images = new QGroupBox(tr("Images"), page);
    auto *imagesLayout = new QVBoxLayout(images);
    m_askOnDrop = new QCheckBox(tr("&Ask before inserting dropped images"), images);
    m_askOnDrop->setChecked(m_settings.askBeforeInsertingDroppedImages());
    imagesLayout->addWidget(m_askOnDrop);
    connect(m_askOnDrop, &QCheckBox::toggled, this, enableApply);
    layout->addWidget(images);

    auto *pdf = new QGroupBox(tr("PDF Export"), page);
    auto *pdfForm = new QFormLayout(pdf);
    m_pageSize = new QComboBox(pdf);
    m_pageSize->addItem(tr("As the locale uses"), QString());
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(m_settings.pdfPageSize())));
    pdfForm->addRow(tr("&Page size:"), m_pageSize);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, enableApply);
    m_margins = new QSpinBox(pdf);
    m_margins->setRange(0, 50);
    m_margins->setSuffix(tr(" mm"));
    m_margins->setValue(m_settings.pdfMargins());
    pdfForm->addRow(tr("&Margins:"), m_margins);
    connect(m_margins, &QSpinBox::valueChanged, this, enableApply);
    layout->addWidget(pdf);
    layout->addStretch();
    return page;
}

void SettingsDialog::apply()
{
    for (KTextEditor::ConfigPage *page : std::as_const(m_editorPages))
        page->apply();
    m_settings.setPreviewZoom(m_zoom->value());
    m_settings.setAskBeforeInsertingDroppedImages(m_askOnDrop->isChecked());
    m_settings.setPdfPageSize(m_pageSize->currentData().toString());
    m_settings.setPdfMargins(m_margins->value());
}

} // namespace Postwright
