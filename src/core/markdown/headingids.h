#pragma once
// Heading ids as Hugo's Goldmark makes them from a heading's source text, in
// the three styles of markup.goldmark.parser.autoHeadingIDType, and kept
// unique in document order as Hugo keeps them: a repeat gets -1, -2, ...

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

namespace Postwright {

enum class HeadingIdType {
    GitHub,      // Hugo's default: lower case, letters, digits, '_' and '-' kept, spaces to '-'
    GitHubAscii, // the same with accents folded and other non-ASCII dropped
    Blackfriday, // letters and numbers, every other run between them one '-'
};

class HeadingIds
{
public:
    explicit HeadingIds(HeadingIdType type = HeadingIdType::GitHub)
        : m_type(type)
    {
    }

    // The id text makes, before it is made unique; text is the heading as
    // written (Goldmark reads the source, so a link's address counts).
    static QString slug(QByteArrayView text, HeadingIdType type = HeadingIdType::GitHub);
    // A unique id for a heading: its slug ("heading" when that is empty),
    // suffixed -1, -2, ... while an earlier heading has it.
    QString take(QByteArrayView text);
    // An id the author chose ({#id}): used as written, and later ids avoid it.
    void put(const QString &id) { m_used.insert(id); }

private:
    HeadingIdType m_type;
    QSet<QString> m_used;
    QHash<QString, int> m_nextSuffix; // per slug, so a thousand repeats stay linear
};

} // namespace Postwright
