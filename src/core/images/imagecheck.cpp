#include "imagecheck.h"

#include "site/imageresolver.h"

namespace Postwright {

QList<ImageUse> ImageCheck::uses(const QString &text, const Site &site, const QString &postPath)
{
    const ImageResolver resolver(site, postPath);
    QList<ImageUse> uses;
    for (const FoundImageReference &reference : ImageReference::find(text))
        uses.append({reference, resolver.resolve(reference.src)});
    return uses;
}

QList<ImageProblem> ImageCheck::problems(const ImageUse &use, bool saved)
{
    QList<ImageProblem> problems;
    const auto add = [&](ImageProblem::Kind kind, const QString &message) {
        problems.append({{message, use.reference.line}, kind});
    };
    switch (use.image.status) {
    case ResolvedImage::Local:
    case ResolvedImage::Remote:
        break;
    case ResolvedImage::Missing:
        if (saved)
            add(ImageProblem::Missing, tr("image not found in the site: %1").arg(use.reference.src));
        else
            add(ImageProblem::NotSaved, tr("the post is not saved yet, so its images cannot be found"));
        break;
    case ResolvedImage::OutsideSite:
        add(ImageProblem::OutsideSite, tr("image outside the site, never read by the preview or export: %1").arg(use.reference.src));
        break;
    }
    if (use.reference.alt.trimmed().isEmpty())
        add(ImageProblem::NoAltText, tr("image without alt text: %1").arg(use.reference.src));
    return problems;
}

} // namespace Postwright
