#pragma once
// Which sites the reader allowed to show web content in the preview (iframes
// from the web: videos, embeds), remembered by site folder in the app's
// settings file.

#include <QString>

namespace Postwright {

class PreviewPermissions
{
public:
    // site: the site's folder (canonical); "" is never allowed.
    static bool webContentAllowed(const QString &site);
    static void setWebContentAllowed(const QString &site, bool allowed);
};

} // namespace Postwright
