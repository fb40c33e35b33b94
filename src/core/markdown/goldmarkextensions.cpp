#include "goldmarkextensions.h"

#include "site/hugoconfig.h"
#include "site/site.h"

#include <QVariant>

namespace Postwright {

GoldmarkExtensions GoldmarkExtensions::hugoDefaults()
{
    GoldmarkExtensions extensions;
    extensions.typographer.enabled = true;
    extensions.definitionList = true;
    return extensions;
}

GoldmarkExtensions GoldmarkExtensions::forSite(const Site &site)
{
    if (site.kind() != SiteKind::Hugo)
        return none();
    const HugoConfig config = HugoConfig::read(site.rootPath());
    const QStringList base{QStringLiteral("markup"), QStringLiteral("goldmark"), QStringLiteral("extensions")};
    auto value = [&](const QStringList &path) { return config.value(base + path); };
    auto flag = [&](const QStringList &path, bool fallback) {
        const QVariant v = value(path);
        return v.isValid() ? v.toBool() : fallback;
    };
    GoldmarkExtensions extensions = hugoDefaults();
    TypographerSettings &t = extensions.typographer;
    const QString typographer = QStringLiteral("typographer");
    t.enabled = !flag({typographer, QStringLiteral("disable")}, false);
    const std::pair<const char *, QByteArray *> strings[] = {
        {"leftSingleQuote", &t.leftSingleQuote}, {"rightSingleQuote", &t.rightSingleQuote},
        {"leftDoubleQuote", &t.leftDoubleQuote}, {"rightDoubleQuote", &t.rightDoubleQuote},
        {"enDash", &t.enDash},                   {"emDash", &t.emDash},
        {"ellipsis", &t.ellipsis},               {"leftAngleQuote", &t.leftAngleQuote},
        {"rightAngleQuote", &t.rightAngleQuote}, {"apostrophe", &t.apostrophe},
    };
    for (const auto &[key, target] : strings) {
        const QVariant v = value({typographer, QString::fromLatin1(key)});
        if (v.isValid())
            *target = v.toString().toUtf8();
    }
    extensions.definitionList = flag({QStringLiteral("definitionList")}, true);
    const QVariant emoji = config.value({QStringLiteral("enableEmoji")});
    extensions.emoji = emoji.isValid() && emoji.toBool();
    const QString extras = QStringLiteral("extras"), enable = QStringLiteral("enable");
    extensions.extras.mark = flag({extras, QStringLiteral("mark"), enable}, false);
    extensions.extras.insert = flag({extras, QStringLiteral("insert"), enable}, false);
    extensions.extras.superscript = flag({extras, QStringLiteral("superscript"), enable}, false);
    extensions.extras.subscript = flag({extras, QStringLiteral("subscript"), enable}, false);
    return extensions;
}

} // namespace Postwright

#include "emoji.h"
#include "inlinetext.h"
#include "typographer.h"

namespace Postwright {

void applyTextExtensions(cmark_node *document, QByteArrayView parsedText, const GoldmarkExtensions &extensions)
{
    if (!extensions.typographer.enabled && !extensions.emoji)
        return;
    const SourceLines source(parsedText);
    Typographer::readAngleQuotes(document, source, extensions.typographer);
    for (cmark_node *block : InlineText::leafBlocks(document)) {
        InlineText text(block, source);
        if (extensions.emoji)
            Emoji::replace(text);
        Typographer::apply(text, extensions.typographer);
        text.commit();
    }
}

} // namespace Postwright
