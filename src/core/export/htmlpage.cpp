#include "htmlpage.h"

#include <QFile>

namespace Postwright {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QString firstNonEmpty(const FrontMatterData &data, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = data.string(QString::fromLatin1(key));
        if (!value.isEmpty())
            return value;
        const QStringList list = data.stringList(QString::fromLatin1(key));
        if (!list.isEmpty())
            return list.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace

PageMeta PageMeta::fromFrontMatter(const FrontMatterData &data, const QString &fallbackTitle)
{
    PageMeta meta;
    meta.title = data.string(QStringLiteral("title"));
    if (meta.title.isEmpty())
        meta.title = fallbackTitle;
    meta.description = firstNonEmpty(data, {"description", "summary", "excerpt"});
    meta.author = firstNonEmpty(data, {"author", "authors"});
    meta.date = data.string(QStringLiteral("date"));
    meta.tags = data.stringList(QStringLiteral("tags"));
    meta.keywords = data.stringList(QStringLiteral("keywords"));
    return meta;
}

QByteArray HtmlPage::defaultStyleSheet()
{
    QFile file(QStringLiteral(":/postwright/export/page.css"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray HtmlPage::header(const PageMeta &meta)
{
    QByteArray html;
    html += "<h1 class=\"post-title\">" + escaped(meta.title) + "</h1>\n";
    if (!meta.date.isEmpty() || !meta.tags.isEmpty() || meta.readingMinutes > 0) {
        html += "<p class=\"post-meta\">";
        if (!meta.date.isEmpty())
            html += "<time datetime=\"" + escaped(meta.date) + "\">" + escaped(meta.date.left(10)) + "</time>";
        if (meta.readingMinutes > 0)
            html += " <span class=\"reading-time\">" + escaped(tr("%n min read", nullptr, meta.readingMinutes)) + "</span>";
        for (const QString &tag : meta.tags)
            html += " <span class=\"tag\">" + escaped(tag) + "</span>";
        html += "</p>\n";
    }
    return html;
}

QByteArray HtmlPage::standalone(const QByteArray &body, const PageMeta &meta, const QByteArray &css, const QByteArray &head)
{
    QByteArray page;
    page.reserve(body.size() + css.size() + 2048);
    page += "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"Postwright\">\n";
    page += "<title>" + escaped(meta.title) + "</title>\n";
    if (!meta.description.isEmpty())
        page += "<meta name=\"description\" content=\"" + escaped(meta.description) + "\">\n";
    if (!meta.author.isEmpty())
        page += "<meta name=\"author\" content=\"" + escaped(meta.author) + "\">\n";
    const QStringList keywords = meta.keywords.isEmpty() ? meta.tags : meta.keywords;
    if (!keywords.isEmpty())
        page += "<meta name=\"keywords\" content=\"" + escaped(keywords.join(QStringLiteral(", "))) + "\">\n";
    // A "</style" in the blog's CSS (in a comment, say) would end the element
    // and let markup follow; "<\/style" means the same to CSS.
    QByteArray style;
    const QByteArray lower = css.toLower();
    qsizetype copied = 0;
    for (qsizetype at = lower.indexOf("</style"); at >= 0; at = lower.indexOf("</style", at + 1)) {
        style.append(QByteArrayView(css).sliced(copied, at + 1 - copied)).append('\\');
        copied = at + 1;
    }
    style += QByteArrayView(css).sliced(copied);
    page += head + "<style>\n" + style + "</style>\n</head>\n<body>\n<article>\n<header>\n";
    page += header(meta);
    page += "</header>\n" + body + "</article>\n</body>\n</html>\n";
    return page;
}

} // namespace Postwright
