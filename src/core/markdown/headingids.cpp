#include "headingids.h"

namespace Postwright {

QString HeadingIds::slug(const QString &text)
{
    QString id;
    id.reserve(text.size());
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_')
            id += c;
        else if (c == u' ')
            id += u'-';
    }
    return id;
}

QString HeadingIds::take(const QString &text)
{
    const QString base = slug(text);
    QString id = base;
    int &next = m_nextSuffix[base];
    while (id.isEmpty() || m_used.contains(id))
        id = base + u'-' + QString::number(++next);
    m_used.insert(id);
    return id;
}

QString HeadingIds::takeExplicit(const QString &id)
{
    m_used.insert(id);
    return id;
}

} // namespace Postwright
