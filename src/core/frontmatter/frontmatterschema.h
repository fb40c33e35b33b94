#pragma once
// Which front matter fields a post of a site has, and how the panel edits
// them: a preset per site kind (Hugo, Jekyll, none), which a site can change
// with .postwright/frontmatter.yaml (fields, types, choices, required, help).

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Postwright {

class Site;

struct FrontMatterField
{
    enum Type {
        Text,      // one line
        LongText,  // description, summary: several lines, a length hint
        Date,      // date, lastmod, publishDate: a date-time editor keeping the shape
        Published, // Hugo's draft / Jekyll's published as one "Published" switch
        Bool,
        Number,
        Terms,     // tags, categories, keywords, aliases: tokens with completion
        Choice,    // layout: one of choices (editable)
        Image,     // cover, image: a path with a picker
        Slug,      // slug: with "from title"
    };
    QString key;
    QString label;   // for the user (translated for presets)
    Type type = Text;
    QStringList choices;
    bool required = false;
    QString help;
    bool inverted = false; // Published over "draft": checked means draft: false
};

class FrontMatterSchema
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::FrontMatterSchema)
public:
    QList<FrontMatterField> fields;
    QString error; // the site's schema file could not be read (the preset is used)

    const FrontMatterField *field(const QString &key) const;

    static FrontMatterSchema preset(int siteKind); // SiteKind as int: None 0, Hugo 1, Jekyll 2
    // The preset of the site's kind, changed by its .postwright/frontmatter.yaml:
    //   fields:
    //     - key: series
    //       label: Series
    //       type: choice          # text, longtext, date, bool, number, terms, choice, image, slug
    //       choices: [Basics, Advanced]
    //       required: true
    //       help: Which series the post belongs to.
    // A listed key replaces the preset's field of that key; others are added.
    static FrontMatterSchema forSite(const Site &site);
    // The text of a new post's front matter for this site kind, as keys.
    static QList<std::pair<QString, QVariant>> templateKeys(int siteKind, const QString &title);
};

} // namespace Postwright
