#pragma once
// Settings > Configure Postwright: Kate's own pages for the text (fonts and
// colours, editing, word wrap, spell check, the minimap) beside Postwright's
// (preview, images, export). OK and Apply save every page; Cancel changes
// nothing.

#include <KPageDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace KTextEditor {
class ConfigPage;
}

namespace Postwright {

class Settings;

class SettingsDialog : public KPageDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    // Saves every page.
    void apply();

private:
    QWidget *addPostwrightPage();

    Settings &m_settings;
    QList<KTextEditor::ConfigPage *> m_editorPages;
    QSpinBox *m_zoom;
    QCheckBox *m_askOnDrop;
    QComboBox *m_pageSize;
    QSpinBox *m_margins;
};

} // namespace Postwright
