#include "settings.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Postwright {

namespace {
// Under the app's config folder, so test mode moves it with everything else.
QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/postwright.conf");
}
} // namespace

Settings::Settings()
    : m_settings(settingsFile(), QSettings::IniFormat)
{
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(QStringLiteral("window/splitter")).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter"), state);
}

bool Settings::spellCheckWhileTyping() const
{
    return m_settings.value(QStringLiteral("editor/spellCheckWhileTyping"), true).toBool();
}

void Settings::setSpellCheckWhileTyping(bool on)
{
    m_settings.setValue(QStringLiteral("editor/spellCheckWhileTyping"), on);
}

bool Settings::askBeforeInsertingDroppedImages() const
{
    return m_settings.value(QStringLiteral("images/askOnDrop"), false).toBool();
}

void Settings::setAskBeforeInsertingDroppedImages(bool ask)
{
    m_settings.setValue(QStringLiteral("images/askOnDrop"), ask);
}

Qt::Orientation Settings::previewOrientation() const
{
    return m_settings.value(QStringLiteral("preview/below"), false).toBool() ? Qt::Vertical : Qt::Horizontal;
}

void Settings::setPreviewOrientation(Qt::Orientation orientation)
{
    m_settings.setValue(QStringLiteral("preview/below"), orientation == Qt::Vertical);
}

bool Settings::previewVisible() const
{
    return m_settings.value(QStringLiteral("preview/visible"), true).toBool();
}

void Settings::setPreviewVisible(bool visible)
{
    m_settings.setValue(QStringLiteral("preview/visible"), visible);
}

int Settings::previewZoom() const
{
    return qBound(50, m_settings.value(QStringLiteral("preview/zoom"), 100).toInt(), 300);
}

void Settings::setPreviewZoom(int percent)
{
    m_settings.setValue(QStringLiteral("preview/zoom"), percent);
}

QString Settings::pdfPageSize() const
{
    return m_settings.value(QStringLiteral("export/pdfPageSize")).toString();
}

void Settings::setPdfPageSize(const QString &size)
{
    m_settings.setValue(QStringLiteral("export/pdfPageSize"), size);
}

int Settings::pdfMargins() const
{
    return qBound(0, m_settings.value(QStringLiteral("export/pdfMargins"), 15).toInt(), 50);
}

void Settings::setPdfMargins(int millimetres)
{
    m_settings.setValue(QStringLiteral("export/pdfMargins"), millimetres);
}

bool Settings::previewShowsHeader() const
{
    return m_settings.value(QStringLiteral("preview/header"), true).toBool();
}

void Settings::setPreviewShowsHeader(bool shown)
{
    m_settings.setValue(QStringLiteral("preview/header"), shown);
}

QString Settings::previewStyleSheet() const
{
    return m_settings.value(QStringLiteral("preview/styleSheet")).toString();
}

void Settings::setPreviewStyleSheet(const QString &path)
{
    m_settings.setValue(QStringLiteral("preview/styleSheet"), path);
}

QStringList Settings::openFiles() const
{
    return m_settings.value(QStringLiteral("session/openFiles")).toStringList();
}

void Settings::setOpenFiles(const QStringList &files)
{
    m_settings.setValue(QStringLiteral("session/openFiles"), files);
}

QString Settings::currentFile() const
{
    return m_settings.value(QStringLiteral("session/currentFile")).toString();
}

void Settings::setCurrentFile(const QString &file)
{
    m_settings.setValue(QStringLiteral("session/currentFile"), file);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(QStringLiteral("recent/files")).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    addRecent(QStringLiteral("recent/files"), path);
}

QStringList Settings::recentSites() const
{
    return m_settings.value(QStringLiteral("recent/sites")).toStringList();
}

void Settings::addRecentSite(const QString &path)
{
    addRecent(QStringLiteral("recent/sites"), path);
}

void Settings::addRecent(const QString &key, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = m_settings.value(key).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > RecentLimit)
        list.removeLast();
    m_settings.setValue(key, list);
}

} // namespace Postwright
