#pragma once
// What the post list shows of one post, read from its front matter.

#include <QString>

namespace Postwright {

struct PostInfo
{
    QString path;  // absolute
    QString title; // front matter title, else the file name
    QString date;  // as written in the front matter ("2021-04-11", ...), may be empty
    bool draft = false;
    // False when Hugo makes no page of it: build.render (or the older
    // _build.render) "never" or false, or a headless bundle.
    bool rendered = true;
    // Why the post cannot be published or opened as it is (its front matter
    // does not parse, its bytes are not valid UTF-8), for a warning beside
    // it; empty when nothing is wrong. Such a post is still listed: it is
    // the one the writer needs to find.
    QString problem;
};

} // namespace Postwright
