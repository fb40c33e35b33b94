// Pages in the shapes public Hugo and Jekyll documentation sites use
// (tests/data/real-world): each renders with its own site, and no template
// delimiter is left for a reader to see outside code.

#include "markdown/markdownrenderer.h"
#include "site/site.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Postwright;

namespace {

QString corpus()
{
    return QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/data/real-world");
}

// What a reader sees: the text outside tags, with code blocks and spans
// (where delimiters are the point) and the shortcode chips' tooltips left out.
QString visibleText(QString html)
{
    static const QRegularExpression code(QStringLiteral("<(pre|code)\\b[^>]*>.*?</\\1>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(code);
    html.replace(tag, QStringLiteral(" "));
    return html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace

class TestRealWorldPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDelimiterIsVisible_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(corpus(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList pages;
        while (it.hasNext())
            pages << it.next();
        pages.removeIf([](const QString &p) { return p.endsWith(u"/README.md"); });
        pages.sort();
        QVERIFY(pages.size() >= 6);
        for (const QString &page : pages)
            QTest::newRow(qPrintable(page.mid(corpus().size() + 1))) << page;
    }
    void noDelimiterIsVisible()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        RenderOptions options;
        options.postPath = path;
        const RenderResult result = MarkdownRenderer().render(file.readAll(), options);
        const QString text = visibleText(QString::fromUtf8(result.html));
        for (const char *delimiter : {"{{", "}}", "{%", "%}", "/*", "*/", "{:", "{::"})
            QVERIFY2(!text.contains(QLatin1String(delimiter)),
                     qPrintable(QStringLiteral("%1 visible in:\n%2").arg(QLatin1String(delimiter), text.simplified())));
        // The site's own shortcodes are known: nothing to warn about.
        for (const RenderWarning &warning : result.warnings)
            QVERIFY2(!warning.message.contains(u"unknown shortcode"), qPrintable(warning.message));
    }

    // Every language's content folder holds posts of the site.
    void multilingualContentFolders()
    {
        const Site site = Site::detect(corpus() + QStringLiteral("/hugo-docs/content/de/erste-schritte/konfiguration.md"));
        QCOMPARE(site.kind(), SiteKind::Hugo);
        QStringList titles;
        for (const PostInfo &post : site.posts())
            titles << post.title;
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Configure the widget"), QStringLiteral("Das Widget einrichten"),
                                      QStringLiteral("Install")}));
    }
};

QTEST_GUILESS_MAIN(TestRealWorldPages)
#include "tst_realworldpages.moc"
