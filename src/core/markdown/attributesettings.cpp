#include "attributesettings.h"

#include "site/hugoconfig.h"
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
    const HugoConfig config = HugoConfig::read(site.rootPath());
    const QStringList parser{QStringLiteral("markup"), QStringLiteral("goldmark"), QStringLiteral("parser")};
    auto setting = [&](std::initializer_list<QString> keys) { return config.value(parser + QStringList(keys)); };
    if (const QVariant v = setting({QStringLiteral("autoHeadingID")}); v.isValid())
        settings.autoHeadingIds = v.toBool();
    const QString type = setting({QStringLiteral("autoHeadingIDType")}).toString().toLower();
    if (type == u"github-ascii")
        settings.headingIdType = HeadingIdType::GitHubAscii;
    else if (type == u"blackfriday")
        settings.headingIdType = HeadingIdType::Blackfriday;
    if (const QVariant v = setting({QStringLiteral("attribute"), QStringLiteral("title")}); v.isValid())
        settings.headingAttributes = v.toBool();
    if (const QVariant v = setting({QStringLiteral("attribute"), QStringLiteral("block")}); v.isValid())
        settings.blockAttributes = v.toBool();
    return settings;
}

} // namespace Postwright
