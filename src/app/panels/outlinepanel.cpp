#include "outlinepanel.h"
#include "ui_outlinepanel.h"

namespace Postwright {

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutlinePanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        activateEntry(int(m_items.indexOf(item)));
    });
    connect(m_ui->tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        activateEntry(int(m_items.indexOf(item)));
    });
}

OutlinePanel::~OutlinePanel() = default;

void OutlinePanel::setOutline(const QList<OutlineEntry> &outline)
{
    // Typing rarely changes the headings; keep the tree (and its state) then.
    bool same = outline.size() == m_entries.size();
    for (qsizetype i = 0; same && i < outline.size(); ++i)
        same = outline[i].text == m_entries[i].text && outline[i].level == m_entries[i].level;
    m_entries = outline;
    if (same)
        return;
    m_ui->tree->clear();
    m_items.clear();
    QList<std::pair<int, QTreeWidgetItem *>> parents; // level, item
    for (const OutlineEntry &entry : outline) {
        while (!parents.isEmpty() && parents.last().first >= entry.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_ui->tree) : new QTreeWidgetItem(parents.last().second);
        item->setText(0, entry.text);
        item->setToolTip(0, entry.text);
        parents.append({entry.level, item});
        m_items.append(item);
    }
    m_ui->tree->expandAll();
    m_current = -1;
}

void OutlinePanel::setCurrentLine(int line)
{
    int current = -1;
    for (int i = 0; i < m_entries.size() && m_entries[i].line <= line; ++i)
        current = i;
    if (current == m_current)
        return;
    m_current = current;
    if (current >= 0) {
        const QSignalBlocker blocker(m_ui->tree);
        m_ui->tree->setCurrentItem(m_items[current]);
        m_ui->tree->scrollToItem(m_items[current]);
    } else {
        m_ui->tree->clearSelection();
    }
}

void OutlinePanel::activateEntry(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_current = index;
    Q_EMIT headingActivated(m_entries[index].line);
}

} // namespace Postwright
