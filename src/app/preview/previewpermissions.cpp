#include "previewpermissions.h"

#include <QSettings>
#include <QStandardPaths>

namespace Postwright {

namespace {

const QString Key = QStringLiteral("preview/webContentSites");

// The file Settings uses (under the config folder, so test mode moves it);
// a key of its own, so neither class overwrites the other's.
QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/postwright.conf");
}

} // namespace

bool PreviewPermissions::webContentAllowed(const QString &site)
{
    return !site.isEmpty() && QSettings(settingsFile(), QSettings::IniFormat).value(Key).toStringList().contains(site);
}

void PreviewPermissions::setWebContentAllowed(const QString &site, bool allowed)
{
    if (site.isEmpty())
        return;
    QSettings s(settingsFile(), QSettings::IniFormat);
    QStringList sites = s.value(Key).toStringList();
    sites.removeAll(site);
    if (allowed)
        sites.append(site);
    s.setValue(Key, sites);
}

} // namespace Postwright
