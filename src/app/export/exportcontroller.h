#pragma once
// File > Export and Edit > Copy as HTML for the current post: asks where,
// exports through the core's Exporter, and ends with a bar over the text
// (Open, Show in Folder) instead of a dialog, so the writing goes on.

#include "markdown/markdownrenderer.h"

#include <QObject>

class KActionCollection;
class QWidget;

namespace Postwright {

class MarkdownEditor;
class Settings;

class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(Settings &settings, QWidget *window);

    // File > Export (HTML page, with embedded images, fragment, PDF) and
    // Edit > Copy as HTML, in the window's collection.
    void setUpActions(KActionCollection *actions);
    void setEditor(MarkdownEditor *editor) { m_editor = editor; }

    void exportHtml(bool embedImages, bool fragment);
    void exportPdf();
    void copyAsHtml();
    // The HTML fragment of the current post, as export writes it.
    QByteArray fragmentHtml() const;

Q_SIGNALS:
    void message(const QString &text, int timeout);

private:
    void showExported(const QString &path, const QList<RenderWarning> &warnings);

    Settings &m_settings;
    QWidget *m_window;
    MarkdownEditor *m_editor = nullptr;
};

} // namespace Postwright
