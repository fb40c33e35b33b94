#pragma once
// Every setting the editor keeps, with types, over QSettings. Tests point it
// at a temporary folder with QStandardPaths::setTestModeEnabled(true).

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Postwright {

class Settings
{
public:
    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    Qt::Orientation previewOrientation() const;
    void setPreviewOrientation(Qt::Orientation orientation);
    bool previewVisible() const;
    void setPreviewVisible(bool visible);
    // The post's title, date and tags above the preview's body.
    bool previewShowsHeader() const;
    void setPreviewShowsHeader(bool shown);

    // The preview's text size in percent of the page's own (Settings >
    // Configure Postwright > Preview).
    int previewZoom() const;
    void setPreviewZoom(int percent);
    // PDF export: the page size ("A4", "Letter"; empty: the locale's) and
    // the margins in millimetres.
    QString pdfPageSize() const;
    void setPdfPageSize(const QString &size);
    int pdfMargins() const;
    void setPdfMargins(int millimetres);

    // The blog theme's stylesheet over the preview; empty for none.
    QString previewStyleSheet() const;
    void setPreviewStyleSheet(const QString &path);

    // Whether images dropped on the post open the Insert Image dialog first,
    // instead of going in at once.
    bool askBeforeInsertingDroppedImages() const;
    void setAskBeforeInsertingDroppedImages(bool ask);

    // Spell checking while typing (Tools > Spelling > Automatic Spell
    // Checking): on until the user turns it off, then off for every post
    // opened after.
    bool spellCheckWhileTyping() const;
    void setSpellCheckWhileTyping(bool on);

    // The files open when the editor last closed, reopened on the next start.
    QStringList openFiles() const;
    void setOpenFiles(const QStringList &files);
    QString currentFile() const;
    void setCurrentFile(const QString &file);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    QStringList recentSites() const;
    void addRecentSite(const QString &path);

    static constexpr int RecentLimit = 10;

private:
    void addRecent(const QString &key, const QString &path);

    mutable QSettings m_settings;
};

} // namespace Postwright
