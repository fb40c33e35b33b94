#include "highlightcache.h"

namespace Postwright {

QByteArray HighlightCache::key(const QString &lightTheme, const QString &darkTheme, QByteArrayView info, QByteArrayView code)
{
    // The separator cannot occur in a theme name or a one-line info string.
    QByteArray key = lightTheme.toUtf8();
    key += '\n';
    key += darkTheme.toUtf8();
    key.reserve(key.size() + info.size() + code.size() + 2);
    key += '\n';
    key += info;
    key += '\n';
    key += code;
    return key;
}

std::optional<QByteArray> HighlightCache::find(const QByteArray &key)
{
    const QMutexLocker locker(&m_mutex);
    if (const auto it = m_current.constFind(key); it != m_current.constEnd())
        return *it;
    if (const auto it = m_previous.constFind(key); it != m_previous.constEnd()) {
        const QByteArray html = *it;
        m_current.insert(key, html);
        return html;
    }
    return std::nullopt;
}

void HighlightCache::insert(const QByteArray &key, const QByteArray &html)
{
    const QMutexLocker locker(&m_mutex);
    m_current.insert(key, html);
}

void HighlightCache::endRender()
{
    const QMutexLocker locker(&m_mutex);
    m_previous = std::exchange(m_current, {});
}

qsizetype HighlightCache::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_current.size() + m_previous.size();
}

} // namespace Postwright
