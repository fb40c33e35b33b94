// Images come into a post's folder under a safe name, with the extension
// their bytes call for; identical bytes are reused, nothing is overwritten,
// nothing is written outside the site, and a failed copy leaves no trace.

#include "images/imageimporter.h"
#include "site/imageresolver.h"
#include "site/site.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

#include "testfiles.h"

using namespace Postwright;

namespace {

const QByteArray PlainPost = "---\ntitle: Summit\n---\nText.\n";

// A 1x1 GIF, as many sites use for spacers (Qt reads GIF but cannot write it).
const QByteArray Gif = QByteArray::fromHex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b");

QByteArray encode(const QImage &image, const char *format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        return {};
    return buffer.data();
}

// A small picture in format; seed makes its pixels (and so its bytes) differ.
QByteArray picture(const char *format = "png", int seed = 1, QSize size = {6, 4})
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random{quint32(seed)};
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xFF000000u);
    return encode(image, format);
}

// Noise, so that no compression makes it small: about width*height*3 bytes as BMP.
QByteArray noiseBmp(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(image.bits()), image.sizeInBytes() / 4);
    return encode(image, "bmp");
}

QByteArray svg(const QByteArray &attributes)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + "><rect width=\"10\" height=\"10\"/></svg>\n";
}

// The first boxes of an AVIF file: its brands and the image's extents.
QByteArray avifHeader()
{
    return QByteArray::fromHex("00000020") + "ftypavif" + QByteArray(4, '\0') + "avifmif1miafMA1B"
        + QByteArray::fromHex("0000001c") + "meta" + QByteArray(4, '\0') + QByteArray::fromHex("00000014") + "ispe"
        + QByteArray(4, '\0') + QByteArray::fromHex("000001e00000010e") + QByteArray::fromHex("00000010") + "mdat"
        + QByteArray(8, '\x55');
}

// What an import said: empty when it succeeded.
QString messageOf(const Result<ImportedImage> &result)
{
    return result ? QString() : result.problem().message;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

// Every entry in dir, hidden ones too.
QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool canWrite(const char *format)
{
    return QImageWriter::supportedImageFormats().contains(format);
}

// A site of one layout in a temporary folder, with one post.
class TestSite
{
public:
    explicit TestSite(const QString &layout, const QByteArray &postText = PlainPost)
    {
        m_base = QFileInfo(m_dir.path()).canonicalFilePath();
        if (layout == u"hugo") {
            TestFiles::write(path(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
            post = path(QStringLiteral("site/content/posts/summit.md"));
        } else if (layout == u"hugo-bundle") {
            TestFiles::write(path(QStringLiteral("site/hugo.toml")), "title = 'x'\n");
            post = path(QStringLiteral("site/content/posts/summit/index.md"));
        } else if (layout == u"jekyll") {
            TestFiles::write(path(QStringLiteral("site/_config.yml")), "title: x\n");
            post = path(QStringLiteral("site/_posts/2024-03-05-summit.md"));
        } else {
            post = path(QStringLiteral("site/summit.md"));
        }
        TestFiles::write(post, postText);
        QDir().mkpath(path(QStringLiteral("outside")));
        QDir().mkpath(path(QStringLiteral("sources")));
        refresh();
    }

    bool isValid() const { return m_dir.isValid() && !m_base.isEmpty(); }
    QString path(const QString &relative) const { return relative.isEmpty() ? m_base : m_base + u'/' + relative; }
    // A source file outside the site, named name.
    QString source(const QString &name, const QByteArray &bytes) const
    {
        const QString file = path(QStringLiteral("sources/") + name);
        TestFiles::write(file, bytes);
        return file;
    }
    void refresh() { placement = ImagePlacement::forPost(Site::detect(post), post, TestFiles::read(post)); }
    ResolvedImage resolve(const QString &link) const { return ImageResolver(Site::detect(post), post).resolve(link); }
    // Every file in the site, besides the post and the site's configuration.
    QStringList siteFiles() const { return TestFiles::below(path(QStringLiteral("site"))); }

    QString post;
    ImagePlacement placement;

private:
    QTemporaryDir m_dir;
    QString m_base;
};

} // namespace

class TestImageImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectRecognizesFormatsByContent_data();
    void inspectRecognizesFormatsByContent();
    void inspectRefusesWhatIsNoImage_data();
    void inspectRefusesWhatIsNoImage();
    void safeFileNameFollowsTheRules_data();
    void safeFileNameFollowsTheRules();
    void importsIntoEachSiteLayout_data();
    void importsIntoEachSiteLayout();
    void identicalBytesAreReused_data();
    void identicalBytesAreReused();
    void takenNamesGetNumbers();
    void extensionFollowsTheBytes_data();
    void extensionFollowsTheBytes();
    void refusedFilesLeaveNothing_data();
    void refusedFilesLeaveNothing();
    void failedImportIsAProblemWithoutAPlace();
    void wantedNameCannotLeaveTheFolder_data();
    void wantedNameCannotLeaveTheFolder();
    void symlinkedFolderOutsideTheSiteIsRefused_data();
    void symlinkedFolderOutsideTheSiteIsRefused();
    void folderOutsideTheSiteIsRefused_data();
    void folderOutsideTheSiteIsRefused();
    void siteFolderOutsideTheSiteFallsBackToTheDefault();
    void unpublishedFolderIsRefused();
    void readOnlyFolderFailsCleanly_data();
    void readOnlyFolderFailsCleanly();
    void fullDiskFailsCleanly();
    void missingSourceFailsCleanly();
    void largeFileCopiesCompletely();
    void pastedDataIsStored();
    void newFilesGetTheUsualMode();
    void concurrentImportsNeverOverwrite();
};

void TestImageImporter::inspectRecognizesFormatsByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QSize>("size");

    QTest::newRow("png") << picture("png") << "png" << "image/png" << QSize(6, 4);
    QTest::newRow("jpeg") << picture("jpg") << "jpg" << "image/jpeg" << QSize(6, 4);
    QTest::newRow("gif") << Gif << "gif" << "image/gif" << QSize(1, 1);
    QTest::newRow("bmp") << picture("bmp") << "bmp" << "image/bmp" << QSize(6, 4);
    QTest::newRow("ico") << picture("ico", 1, {16, 16}) << "ico" << "image/vnd.microsoft.icon" << QSize(16, 16);
    if (canWrite("webp"))
        QTest::newRow("webp") << picture("webp") << "webp" << "image/webp" << QSize(6, 4);
    if (canWrite("tiff"))
        QTest::newRow("tiff") << picture("tiff") << "tiff" << "image/tiff" << QSize(6, 4);
    if (!QImageReader::supportedImageFormats().contains("avif"))
        QTest::newRow("avif-without-plugin") << avifHeader() << "avif" << "image/avif" << QSize(480, 270);
    QTest::newRow("svg-width-height") << svg("width=\"120\" height=\"80px\"") << "svg" << "image/svg+xml" << QSize(120, 80);
    QTest::newRow("svg-viewbox") << svg("viewBox=\"0 0 300 150\"") << "svg" << "image/svg+xml" << QSize(300, 150);
    QTest::newRow("svg-percent-uses-viewbox") << svg("width=\"100%\" height=\"100%\" viewBox=\"0,0,64,32\"") << "svg"
                                              << "image/svg+xml" << QSize(64, 32);
    QTest::newRow("svg-no-size") << svg("") << "svg" << "image/svg+xml" << QSize();
    QTest::newRow("svg-declaration-doctype-comment")
        << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                      "<!-- drawn by hand -->\n")
               + svg("width=\"10\" height=\"20\"")
        << "svg" << "image/svg+xml" << QSize(10, 20);
}

void TestImageImporter::inspectRecognizesFormatsByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, suffix);
    QFETCH(QString, mimeType);
    QFETCH(QSize, size);

    QVERIFY(!bytes.isEmpty());
    const Result<ImageFormat> format = ImageImporter::inspectData(bytes);
    QVERIFY2(format, qPrintable(format ? QString() : format.problem().message));
    QCOMPARE(format->suffix, suffix);
    QCOMPARE(format->mimeType, mimeType);
    QCOMPARE(format->size, size);

    // A file's name says nothing: the same bytes named .txt are the same image.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("misnamed.txt"));
    TestFiles::write(path, bytes);
    const Result<ImageFormat> fromFile = ImageImporter::inspect(path);
    QVERIFY2(fromFile, qPrintable(fromFile ? QString() : fromFile.problem().message));
    QCOMPARE(fromFile->suffix, suffix);
    QCOMPARE(fromFile->size, size);
}

void TestImageImporter::inspectRefusesWhatIsNoImage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString notImage = QStringLiteral("is not an image Postwright can insert");
    const QString broken = QStringLiteral("is damaged or incomplete");
    const QByteArray png = picture("png", 3, {64, 64});
    const QByteArray jpeg = picture("jpg", 3, {64, 64});
    QTest::newRow("text") << "notes.txt" << QByteArray("Just some notes.\n") << notImage;
    QTest::newRow("empty") << "empty.png" << QByteArray() << notImage;
    QTest::newRow("text-named-png") << "fake.png" << QByteArray("not a picture at all") << notImage;
    QTest::newRow("html") << "page.svg" << QByteArray("<!DOCTYPE html><html><body><svg></svg></body></html>") << notImage;
    QTest::newRow("xml-other-root") << "feed.svg" << QByteArray("<?xml version=\"1.0\"?><rss><channel/></rss>") << notImage;
    QTest::newRow("pdf") << "doc.pdf" << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") << notImage;
    QTest::newRow("zip") << "archive.png" << QByteArray("PK\x03\x04\x14\x00\x00\x00") << notImage;
    QTest::newRow("heic") << "photo.heic" << QByteArray::fromHex("00000018") + "ftypheic" + QByteArray(4, '\0') + "mif1heic"
                          << notImage;
    QTest::newRow("bm-text") << "bm.bmp" << QByteArray("BM is how this sentence starts, and it is long enough.") << notImage;
    QTest::newRow("svg-not-well-formed") << "cut.svg" << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>")
                                         << broken;
    QTest::newRow("png-signature-only") << "sig.png" << png.left(8) << broken;
    QTest::newRow("truncated-png") << "truncated.png" << png.left(png.size() / 2) << broken;
    QTest::newRow("png-without-end") << "noend.png" << png.left(png.size() - 12) << broken;
    QTest::newRow("truncated-jpeg") << "truncated.jpg" << jpeg.left(jpeg.size() * 2 / 3) << broken;
    QTest::newRow("jpeg-without-end-marker") << "noend.jpg" << jpeg.left(jpeg.size() - 2) << broken;
    QTest::newRow("truncated-gif") << "truncated.gif" << Gif.left(20) << broken;
    if (canWrite("webp")) {
        const QByteArray webp = picture("webp", 3, {64, 64});
        QTest::newRow("truncated-webp") << "truncated.webp" << webp.left(webp.size() - 10) << broken;
    }
}

void TestImageImporter::inspectRefusesWhatIsNoImage()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const Result<ImageFormat> fromBytes = ImageImporter::inspectData(bytes);
    QVERIFY(!fromBytes);
    QVERIFY2(fromBytes.problem().message.contains(error), qPrintable(fromBytes.problem().message));
    QCOMPARE(fromBytes.problem().line, 0); // a file's problem, at no line of a post

    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    TestFiles::write(path, bytes);
    const Result<ImageFormat> fromFile = ImageImporter::inspect(path);
    QVERIFY(!fromFile);
    const QString message = fromFile.problem().message;
    QVERIFY2(message.contains(name) && message.contains(error), qPrintable(message));
}

void TestImageImporter::safeFileNameFollowsTheRules_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("safe");

    QTest::newRow("spaces-and-case") << "Summit Focus.PNG" << "png" << "summit-focus.png";
    QTest::newRow("climbing-path") << "../../x.jpeg" << "png" << "x.png";
    QTest::newRow("windows-path") << "C:\\Users\\me\\Photo 1.png" << "png" << "photo-1.png";
    QTest::newRow("windows-climbing") << "..\\..\\evil.png" << "png" << "evil.png";
    QTest::newRow("absolute") << "/etc/passwd" << "png" << "passwd.png";
    QTest::newRow("accents") << "Ünïcödé Straße Æble Øre.jpg" << "jpg" << "unicode-strasse-aeble-ore.jpg";
    QTest::newRow("only-other-scripts") << "日本語.png" << "png" << "image.png";
    QTest::newRow("mixed-scripts") << "Фото summit 2024.png" << "png" << "summit-2024.png";
    QTest::newRow("repeated-separators") << "a  --  b___c.png" << "png" << "a-b___c.png";
    QTest::newRow("symbols") << "chart (final) #2 & more!.png" << "png" << "chart-final-2-more.png";
    QTest::newRow("leading-dot") << ".hidden.png" << "png" << "hidden.png";
    QTest::newRow("leading-hyphen-underscore") << "-_x.png" << "png" << "x.png";
    QTest::newRow("only-extension") << ".png" << "png" << "image.png";
    QTest::newRow("empty") << "" << "png" << "image.png";
    QTest::newRow("dots-only") << "..." << "png" << "image.png";
    QTest::newRow("dots-inside") << "v1.2 release..final.png" << "png" << "v1.2-release.final.png";
    QTest::newRow("dot-before-space") << "end. start.png" << "png" << "end-start.png";
    QTest::newRow("no-extension") << "diagram" << "svg" << "diagram.svg";
    QTest::newRow("extension-replaced") << "photo.jpg" << "png" << "photo.png";
    QTest::newRow("jpeg-spelling-kept") << "photo.JPEG" << "jpg" << "photo.jpeg";
    QTest::newRow("jpg-for-jpeg-bytes") << "photo.png" << "jpg" << "photo.jpg";
    QTest::newRow("tif-spelling-kept") << "scan.TIF" << "tiff" << "scan.tif";
    QTest::newRow("long-last-part-not-extension") << "notes.backup copy" << "png" << "notes.backup-copy.png";
    QTest::newRow("long-name-capped") << QString(120, u'a') + QStringLiteral(".png") << "png" << QString(80, u'a') + QStringLiteral(".png");
    QTest::newRow("cap-drops-trailing-hyphen") << QString(79, u'b') + QStringLiteral(" c.png") << "png"
                                               << QString(79, u'b') + QStringLiteral(".png");
    QTest::newRow("windows-device-name") << "CON.png" << "png" << "con-image.png";
    QTest::newRow("empty-suffix-keeps-extension") << "Photo.PNG" << "" << "photo.png";
    QTest::newRow("trailing-slash") << "folder/" << "png" << "image.png";
}

void TestImageImporter::safeFileNameFollowsTheRules()
{
    QFETCH(QString, wanted);
    QFETCH(QString, suffix);
    QFETCH(QString, safe);

    const QString name = ImageImporter::safeFileName(wanted, suffix);
    QCOMPARE(name, safe);
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    QVERIFY(allowed.match(name).hasMatch());
    QVERIFY(!name.contains(QStringLiteral("..")));
}

void TestImageImporter::importsIntoEachSiteLayout_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("link");

    QTest::newRow("hugo-static") << "hugo" << "site/static/images/summit" << "/images/summit/summit-focus.png";
    QTest::newRow("hugo-page-bundle") << "hugo-bundle" << "site/content/posts/summit" << "summit-focus.png";
    QTest::newRow("jekyll") << "jekyll" << "site/assets/images/summit" << "/assets/images/summit/summit-focus.png";
    QTest::newRow("no-site") << "none" << "site/images" << "images/summit-focus.png";
}

void TestImageImporter::importsIntoEachSiteLayout()
{
    QFETCH(QString, layout);
    QFETCH(QString, folder);
    QFETCH(QString, link);

    TestSite site(layout);
    QVERIFY(site.isValid());
    QCOMPARE(site.placement.folder, site.path(folder));
    const QByteArray bytes = picture("png");
    const QString source = site.source(QStringLiteral("Summit Focus.PNG"), bytes);
    const Result<ImportedImage> image = ImageImporter::importFile(site.placement, site.placement.folder, source, {});
    QVERIFY2(image, qPrintable(messageOf(image)));
    QCOMPARE(image->fileName, QStringLiteral("summit-focus.png"));
    QCOMPARE(image->storedPath, site.path(folder + QStringLiteral("/summit-focus.png")));
    QCOMPARE(image->link, link);
    QVERIFY(!image->reused);
    QCOMPARE(image->bytes, qint64(bytes.size()));
    QCOMPARE(image->format.suffix, QStringLiteral("png"));
    QCOMPARE(image->format.size, QSize(6, 4));
    QCOMPARE(TestFiles::read(image->storedPath), bytes);
    QCOMPARE(TestFiles::read(source), bytes); // the source is copied, not moved

    const ResolvedImage resolved = site.resolve(image->link);
    QCOMPARE(resolved.status, ResolvedImage::Local);
    QCOMPARE(resolved.filePath, QFileInfo(image->storedPath).canonicalFilePath());
    // No temporary file is left beside it.
    for (const QString &entry : entriesIn(site.path(folder)))
        QVERIFY2(!entry.startsWith(u'.'), qPrintable(entry));
}

void TestImageImporter::identicalBytesAreReused_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("secondName");

    QTest::newRow("same-name") << "chart.png" << "chart.png";
    QTest::newRow("different-name") << "chart.png" << "Another Name.png";
    QTest::newRow("different-name-and-extension") << "chart.png" << "copy.jpg";
}

void TestImageImporter::identicalBytesAreReused()
{
    QFETCH(QString, firstName);
    QFETCH(QString, secondName);

    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const QByteArray bytes = picture("png", 5);
    // A different image of the same size first: size alone must not decide.
    QByteArray sameSize = bytes;
    sameSize[sameSize.size() - 20] = char(sameSize.at(sameSize.size() - 20) ^ 1);
    TestFiles::write(site.placement.folder + QStringLiteral("/a-first.png"), sameSize);

    const auto first = ImageImporter::importFile(site.placement, {}, site.source(firstName, bytes), {});
    QVERIFY2(first, qPrintable(messageOf(first)));
    QVERIFY(!first->reused);
    const QDateTime written = QFileInfo(first->storedPath).lastModified();
    const QStringList before = entriesIn(site.placement.folder);

    const auto second = ImageImporter::importFile(site.placement, {}, site.source(secondName, bytes), {});
    QVERIFY2(second, qPrintable(messageOf(second)));
    QVERIFY(second->reused);
    QCOMPARE(second->storedPath, first->storedPath);
    QCOMPARE(second->fileName, QStringLiteral("chart.png"));
    QCOMPARE(second->link, QStringLiteral("/images/summit/chart.png"));
    QCOMPARE(second->bytes, qint64(bytes.size()));
    QCOMPARE(entriesIn(site.placement.folder), before);
    QCOMPARE(QFileInfo(first->storedPath).lastModified(), written);
}

void TestImageImporter::takenNamesGetNumbers()
{
    TestSite site(QStringLiteral("jekyll"));
    QVERIFY(site.isValid());
    QList<QByteArray> images;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        images.append(picture("png", 10 + i));
        const auto image = ImageImporter::importData(site.placement, {}, images.last(), QStringLiteral("Chart.png"));
        QVERIFY2(image, qPrintable(messageOf(image)));
        QVERIFY(!image->reused);
        names.append(image->fileName);
        QCOMPARE(image->link, QStringLiteral("/assets/images/summit/") + image->fileName);
    }
    QCOMPARE(names, (QStringList{"chart.png", "chart-2.png", "chart-3.png"}));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(TestFiles::read(site.placement.folder + u'/' + names.at(i)), images.at(i));

    // The second image again: found under its numbered name.
    const auto again = ImageImporter::importData(site.placement, {}, images.at(1), QStringLiteral("chart.png"));
    QVERIFY2(again, qPrintable(messageOf(again)));
    QVERIFY(again->reused);
    QCOMPARE(again->fileName, QStringLiteral("chart-2.png"));
    QCOMPARE(entriesIn(site.placement.folder), (QStringList{"chart-2.png", "chart-3.png", "chart.png"}));
}

void TestImageImporter::extensionFollowsTheBytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("stored");

    QTest::newRow("png-named-jpg") << "photo.jpg" << picture("png") << "photo.png";
    QTest::newRow("jpeg-named-png") << "photo.png" << picture("jpg") << "photo.jpg";
    QTest::newRow("jpeg-named-jpeg") << "Photo.JPEG" << picture("jpg") << "photo.jpeg";
    QTest::newRow("gif-named-txt") << "spacer.txt" << Gif << "spacer.gif";
    QTest::newRow("svg-without-extension") << "diagram" << svg("width=\"4\" height=\"4\"") << "diagram.svg";
    if (canWrite("webp"))
        QTest::newRow("webp-named-png") << "modern.png" << picture("webp") << "modern.webp";
}

void TestImageImporter::extensionFollowsTheBytes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, stored);

    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const auto image = ImageImporter::importFile(site.placement, {}, site.source(name, bytes), {});
    QVERIFY2(image, qPrintable(messageOf(image)));
    QCOMPARE(image->fileName, stored);
    QCOMPARE(TestFiles::read(site.placement.folder + u'/' + stored), bytes);
}

void TestImageImporter::refusedFilesLeaveNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QByteArray png = picture("png", 7, {64, 64});
    QTest::newRow("text") << "notes.txt" << QByteArray("Just notes.\n") << "notes.txt is not an image Postwright can insert";
    QTest::newRow("text-named-png") << "fake.png" << QByteArray("not a picture") << "fake.png is not an image";
    QTest::newRow("truncated-png") << "truncated.png" << png.left(png.size() / 2) << "truncated.png is damaged or incomplete";
}

void TestImageImporter::refusedFilesLeaveNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const QStringList before = site.siteFiles();
    const auto fromFile = ImageImporter::importFile(site.placement, {}, site.source(name, bytes), {});
    QVERIFY(!fromFile);
    QVERIFY2(fromFile.problem().message.contains(error), qPrintable(fromFile.problem().message));
    QVERIFY(!QFileInfo::exists(site.placement.folder));
    QVERIFY(!QFileInfo::exists(site.path(QStringLiteral("site/static"))));
    QCOMPARE(site.siteFiles(), before);

    const auto fromData = ImageImporter::importData(site.placement, {}, bytes, name);
    QVERIFY(!fromData);
    QVERIFY2(fromData.problem().message.contains(error), qPrintable(fromData.problem().message));
    QVERIFY(!QFileInfo::exists(site.placement.folder));
}

void TestImageImporter::failedImportIsAProblemWithoutAPlace()
{
    // An image has no line or column to point at: the Problem is the sentence alone.
    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const auto notes = ImageImporter::importFile(site.placement, {}, site.source(QStringLiteral("notes.txt"), "Just notes.\n"), {});
    QVERIFY(!notes);
    QCOMPARE(notes.problem().message,
             QStringLiteral("notes.txt is not an image Postwright can insert (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP, TIFF, ICO)."));
    QCOMPARE(notes.problem().line, 0);
    QCOMPARE(notes.problem().column, 0);

    // A post never saved has no folder for its images.
    const auto unsaved = ImageImporter::importData(ImagePlacement(), {}, picture("png"), QStringLiteral("x.png"));
    QVERIFY(!unsaved);
    QCOMPARE(unsaved.problem().message, ImagePlacement::unsavedPostMessage());
    QCOMPARE(unsaved.problem().line, 0);
}

void TestImageImporter::wantedNameCannotLeaveTheFolder_data()
{
    QTest::addColumn<QString>("wanted");

    QTest::newRow("dotdot") << "../../x.png";
    QTest::newRow("backslash-dotdot") << "..\\..\\x.png";
    QTest::newRow("absolute") << "/etc/x.png";
    QTest::newRow("inner-dotdot") << "a/../../x.png";
    QTest::newRow("site-root-relative") << "../../../../outside/x.png";
}

void TestImageImporter::wantedNameCannotLeaveTheFolder()
{
    QFETCH(QString, wanted);

    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const auto image = ImageImporter::importData(site.placement, {}, picture("png"), wanted);
    QVERIFY2(image, qPrintable(messageOf(image)));
    QCOMPARE(image->storedPath, site.placement.folder + QStringLiteral("/x.png"));
    QCOMPARE(entriesIn(site.placement.folder), QStringList{"x.png"});
    QCOMPARE(entriesIn(site.path(QStringLiteral("outside"))), QStringList());
    QCOMPARE(site.siteFiles(), (QStringList{"content/posts/summit.md", "hugo.toml", "static/images/summit/x.png"}));
}

void TestImageImporter::symlinkedFolderOutsideTheSiteIsRefused_data()
{
    QTest::addColumn<QString>("link"); // made a link to the outside folder

    QTest::newRow("the-folder") << "site/static/images/summit";
    QTest::newRow("a-parent") << "site/static/images";
    QTest::newRow("the-static-folder") << "site/static";
}

void TestImageImporter::symlinkedFolderOutsideTheSiteIsRefused()
{
    QFETCH(QString, link);

    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    QVERIFY(QDir().mkpath(QFileInfo(site.path(link)).absolutePath()));
    QVERIFY(QFile::link(site.path(QStringLiteral("outside")), site.path(link)));
    QVERIFY(!site.placement.isInsideSite(site.placement.folder));
    const auto fromData = ImageImporter::importData(site.placement, {}, picture("png"), QStringLiteral("x.png"));
    QVERIFY(!fromData);
    QVERIFY2(fromData.problem().message.contains(u"outside the site"), qPrintable(fromData.problem().message));
    const auto fromFile = ImageImporter::importFile(site.placement, {}, site.source(QStringLiteral("x.png"), picture("png")), {});
    QVERIFY(!fromFile);
    QVERIFY2(fromFile.problem().message.contains(u"outside the site"), qPrintable(fromFile.problem().message));
    QCOMPARE(entriesIn(site.path(QStringLiteral("outside"))), QStringList());
}

void TestImageImporter::folderOutsideTheSiteIsRefused_data()
{
    QTest::addColumn<QString>("folder");

    QTest::newRow("sibling") << "outside";
    QTest::newRow("new-sibling") << "outside/new";
    QTest::newRow("dotdot") << "site/static/../../outside";
    QTest::newRow("parent") << "";
}

void TestImageImporter::folderOutsideTheSiteIsRefused()
{
    QFETCH(QString, folder);

    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const QStringList before = entriesIn(site.path({}));
    const auto image = ImageImporter::importData(site.placement, site.path(folder), picture("png"), QStringLiteral("x.png"));
    QVERIFY(!image);
    QVERIFY2(image.problem().message.contains(u"outside the site"), qPrintable(image.problem().message));
    QCOMPARE(entriesIn(site.path(QStringLiteral("outside"))), QStringList());
    QCOMPARE(entriesIn(site.path({})), before);
}

void TestImageImporter::siteFolderOutsideTheSiteFallsBackToTheDefault()
{
    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    TestFiles::write(ImagePlacement::settingsPath(site.path(QStringLiteral("site"))), "folder: ../outside\n");
    site.refresh();
    QVERIFY(site.placement.error.contains(u"outside the site"));
    const auto image = ImageImporter::importData(site.placement, {}, picture("png"), QStringLiteral("x.png"));
    QVERIFY2(image, qPrintable(messageOf(image)));
    QCOMPARE(image->storedPath, site.path(QStringLiteral("site/static/images/summit/x.png")));
    QCOMPARE(entriesIn(site.path(QStringLiteral("outside"))), QStringList());
}

void TestImageImporter::unpublishedFolderIsRefused()
{
    // Jekyll skips folders starting with "_": an image there would never show.
    TestSite site(QStringLiteral("jekyll"));
    QVERIFY(site.isValid());
    const QString folder = site.path(QStringLiteral("site/_drafts/images"));
    const auto image = ImageImporter::importData(site.placement, folder, picture("png"), QStringLiteral("x.png"));
    QVERIFY(!image);
    QVERIFY2(image.problem().message.contains(u"Jekyll does not publish"), qPrintable(image.problem().message));
    QVERIFY(!QFileInfo::exists(site.path(QStringLiteral("site/_drafts"))));
}

void TestImageImporter::readOnlyFolderFailsCleanly_data()
{
    QTest::addColumn<QString>("locked"); // the folder made read-only, below the site
    QTest::addColumn<QString>("failed"); // the folder the writer names, below the site
    QTest::addColumn<QString>("writerSays"); // %1: that folder, %2: why

    QTest::newRow("existing-folder") << "static/images/summit" << "static/images/summit"
                                     << "Could not create a file in %1: %2";
    QTest::newRow("missing-folder-in-read-only-parent") << "static" << "static/images"
                                                        << "The folder %1 cannot be created: %2";
}

void TestImageImporter::readOnlyFolderFailsCleanly()
{
    QFETCH(QString, locked);
    QFETCH(QString, failed);
    QFETCH(QString, writerSays);

    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const QString lockedPath = site.path(QStringLiteral("site/") + locked);
    QVERIFY(QDir().mkpath(lockedPath));
    const QString source = site.source(QStringLiteral("Chart.png"), picture("png"));
    if (const QString why = TestFiles::makeReadOnly(lockedPath); !why.isEmpty())
        QSKIP(qPrintable(why));
    const auto image = ImageImporter::importFile(site.placement, {}, source, {});
    const QStringList left = entriesIn(lockedPath);
    TestFiles::makeWritable(lockedPath);
    QVERIFY(!image);
    // The writer's sentence, with the image's name: root meets a read-only
    // mount, a user a folder without write permission.
    const QString error = image.problem().message;
    const QString folder = site.path(QStringLiteral("site/") + failed);
    const QString forUser = QStringLiteral("Chart.png could not be copied: ") + writerSays.arg(folder, QStringLiteral("Permission denied."));
    const QString forRoot = QStringLiteral("Chart.png could not be copied: ")
        + writerSays.arg(folder, QStringLiteral("The disk is mounted read-only."));
    QVERIFY2(error == forUser || error == forRoot, qPrintable(error));
    QCOMPARE(left, QStringList());
    QCOMPARE(site.siteFiles(), (QStringList{"content/posts/summit.md", "hugo.toml"}));
}

void TestImageImporter::fullDiskFailsCleanly()
{
    // A file size limit fails writes past it as a full disk would.
    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const QByteArray bytes = noiseBmp(600, 600);
    QVERIFY(bytes.size() > 1000000);
    const QString source = site.source(QStringLiteral("Big Photo.bmp"), bytes);
    const auto image = TestFiles::withFileSizeLimit(64 * 1024, [&] {
        return ImageImporter::importFile(site.placement, {}, source, {});
    });
    QVERIFY(!image);
    QCOMPARE(image.problem().message,
             QStringLiteral("Big Photo.bmp could not be copied: Writing big-photo.bmp failed: "
                            "The file is larger than this disk or process may write."));
    // The folders made for it are gone again, with no file or temporary file.
    QVERIFY(!QFileInfo::exists(site.path(QStringLiteral("site/static"))));
    QCOMPARE(site.siteFiles(), (QStringList{"content/posts/summit.md", "hugo.toml"}));

    // With room again, the same import works.
    const auto retried = ImageImporter::importFile(site.placement, {}, source, {});
    QVERIFY2(retried, qPrintable(messageOf(retried)));
    QCOMPARE(sha256Of(retried->storedPath), sha256(bytes));
}

void TestImageImporter::missingSourceFailsCleanly()
{
    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const auto gone = ImageImporter::importFile(site.placement, {}, site.path(QStringLiteral("sources/gone.png")), {});
    QVERIFY(!gone);
    QVERIFY2(gone.problem().message.contains(u"gone.png") && gone.problem().message.contains(u"cannot be read"),
             qPrintable(gone.problem().message));
    const Result<ImageFormat> goneFormat = ImageImporter::inspect(site.path(QStringLiteral("sources/gone.png")));
    QVERIFY(!goneFormat);
    QCOMPARE(goneFormat.problem().message, gone.problem().message); // one sentence for an unreadable source
    QVERIFY(!QFileInfo::exists(site.placement.folder));
    const auto folder = ImageImporter::importFile(site.placement, {}, site.path(QStringLiteral("sources")), {});
    QVERIFY(!folder);
    QVERIFY2(folder.problem().message.contains(u"sources"), qPrintable(folder.problem().message));
    QVERIFY(!QFileInfo::exists(site.placement.folder));
}

void TestImageImporter::largeFileCopiesCompletely()
{
    TestSite site(QStringLiteral("hugo-bundle"));
    QVERIFY(site.isValid());
    const QByteArray bytes = noiseBmp(3200, 3200);
    QVERIFY(bytes.size() > 30 * 1000 * 1000);
    const QString source = site.source(QStringLiteral("Panorama.bmp"), bytes);
    const auto image = ImageImporter::importFile(site.placement, {}, source, QStringLiteral("Wide View.bmp"));
    QVERIFY2(image, qPrintable(messageOf(image)));
    QCOMPARE(image->fileName, QStringLiteral("wide-view.bmp"));
    QCOMPARE(image->link, QStringLiteral("wide-view.bmp"));
    QCOMPARE(image->bytes, qint64(bytes.size()));
    QCOMPARE(image->format.size, QSize(3200, 3200));
    QCOMPARE(QFileInfo(image->storedPath).size(), qint64(bytes.size()));
    QCOMPARE(sha256Of(image->storedPath), sha256(bytes));
    QCOMPARE(entriesIn(site.placement.folder), (QStringList{"index.md", "wide-view.bmp"}));
}

void TestImageImporter::pastedDataIsStored()
{
    TestSite site(QStringLiteral("none"));
    QVERIFY(site.isValid());
    const QByteArray first = picture("png", 21);
    const auto unnamed = ImageImporter::importData(site.placement, {}, first, {});
    QVERIFY2(unnamed, qPrintable(messageOf(unnamed)));
    QCOMPARE(unnamed->fileName, QStringLiteral("image.png"));
    QCOMPARE(unnamed->link, QStringLiteral("images/image.png"));
    QCOMPARE(TestFiles::read(unnamed->storedPath), first);

    const auto named = ImageImporter::importData(site.placement, {}, picture("png", 22),
                                                 QStringLiteral("Screenshot 2024-01-01 at 10.00.00.png"));
    QVERIFY2(named, qPrintable(messageOf(named)));
    QCOMPARE(named->fileName, QStringLiteral("screenshot-2024-01-01-at-10.00.00.png"));
    QCOMPARE(site.resolve(named->link).status, ResolvedImage::Local);

    const auto text = ImageImporter::importData(site.placement, {}, QByteArray("text"), {});
    QVERIFY(!text);
    QVERIFY2(text.problem().message.startsWith(u"The data is not an image"), qPrintable(text.problem().message));
}

void TestImageImporter::newFilesGetTheUsualMode()
{
    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    const mode_t mask = ::umask(022);
    const auto image = ImageImporter::importData(site.placement, {}, picture("png"), QStringLiteral("x.png"));
    ::umask(mask);
    QVERIFY2(image, qPrintable(messageOf(image)));
    // Readable by the web server, not a temporary file's 0600.
    QVERIFY(QFile::permissions(image->storedPath) & QFile::ReadOther);
    QVERIFY(!(QFile::permissions(image->storedPath) & QFile::WriteOther));
}

void TestImageImporter::concurrentImportsNeverOverwrite()
{
    TestSite site(QStringLiteral("hugo"));
    QVERIFY(site.isValid());
    QList<QByteArray> images;
    for (int i = 0; i < 12; ++i)
        images.append(picture("png", 100 + i, {32, 32}));
    const ImagePlacement placement = site.placement;
    const QList<Result<ImportedImage>> results = QtConcurrent::blockingMapped(images, [placement](const QByteArray &bytes) {
        return ImageImporter::importData(placement, {}, bytes, QStringLiteral("same.png"));
    });
    QSet<QString> names;
    for (qsizetype i = 0; i < results.size(); ++i) {
        QVERIFY(results.at(i));
        QVERIFY(!results.at(i)->reused);
        names.insert(results.at(i)->fileName);
        QCOMPARE(TestFiles::read(results.at(i)->storedPath), images.at(i));
    }
    QCOMPARE(names.size(), images.size());
    QCOMPARE(entriesIn(placement.folder).size(), images.size());
    QVERIFY(names.contains(QStringLiteral("same.png")));
    QVERIFY(names.contains(QStringLiteral("same-12.png")));
}

QTEST_GUILESS_MAIN(TestImageImporter)
#include "tst_imageimporter.moc"
