#pragma once
// How a site wants heading ids and attribute lists read: Hugo's
// markup.goldmark.parser settings, or kramdown's inline attribute lists on a
// Jekyll site.

#include "headingids.h"

namespace Postwright {

class Site;

struct AttributeSettings
{
    bool autoHeadingIds = true;                 // parser.autoHeadingID
    HeadingIdType headingIdType = HeadingIdType::GitHub; // parser.autoHeadingIDType
    bool headingAttributes = true;              // parser.attribute.title: ## Title {#id .class}
    bool blockAttributes = false;               // parser.attribute.block: a {.class} line after a block
    bool kramdown = false;                      // Jekyll: {: .class} lists, {::options /} and {::comment} hidden

    // Hugo's defaults, the site's settings (Site::markup()), or kramdown's
    // rules on a Jekyll site.
    static AttributeSettings forSite(const Site &site);
};

} // namespace Postwright
