#pragma once
// The post's headings as a tree; a click jumps editor and preview to one, and
// the section the cursor is in stays highlighted.

#include "markdown/markdownrenderer.h"

#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Postwright {

namespace Ui {
class OutlinePanel;
}

class OutlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(QWidget *parent = nullptr);
    ~OutlinePanel() override;

    void setOutline(const QList<OutlineEntry> &outline);
    // Highlights the section that contains `line` (1-based).
    void setCurrentLine(int line);
    int currentEntry() const { return m_current; }
    int entryCount() const { return int(m_entries.size()); }
    void activateEntry(int index);

Q_SIGNALS:
    void headingActivated(int line);

private:
    std::unique_ptr<Ui::OutlinePanel> m_ui;
    QList<OutlineEntry> m_entries;
    QList<QTreeWidgetItem *> m_items;
    int m_current = -1;
};

} // namespace Postwright
