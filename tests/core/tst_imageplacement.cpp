// Where a post's images are stored and how the post links them: for each
// site layout, from the slug and date, as a site's .postwright/images.yaml
// says, and never outside the site.

#include "images/imageplacement.h"
#include "site/imageresolver.h"
#include "site/site.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

Q_DECLARE_METATYPE(ImageReferenceStyle)

namespace {

const QByteArray PlainPost = "---\ntitle: Summit\n---\nText.\n";

// A folder for one test, spelled canonically like the placement's paths.
class Sandbox
{
public:
    Sandbox() { m_base = QFileInfo(m_dir.path()).canonicalFilePath(); }
    bool isValid() const { return m_dir.isValid() && !m_base.isEmpty(); }
    QString path(const QString &relative) const { return relative.isEmpty() ? m_base : m_base + u'/' + relative; }
    // Writes the files of a site: "name" or "name=content" (\n escapes newlines).
    void write(const QStringList &files) const
    {
        for (const QString &file : files) {
            const qsizetype equals = file.indexOf(u'=');
            const QString name = equals < 0 ? file : file.left(equals);
            QString content = equals < 0 ? QStringLiteral("title = 'x'\n") : file.mid(equals + 1);
            if (equals < 0 && name.endsWith(u".yml"))
                content = QStringLiteral("title: x\n");
            TestFiles::write(path(name), content.toUtf8());
        }
    }
    ImagePlacement placementFor(const QString &post, const QByteArray &text) const
    {
        TestFiles::write(path(post), text);
        return ImagePlacement::forPost(Site::detect(path(post)), path(post), text);
    }

private:
    QTemporaryDir m_dir;
    QString m_base;
};

} // namespace

class TestImagePlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesImagesForEachSiteLayout_data() { layouts(); }
    void placesImagesForEachSiteLayout();
    void linkResolvesInThePreview_data() { layouts(); }
    void linkResolvesInThePreview();
    void slugComesFromFrontMatterOrFileName_data();
    void slugComesFromFrontMatterOrFileName();
    void siteFolderPatternIsFilledIn_data();
    void siteFolderPatternIsFilledIn();
    void siteFolderOutsideTheSiteIsRefused_data();
    void siteFolderOutsideTheSiteIsRefused();
    void siteSettingsChooseStyleClassAndTemplate_data();
    void siteSettingsChooseStyleClassAndTemplate();
    void folderWithSpacesGivesAWorkingLink();
    void linkForRefusesWhatTheSiteWouldNotPublish_data();
    void linkForRefusesWhatTheSiteWouldNotPublish();
    void isInsideSiteFollowsLinks_data();
    void isInsideSiteFollowsLinks();
    void untitledPostHasNoFolder();
    void rememberStyleKeepsTheOtherLines_data();
    void rememberStyleKeepsTheOtherLines();
    void rememberedStyleIsUsedForTheNextPost();
    void rememberStyleOnAReadOnlySiteFailsAndKeepsTheFile();

private:
    static void layouts();
};

void TestImagePlacement::layouts()
{
    QTest::addColumn<QStringList>("site");
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("pageBundle");
    QTest::addColumn<QString>("link"); // of chart.png in the folder
    QTest::addColumn<ImageReferenceStyle>("style");

    const auto figure = ImageReferenceStyle::Figure, markdown = ImageReferenceStyle::Markdown;
    QTest::newRow("hugo-static") << QStringList{"site/hugo.toml"} << "site/content/posts/summit.md"
                                 << "site/static/images/summit" << false << "/images/summit/chart.png" << figure;
    QTest::newRow("hugo-config-toml") << QStringList{"site/config.toml"} << "site/content/posts/summit.md"
                                      << "site/static/images/summit" << false << "/images/summit/chart.png" << figure;
    QTest::newRow("hugo-custom-static-dir") << QStringList{"site/hugo.toml=staticDir = 'files'\n"} << "site/content/summit.md"
                                            << "site/files/images/summit" << false << "/images/summit/chart.png" << figure;
    QTest::newRow("hugo-page-bundle") << QStringList{"site/hugo.toml"} << "site/content/posts/summit/index.md"
                                      << "site/content/posts/summit" << true << "chart.png" << figure;
    QTest::newRow("hugo-translated-bundle") << QStringList{"site/hugo.toml"} << "site/content/posts/summit/index.de.md"
                                            << "site/content/posts/summit" << true << "chart.png" << figure;
    QTest::newRow("hugo-section-page-is-no-bundle") << QStringList{"site/hugo.toml"} << "site/content/posts/_index.md"
                                                    << "site/static/images/index" << false << "/images/index/chart.png" << figure;
    QTest::newRow("hugo-home-page-is-no-bundle") << QStringList{"site/hugo.toml"} << "site/content/index.md"
                                                 << "site/static/images/index" << false << "/images/index/chart.png" << figure;
    QTest::newRow("jekyll-post") << QStringList{"site/_config.yml"} << "site/_posts/2024-03-05-summit.md"
                                 << "site/assets/images/summit" << false << "/assets/images/summit/chart.png" << markdown;
    QTest::newRow("jekyll-draft") << QStringList{"site/_config.yml"} << "site/_drafts/summit.md"
                                  << "site/assets/images/summit" << false << "/assets/images/summit/chart.png" << markdown;
    QTest::newRow("no-site") << QStringList{} << "notes/summit.md" << "notes/images" << false << "images/chart.png" << markdown;
}

void TestImagePlacement::placesImagesForEachSiteLayout()
{
    QFETCH(QStringList, site);
    QFETCH(QString, post);
    QFETCH(QString, folder);
    QFETCH(bool, pageBundle);
    QFETCH(QString, link);
    QFETCH(ImageReferenceStyle, style);

    Sandbox box;
    QVERIFY(box.isValid());
    box.write(site);
    const ImagePlacement placement = box.placementFor(post, PlainPost);
    const QString root = site.isEmpty() ? QFileInfo(box.path(post)).absolutePath() : box.path(QStringLiteral("site"));
    QVERIFY2(placement.error.isEmpty(), qPrintable(placement.error));
    QCOMPARE(placement.siteRoot, root);
    QCOMPARE(placement.postPath, box.path(post));
    QCOMPARE(placement.folder, box.path(folder));
    QCOMPARE(placement.pageBundle, pageBundle);
    QCOMPARE(placement.style, style);
    QVERIFY(placement.isInsideSite(placement.folder));
    QString error;
    QCOMPARE(placement.linkFor(placement.folder + QStringLiteral("/chart.png"), &error), link);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!QFileInfo::exists(placement.folder) || pageBundle); // placing creates nothing
}

void TestImagePlacement::linkResolvesInThePreview()
{
    QFETCH(QStringList, site);
    QFETCH(QString, post);
    QFETCH(QString, folder);
    QFETCH(QString, link);

    Sandbox box;
    QVERIFY(box.isValid());
    box.write(site);
    const ImagePlacement placement = box.placementFor(post, PlainPost);
    const QString stored = placement.folder + QStringLiteral("/chart.png");
    TestFiles::write(stored, "png");
    QCOMPARE(placement.linkFor(stored), link);
    const ResolvedImage resolved = ImageResolver(Site::detect(box.path(post)), box.path(post)).resolve(link);
    QCOMPARE(resolved.status, ResolvedImage::Local);
    QCOMPARE(resolved.filePath, QFileInfo(stored).canonicalFilePath());
}

void TestImagePlacement::slugComesFromFrontMatterOrFileName_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("post");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("slug");

    const QString hugo = QStringLiteral("site/hugo.toml"), jekyll = QStringLiteral("site/_config.yml");
    QTest::newRow("hugo-file-name") << hugo << "site/content/posts/My Summit Post.md" << PlainPost << "my-summit-post";
    QTest::newRow("hugo-yaml-slug") << hugo << "site/content/posts/summit.md"
                                    << QByteArray("---\ntitle: S\nslug: Custom Slug\n---\n") << "custom-slug";
    QTest::newRow("hugo-toml-slug") << hugo << "site/content/posts/summit.md"
                                    << QByteArray("+++\ntitle = 'S'\nslug = \"toml-slug\"\n+++\n") << "toml-slug";
    QTest::newRow("accents-folded") << hugo << "site/content/posts/Ünïcödé Straße.md" << PlainPost << "unicode-strasse";
    QTest::newRow("hugo-keeps-date-in-name") << hugo << "site/content/posts/2024-03-05-summit.md" << PlainPost
                                             << "2024-03-05-summit";
    QTest::newRow("bundle-folder-name") << hugo << "site/content/posts/My Trip/index.md" << PlainPost << "my-trip";
    QTest::newRow("jekyll-date-prefix-dropped") << jekyll << "site/_posts/2024-03-05-summit-day.md" << PlainPost << "summit-day";
    QTest::newRow("jekyll-front-matter-slug-wins") << jekyll << "site/_posts/2024-03-05-summit.md"
                                                   << QByteArray("---\nslug: other\n---\n") << "other";
    QTest::newRow("slug-climbing-out") << hugo << "site/content/posts/summit.md"
                                       << QByteArray("---\nslug: ../../etc/passwd\n---\n") << "etc-passwd";
    QTest::newRow("slug-with-backslashes") << hugo << "site/content/posts/summit.md"
                                           << QByteArray("---\nslug: '..\\..\\win'\n---\n") << "win";
    QTest::newRow("slug-without-letters") << hugo << "site/content/posts/summit.md"
                                          << QByteArray("---\nslug: '?!*'\n---\n") << "post";
    QTest::newRow("no-site-file-name") << QString() << "notes/Field Notes.md" << PlainPost << "field-notes";
}

void TestImagePlacement::slugComesFromFrontMatterOrFileName()
{
    QFETCH(QString, marker);
    QFETCH(QString, post);
    QFETCH(QByteArray, text);
    QFETCH(QString, slug);

    Sandbox box;
    QVERIFY(box.isValid());
    if (!marker.isEmpty())
        box.write({marker});
    const ImagePlacement placement = box.placementFor(post, text);
    QCOMPARE(placement.slug, slug);
    if (!placement.pageBundle && !marker.isEmpty())
        QVERIFY2(placement.folder.endsWith(QStringLiteral("/images/") + slug), qPrintable(placement.folder));
    QVERIFY(placement.isInsideSite(placement.folder));
}

void TestImagePlacement::siteFolderPatternIsFilledIn_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("post");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("folder"); // @TODAY@: this year/month
    QTest::addColumn<QString>("link");

    const QString hugo = QStringLiteral("site/hugo.toml"), jekyll = QStringLiteral("site/_config.yml");
    const QByteArray dated = "---\ntitle: S\ndate: 2023-07-14T10:00:00+02:00\n---\n";
    QTest::newRow("slug") << hugo << "site/content/posts/summit.md" << PlainPost << "folder: static/img/{slug}\n"
                          << "site/static/img/summit" << "/img/summit/chart.png";
    QTest::newRow("year-month-from-date") << hugo << "site/content/posts/summit.md" << dated
                                          << "folder: static/img/{year}/{month}/{slug}\n"
                                          << "site/static/img/2023/07/summit" << "/img/2023/07/summit/chart.png";
    QTest::newRow("toml-date") << hugo << "site/content/posts/summit.md"
                               << QByteArray("+++\ntitle = 'S'\ndate = 2022-11-02\n+++\n")
                               << "folder: static/{year}/{slug}\n" << "site/static/2022/summit" << "/2022/summit/chart.png";
    QTest::newRow("no-date-is-today") << hugo << "site/content/posts/summit.md" << PlainPost
                                      << "folder: static/img/{year}/{month}\n" << "site/static/img/@TODAY@"
                                      << "/img/@TODAY@/chart.png";
    QTest::newRow("jekyll-date-from-file-name") << jekyll << "site/_posts/2021-02-03-summit.md" << PlainPost
                                                << "folder: assets/{year}/{slug}\n" << "site/assets/2021/summit"
                                                << "/assets/2021/summit/chart.png";
    QTest::newRow("absolute-inside-site") << hugo << "site/content/posts/summit.md" << PlainPost
                                          << "folder: '@SITE@/static/pics'\n" << "site/static/pics" << "/pics/chart.png";
    QTest::newRow("bundle-keeps-its-images") << hugo << "site/content/posts/summit/index.md" << PlainPost
                                             << "folder: static/img/{slug}\n" << "site/content/posts/summit" << "chart.png";
}

void TestImagePlacement::siteFolderPatternIsFilledIn()
{
    QFETCH(QString, marker);
    QFETCH(QString, post);
    QFETCH(QByteArray, text);
    QFETCH(QString, settings);
    QFETCH(QString, folder);
    QFETCH(QString, link);

    Sandbox box;
    QVERIFY(box.isValid());
    box.write({marker});
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy/MM"));
    settings.replace(QStringLiteral("@SITE@"), box.path(QStringLiteral("site")));
    TestFiles::write(ImagePlacement::settingsPath(box.path(QStringLiteral("site"))), settings.toUtf8());
    const ImagePlacement placement = box.placementFor(post, text);
    QVERIFY2(placement.error.isEmpty(), qPrintable(placement.error));
    QCOMPARE(placement.folder, box.path(folder.replace(QStringLiteral("@TODAY@"), today)));
    QCOMPARE(placement.linkFor(placement.folder + QStringLiteral("/chart.png")), link.replace(QStringLiteral("@TODAY@"), today));
}

void TestImagePlacement::siteFolderOutsideTheSiteIsRefused_data()
{
    QTest::addColumn<QString>("settings");

    QTest::newRow("dotdot") << "folder: ../outside\n";
    QTest::newRow("dotdot-inside-path") << "folder: static/../../outside/{slug}\n";
    QTest::newRow("absolute-elsewhere") << "folder: '@BASE@/outside'\n";
    QTest::newRow("root-of-the-disk") << "folder: /\n";
    QTest::newRow("slug-cannot-climb") << "folder: '{slug}/../../outside'\n";
    QTest::newRow("symlink-leading-out") << "folder: static/linked/{slug}\n";
}

void TestImagePlacement::siteFolderOutsideTheSiteIsRefused()
{
    QFETCH(QString, settings);

    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/hugo.toml")});
    QVERIFY(QDir().mkpath(box.path(QStringLiteral("outside"))));
    QVERIFY(QDir().mkpath(box.path(QStringLiteral("site/static"))));
    QVERIFY(QFile::link(box.path(QStringLiteral("outside")), box.path(QStringLiteral("site/static/linked"))));
    const QString root = box.path(QStringLiteral("site"));
    TestFiles::write(ImagePlacement::settingsPath(root), settings.replace(QStringLiteral("@BASE@"), box.path({})).toUtf8());
    const ImagePlacement placement = box.placementFor(QStringLiteral("site/content/posts/summit.md"), PlainPost);
    QVERIFY(!placement.error.isEmpty());
    QVERIFY2(placement.error.contains(u"images.yaml") && placement.error.contains(u"outside the site"), qPrintable(placement.error));
    QCOMPARE(placement.folder, box.path(QStringLiteral("site/static/images/summit")));
    QCOMPARE(placement.style, ImageReferenceStyle::Figure);
}

void TestImagePlacement::siteSettingsChooseStyleClassAndTemplate_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<ImageReferenceStyle>("style");
    QTest::addColumn<QString>("cssClass");
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("error"); // a part of it; empty: none

    QTest::newRow("none") << "" << ImageReferenceStyle::Figure << "" << "" << "";
    QTest::newRow("comments-only") << "# nothing chosen yet\n" << ImageReferenceStyle::Figure << "" << "" << "";
    QTest::newRow("html-and-class") << "style: html\nclass: responsive wide\n" << ImageReferenceStyle::Html
                                    << "responsive wide" << "" << "";
    QTest::newRow("style-case-insensitive") << "style: Markdown\n" << ImageReferenceStyle::Markdown << "" << "" << "";
    QTest::newRow("template") << "style: template\ntemplate: '<img src=\"{src}\" alt=\"{alt}\" loading=\"lazy\">'\n"
                              << ImageReferenceStyle::Template << ""
                              << "<img src=\"{src}\" alt=\"{alt}\" loading=\"lazy\">" << "";
    QTest::newRow("unknown-style") << "style: fancy\nclass: x\n" << ImageReferenceStyle::Figure << "x" << ""
                                   << "unknown image style";
    QTest::newRow("template-without-text") << "style: template\n" << ImageReferenceStyle::Figure << "" << ""
                                           << "needs a template";
    QTest::newRow("broken-yaml") << "style: [html\nclass: x\n" << ImageReferenceStyle::Figure << "" << "" << "line";
    QTest::newRow("not-a-map") << "- style\n- html\n" << ImageReferenceStyle::Figure << "" << "" << "holds no settings";
    QTest::newRow("list-as-style") << "style: [html, figure]\n" << ImageReferenceStyle::Figure << "" << ""
                                   << "single value";
}

void TestImagePlacement::siteSettingsChooseStyleClassAndTemplate()
{
    QFETCH(QString, settings);
    QFETCH(ImageReferenceStyle, style);
    QFETCH(QString, cssClass);
    QFETCH(QString, templateText);
    QFETCH(QString, error);

    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/hugo.toml")});
    if (!settings.isEmpty())
        TestFiles::write(ImagePlacement::settingsPath(box.path(QStringLiteral("site"))), settings.toUtf8());
    const ImagePlacement placement = box.placementFor(QStringLiteral("site/content/posts/summit.md"), PlainPost);
    QCOMPARE(placement.style, style);
    QCOMPARE(placement.cssClass, cssClass);
    QCOMPARE(placement.templateText, templateText);
    if (error.isEmpty())
        QVERIFY2(placement.error.isEmpty(), qPrintable(placement.error));
    else
        QVERIFY2(placement.error.contains(error) && placement.error.contains(u"images.yaml"), qPrintable(placement.error));
    QCOMPARE(placement.folder, box.path(QStringLiteral("site/static/images/summit"))); // the folder is unaffected
}

void TestImagePlacement::folderWithSpacesGivesAWorkingLink()
{
    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/hugo.toml")});
    TestFiles::write(ImagePlacement::settingsPath(box.path(QStringLiteral("site"))), "folder: static/My Pictures/{slug}\n");
    const QString post = QStringLiteral("site/content/posts/summit.md");
    const ImagePlacement placement = box.placementFor(post, PlainPost);
    QCOMPARE(placement.folder, box.path(QStringLiteral("site/static/My Pictures/summit")));
    const QString stored = placement.folder + QStringLiteral("/chart (1).png");
    TestFiles::write(stored, "png");
    const QString link = placement.linkFor(stored);
    QCOMPARE(link, QStringLiteral("/My%20Pictures/summit/chart%20%281%29.png"));
    const ResolvedImage resolved = ImageResolver(Site::detect(box.path(post)), box.path(post)).resolve(link);
    QCOMPARE(resolved.status, ResolvedImage::Local);
    QCOMPARE(resolved.filePath, QFileInfo(stored).canonicalFilePath());
}

void TestImagePlacement::linkForRefusesWhatTheSiteWouldNotPublish_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("post");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("link");  // empty: refused
    QTest::addColumn<QString>("error"); // a part of the error

    const QString hugo = QStringLiteral("site/hugo.toml"), jekyll = QStringLiteral("site/_config.yml");
    const QString hugoPost = QStringLiteral("site/content/posts/summit.md");
    const QString bundle = QStringLiteral("site/content/posts/summit/index.md");
    const QString jekyllPost = QStringLiteral("site/_posts/2024-03-05-summit.md");
    QTest::newRow("hugo-static-deep") << hugo << hugoPost << "site/static/a/b/x.png" << "/a/b/x.png" << "";
    QTest::newRow("hugo-bundle-subfolder") << hugo << bundle << "site/content/posts/summit/gallery/x.png"
                                           << "gallery/x.png" << "";
    QTest::newRow("hugo-assets") << hugo << hugoPost << "site/assets/images/x.png" << "" << "assets/";
    QTest::newRow("hugo-layouts") << hugo << hugoPost << "site/layouts/x.png" << "" << "does not publish";
    QTest::newRow("hugo-outside") << hugo << hugoPost << "outside/x.png" << "" << "outside the site";
    QTest::newRow("hugo-dotdot-outside") << hugo << hugoPost << "site/static/../../outside/x.png" << "" << "outside the site";
    QTest::newRow("hugo-symlink-out") << hugo << hugoPost << "site/static/linked/x.png" << "" << "outside the site";
    QTest::newRow("jekyll-root") << jekyll << jekyllPost << "site/x.png" << "/x.png" << "";
    QTest::newRow("jekyll-underscore-folder") << jekyll << jekyllPost << "site/_includes/x.png" << "" << "“_”";
    QTest::newRow("jekyll-posts-folder") << jekyll << jekyllPost << "site/_posts/x.png" << "" << "“_”";
    QTest::newRow("jekyll-hidden-folder") << jekyll << jekyllPost << "site/.github/x.png" << "" << "“.”";
    QTest::newRow("no-site-subfolder") << QString() << "notes/summit.md" << "notes/pics/a/x.png" << "pics/a/x.png" << "";
    QTest::newRow("no-site-beside-folder") << QString() << "notes/summit.md" << "other/x.png" << "" << "outside the site";
}

void TestImagePlacement::linkForRefusesWhatTheSiteWouldNotPublish()
{
    QFETCH(QString, marker);
    QFETCH(QString, post);
    QFETCH(QString, stored);
    QFETCH(QString, link);
    QFETCH(QString, error);

    Sandbox box;
    QVERIFY(box.isValid());
    if (!marker.isEmpty())
        box.write({marker});
    QVERIFY(QDir().mkpath(box.path(QStringLiteral("outside"))));
    QVERIFY(QDir().mkpath(box.path(QStringLiteral("site/static"))));
    QVERIFY(QFile::link(box.path(QStringLiteral("outside")), box.path(QStringLiteral("site/static/linked"))));
    const ImagePlacement placement = box.placementFor(post, PlainPost);
    QString message;
    QCOMPARE(placement.linkFor(box.path(stored), &message), link);
    if (error.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(error), qPrintable(message));
}

void TestImagePlacement::isInsideSiteFollowsLinks_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("inside");

    QTest::newRow("existing") << "site/static" << true;
    QTest::newRow("missing") << "site/static/images/new/deeper" << true;
    QTest::newRow("root-itself") << "site" << true;
    QTest::newRow("parent") << "" << false;
    QTest::newRow("sibling") << "outside/images" << false;
    QTest::newRow("dotdot") << "site/static/../../outside" << false;
    QTest::newRow("link-out") << "site/static/linked" << false;
    QTest::newRow("missing-below-link-out") << "site/static/linked/new" << false;
    QTest::newRow("link-within") << "site/static/alias/new" << true;
    QTest::newRow("dangling-link") << "site/static/dangling/new" << false;
}

void TestImagePlacement::isInsideSiteFollowsLinks()
{
    QFETCH(QString, folder);
    QFETCH(bool, inside);

    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/hugo.toml")});
    QVERIFY(QDir().mkpath(box.path(QStringLiteral("outside"))));
    QVERIFY(QDir().mkpath(box.path(QStringLiteral("site/static/images"))));
    QVERIFY(QFile::link(box.path(QStringLiteral("outside")), box.path(QStringLiteral("site/static/linked"))));
    QVERIFY(QFile::link(box.path(QStringLiteral("site/static/images")), box.path(QStringLiteral("site/static/alias"))));
    QVERIFY(QFile::link(box.path(QStringLiteral("nowhere")), box.path(QStringLiteral("site/static/dangling"))));
    const ImagePlacement placement = box.placementFor(QStringLiteral("site/content/posts/summit.md"), PlainPost);
    QCOMPARE(placement.isInsideSite(box.path(folder)), inside);
}

void TestImagePlacement::untitledPostHasNoFolder()
{
    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/hugo.toml")});
    const ImagePlacement placement = ImagePlacement::forPost(Site::detect(box.path(QStringLiteral("site"))), QString(), QByteArray());
    QVERIFY(placement.postPath.isEmpty());
    QVERIFY(placement.folder.isEmpty());
    QCOMPARE(placement.siteRoot, box.path(QStringLiteral("site")));
    QCOMPARE(placement.style, ImageReferenceStyle::Figure);

    const ImagePlacement nowhere = ImagePlacement::forPost(Site(), QString(), QByteArray());
    QVERIFY(nowhere.siteRoot.isEmpty());
    QVERIFY(nowhere.folder.isEmpty());
    QString error;
    QVERIFY(nowhere.linkFor(box.path(QStringLiteral("x.png")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(!nowhere.isInsideSite(box.path(QStringLiteral("site"))));
}

void TestImagePlacement::rememberStyleKeepsTheOtherLines_data()
{
    QTest::addColumn<QByteArray>("before"); // empty: no file
    QTest::addColumn<ImageReferenceStyle>("style");
    QTest::addColumn<QString>("cssClass");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("creates-the-file") << QByteArray() << ImageReferenceStyle::Figure << "" << QByteArray("style: figure\n");
    QTest::newRow("creates-with-class") << QByteArray() << ImageReferenceStyle::Html << "responsive"
                                        << QByteArray("style: html\nclass: responsive\n");
    QTest::newRow("keeps-comments-and-keys")
        << QByteArray("# Images for this site\nfolder: static/img/{slug}   # per post\nstyle: markdown # picked long ago\n"
                      "template: '<img src=\"{src}\">'\n")
        << ImageReferenceStyle::Html << "responsive"
        << QByteArray("# Images for this site\nfolder: static/img/{slug}   # per post\nstyle: html # picked long ago\n"
                      "template: '<img src=\"{src}\">'\nclass: responsive\n");
    QTest::newRow("replaces-class-in-place") << QByteArray("class: old\nstyle: 'figure'\nfolder: static/x\n")
                                             << ImageReferenceStyle::Template << "new one"
                                             << QByteArray("class: new one\nstyle: template\nfolder: static/x\n");
    QTest::newRow("empty-class-keeps-the-class") << QByteArray("style: html\nclass: keep\n") << ImageReferenceStyle::Markdown
                                                 << "" << QByteArray("style: markdown\nclass: keep\n");
    QTest::newRow("indented-style-is-not-ours") << QByteArray("nested:\n  style: html\n") << ImageReferenceStyle::Html << ""
                                                << QByteArray("nested:\n  style: html\nstyle: html\n");
    QTest::newRow("class-needing-quotes") << QByteArray("style: html\n") << ImageReferenceStyle::Html << "a: \"b\" #c"
                                          << QByteArray("style: html\nclass: \"a: \\\"b\\\" #c\"\n");
    QTest::newRow("no-final-newline") << QByteArray("folder: static/x") << ImageReferenceStyle::Figure << ""
                                      << QByteArray("folder: static/x\nstyle: figure\n");
    QTest::newRow("windows-line-ends") << QByteArray("folder: static/x\r\nstyle: html\r\n") << ImageReferenceStyle::Figure << "big"
                                       << QByteArray("folder: static/x\r\nstyle: figure\r\nclass: big\r\n");
}

void TestImagePlacement::rememberStyleKeepsTheOtherLines()
{
    QFETCH(QByteArray, before);
    QFETCH(ImageReferenceStyle, style);
    QFETCH(QString, cssClass);
    QFETCH(QByteArray, after);

    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/hugo.toml")});
    const QString root = box.path(QStringLiteral("site"));
    const QString path = ImagePlacement::settingsPath(root);
    QCOMPARE(path, root + QStringLiteral("/.postwright/images.yaml"));
    if (!before.isEmpty())
        TestFiles::write(path, before);
    QString error;
    QVERIFY2(ImagePlacement::rememberStyle(root, style, cssClass, &error), qPrintable(error));
    QCOMPARE(TestFiles::read(path), after);
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList{"images.yaml"});
}

void TestImagePlacement::rememberedStyleIsUsedForTheNextPost()
{
    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/_config.yml")});
    const QString root = box.path(QStringLiteral("site"));
    TestFiles::write(ImagePlacement::settingsPath(root), "# mine\nfolder: assets/{slug}\n");
    QString error;
    QVERIFY2(ImagePlacement::rememberStyle(root, ImageReferenceStyle::Html, QStringLiteral("responsive"), &error), qPrintable(error));
    const ImagePlacement placement = box.placementFor(QStringLiteral("site/_posts/2024-01-02-next.md"), PlainPost);
    QVERIFY2(placement.error.isEmpty(), qPrintable(placement.error));
    QCOMPARE(placement.style, ImageReferenceStyle::Html);
    QCOMPARE(placement.cssClass, QStringLiteral("responsive"));
    QCOMPARE(placement.folder, root + QStringLiteral("/assets/next"));
}

void TestImagePlacement::rememberStyleOnAReadOnlySiteFailsAndKeepsTheFile()
{
    Sandbox box;
    QVERIFY(box.isValid());
    box.write({QStringLiteral("site/hugo.toml")});
    const QString root = box.path(QStringLiteral("site"));
    const QString path = ImagePlacement::settingsPath(root);
    TestFiles::write(path, "style: html\n");
    const QString folder = QFileInfo(path).absolutePath();
    if (const QString why = TestFiles::makeReadOnly(folder); !why.isEmpty())
        QSKIP(qPrintable(why));
    QString error;
    const bool remembered = ImagePlacement::rememberStyle(root, ImageReferenceStyle::Figure, QString(), &error);
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    TestFiles::makeWritable(folder);
    QVERIFY(!remembered);
    QVERIFY2(error.contains(u"read-only", Qt::CaseInsensitive) || error.contains(u"Permission"), qPrintable(error));
    QCOMPARE(TestFiles::read(path), QByteArray("style: html\n"));
    QCOMPARE(left, QStringList{"images.yaml"});
}

QTEST_GUILESS_MAIN(TestImagePlacement)
#include "tst_imageplacement.moc"
