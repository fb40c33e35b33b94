#pragma once
// What is wrong with a post's images, for the Images dock and for
// `postwright lint` alike: a file that is missing or lies outside the site
// (the preview and export never read it), and an image without alt text.

#include "markdown/markdownrenderer.h"
#include "problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Postwright {

// A problem at the line of the image's reference, and what kind it is.
struct ImageProblem : Problem
{
    enum Kind { Missing, OutsideSite, NotSaved, NoAltText };
    Kind kind = Missing;

    bool broken() const { return kind != NoAltText; }
};

class ImageCheck
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ImageCheck)
public:
    // The image references of text (the post at postPath, of site) and the
    // files they find, as the renderer lists them (RenderResult::images).
    static QList<ImageUse> uses(const QString &text, const Site &site, const QString &postPath);
    // What is wrong with one use: its file first, then its alt text. saved:
    // whether the post has a file yet (relative images of an unsaved post
    // cannot be found).
    static QList<ImageProblem> problems(const ImageUse &use, bool saved = true);
};

} // namespace Postwright
