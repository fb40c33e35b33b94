#pragma once
// The post's front matter as a form: typed fields for the keys a Hugo or
// Jekyll post has (as the site's schema says), a tree for every other key,
// and what lint finds. The raw text stays the truth: the form shows the
// post session's newest analysis (read off the GUI thread), and a form edit patches only that key's bytes through
// the editor (one undo step). Broken front matter shows the parser's message
// and makes the form read-only.

#include "frontmatter/frontmatterdocument.h"
#include "frontmatter/frontmatterlint.h"
#include "frontmatter/frontmatterschema.h"
#include "site/site.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Postwright {

class MarkdownEditor;

namespace Ui {
class FrontMatterPanel;
}

class FrontMatterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FrontMatterPanel(QWidget *parent = nullptr);
    ~FrontMatterPanel() override;

    // Follows editor's post (nullptr: none), in the site its session found.
    void setEditor(MarkdownEditor *editor);

    // What the panel shows, for tests and the status of the dock.
    bool isReadOnly() const;
    QWidget *fieldEditor(const QString &key) const;
    QStringList otherKeys() const;
    QStringList findings() const;
    QString errorText() const;

Q_SIGNALS:
    // An error or a finding was clicked: put the cursor on this 1-based line.
    void lineActivated(int line, int column);

private:
    void rebuildForm();
    void refresh();
    void fill(const FrontMatterDocument &document, const QList<LintFinding> &findings);
    void fillOtherKeys(const FrontMatterDocument &document);
    QByteArray headText() const;
    void setValue(const QStringList &path, const QVariant &value);
    void removeKey(const QStringList &path);
    void apply(const TextEdit &edit, const QByteArray &text);
    void addFrontMatter();
    void otherKeyEdited(QTreeWidgetItem *item, int column);
    QWidget *makeEditor(const FrontMatterField &field);
    QStringList completionsFor(const QString &key) const;

    std::unique_ptr<Ui::FrontMatterPanel> m_ui;
    QPointer<MarkdownEditor> m_editor;
    QList<QMetaObject::Connection> m_connections;
    Site m_site;
    FrontMatterSchema m_schema;
    std::shared_ptr<const LintContext> m_lintContext; // the other posts' terms
    FrontMatterDocument m_document;
    QHash<QString, QWidget *> m_editors;
    bool m_filling = false;
};

} // namespace Postwright
