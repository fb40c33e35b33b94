#pragma once
// Insert Image: pick a file (with a thumbnail, its pixel and file size), say
// what it shows (alt text, warned about when empty), title, caption, class
// and width, where it is stored and under which name, and how it is referred
// to. The reference it will insert is shown as it is typed.

#include "images/imageplacement.h"
#include "images/imageinserter.h"

#include <QDialog>

#include <memory>

namespace Postwright {

namespace Ui {
class InsertImageDialog;
}

class InsertImageDialog : public QDialog
{
    Q_OBJECT
public:
    // The file picker for an image, starting in `folder`; empty when cancelled.
    static QString chooseImageFile(QWidget *parent, const QString &folder);

    explicit InsertImageDialog(const ImagePlacement &placement, QWidget *parent = nullptr);
    ~InsertImageDialog() override;

    void setSourceFile(const QString &path);
    QString sourceFile() const;

    // What to import and how to refer to it, as the dialog was left.
    ImageRequest request() const;
    // The user asked to make the reference style the site's choice.
    bool rememberStyle() const;

    void accept() override;

private:
    void browseFile();
    void browseFolder();
    void inspectSource();
    void updateReference();
    ImageReferenceStyle style() const;

    std::unique_ptr<Ui::InsertImageDialog> m_ui;
    ImagePlacement m_placement;
    QString m_inspectedPath;
    bool m_sourceIsImage = false;
    bool m_nameEdited = false;
    QSize m_pixelSize;
};

} // namespace Postwright
