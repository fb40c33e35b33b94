#include "imageplacement.h"

#include "images/pathtext.h"

#include "document/atomicwriter.h"
#include "frontmatter/frontmatterreader.h"
#include "site/site.h"
#include "site/slug.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace Postwright {

namespace {

const QLatin1StringView SettingsFile(".postwright/images.yaml");

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// path made absolute against base when it is relative, and cleaned.
QString absoluteIn(const QString &base, const QString &path)
{
    return QDir::cleanPath(QDir::isAbsolutePath(path) ? path : QDir(base).absoluteFilePath(path));
}

// path (absolute, cleaned) with its existing part resolved through links and
// the part that does not exist yet appended as it is. Cleaning first matters:
// what is left has no "..", so nothing after the existing part can climb.
// Empty when an existing part is a dangling link (it leads nowhere we know).
QString resolveExisting(const QString &path)
{
    QString existing = QDir::cleanPath(path);
    QStringList missing;
    while (true) {
        const QFileInfo info(existing);
        if (info.exists() || info.isSymLink()) {
            const QString canonical = info.canonicalFilePath();
            if (canonical.isEmpty())
                return {};
            missing.prepend(canonical);
            return QDir::cleanPath(missing.join(u'/'));
        }
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash < 0)
            return {};
        missing.prepend(existing.mid(slash + 1));
        existing = slash == 0 ? QStringLiteral("/") : existing.left(slash);
    }
}




// Hugo takes index.md (or index.<lang>.md) in a folder of its own as a leaf
// bundle; _index.md is a section's list page.
bool isBundleIndex(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^index(\\.[A-Za-z]{2,3}([-_][A-Za-z0-9]+)?)?\\.(md|markdown|mdown|mkd|mkdn)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(fileName).hasMatch();
}

const QRegularExpression &jekyllDatePrefix()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})-"));
    return pattern;
}

// One segment of a link, percent-encoded where a Markdown link or the
// preview's resolver would misread it (spaces, brackets, "%", ":", "#", "?").
QString encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment, QByteArrayLiteral("!$&*+,;=@")));
}

QString encodePath(const QString &path)
{
    QStringList segments = path.split(u'/');
    for (QString &segment : segments)
        segment = encodeSegment(segment);
    return segments.join(u'/');
}

struct ImageSettings
{
    QString folder;
    QString style;
    QString cssClass;
    QString templateText;
    bool hasStyle = false;
    QString error;
};

QString scalar(const YAML::Node &node)
{
    // A key that is not there reads as an invalid node, which throws when asked its type.
    return node && node.IsScalar() ? fromStd(node.Scalar()) : QString();
}

ImageSettings readSettings(const QString &path)
{
    ImageSettings settings;
    QFile file(path);
    if (!file.exists())
        return settings;
    if (!file.open(QIODevice::ReadOnly)) {
        settings.error = ImagePlacement::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return settings;
    }
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        if (root.IsNull())
            return settings;
        if (!root.IsMap()) {
            settings.error = ImagePlacement::tr("%1 holds no settings (folder, style, class, template).").arg(QDir::toNativeSeparators(path));
            return settings;
        }
        for (const char *key : {"folder", "style", "class", "template"}) {
            const YAML::Node node = root[key];
            if (node && !node.IsNull() && !node.IsScalar())
                settings.error = ImagePlacement::tr("%1: %2 must be a single value.").arg(QDir::toNativeSeparators(path), QLatin1StringView(key));
        }
        settings.folder = scalar(root["folder"]).trimmed();
        settings.style = scalar(root["style"]).trimmed();
        settings.hasStyle = !settings.style.isEmpty();
        settings.cssClass = scalar(root["class"]).trimmed();
        settings.templateText = scalar(root["template"]);
    } catch (const YAML::Exception &e) {
        settings = {};
        settings.error = ImagePlacement::tr("%1, line %2: %3").arg(QDir::toNativeSeparators(path)).arg(e.mark.line + 1).arg(fromStd(e.msg));
    }
    return settings;
}

void addError(QString &errors, const QString &error)
{
    if (error.isEmpty())
        return;
    if (!errors.isEmpty())
        errors += u'\n';
    errors += error;
}

// The top-level "key: value" line of a YAML file, its trailing comment apart.
QRegularExpression topLevelLine(const QString &key)
{
    return QRegularExpression(QStringLiteral("^%1[ \\t]*:(?:[ \\t]*(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^#\\r\\n]*?))?([ \\t]+#[^\\r\\n]*)?[ \\t]*(\\r?)$")
                                  .arg(QRegularExpression::escape(key)));
}

QString yamlScalar(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_ .-]*$"));
    if (plain.match(value).hasMatch() && !value.endsWith(u' '))
        return value;
    QString quoted = value;
    quoted.replace(u'\\', QLatin1StringView("\\\\")).replace(u'"', QLatin1StringView("\\\""));
    return u'"' + quoted + u'"';
}

// text with its top-level key line set to "key: value" (kept comment and line
// end), or the line added at the end.
QString setTopLevel(const QString &text, const QString &key, const QString &value)
{
    const QString line = key + QLatin1StringView(": ") + yamlScalar(value);
    QStringList lines = text.split(u'\n');
    const QRegularExpression pattern = topLevelLine(key);
    for (QString &existing : lines) {
        const QRegularExpressionMatch match = pattern.match(existing);
        if (match.hasMatch()) {
            existing = line + match.captured(1) + match.captured(2);
            return lines.join(u'\n');
        }
    }
    const bool crlf = text.contains(QLatin1StringView("\r\n"));
    QString result = text;
    if (!result.isEmpty() && !result.endsWith(u'\n'))
        result += crlf ? QLatin1StringView("\r\n") : QLatin1StringView("\n");
    return result + line + (crlf ? QLatin1StringView("\r\n") : QLatin1StringView("\n"));
}

} // namespace

ImagePlacement ImagePlacement::forPost(const Site &site, const QString &postPath, const QByteArray &postText)
{
    ImagePlacement placement;
    placement.site = site;
    const QString post = postPath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(postPath).absoluteFilePath());
    const QString postDir = post.isEmpty() ? QString() : QFileInfo(post).absolutePath();
    // Site::detect roots a loose post at its folder; so does the preview.
    const QString root = site.kind() == SiteKind::None && !postDir.isEmpty() ? postDir : site.rootPath();
    if (root.isEmpty())
        return placement;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    placement.siteRoot = canonicalRoot.isEmpty() ? QDir::cleanPath(QFileInfo(root).absoluteFilePath()) : canonicalRoot;
    // The site's paths in the spelling of the canonical root.
    const auto inRoot = [&](const QString &absolute) {
        const QString relative = QDir(root).relativeFilePath(absolute);
        return relative.startsWith(QLatin1StringView("..")) ? QDir::cleanPath(absolute) : absoluteIn(placement.siteRoot, relative);
    };

    placement.style = ImageReference::defaultStyle(site.kind());
    const QString settingsFile = settingsPath(placement.siteRoot);
    const ImageSettings settings = readSettings(settingsFile);
    addError(placement.error, settings.error);
    if (settings.hasStyle) {
        const std::optional<ImageReferenceStyle> style = imageReferenceStyleFromName(settings.style);
        if (!style)
            addError(placement.error, tr("%1: unknown image style “%2”; use markdown, html, figure or template.")
                                          .arg(QDir::toNativeSeparators(settingsFile), settings.style));
        else if (*style == ImageReferenceStyle::Template && settings.templateText.trimmed().isEmpty())
            addError(placement.error, tr("%1: the template style needs a template.").arg(QDir::toNativeSeparators(settingsFile)));
        else
            placement.style = *style;
    }
    placement.cssClass = settings.cssClass;
    placement.templateText = settings.templateText;

    if (post.isEmpty())
        return placement;
    placement.postPath = inRoot(post);
    const QString placedPostDir = QFileInfo(placement.postPath).absolutePath();

    if (site.kind() == SiteKind::Hugo && isBundleIndex(QFileInfo(post).fileName())) {
        const QString resolvedDir = resolveExisting(postDir);
        for (const QString &contentDir : site.contentDirs()) {
            const QString resolvedContent = resolveExisting(contentDir);
            if (resolvedDir != resolvedContent && PathText::isSameOrBelow(resolvedDir, resolvedContent))
                placement.pageBundle = true;
        }
    }

    const FrontMatterData frontMatter = readFrontMatter(postText);
    const QString baseName = QFileInfo(post).completeBaseName();
    QString slug = frontMatter.string(QStringLiteral("slug")).trimmed();
    if (slug.isEmpty()) {
        slug = placement.pageBundle ? QFileInfo(postDir).fileName() : baseName;
        if (site.kind() == SiteKind::Jekyll)
            slug.remove(jekyllDatePrefix());
    }
    placement.slug = Slug::fromTextOrPost(slug);

    static const QRegularExpression yearMonth(QStringLiteral("^\\s*(\\d{4})-(\\d{2})"));
    QString year, month;
    if (const QRegularExpressionMatch match = yearMonth.match(frontMatter.string(QStringLiteral("date"))); match.hasMatch()) {
        year = match.captured(1);
        month = match.captured(2);
    } else if (const QRegularExpressionMatch named = jekyllDatePrefix().match(baseName);
               site.kind() == SiteKind::Jekyll && named.hasMatch()) {
        year = named.captured(1);
        month = named.captured(2);
    } else {
        const QDate today = QDate::currentDate();
        year = QString::number(today.year());
        month = QStringLiteral("%1").arg(today.month(), 2, 10, QLatin1Char('0'));
    }

    QString defaultFolder;
    if (placement.pageBundle)
        defaultFolder = placedPostDir;
    else if (site.kind() == SiteKind::Hugo && !site.staticDirs().isEmpty())
        defaultFolder = inRoot(site.staticDirs().constFirst()) + QLatin1StringView("/images/") + placement.slug;
    else if (site.kind() == SiteKind::Jekyll)
        defaultFolder = placement.siteRoot + QLatin1StringView("/assets/images/") + placement.slug;
    else
        defaultFolder = placedPostDir + QLatin1StringView("/images");
    placement.folder = defaultFolder;

    // A bundle's images belong beside its index.md: that is what makes it a
    // bundle, so the site's folder pattern is for the other posts.
    if (!settings.folder.isEmpty() && !placement.pageBundle) {
        QString pattern = settings.folder;
        pattern.replace(QLatin1StringView("{slug}"), placement.slug)
            .replace(QLatin1StringView("{year}"), year)
            .replace(QLatin1StringView("{month}"), month);
        const QString candidate = absoluteIn(placement.siteRoot, pattern);
        if (placement.isInsideSite(candidate))
            placement.folder = candidate;
        else
            addError(placement.error, tr("%1: the image folder “%2” is outside the site; images go to %3 instead.")
                                          .arg(QDir::toNativeSeparators(settingsFile), settings.folder,
                                               QDir::toNativeSeparators(defaultFolder)));
    }
    return placement;
}

QString ImagePlacement::linkFor(const QString &storedPath, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (siteRoot.isEmpty())
        return fail(unsavedPostMessage());
    const QString absolute = absoluteIn(siteRoot, storedPath);
    const QString resolved = resolveExisting(absolute);
    const QString root = resolveExisting(siteRoot);
    if (resolved == root || !PathText::isSameOrBelow(resolved, root))
        return fail(tr("%1 is outside the site %2.").arg(QDir::toNativeSeparators(absolute), QDir::toNativeSeparators(siteRoot)));

    const QString postDir = postPath.isEmpty() ? QString() : resolveExisting(QFileInfo(postPath).absolutePath());

    if (site.kind() == SiteKind::Jekyll) {
        // Jekyll copies every file of the site as it is, except those in
        // folders (or with names) starting with "_" or ".".
        const QString relative = QDir(root).relativeFilePath(resolved);
        for (const QString &part : relative.split(u'/'))
            if (part.startsWith(u'_') || part.startsWith(u'.'))
                return fail(tr("Jekyll does not publish %1: a name in its path starts with “_” or “.”.")
                                .arg(QDir::toNativeSeparators(relative)));
        return u'/' + encodePath(relative);
    }

    if (!postDir.isEmpty() && PathText::isSameOrBelow(resolved, postDir))
        return encodePath(QDir(postDir).relativeFilePath(resolved));

    if (site.kind() == SiteKind::Hugo) {
        const QString assets = resolveExisting(site.rootPath() + QLatin1StringView("/assets"));
        for (const QString &dir : site.staticDirs()) {
            const QString resolvedDir = resolveExisting(dir);
            if (resolvedDir == assets || !PathText::isSameOrBelow(resolved, resolvedDir) || resolved == resolvedDir)
                continue;
            return u'/' + encodePath(QDir(resolvedDir).relativeFilePath(resolved));
        }
        if (PathText::isSameOrBelow(resolved, assets))
            return fail(tr("Hugo does not publish the files in assets/ as they are: choose a folder in static/, or beside a page bundle's index.md."));
        return fail(tr("Hugo does not publish %1: images go in static/, or beside a page bundle's index.md.")
                        .arg(QDir::toNativeSeparators(QDir(root).relativeFilePath(resolved))));
    }
    return fail(tr("%1 is not beside the post, so the post cannot link it.").arg(QDir::toNativeSeparators(absolute)));
}

bool ImagePlacement::isInsideSite(const QString &folder) const
{
    if (siteRoot.isEmpty() || folder.isEmpty())
        return false;
    const QString root = resolveExisting(siteRoot);
    return PathText::isSameOrBelow(resolveExisting(absoluteIn(siteRoot, folder)), root);
}

QString ImagePlacement::unsavedPostMessage()
{
    return tr("Save the post first: its images are stored next to it, in its site.");
}

QString ImagePlacement::settingsPath(const QString &siteRoot)
{
    return siteRoot.isEmpty() ? QString() : QDir(siteRoot).filePath(SettingsFile);
}

bool ImagePlacement::rememberStyle(const QString &siteRoot, ImageReferenceStyle style, const QString &cssClass, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (siteRoot.isEmpty() || !QFileInfo(siteRoot).isDir())
        return fail(tr("There is no site to remember the image style for."));
    const QString path = settingsPath(siteRoot);
    QString text;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        text = QString::fromUtf8(file.readAll());
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QString updated = setTopLevel(text, QStringLiteral("style"), imageReferenceStyleName(style));
    if (!cssClass.trimmed().isEmpty())
        updated = setTopLevel(updated, QStringLiteral("class"), cssClass.trimmed());

    // Only write what reads back as the choice just made.
    try {
        const YAML::Node root = YAML::Load(updated.toStdString());
        if (!root.IsMap() || !root["style"] || fromStd(root["style"].as<std::string>()) != imageReferenceStyleName(style))
            return fail(tr("%1 is not a plain list of settings; add “style: %2” to it by hand.")
                            .arg(QDir::toNativeSeparators(path), imageReferenceStyleName(style)));
    } catch (const YAML::Exception &e) {
        return fail(tr("%1, line %2: %3").arg(QDir::toNativeSeparators(path)).arg(e.mark.line + 1).arg(fromStd(e.msg)));
    }

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    if (const Result<> written = AtomicWriter::write(path, updated.toUtf8()); !written)
        return fail(written.problem().message);
    return true;
}

} // namespace Postwright
