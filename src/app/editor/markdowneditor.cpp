#include "markdowneditor.h"

#include "markdownactions.h"

#include <KTextEditor/Document>
#include <KTextEditor/Editor>
#include <KTextEditor/View>

#include <QUrl>
#include <QWidget>

namespace Postwright {

MarkdownEditor::MarkdownEditor(QWidget *parentWidget)
    : QObject(parentWidget)
{
    m_document = KTextEditor::Editor::instance()->createDocument(this);
    m_document->setHighlightingMode(QStringLiteral("Markdown"));
    m_view = m_document->createView(parentWidget);
    m_actions = new MarkdownActions(m_view);
    // Prose, not code: completion popups while writing are noise, and their
    // word scan of the whole post costs on every key of a long one. Ctrl+Space
    // still completes on request.
    m_view->setAutomaticInvocationEnabled(false);
    connect(m_document, &KTextEditor::Document::textChanged, this, &MarkdownEditor::textChanged);
}

bool MarkdownEditor::openFile(const QString &path)
{
    if (!m_document->openUrl(QUrl::fromLocalFile(path)))
        return false;
    // KTextEditor picks the mode from the file name; .markdown and friends too.
    if (m_document->highlightingMode() != u"Markdown")
        m_document->setHighlightingMode(QStringLiteral("Markdown"));
    Q_EMIT textChanged();
    return true;
}

bool MarkdownEditor::isPristine() const
{
    return m_document->url().isEmpty() && !m_document->isModified() && m_document->isEmpty();
}

QString MarkdownEditor::filePath() const
{
    return m_document->url().toLocalFile();
}

QByteArray MarkdownEditor::utf8Text() const
{
    return m_document->text().toUtf8();
}

} // namespace Postwright
