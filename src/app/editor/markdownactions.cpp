#include "markdownactions.h"

#include "markdown/markdownediting.h"

#include <KActionCollection>
#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QAction>
#include <QIcon>
#include <QKeyEvent>

namespace Postwright {

MarkdownActions::MarkdownActions(KTextEditor::View *view)
    : QObject(view)
    , m_view(view)
{
    if (QWidget *input = m_view->focusProxy())
        input->installEventFilter(this);
    m_view->installEventFilter(this);
}

void MarkdownActions::addWindowActions(KActionCollection *actions, const std::function<MarkdownActions *()> &current)
{
    const struct
    {
        const char *name;
        QString text;
        const char *icon;
        QKeySequence key;
        void (MarkdownActions::*slot)();
    } format[] = {
        {"format_bold", tr("&Bold"), "format-text-bold", QKeySequence::Bold, &MarkdownActions::toggleBold},
        {"format_italic", tr("&Italic"), "format-text-italic", QKeySequence::Italic, &MarkdownActions::toggleItalic},
        {"format_link", tr("&Link"), "insert-link", QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownActions::toggleLink},
        {"format_code", tr("Inline &Code"), "format-text-code", QKeySequence(Qt::CTRL | Qt::Key_QuoteLeft),
         &MarkdownActions::toggleCode},
        {"format_code_block", tr("Code &Block"), "code-context", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         &MarkdownActions::insertCodeBlock},
        // Kate's Ctrl+Shift+I unindents; Shift+Tab still does.
        {"insert_image", tr("Insert &Image…"), "insert-image", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         &MarkdownActions::requestImage},
    };
    for (const auto &f : format) {
        QAction *action = actions->addAction(QLatin1String(f.name));
        action->setText(f.text);
        action->setIcon(QIcon::fromTheme(QLatin1String(f.icon)));
        actions->setDefaultShortcut(action, f.key);
        connect(action, &QAction::triggered, action, [current, slot = f.slot] { (current()->*slot)(); });
    }
}

void MarkdownActions::releaseShortcutsOfTheView(const QList<QKeySequence> &keys)
{
    for (QAction *action : m_view->actionCollection()->actions()) {
        QList<QKeySequence> kept = action->shortcuts();
        kept.removeIf([&](const QKeySequence &key) { return keys.contains(key); });
        if (kept.size() != action->shortcuts().size())
            action->setShortcuts(kept);
    }
}

bool MarkdownActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier)
        return continueBlock();
    if (key->key() == Qt::Key_Tab && modifiers == Qt::NoModifier)
        return indentListItem(false);
    if (key->key() == Qt::Key_Backtab)
        return indentListItem(true);
    return QObject::eventFilter(watched, event);
}

bool MarkdownActions::continueBlock()
{
    if (m_view->isCompletionActive() || m_view->selection())
        return false;
    KTextEditor::Document *doc = m_view->document();
    const KTextEditor::Cursor cursor = m_view->cursorPosition();
    const QString line = doc->line(cursor.line());
    const MarkdownEditing::Continuation c = MarkdownEditing::continuationFor(line.left(cursor.column()));
    if (c.kind == MarkdownEditing::Continuation::None)
        return false;
    if (MarkdownEditing::isInsideFence(doc->textLines(KTextEditor::Range(0, 0, cursor.line(), 0)), cursor.line()))
        return false;
    KTextEditor::Document::EditingTransaction transaction(doc);
    if (c.kind == MarkdownEditing::Continuation::EndList) {
        doc->replaceText(KTextEditor::Range(cursor.line(), 0, cursor.line(), cursor.column()), c.line);
        m_view->setCursorPosition(KTextEditor::Cursor(cursor.line(), int(c.line.size())));
        return true;
    }
    doc->insertText(cursor, QStringLiteral("\n") + c.prefix);
    m_view->setCursorPosition(KTextEditor::Cursor(cursor.line() + 1, int(c.prefix.size())));
    return true;
}

bool MarkdownActions::indentListItem(bool outdent)
{
    if (m_view->isCompletionActive() || m_view->selection())
        return false;
    KTextEditor::Document *doc = m_view->document();
    const KTextEditor::Cursor cursor = m_view->cursorPosition();
    const QString line = doc->line(cursor.line());
    const std::optional<QString> changed = MarkdownEditing::indentListItem(line, outdent);
    if (!changed)
        return false;
    KTextEditor::Document::EditingTransaction transaction(doc);
    doc->replaceText(KTextEditor::Range(cursor.line(), 0, cursor.line(), int(line.size())), *changed);
    m_view->setCursorPosition(KTextEditor::Cursor(cursor.line(), qMax(0, cursor.column() + int(changed->size() - line.size()))));
    return true;
}

void MarkdownActions::toggleWrap(const QString &marker)
{
    KTextEditor::Document *doc = m_view->document();
    KTextEditor::Range range = m_view->selection() ? m_view->selectionRange()
                                                   : KTextEditor::Range(m_view->cursorPosition(), m_view->cursorPosition());
    // Across lines: the selected text as a whole is wrapped.
    const bool oneLine = range.onSingleLine();
    const QString context = oneLine ? doc->line(range.start().line()) : doc->text(range);
    const qsizetype start = oneLine ? range.start().column() : 0;
    const qsizetype end = oneLine ? range.end().column() : context.size();
    const MarkdownEditing::Wrap w = marker.isEmpty() ? MarkdownEditing::toggleLink(context, start, end)
                                                     : MarkdownEditing::toggleWrap(context, start, end, marker);
    KTextEditor::Document::EditingTransaction transaction(doc);
    if (oneLine) {
        const int line = range.start().line();
        doc->replaceText(KTextEditor::Range(line, int(w.replaceStart), line, int(w.replaceEnd)), w.text);
        const KTextEditor::Cursor selStart(line, int(w.selectionStart));
        const KTextEditor::Cursor selEnd(line, int(w.selectionStart + w.selectionLength));
        m_view->setCursorPosition(selEnd);
        m_view->setSelection(w.selectionLength > 0 ? KTextEditor::Range(selStart, selEnd) : KTextEditor::Range::invalid());
        return;
    }
    doc->replaceText(range, w.text);
}

void MarkdownActions::toggleBold()
{
    toggleWrap(QStringLiteral("**"));
}

void MarkdownActions::toggleItalic()
{
    toggleWrap(QStringLiteral("*"));
}

void MarkdownActions::toggleCode()
{
    toggleWrap(QStringLiteral("`"));
}

void MarkdownActions::toggleLink()
{
    toggleWrap(QString());
}

void MarkdownActions::insertCodeBlock()
{
    KTextEditor::Document *doc = m_view->document();
    KTextEditor::Document::EditingTransaction transaction(doc);
    if (m_view->selection()) {
        const KTextEditor::Range range = m_view->selectionRange();
        const int last = range.end().column() == 0 && range.end().line() > range.start().line() ? range.end().line() - 1
                                                                                                 : range.end().line();
        doc->insertText(KTextEditor::Cursor(last, doc->lineLength(last)), QStringLiteral("\n```"));
        doc->insertText(KTextEditor::Cursor(range.start().line(), 0), QStringLiteral("```\n"));
        m_view->setCursorPosition(KTextEditor::Cursor(range.start().line(), 3));
        m_view->removeSelection();
        return;
    }
    const KTextEditor::Cursor cursor = m_view->cursorPosition();
    const bool emptyLine = doc->line(cursor.line()).trimmed().isEmpty();
    const KTextEditor::Cursor at = emptyLine ? KTextEditor::Cursor(cursor.line(), 0)
                                             : KTextEditor::Cursor(cursor.line(), doc->lineLength(cursor.line()));
    const QString block = emptyLine ? QStringLiteral("```\n\n```") : QStringLiteral("\n\n```\n\n```");
    doc->insertText(at, block);
    // The cursor goes to the info string, to type the language.
    m_view->setCursorPosition(KTextEditor::Cursor(at.line() + (emptyLine ? 0 : 2), 3));
}

} // namespace Postwright
