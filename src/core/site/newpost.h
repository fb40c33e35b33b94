#pragma once
// Where a new post goes and what it starts with: the site's archetype (Hugo)
// or a front matter template for the site kind, a file name made from the
// title, and never a file that already exists.

#include "site.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Postwright {

class NewPost
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::NewPost)
public:
    QString path;       // absolute, not existing yet
    QByteArray content; // front matter and an empty body

    // folder: where to put it when the site has no posts folder (the folder
    // of the post open now).
    static NewPost plan(const Site &site, const QString &title, const QDateTime &now, const QString &folder);
};

} // namespace Postwright
