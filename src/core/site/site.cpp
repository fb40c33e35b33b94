#include "site.h"

#include "document/postfile.h"
#include "hugoconfig.h"
#include "frontmatter/frontmatterreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Postwright {

namespace {

QString findJekyllConfig(const QDir &dir)
{
    for (const QString &name : {QStringLiteral("_config.yml"), QStringLiteral("_config.yaml")})
        if (dir.exists(name))
            return dir.filePath(name);
    return {};
}

} // namespace

QString siteKindName(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hugo:
        return QStringLiteral("hugo");
    case SiteKind::Jekyll:
        return QStringLiteral("jekyll");
    case SiteKind::None:
        break;
    }
    return QStringLiteral("none");
}

Site Site::detect(const QString &path)
{
    QFileInfo start(path);
    QDir dir = start.isDir() ? QDir(start.absoluteFilePath()) : start.absoluteDir();
    const QDir first = dir;
    Site site;
    do {
        if (const HugoConfig config = HugoConfig::read(dir.absolutePath()); !config.path().isEmpty()) {
            site.m_kind = SiteKind::Hugo;
            site.m_root = dir.absolutePath();
            site.m_config = config.path();
            for (const QString &d : config.contentDirs())
                site.m_contentDirs.append(QDir::cleanPath(dir.absoluteFilePath(d)));
            for (const QString &d : config.staticDirs())
                site.m_staticDirs.append(QDir::cleanPath(dir.absoluteFilePath(d)));
            site.m_staticDirs.append(dir.absoluteFilePath(QStringLiteral("assets")));
            site.m_archetypesDir = dir.absoluteFilePath(QStringLiteral("archetypes"));
            site.m_markup = MarkupSettings::fromHugoConfig(config);
            site.readLayouts();
            return site;
        }
        if (QString config = findJekyllConfig(dir); !config.isEmpty()) {
            site.m_kind = SiteKind::Jekyll;
            site.m_root = dir.absolutePath();
            site.m_config = config;
            site.m_contentDirs = {dir.absoluteFilePath(QStringLiteral("_posts")),
                                  dir.absoluteFilePath(QStringLiteral("_drafts"))};
            site.m_staticDirs = {dir.absolutePath()};
            site.m_markup = MarkupSettings::jekyllDefaults();
            site.readLayouts();
            return site;
        }
    } while (dir.cdUp());
    site.m_root = first.absolutePath();
    site.m_contentDirs = {site.m_root};
    site.m_staticDirs = {site.m_root};
    return site;
}

void Site::readLayouts()
{
    // The site's own layouts and those of its themes.
    QStringList layoutRoots;
    if (m_kind == SiteKind::Hugo) {
        layoutRoots << m_root + QStringLiteral("/layouts");
        const QDir themes(m_root + QStringLiteral("/themes"));
        for (const QString &theme : themes.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            layoutRoots << themes.filePath(theme) + QStringLiteral("/layouts");
        for (const QString &root : layoutRoots)
            for (const char *sub : {"/shortcodes", "/_shortcodes"})
                for (const QFileInfo &info : QDir(root + QLatin1String(sub)).entryInfoList({QStringLiteral("*.html")}, QDir::Files))
                    m_shortcodes.append(info.completeBaseName().section(u'.', 0, 0));
        for (const QString &root : layoutRoots)
            for (const char *sub : {"/_default/_markup", "/_markup"})
                m_blockquoteHook = m_blockquoteHook
                                   || !QDir(root + QLatin1String(sub)).entryList({QStringLiteral("render-blockquote*.html")}, QDir::Files).isEmpty();
        for (const QString &root : layoutRoots)
            for (const QFileInfo &info : QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
                if (!info.fileName().startsWith(u'_') && info.fileName() != u"shortcodes" && info.fileName() != u"partials")
                    m_layouts.append(info.fileName());
    } else if (m_kind == SiteKind::Jekyll) {
        for (const QFileInfo &info : QDir(m_root + QStringLiteral("/_layouts")).entryInfoList({QStringLiteral("*.html")}, QDir::Files))
            m_layouts.append(info.completeBaseName());
        for (const QFileInfo &info : QDir(m_root + QStringLiteral("/_includes")).entryInfoList(QDir::Files))
            m_shortcodes.append(info.fileName());
    }
    m_shortcodes.removeDuplicates();
    m_layouts.removeDuplicates();
    m_layouts.sort();
}

QString Site::newestPostIn(const QString &folder)
{
    const QList<PostInfo> posts = detect(folder).posts();
    return posts.isEmpty() ? QString() : posts.first().path;
}

QList<PostInfo> Site::posts() const
{
    QList<PostInfo> posts;
    QHash<QString, bool> seen; // a language's folder may sit inside the default one: a file is one post
    for (const QString &contentDir : m_contentDirs) {
        const auto flags = m_kind == SiteKind::None ? QDirIterator::NoIteratorFlags
                                                    : QDirIterator::Subdirectories;
        QDirIterator it(contentDir, QDir::Files | QDir::Readable, flags);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            if (!PostFile::isMarkdownName(info.fileName()) || info.fileName().startsWith(u"_index.")
                || std::exchange(seen[info.absoluteFilePath()], true))
                continue;
            if (std::optional<PostInfo> post = readPostInfo(info.absoluteFilePath()))
                posts.append(std::move(*post));
        }
    }
    std::sort(posts.begin(), posts.end(), [](const PostInfo &a, const PostInfo &b) {
        return a.date != b.date ? a.date > b.date : a.path < b.path;
    });
    return posts;
}

std::optional<PostInfo> readPostInfo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Front matter sits at the top; 256 KiB is far more than any real block,
    // and enough to tell text from a binary file (git looks at 8000 bytes).
    QByteArray head = file.read(256 * 1024);
    const bool whole = file.atEnd();
    const FileVerdict verdict = whole ? PostFile::inspectBytes(head) : PostFile::inspectStart(head);
    // A picture or archive with a Markdown name is no post. Damaged text is
    // one, with the reason the editor will not open it.
    if (verdict.kind == FileVerdict::Binary)
        return std::nullopt;
    FrontMatterData data = readFrontMatter(head);
    if (!whole && data.block.notice == FrontMatterNotice::Unclosed) {
        // The block may close after the bytes read: only the whole file says.
        head += file.readAll();
        data = readFrontMatter(head);
    }

    PostInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.title = data.string(QStringLiteral("title"));
    info.date = data.string(QStringLiteral("date"));
    if (data.values.contains(QStringLiteral("draft")))
        info.draft = data.values.value(QStringLiteral("draft")).toBool();
    else if (data.values.contains(QStringLiteral("published")))
        info.draft = !data.values.value(QStringLiteral("published")).toBool();
    QVariantMap build = data.values.value(QStringLiteral("build")).toMap();
    if (build.isEmpty())
        build = data.values.value(QStringLiteral("_build")).toMap();
    const QVariant render = build.value(QStringLiteral("render"));
    info.rendered = !(render.toString() == u"never" || render.toString() == u"false")
        && !data.values.value(QStringLiteral("headless")).toBool();
    // The rules are the reader's and the block's own (what Hugo refuses), as
    // the Front Matter dock and lint report them.
    if (!verdict.canOpen())
        info.problem = verdict.message;
    else if (const QString notice = data.block.noticeText(); !notice.isEmpty())
        info.problem = notice;
    else if (data.error)
        info.problem = QCoreApplication::translate("Postwright::Site", "Line %1: the front matter does not parse: %2")
                           .arg(QString::number(data.error->line), data.error->message);
    const QString baseName = QFileInfo(path).completeBaseName();
    // Jekyll names posts YYYY-MM-DD-title.md and takes the date from there.
    static const QRegularExpression datedName(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})-"));
    if (const auto match = datedName.match(baseName); info.date.isEmpty() && match.hasMatch())
        info.date = match.captured(1);
    if (info.title.isEmpty())
        info.title = baseName;
    return info;
}

} // namespace Postwright
