#pragma once
// Where an image reference in a post points on disk: site-root paths through
// the site's static folders, relative paths against the post's folder, remote
// URLs left alone. A local file outside the site (through "..", a symlink or an
// absolute path) is refused: it is never read, copied or embedded.

#include "site.h"

#include <QString>

namespace Postwright {

struct ResolvedImage
{
    enum Status { Remote, Local, Missing, OutsideSite };
    Status status = Remote;
    QString reference; // as written in the post
    QString filePath;  // Local: the canonical path of the file
    // Local: the path below the folder it was found in ("images/x.png"), for
    // laying copies out the same way.
    QString relativePath;
};

class ImageResolver
{
public:
    ImageResolver() = default;
    ImageResolver(const Site &site, const QString &postPath);

    ResolvedImage resolve(const QString &reference) const;

private:
    bool isInsideAllowedRoot(const QString &canonicalPath) const;

    Site m_site;
    QString m_postDir;
    QStringList m_allowedRoots; // canonical
};

} // namespace Postwright
