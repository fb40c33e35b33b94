#pragma once
// Every image the post refers to, with a thumbnail, its alt text and line;
// broken references (no such file, outside the site) and missing alt text are
// flagged. Double-click goes to the reference; Remove Reference deletes the
// selected ones from the text (one undo step); Insert Image asks the window.

#include "images/imagereference.h"
#include "site/site.h"

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QWidget>

#include <memory>

class QTimer;

namespace Postwright {

namespace Ui {
class ImagesPanel;
}

class MarkdownEditor;

class ImagesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImagesPanel(QWidget *parent = nullptr);
    ~ImagesPanel() override;

    // Follows editor's text (nullptr: none).
    void setEditor(MarkdownEditor *editor);
    // Reads the references again now (normally a moment after typing stops).
    void refresh();

    struct Row
    {
        FoundImageReference reference;
        bool broken = false;
        QString problem; // why it is flagged; empty when fine
    };
    const QList<Row> &rows() const { return m_rows; }
    // Removes the references of the rows at indexes from the text.
    void removeReferences(const QList<int> &indexes);

Q_SIGNALS:
    void insertRequested();
    void lineActivated(int line);

private:
    QIcon thumbnail(const QString &path);

    std::unique_ptr<Ui::ImagesPanel> m_ui;
    QPointer<MarkdownEditor> m_editor;
    QMetaObject::Connection m_textConnection;
    QTimer *m_refreshTimer;
    QList<Row> m_rows;
    QString m_text; // the text the rows were read from
    QString m_sitePost; // the post file m_site was found for
    Site m_site;
    QHash<QString, std::pair<qint64, QIcon>> m_thumbnails; // path -> (modified, icon)
};

} // namespace Postwright
