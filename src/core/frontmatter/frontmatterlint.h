#pragma once
// What a blogger would want to hear about a post's front matter before
// publishing: a missing title, a date that is not one, a published post dated
// in the future, a description too long for search results, a tag that is
// probably a typo of one the site uses, a key written twice, a block that
// does not parse. Shared by the panel and `postwright lint`.

#include "frontmatterdocument.h"
#include "problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Postwright {

class Site;

// A problem at a line of the file (no column), about a key or the block.
struct LintFinding : Problem
{
    QString key; // the key it is about, if any
};

struct LintContext
{
    bool jekyll = false; // "published: false" instead of Hugo's "draft: true"
    // How many posts use each tag, category and keyword (the post itself excluded).
    QHash<QString, int> termUses;
    QDateTime now = QDateTime::currentDateTime();
    QString postPath; // the post checked, when it has a file (withoutPost sets it)

    // The site's terms, counted over every post but excludePath.
    static LintContext forSite(const Site &site, const QString &excludePath = {});
    // The same context for checking the post at path: less its terms as they
    // are on disk (after counting the site once), and knowing its file name.
    LintContext withoutPost(const QString &path) const;
};

class FrontMatterLint
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::FrontMatterLint)
public:
    static constexpr int DescriptionLimit = 160;
    static QList<LintFinding> check(QByteArrayView text, const LintContext &context);
    static QList<LintFinding> check(const FrontMatterDocument &document, const LintContext &context);
    // Terms a post's front matter lists under tags, categories and keywords.
    static QStringList terms(const QVariantMap &values);
};

} // namespace Postwright
