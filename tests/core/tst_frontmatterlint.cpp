// What lint says of a post's front matter, and on which line.
#include "frontmatter/frontmatterlint.h"
#include "site/site.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Postwright;

namespace {

LintContext siteWithTerms(const QStringList &terms, bool jekyll = false)
{
    LintContext context;
    context.jekyll = jekyll;
    context.now = QDateTime(QDate(2024, 6, 1), QTime(12, 0));
    for (const QString &term : terms)
        context.termUses[term] += 1;
    return context;
}

QStringList describe(const QList<LintFinding> &findings)
{
    QStringList lines;
    for (const LintFinding &finding : findings)
        lines.append(QString::number(finding.line) + u' ' + finding.message);
    return lines;
}

} // namespace

class TestFrontMatterLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("jekyll");
        QTest::addColumn<QStringList>("expected"); // "LINE fragment of the message"
        QTest::newRow("clean") << QByteArray("---\ntitle: \"Fine\"\ndate: 2024-05-01\ntags: [\"python\"]\n---\nText.\n")
                               << false << QStringList{};
        QTest::newRow("missing title") << QByteArray("---\ndate: 2024-05-01\n---\nText.\n") << false
                                       << QStringList{QStringLiteral("3 no title")};
        QTest::newRow("empty title") << QByteArray("---\ntitle: \"\"\n---\n") << false
                                     << QStringList{QStringLiteral("2 no title")};
        QTest::newRow("invalid date") << QByteArray("---\ntitle: T\ndate: 2024-13-45\n---\n") << false
                                      << QStringList{QStringLiteral("3 not a date")};
        QTest::newRow("future, published") << QByteArray("---\ntitle: T\ndate: \"2030-01-01\"\ndraft: false\n---\n") << false
                                           << QStringList{QStringLiteral("3 in the future")};
        QTest::newRow("future, draft") << QByteArray("---\ntitle: T\ndate: 2030-01-01\ndraft: true\n---\n") << false
                                       << QStringList{};
        QTest::newRow("future, jekyll unpublished")
            << QByteArray("---\ntitle: T\ndate: 2030-01-01\npublished: false\n---\n") << true << QStringList{};
        QTest::newRow("future, jekyll published")
            << QByteArray("---\ntitle: T\ndate: 2030-01-01T10:00:00+02:00\npublished: true\n---\n") << true
            << QStringList{QStringLiteral("3 in the future")};
        QTest::newRow("long description")
            << QByteArray("---\ntitle: T\ndescription: \"" + QByteArray(161, 'a') + "\"\n---\n") << false
            << QStringList{QStringLiteral("3 161 characters")};
        QTest::newRow("160 is fine") << QByteArray("---\ntitle: T\nsummary: \"" + QByteArray(160, 'a') + "\"\n---\n")
                                     << false << QStringList{};
        QTest::newRow("tag typo") << QByteArray("---\ntitle: T\ntags: [\"pyhton\", \"sqlite\"]\n---\n") << false
                                  << QStringList{QStringLiteral("3 did you mean \"python\"")};
        QTest::newRow("short term, two edits away") << QByteArray("---\ntitle: T\ncategories: [AIMX]\n---\n") << false
                                                    << QStringList{QStringLiteral("3 did you mean \"AIML\"")};
        QTest::newRow("short term, far") << QByteArray("---\ntitle: T\ncategories: [Data]\n---\n") << false
                                         << QStringList{};
        QTest::newRow("new tag far from others") << QByteArray("---\ntitle: T\ntags: [\"kubernetes\"]\n---\n") << false
                                                 << QStringList{};
        QTest::newRow("category case") << QByteArray("---\ntitle: T\ncategories: [aiml]\n---\n") << true
                                       << QStringList{QStringLiteral("3 did you mean \"AIML\"")};
        QTest::newRow("duplicate key") << QByteArray("---\ntitle: A\ndraft: false\ntitle: B\n---\n") << false
                                       << QStringList{QStringLiteral("4 more than once")};
        QTest::newRow("broken yaml") << QByteArray("---\ntitle: [unclosed\n---\n") << false
                                     << QStringList{QStringLiteral("does not parse")};
        QTest::newRow("toml") << QByteArray("+++\ndate = 2024-13-01\n+++\n") << false
                              << QStringList{QStringLiteral("does not parse")};
        QTest::newRow("toml missing title") << QByteArray("+++\ndate = 2024-01-01\n+++\n") << false
                                            << QStringList{QStringLiteral("3 no title")};
    }

    void jekyllTitlesDatedPostsFromTheirName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("jekyll");
        QTest::addColumn<bool>("noTitleFinding");
        // Before: "no title" for every one of them.
        QTest::newRow("jekyll dated post") << QStringLiteral("2021-04-11-first-model.md") << true << false;
        QTest::newRow("jekyll undated page") << QStringLiteral("about.md") << true << true;
        QTest::newRow("hugo dated name") << QStringLiteral("2021-04-11-first-model.md") << false << true;
    }

    void jekyllTitlesDatedPostsFromTheirName()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, jekyll);
        QFETCH(bool, noTitleFinding);
        const LintContext context = siteWithTerms({}, jekyll).withoutPost(QStringLiteral("/site/_posts/") + fileName);
        const QStringList got = describe(FrontMatterLint::check("---\nlayout: post\n---\nText.\n", context));
        QCOMPARE(got.join(u'|').contains(u"no title"), noTitleFinding);
    }

    void findings()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, jekyll);
        QFETCH(QStringList, expected);
        const LintContext context =
            siteWithTerms({QStringLiteral("python"), QStringLiteral("sqlite"), QStringLiteral("AIML")}, jekyll);
        const QStringList got = describe(FrontMatterLint::check(text, context));
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QString line = expected[i].section(u' ', 0, 0);
            const bool hasLine = line.toInt() > 0;
            const QString fragment = hasLine ? expected[i].section(u' ', 1) : expected[i];
            QVERIFY2(got[i].contains(fragment), qPrintable(got[i]));
            if (hasLine)
                QVERIFY2(got[i].startsWith(line + u' '), qPrintable(got[i]));
        }
    }

    void siteTermsCountOtherPosts()
    {
        QTemporaryDir dir;
        TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = \"S\"\n");
        TestFiles::write(dir.filePath(QStringLiteral("content/posts/a.md")), "---\ntitle: A\ntags: [\"rust\", \"wasm\"]\n---\n");
        TestFiles::write(dir.filePath(QStringLiteral("content/posts/b.md")), "---\ntitle: B\ntags: [\"rust\"]\n---\n");
        const Site site = Site::detect(dir.path());
        const LintContext context = LintContext::forSite(site, dir.filePath(QStringLiteral("content/posts/b.md")));
        QCOMPARE(context.termUses.value(QStringLiteral("rust")), 1);
        QCOMPARE(context.termUses.value(QStringLiteral("wasm")), 1);
        // Counting the site once and leaving one post out gives the same.
        const LintContext without = LintContext::forSite(site).withoutPost(dir.filePath(QStringLiteral("content/posts/b.md")));
        QCOMPARE(without.termUses, context.termUses);
        QVERIFY(!LintContext::forSite(site).withoutPost(dir.filePath(QStringLiteral("content/posts/a.md"))).termUses.contains(QStringLiteral("wasm")));
        // An untitled post has no file to leave out (and no file to try to open).
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        QCOMPARE(LintContext::forSite(site).withoutPost(QString()).termUses, LintContext::forSite(site).termUses);
    }
};

QTEST_GUILESS_MAIN(TestFrontMatterLint)
#include "tst_frontmatterlint.moc"
