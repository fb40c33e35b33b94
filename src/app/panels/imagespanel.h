#pragma once
// Every image the post refers to, with a thumbnail, its alt text and line;
// broken references (no such file, outside the site) and missing alt text are
// flagged. The list and the problems are those of the post session's newest
// analysis, so the post is read once, off the GUI thread. Double-click goes to the reference; Remove Reference deletes the
// selected ones from the text (one undo step); Insert Image asks the window.

#include "markdown/markdownrenderer.h"

#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QWidget>

#include <memory>

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

    // The post the images belong to (nullptr: none); its list follows its
    // session's analyses.
    void setEditor(MarkdownEditor *editor);

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
    void showAnalysis();
    QIcon thumbnail(const QString &path);

    std::unique_ptr<Ui::ImagesPanel> m_ui;
    QPointer<MarkdownEditor> m_editor;
    QMetaObject::Connection m_analysed;
    QList<Row> m_rows;
    QString m_text; // the text the rows were read from
    QHash<QString, std::pair<qint64, QIcon>> m_thumbnails; // path -> (modified, icon)
};

} // namespace Postwright
