#include "goldmarkextensions.h"

#include "site/markupsettings.h"
#include "site/site.h"

namespace Postwright {

GoldmarkExtensions GoldmarkExtensions::hugoDefaults()
{
    return fromMarkup(MarkupSettings::hugoDefaults());
}

GoldmarkExtensions GoldmarkExtensions::forSite(const Site &site)
{
    // Read once with the site's other Markdown settings.
    return site.kind() == SiteKind::Hugo ? fromMarkup(site.markup()) : none();
}

GoldmarkExtensions GoldmarkExtensions::fromMarkup(const MarkupSettings &markup)
{
    const MarkupSettings::Typographer &typographer = markup.extensions.typographer;
    GoldmarkExtensions extensions;
    TypographerSettings &t = extensions.typographer;
    t.enabled = typographer.enabled;
    t.leftSingleQuote = typographer.leftSingleQuote.toUtf8();
    t.rightSingleQuote = typographer.rightSingleQuote.toUtf8();
    t.leftDoubleQuote = typographer.leftDoubleQuote.toUtf8();
    t.rightDoubleQuote = typographer.rightDoubleQuote.toUtf8();
    t.enDash = typographer.enDash.toUtf8();
    t.emDash = typographer.emDash.toUtf8();
    t.ellipsis = typographer.ellipsis.toUtf8();
    t.leftAngleQuote = typographer.leftAngleQuote.toUtf8();
    t.rightAngleQuote = typographer.rightAngleQuote.toUtf8();
    t.apostrophe = typographer.apostrophe.toUtf8();
    extensions.definitionList = markup.extensions.definitionList;
    extensions.emoji = markup.enableEmoji;
    const MarkupSettings::Extras &extras = markup.extensions.extras;
    extensions.extras.mark = extras.mark;
    extensions.extras.insert = extras.insert;
    extensions.extras.superscript = extras.superscript;
    extensions.extras.subscript = extras.subscript;
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
