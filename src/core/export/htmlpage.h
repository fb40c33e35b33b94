#pragma once
// Wraps a rendered body into a standalone HTML5 page: title, meta tags from the
// front matter, a header with title, date and tags, and a readable stylesheet.

#include "frontmatter/frontmatterreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Postwright {

struct PageMeta
{
    QString title;
    QString description;
    QString author;
    QString date;
    QStringList tags;
    QStringList keywords;
    int readingMinutes = 0;

    static PageMeta fromFrontMatter(const FrontMatterData &data, const QString &fallbackTitle);
};

class HtmlPage
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::HtmlPage)
public:
    // The stylesheet every standalone page carries unless the user gives one.
    static QByteArray defaultStyleSheet();

    // The title, date, reading time and tags, as the page's header shows them
    // (and the preview above the body).
    static QByteArray header(const PageMeta &meta);
    // head: more for the page's <head> (math's stylesheet or script).
    static QByteArray standalone(const QByteArray &body, const PageMeta &meta, const QByteArray &css,
                                 const QByteArray &head = {});
};

} // namespace Postwright
