#pragma once
// Heading ids as Hugo makes them by default (GitHub style): lower case,
// punctuation dropped, spaces to hyphens, repeats suffixed -1, -2, ...

#include <QHash>
#include <QSet>
#include <QString>

namespace Postwright {

class HeadingIds
{
public:
    static QString slug(const QString &text);
    // A unique id for this document: the slug, or the slug with a suffix.
    QString take(const QString &text);
    // An id the author chose ({#id}); reserved as it is.
    QString takeExplicit(const QString &id);

private:
    QSet<QString> m_used;
    QHash<QString, int> m_nextSuffix; // per slug, so a thousand repeats stay linear
};

} // namespace Postwright
