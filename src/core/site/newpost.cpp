#include "newpost.h"

#include "slug.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Postwright {

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QByteArray readArchetype(const Site &site)
{
    if (site.kind() != SiteKind::Hugo)
        return {};
    for (const char *name : {"posts.md", "default.md"}) {
        QFile file(site.archetypesDir() + u'/' + QLatin1String(name));
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    return {};
}

// The few template expressions archetypes use for a post's name and date.
QString fillArchetype(QString text, const QString &title, const QString &slug, const QString &date)
{
    static const QRegularExpression titled(
        QStringLiteral("\\{\\{-?[^}]*\\.(?:Name|File\\.ContentBaseName|File\\.BaseFileName|File\\.TranslationBaseName)[^}]*\\|\\s*title\\s*-?\\}\\}"));
    static const QRegularExpression name(
        QStringLiteral("\\{\\{-?\\s*\\.(?:Name|File\\.ContentBaseName|File\\.BaseFileName|File\\.TranslationBaseName)\\s*-?\\}\\}"));
    static const QRegularExpression dateExpr(QStringLiteral("\\{\\{-?\\s*\\.Date\\s*-?\\}\\}"));
    text.replace(titled, title);
    text.replace(name, slug);
    text.replace(dateExpr, date);
    return text;
}

} // namespace

NewPost NewPost::plan(const Site &site, const QString &title, const QDateTime &now, const QString &folder)
{
    const QString slug = Slug::fromTextOrPost(title);
    const QString isoDate = now.toString(Qt::ISODate);
    QString dir = folder;
    QString base = slug;
    if (site.kind() == SiteKind::Hugo) {
        const QString content = site.contentDirs().value(0);
        dir = QDir(content).exists(QStringLiteral("posts")) ? content + QStringLiteral("/posts") : content;
    } else if (site.kind() == SiteKind::Jekyll) {
        dir = site.contentDirs().value(0); // _posts
        base = now.date().toString(Qt::ISODate) + u'-' + slug;
    }
    NewPost post;
    // Never an existing file: -2, -3, ... as needed.
    post.path = QDir::cleanPath(dir + u'/' + base + QStringLiteral(".md"));
    for (int n = 2; QFileInfo::exists(post.path); ++n)
        post.path = QDir::cleanPath(dir + u'/' + base + u'-' + QString::number(n) + QStringLiteral(".md"));

    const QByteArray archetype = readArchetype(site);
    QString text;
    if (!archetype.isEmpty()) {
        text = fillArchetype(QString::fromUtf8(archetype), title, slug, isoDate);
    } else if (site.kind() == SiteKind::Jekyll) {
        // Jekyll's own date form: 2026-11-23 09:30:00 +0100
        const int offset = now.offsetFromUtc() / 60;
        const QString zone = QStringLiteral("%1%2%3").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                 .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                                 .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
        text = QStringLiteral("---\nlayout: post\ntitle: %1\ndate: %2 %3\ncategories: []\npublished: false\n---\n\n")
                   .arg(quoted(title), now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone);
    } else {
        text = QStringLiteral("---\ntitle: %1\ndate: %2\ndraft: true\ntags: []\n---\n\n").arg(quoted(title), quoted(isoDate));
    }
    post.content = text.toUtf8();
    return post;
}

} // namespace Postwright
