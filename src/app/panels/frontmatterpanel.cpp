#include "frontmatterpanel.h"
#include "ui_frontmatterpanel.h"

#include "editor/markdowneditor.h"
#include "frontmatter/surgicalwriter.h"
#include "site/slug.h"

#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimeZone>
#include <QToolButton>

namespace Postwright {

namespace {

const QDate NoDate(1900, 1, 1);
constexpr int HeadLines = 2000; // front matter longer than this is read from the whole text

// A line of comma-separated terms; completion offers the site's terms for the
// term being typed.
class TermsEdit : public QLineEdit
{
public:
    explicit TermsEdit(const QStringList &choices, QWidget *parent = nullptr)
        : QLineEdit(parent)
        , m_model(new QStringListModel(choices, this))
        , m_completer(new QCompleter(m_model, this))
    {
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setWidget(this);
        connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
            const QString current = text.section(u',', -1).trimmed();
            if (current.isEmpty()) {
                m_completer->popup()->hide();
                return;
            }
            m_completer->setCompletionPrefix(current);
            m_completer->complete();
        });
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &term) {
            QStringList parts = text().split(u',');
            parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + term;
            setText(parts.join(u','));
            Q_EMIT editingFinished();
        });
    }
    QStringList terms() const
    {
        QStringList list;
        for (const QString &part : text().split(u','))
            if (!part.trimmed().isEmpty())
                list.append(part.trimmed());
        return list;
    }

private:
    QStringListModel *m_model;
    QCompleter *m_completer;
};

// The 0-based line and column (in characters) of a byte offset in UTF-8 text.
KTextEditor::Cursor cursorAt(const QByteArray &text, qsizetype offset)
{
    const QByteArrayView before(text.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')), int(QString::fromUtf8(before.sliced(lineStart)).size())};
}

QString displayText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(item.toString());
        return items.join(QStringLiteral(", "));
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

// What a value typed into the tree means, keeping the kind the key had.
QVariant typedLike(const QString &text, ValueKind kind)
{
    if (kind == ValueKind::Bool && (text == u"true" || text == u"false"))
        return text == u"true";
    bool ok = false;
    if (kind == ValueKind::Integer)
        if (const qlonglong number = text.toLongLong(&ok); ok)
            return number;
    if (kind == ValueKind::Float)
        if (const double number = text.toDouble(&ok); ok)
            return number;
    return text;
}

// "# choose from [AIML, Career]" after a key offers those as choices.
QStringList choicesInComment(const QString &comment)
{
    static const QRegularExpression hint(QStringLiteral("choose from\\s*\\[([^\\]]*)\\]"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList choices;
    if (const QRegularExpressionMatch m = hint.match(comment); m.hasMatch())
        for (const QString &choice : m.captured(1).split(u','))
            if (!choice.trimmed().isEmpty())
                choices.append(choice.trimmed().remove(u'"').remove(u'\''));
    return choices;
}

} // namespace

FrontMatterPanel::FrontMatterPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FrontMatterPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->addButton, &QPushButton::clicked, this, &FrontMatterPanel::addFrontMatter);
    connect(m_ui->errorLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT lineActivated(link.section(u':', 0, 0).toInt(), link.section(u':', 1, 1).toInt());
    });
    connect(m_ui->findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT lineActivated(item->data(Qt::UserRole).toInt(), 1);
    });
    connect(m_ui->findings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT lineActivated(item->data(Qt::UserRole).toInt(), 1);
    });
    connect(m_ui->otherKeys, &QTreeWidget::itemChanged, this, &FrontMatterPanel::otherKeyEdited);
    m_ui->otherKeys->header()->setStretchLastSection(true);
    setEditor(nullptr);
}

FrontMatterPanel::~FrontMatterPanel() = default;

void FrontMatterPanel::setEditor(MarkdownEditor *editor)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    const Site site = editor ? editor->site() : Site();
    const bool siteChanged = site.rootPath() != m_site.rootPath() || site.kind() != m_site.kind() || m_schema.fields.isEmpty();
    m_editor = editor;
    m_site = site;
    if (siteChanged) {
        m_schema = FrontMatterSchema::forSite(site);
        rebuildForm();
    }
    if (editor) {
        m_connections << connect(editor->session(), &PostSession::analysed, this, &FrontMatterPanel::refresh);
        // Saved elsewhere: another site's schema.
        m_connections << connect(editor->session(), &PostSession::siteChanged, this, [this] { setEditor(m_editor); });
    }
    refresh();
}

bool FrontMatterPanel::isReadOnly() const
{
    return !m_ui->formHost->isEnabled();
}

QWidget *FrontMatterPanel::fieldEditor(const QString &key) const
{
    return m_editors.value(key);
}

QStringList FrontMatterPanel::otherKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_ui->otherKeys->topLevelItemCount(); ++i)
        keys.append(m_ui->otherKeys->topLevelItem(i)->text(0));
    return keys;
}

QStringList FrontMatterPanel::findings() const
{
    QStringList texts;
    for (int i = 0; i < m_ui->findings->count(); ++i)
        texts.append(m_ui->findings->item(i)->text());
    return texts;
}

QString FrontMatterPanel::errorText() const
{
    return m_ui->errorLabel->isVisible() || !m_ui->errorLabel->isHidden() ? m_ui->errorLabel->text() : QString();
}

QStringList FrontMatterPanel::completionsFor(const QString &key) const
{
    QStringList terms = m_lintContext ? m_lintContext->termUses.keys() : QStringList();
    if (const FrontMatterField *field = m_schema.field(key))
        terms += field->choices;
    if (const FrontMatterEntry *entry = m_document.find({key}))
        terms += choicesInComment(entry->comment);
    terms.removeDuplicates();
    terms.sort(Qt::CaseInsensitive);
    return terms;
}

QWidget *FrontMatterPanel::makeEditor(const FrontMatterField &field)
{
    const QStringList path{field.key};
    switch (field.type) {
    case FrontMatterField::LongText: {
        auto *host = new QWidget;
        host->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        auto *layout = new QVBoxLayout(host);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QPlainTextEdit(host);
        edit->setObjectName(field.key);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
        edit->setTabChangesFocus(true);
        auto *hint = new QLabel(host);
        hint->setObjectName(field.key + QStringLiteral("Length"));
        layout->addWidget(edit);
        layout->addWidget(hint);
        auto *pause = new QTimer(edit);
        pause->setSingleShot(true);
        pause->setInterval(600);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, hint, pause] {
            const int length = int(edit->toPlainText().size());
            hint->setText(tr("%1 of about %2 characters").arg(length).arg(FrontMatterLint::DescriptionLimit));
            hint->setForegroundRole(length > FrontMatterLint::DescriptionLimit ? QPalette::Link : QPalette::PlaceholderText);
            if (!m_filling)
                pause->start();
        });
        connect(pause, &QTimer::timeout, this, [this, edit, path] { setValue(path, edit->toPlainText()); });
        m_editors.insert(field.key, edit);
        return host;
    }
    case FrontMatterField::Date: {
        auto *edit = new QDateTimeEdit;
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("(none)"));
        connect(edit, &QDateTimeEdit::editingFinished, this, [this, edit, path] {
            if (edit->date() == NoDate)
                return;
            const FrontMatterEntry *entry = m_document.find(path);
            if (edit->displayFormat().contains(u'H')) {
                QDateTime when = edit->dateTime();
                if (entry) { // keep the offset the post was written in
                    const QDateTime old = QDateTime::fromString(entry->text.trimmed().replace(u' ', u'T'), Qt::ISODate);
                    if (old.isValid() && old.timeSpec() != Qt::LocalTime)
                        when = QDateTime(when.date(), when.time(), QTimeZone::fromSecondsAheadOfUtc(old.offsetFromUtc()));
                }
                setValue(path, when);
            } else {
                setValue(path, edit->date());
            }
        });
        m_editors.insert(field.key, edit);
        return edit;
    }
    case FrontMatterField::Published:
    case FrontMatterField::Bool: {
        auto *box = new QCheckBox;
        const bool inverted = field.inverted;
        connect(box, &QCheckBox::clicked, this, [this, path, inverted](bool checked) {
            setValue(path, inverted ? !checked : checked);
        });
        m_editors.insert(field.key, box);
        return box;
    }
    case FrontMatterField::Number: {
        auto *spin = new QSpinBox;
        spin->setRange(-1, 1000000);
        spin->setSpecialValueText(tr("(none)"));
        connect(spin, &QSpinBox::editingFinished, this, [this, spin, path] {
            if (spin->value() >= 0)
                setValue(path, qlonglong(spin->value()));
        });
        m_editors.insert(field.key, spin);
        return spin;
    }
    case FrontMatterField::Terms: {
        auto *edit = new TermsEdit(QStringList());
        edit->setPlaceholderText(tr("comma, separated"));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, path] {
            QVariantList list;
            for (const QString &term : edit->terms())
                list.append(term);
            const FrontMatterEntry *entry = m_document.find(path);
            if (!entry && list.isEmpty())
                return;
            setValue(path, list);
        });
        m_editors.insert(field.key, edit);
        return edit;
    }
    case FrontMatterField::Choice: {
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->addItems(field.choices);
        combo->setCurrentIndex(-1);
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, combo, path] {
            if (!combo->currentText().isEmpty() || m_document.find(path))
                setValue(path, combo->currentText());
        });
        connect(combo, &QComboBox::activated, this, [this, combo, path] { setValue(path, combo->currentText()); });
        m_editors.insert(field.key, combo);
        return combo;
    }
    case FrontMatterField::Image:
    case FrontMatterField::Slug:
    case FrontMatterField::Text: {
        auto *host = new QWidget;
        auto *layout = new QHBoxLayout(host);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(host);
        layout->addWidget(edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, path] {
            if (!edit->text().isEmpty() || m_document.find(path))
                setValue(path, edit->text());
        });
        if (field.type == FrontMatterField::Slug) {
            auto *fromTitle = new QToolButton(host);
            fromTitle->setText(tr("From Title"));
            fromTitle->setToolTip(tr("Make the slug from the title"));
            layout->addWidget(fromTitle);
            connect(fromTitle, &QToolButton::clicked, this, [this, edit, path] {
                const QString slug = Slug::fromText(m_document.values().value(QStringLiteral("title")).toString());
                if (slug.isEmpty())
                    return;
                edit->setText(slug);
                setValue(path, slug);
            });
        } else if (field.type == FrontMatterField::Image) {
            auto *pick = new QToolButton(host);
            pick->setText(tr("Choose…"));
            pick->setToolTip(tr("Choose an image of the site"));
            layout->addWidget(pick);
            connect(pick, &QToolButton::clicked, this, [this, edit, path] {
                const QString start = m_site.staticDirs().isEmpty() ? m_site.rootPath() : m_site.staticDirs().first();
                const QString file = QFileDialog::getOpenFileName(this, tr("Cover Image"), start,
                                                                  tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)"));
                if (file.isEmpty())
                    return;
                // A site-root path for files in a static folder, else relative to the post.
                QString link = QDir(QFileInfo(m_editor ? m_editor->filePath() : file).absolutePath()).relativeFilePath(file);
                for (const QString &dir : m_site.staticDirs())
                    if (file.startsWith(dir + u'/'))
                        link = file.mid(dir.size());
                edit->setText(link);
                setValue(path, link);
            });
        }
        m_editors.insert(field.key, edit);
        return host;
    }
    }
    return nullptr;
}

void FrontMatterPanel::rebuildForm()
{
    while (m_ui->form->rowCount() > 0)
        m_ui->form->removeRow(0);
    m_editors.clear();
    for (const FrontMatterField &field : std::as_const(m_schema.fields)) {
        QWidget *editor = makeEditor(field);
        if (!editor)
            continue;
        editor->setToolTip(field.help);
        auto *label = new QLabel(field.required ? field.label + u'*' : field.label);
        label->setToolTip(field.help);
        label->setBuddy(m_editors.value(field.key));
        m_ui->form->addRow(label, editor);
    }
}

QByteArray FrontMatterPanel::headText() const
{
    KTextEditor::Document *doc = m_editor->document();
    if (doc->lines() <= HeadLines)
        return doc->text().toUtf8();
    const QByteArray head = doc->text(KTextEditor::Range(0, 0, HeadLines, 0)).toUtf8();
    const FrontMatterBlock block = FrontMatterBlock::locate(head);
    return block.terminated ? head : doc->text().toUtf8(); // the block may close past the head
}

void FrontMatterPanel::refresh()
{
    if (!m_editor) {
        m_document = {};
        m_ui->formatLabel->setText(tr("No post"));
        m_ui->formHost->setEnabled(false);
        m_ui->addButton->hide();
        m_ui->errorLabel->hide();
        m_ui->findings->clear();
        return;
    }
    // The first reading of the post is under way: the form waits for it.
    if (const std::shared_ptr<const PostAnalysis> analysis = m_editor->session()->analysis()) {
        m_lintContext = analysis->lintContext;
        fill(analysis->frontMatter, analysis->frontMatterFindings);
    } else {
        m_ui->formatLabel->setText(tr("Reading the post…"));
        m_ui->formHost->setEnabled(false);
    }
}

void FrontMatterPanel::fill(const FrontMatterDocument &document, const QList<LintFinding> &findings)
{
    m_document = document;
    const QSignalBlocker treeBlocker(m_ui->otherKeys);
    m_filling = true;
    const bool exists = document.block.exists();
    static const QHash<FrontMatterFormat, QString> formatNames = {
        {FrontMatterFormat::Yaml, QStringLiteral("YAML")},
        {FrontMatterFormat::Toml, QStringLiteral("TOML")},
        {FrontMatterFormat::Json, QStringLiteral("JSON")},
    };
    m_ui->formatLabel->setText(exists ? tr("%1 front matter").arg(formatNames.value(document.format()))
                                      : tr("This post has no front matter."));
    // An unclosed block is closed in the text, not answered with a second one.
    m_ui->addButton->setVisible(!exists && document.block.notice != FrontMatterNotice::Unclosed);
    m_ui->formHost->setEnabled(exists && document.isValid());
    if (const QString notice = document.block.noticeText(); !notice.isEmpty()) {
        m_ui->errorLabel->setText(tr("<a href=\"1:1\">Line 1</a>: %1").arg(notice.toHtmlEscaped()));
        m_ui->errorLabel->show();
    } else if (!document.isValid()) {
        const Problem &error = document.errors.first();
        m_ui->errorLabel->setText(tr("<a href=\"%1:%2\">Line %1, column %2</a>: %3<br>The form is read-only until the "
                                     "text is fixed.")
                                      .arg(error.line)
                                      .arg(error.column)
                                      .arg(error.message.toHtmlEscaped()));
        m_ui->errorLabel->show();
    } else {
        m_ui->errorLabel->hide();
    }

    const QVariantMap values = document.values();
    for (const FrontMatterField &field : std::as_const(m_schema.fields)) {
        QWidget *editor = m_editors.value(field.key);
        const QVariant value = values.value(field.key);
        const FrontMatterEntry *entry = document.find({field.key});
        if (auto *terms = dynamic_cast<TermsEdit *>(editor)) {
            if (!terms->hasFocus())
                terms->setText(displayText(value));
            auto *completer = terms->findChild<QCompleter *>();
            if (auto *model = completer ? qobject_cast<QStringListModel *>(completer->model()) : nullptr)
                model->setStringList(completionsFor(field.key));
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (!line->hasFocus())
                line->setText(value.toString());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            if (!text->hasFocus() && text->toPlainText() != value.toString())
                text->setPlainText(value.toString());
        } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
            const bool on = value.typeId() == QMetaType::Bool ? value.toBool() : value.toString() == u"true";
            // Published: no draft key means published (Hugo); no published key too (Jekyll).
            box->setChecked(field.inverted ? !on : (field.type == FrontMatterField::Published && !value.isValid()) || on);
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            if (!spin->hasFocus())
                spin->setValue(value.isValid() ? value.toInt() : -1);
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (!combo->hasFocus()) {
                QStringList choices = field.choices;
                if (entry)
                    choices += choicesInComment(entry->comment);
                choices.removeDuplicates();
                combo->clear();
                combo->addItems(choices);
                combo->setEditText(value.toString());
            }
        } else if (auto *date = qobject_cast<QDateTimeEdit *>(editor)) {
            if (!date->hasFocus()) {
                const QString text = value.toString().trimmed();
                const bool dateOnly = !entry || entry->kind != ValueKind::DateTime;
                date->setDisplayFormat(dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
                QDateTime when = QDateTime::fromString(QString(text).replace(u' ', u'T'), Qt::ISODate);
                if (!when.isValid())
                    when = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
                if (when.isValid())
                    date->setDateTime(when.timeSpec() == Qt::LocalTime ? when : QDateTime(when.date(), when.time()));
                else
                    date->setDate(NoDate);
            }
        }
    }
    fillOtherKeys(document);

    m_ui->findings->clear();
    for (const LintFinding &finding : findings) {
        auto *item = new QListWidgetItem(tr("Line %1: %2").arg(finding.line).arg(finding.message), m_ui->findings);
        item->setData(Qt::UserRole, finding.line);
    }
    m_ui->findings->setVisible(m_ui->findings->count() > 0);
    m_filling = false;
}

void FrontMatterPanel::fillOtherKeys(const FrontMatterDocument &document)
{
    m_ui->otherKeys->clear();
    QHash<QString, QTreeWidgetItem *> items; // path joined by '\n'
    for (const FrontMatterEntry &entry : document.entries) {
        if (entry.path.size() == 1 && m_schema.field(entry.key()))
            continue;
        const QString parentKey = entry.path.mid(0, entry.path.size() - 1).join(u'\n');
        QTreeWidgetItem *parent = entry.path.size() > 1 ? items.value(parentKey) : nullptr;
        if (entry.path.size() > 1 && !parent)
            continue; // under a schema field
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_ui->otherKeys);
        item->setText(0, entry.key());
        item->setData(0, Qt::UserRole, entry.path);
        item->setData(1, Qt::UserRole, int(entry.kind));
        if (entry.kind == ValueKind::Map) {
            item->setExpanded(true);
        } else {
            item->setText(1, displayText(entry.value));
            item->setToolTip(1, entry.text);
            // Scalars are edited in place; lists as "a, b".
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        items.insert(entry.path.join(u'\n'), item);
    }
    m_ui->otherKeys->resizeColumnToContents(0);
    m_ui->otherLabel->setVisible(m_ui->otherKeys->topLevelItemCount() > 0);
    m_ui->otherKeys->setVisible(m_ui->otherKeys->topLevelItemCount() > 0);
}

void FrontMatterPanel::otherKeyEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 1)
        return;
    const QStringList path = item->data(0, Qt::UserRole).toStringList();
    const auto kind = ValueKind(item->data(1, Qt::UserRole).toInt());
    if (kind == ValueKind::List) {
        QVariantList list;
        for (const QString &part : item->text(1).split(u','))
            if (!part.trimmed().isEmpty())
                list.append(part.trimmed());
        setValue(path, list);
    } else {
        setValue(path, typedLike(item->text(1), kind));
    }
}

void FrontMatterPanel::setValue(const QStringList &path, const QVariant &value)
{
    if (m_filling || !m_editor || !m_document.block.exists() || !m_document.isValid())
        return;
    const QByteArray text = headText();
    const FrontMatterDocument current = FrontMatterDocument::parse(text);
    if (const FrontMatterEntry *entry = current.find(path)) {
        // Nothing changed: leave the bytes (and the undo history) alone.
        const QVariant old = entry->value;
        if (old == value || (value.typeId() == QMetaType::QString && old.toString() == value.toString()
                             && old.typeId() == QMetaType::QString))
            return;
        if (value.typeId() == QMetaType::QDate && old.toString() == value.toDate().toString(Qt::ISODate))
            return;
    }
    QString error;
    const std::optional<TextEdit> edit = SurgicalWriter::setValue(text, path, value, &error);
    if (!edit) {
        m_editor->showBar(tr("%1 was not changed: %2").arg(path.join(u'.'), error), 2 /* Warning */);
        return;
    }
    apply(*edit, text);
}

void FrontMatterPanel::removeKey(const QStringList &path)
{
    if (!m_editor)
        return;
    const QByteArray text = headText();
    QString error;
    if (const std::optional<TextEdit> edit = SurgicalWriter::removeKey(text, path, &error))
        apply(*edit, text);
    else
        m_editor->showBar(tr("%1 was not removed: %2").arg(path.join(u'.'), error), 2 /* Warning */);
}

void FrontMatterPanel::apply(const TextEdit &edit, const QByteArray &text)
{
    KTextEditor::Document *doc = m_editor->document();
    KTextEditor::View *view = m_editor->view();
    const KTextEditor::Cursor cursor = view->cursorPosition();
    const KTextEditor::Cursor start = cursorAt(text, edit.start);
    const KTextEditor::Cursor end = cursorAt(text, edit.end);
    const int linesAdded = int(edit.replacement.count('\n')) - (end.line() - start.line());
    {
        // One undo step, whatever the edit's size.
        KTextEditor::Document::EditingTransaction transaction(doc);
        doc->replaceText(KTextEditor::Range(start, end), QString::fromUtf8(edit.replacement));
    }
    // The reader stays where they were: below the edit, by as many lines as it added.
    if (cursor.line() > end.line() || (cursor.line() == end.line() && cursor >= end))
        view->setCursorPosition({cursor.line() + linesAdded, cursor.column()});
    else if (cursor < start)
        view->setCursorPosition(cursor);
    // The form follows with the analysis of the edited text.
}

void FrontMatterPanel::addFrontMatter()
{
    if (!m_editor || m_document.block.exists())
        return;
    const QString title = QFileInfo(m_editor->filePath()).completeBaseName().replace(u'-', u' ');
    // The format the site's archetype uses, else YAML.
    QFile archetype(QDir(m_site.archetypesDir()).filePath(QStringLiteral("default.md")));
    const bool toml = !m_site.archetypesDir().isEmpty() && archetype.open(QIODevice::ReadOnly) && archetype.read(3) == "+++";
    const QByteArray block = SurgicalWriter::newBlock(toml ? FrontMatterFormat::Toml : FrontMatterFormat::Yaml,
                                                      FrontMatterSchema::templateKeys(int(m_site.kind()), title));
    KTextEditor::Document *doc = m_editor->document();
    KTextEditor::Document::EditingTransaction transaction(doc);
    doc->insertText({0, 0}, QString::fromUtf8(block));
}

} // namespace Postwright
