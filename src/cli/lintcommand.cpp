#include "lintcommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "frontmatter/frontmatterlint.h"
#include "images/imagecheck.h"
#include "site/site.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Postwright {

int LintCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("lint");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check the front matter and the images of a post, or of every post of a site."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), tr("A Markdown post or a site's folder."));
    if (const std::optional<int> finished = CommandLine::parseCommand(parser, arguments, command))
        return *finished;
    if (parser.positionalArguments().size() != 1) {
        Diagnostics::fatal(command, tr("expected one post or site; see --help"));
        return CommandLine::UsageError;
    }
    const QString path = parser.positionalArguments().first();
    const QFileInfo info(path);
    if (!info.exists()) {
        Diagnostics::fatal(command, tr("%1 does not exist").arg(path));
        return CommandLine::UsageError;
    }
    const Site site = Site::detect(path);
    QStringList posts;
    if (info.isDir()) {
        for (const PostInfo &post : site.posts())
            posts.append(post.path);
    } else {
        posts.append(info.absoluteFilePath());
    }
    int findings = 0;
    // The site's terms counted once; each post is checked against the others'.
    const LintContext siteContext = LintContext::forSite(site);
    for (const QString &post : std::as_const(posts)) {
        QFile file(post);
        if (!file.open(QIODevice::ReadOnly)) {
            Diagnostics::error(post, 0, tr("cannot read: %1").arg(file.errorString()));
            ++findings;
            continue;
        }
        const LintContext context = siteContext.withoutPost(post);
        // Paths as given: relative stays relative, for editors and CI logs.
        const QString shown = info.isDir() ? QDir(path).filePath(QDir(site.rootPath()).relativeFilePath(post))
                                           : path;
        const QByteArray text = file.readAll();
        for (const LintFinding &finding : FrontMatterLint::check(text, context)) {
            Diagnostics::warning(shown, finding);
            ++findings;
        }
        // Images: the Images dock's check (a missing file, no alt text).
        for (const ImageUse &use : ImageCheck::uses(QString::fromUtf8(text), site, post)) {
            for (const ImageProblem &problem : ImageCheck::problems(use)) {
                Diagnostics::warning(shown, problem);
                ++findings;
            }
        }
    }
    return findings ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Postwright
