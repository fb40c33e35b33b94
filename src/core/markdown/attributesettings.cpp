#include "attributesettings.h"

#include "site/markupsettings.h"
#include "site/site.h"

namespace Postwright {

AttributeSettings AttributeSettings::forSite(const Site &site)
{
    AttributeSettings settings;
    if (site.kind() == SiteKind::Jekyll) {
        settings.kramdown = true;
        settings.headingAttributes = false; // kramdown reads only a trailing {#id}
        return settings;
    }
    if (site.kind() != SiteKind::Hugo)
        return settings;
    // Read once with the site's other Markdown settings.
    const MarkupSettings::Parser &parser = site.markup().parser;
    settings.autoHeadingIds = parser.autoHeadingID;
    switch (parser.autoHeadingIDType) {
    case MarkupSettings::HeadingIdType::GitHubAscii: settings.headingIdType = HeadingIdType::GitHubAscii; break;
    case MarkupSettings::HeadingIdType::Blackfriday: settings.headingIdType = HeadingIdType::Blackfriday; break;
    default: settings.headingIdType = HeadingIdType::GitHub; break;
    }
    settings.headingAttributes = parser.attributeTitle;
    settings.blockAttributes = parser.attributeBlock;
    return settings;
}

} // namespace Postwright
