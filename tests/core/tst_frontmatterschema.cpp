// Which fields the front matter form shows: the preset of the site's kind,
// changed by the site's own .postwright/frontmatter.yaml.
#include "frontmatter/frontmatterschema.h"
#include "site/site.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

class TestFrontMatterSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsFollowTheSiteKind()
    {
        const FrontMatterSchema hugo = FrontMatterSchema::preset(int(SiteKind::Hugo));
        QVERIFY(hugo.field(QStringLiteral("draft")) && hugo.field(QStringLiteral("draft"))->inverted);
        QVERIFY(hugo.field(QStringLiteral("weight")));
        QVERIFY(!hugo.field(QStringLiteral("published")));
        const FrontMatterSchema jekyll = FrontMatterSchema::preset(int(SiteKind::Jekyll));
        QVERIFY(jekyll.field(QStringLiteral("published")) && !jekyll.field(QStringLiteral("published"))->inverted);
        QVERIFY(!jekyll.field(QStringLiteral("draft")));
        QCOMPARE(jekyll.field(QStringLiteral("layout"))->type, FrontMatterField::Choice);
    }

    void siteSchemaFileAddsAndReplacesFields()
    {
        QTemporaryDir dir;
        TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = \"S\"\n");
        TestFiles::write(dir.filePath(QStringLiteral(".postwright/frontmatter.yaml")),
                         "fields:\n"
                         "  - key: series\n"
                         "    label: Series\n"
                         "    type: choice\n"
                         "    choices: [Basics, Advanced]\n"
                         "    required: true\n"
                         "    help: Which series the post belongs to.\n"
                         "  - key: author\n"
                         "    type: terms\n");
        const FrontMatterSchema schema = FrontMatterSchema::forSite(Site::detect(dir.path()));
        QVERIFY2(schema.error.isEmpty(), qPrintable(schema.error));
        const FrontMatterField *series = schema.field(QStringLiteral("series"));
        QVERIFY(series);
        QCOMPARE(series->type, FrontMatterField::Choice);
        QCOMPARE(series->choices, (QStringList{QStringLiteral("Basics"), QStringLiteral("Advanced")}));
        QVERIFY(series->required);
        QCOMPARE(series->help, QStringLiteral("Which series the post belongs to."));
        QCOMPARE(schema.field(QStringLiteral("author"))->type, FrontMatterField::Terms);
        QVERIFY(schema.field(QStringLiteral("title"))); // the preset stays
    }

    void brokenSchemaFileKeepsThePresetAndSaysWhy()
    {
        QTemporaryDir dir;
        TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = \"S\"\n");
        TestFiles::write(dir.filePath(QStringLiteral(".postwright/frontmatter.yaml")), "fields: [unclosed\n");
        const FrontMatterSchema schema = FrontMatterSchema::forSite(Site::detect(dir.path()));
        QVERIFY(!schema.error.isEmpty());
        QVERIFY(schema.field(QStringLiteral("title")));
    }
};

QTEST_GUILESS_MAIN(TestFrontMatterSchema)
#include "tst_frontmatterschema.moc"
