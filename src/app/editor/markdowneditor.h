#pragma once
// The Markdown buffer: one KTextEditor document (Kate's editor component) and
// its view. Encodings, swap files, search and spell check come from there.

#include <QObject>

namespace KTextEditor {
class Document;
class View;
} // namespace KTextEditor

class QWidget;

namespace Postwright {

class MarkdownActions;

class MarkdownEditor : public QObject
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parentWidget);

    KTextEditor::Document *document() const { return m_document; }
    KTextEditor::View *view() const { return m_view; }
    MarkdownActions *actions() const { return m_actions; }
    // No file, no text, no edits: a tab that may be reused for the next post.
    bool isPristine() const;

    bool openFile(const QString &path);
    QString filePath() const;
    QByteArray utf8Text() const;

Q_SIGNALS:
    void textChanged();

private:
    KTextEditor::Document *m_document;
    KTextEditor::View *m_view;
    MarkdownActions *m_actions;
};

} // namespace Postwright
