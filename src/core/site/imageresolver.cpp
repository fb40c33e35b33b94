#include "imageresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Postwright {

namespace {

bool hasScheme(const QString &reference)
{
    // "c:/x" is no scheme we could fetch; anything like "https:", "data:" is.
    const qsizetype colon = reference.indexOf(u':');
    if (colon < 2)
        return reference.startsWith(u"//");
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = reference.at(i);
        if (!c.isLetterOrNumber() && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

QString canonicalDir(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

ImageResolver::ImageResolver(const Site &site, const QString &postPath)
    : m_site(site)
{
    if (!postPath.isEmpty())
        m_postDir = QFileInfo(postPath).absolutePath();
    const QString root = site.kind() == SiteKind::None && !m_postDir.isEmpty() ? m_postDir : site.rootPath();
    // Both spellings: the canonical one for files that exist, the absolute one
    // for names of files that do not.
    if (const QString c = canonicalDir(root); !c.isEmpty())
        m_allowedRoots.append(c);
    if (!root.isEmpty())
        m_allowedRoots.append(QDir::cleanPath(QFileInfo(root).absoluteFilePath()));
}

bool ImageResolver::isInsideAllowedRoot(const QString &canonicalPath) const
{
    for (const QString &root : m_allowedRoots)
        if (canonicalPath.startsWith(root + u'/'))
            return true;
    return false;
}

ResolvedImage ImageResolver::resolve(const QString &reference) const
{
    ResolvedImage image;
    image.reference = reference;
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty() || hasScheme(trimmed)) {
        image.status = trimmed.isEmpty() ? ResolvedImage::Missing : ResolvedImage::Remote;
        return image;
    }
    // Query and fragment are not part of the file; %20 and friends are.
    QString path = trimmed.section(u'#', 0, 0).section(u'?', 0, 0);
    path = QUrl::fromPercentEncoding(path.toUtf8());

    QStringList candidates; // (folder, relative path) pairs, flattened
    if (path.startsWith(u'/')) {
        const QString relative = QDir::cleanPath(path.mid(1));
        if (m_site.kind() != SiteKind::None)
            for (const QString &dir : m_site.staticDirs())
                candidates << dir << relative;
    } else if (!m_postDir.isEmpty()) {
        candidates << m_postDir << QDir::cleanPath(path);
    }

    image.status = ResolvedImage::Missing;
    for (qsizetype i = 0; i + 1 < candidates.size(); i += 2) {
        const QString full = QDir::cleanPath(candidates.at(i) + u'/' + candidates.at(i + 1));
        const QFileInfo info(full);
        if (!info.exists())
            continue;
        const QString canonical = info.canonicalFilePath();
        if (!isInsideAllowedRoot(canonical)) {
            image.status = ResolvedImage::OutsideSite;
            return image;
        }
        if (!info.isFile())
            continue;
        image.status = ResolvedImage::Local;
        image.filePath = canonical;
        image.relativePath = candidates.at(i + 1);
        return image;
    }
    // A name that climbs out of the site is refused even when nothing is there.
    for (qsizetype i = 0; i + 1 < candidates.size(); i += 2)
        if (!isInsideAllowedRoot(QDir::cleanPath(candidates.at(i) + u'/' + candidates.at(i + 1))))
            image.status = ResolvedImage::OutsideSite;
    return image;
}

} // namespace Postwright
