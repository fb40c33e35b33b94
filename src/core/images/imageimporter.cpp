#include "imageimporter.h"

#include "document/atomicwriter.h"
#include "images/pathtext.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace Postwright {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qsizetype HeadSize = 64 * 1024;
constexpr qsizetype MaxBaseLength = 80;
// Larger images are not decoded to check them: Qt refuses to allocate more
// than 256 MiB for one, and a photo that large is seldom broken.
constexpr qint64 MaxDecodedPixels = 64 * 1024 * 1024;

enum class Kind { Unknown, Png, Jpeg, Gif, WebP, Avif, Bmp, Tiff, Ico, Svg };

struct KindInfo
{
    Kind kind;
    const char *suffix;
    const char *mimeType;
    const char *qtFormat; // the name of Qt's image plugin; none for SVG (checked as XML)
};

constexpr KindInfo kindInfos[] = {
    {Kind::Png, "png", "image/png", "png"},
    {Kind::Jpeg, "jpg", "image/jpeg", "jpeg"},
    {Kind::Gif, "gif", "image/gif", "gif"},
    {Kind::WebP, "webp", "image/webp", "webp"},
    {Kind::Avif, "avif", "image/avif", "avif"},
    {Kind::Bmp, "bmp", "image/bmp", "bmp"},
    {Kind::Tiff, "tiff", "image/tiff", "tiff"},
    {Kind::Ico, "ico", "image/vnd.microsoft.icon", "ico"},
    {Kind::Svg, "svg", "image/svg+xml", nullptr},
};

const KindInfo &infoFor(Kind kind)
{
    for (const KindInfo &info : kindInfos)
        if (info.kind == kind)
            return info;
    return kindInfos[0];
}

quint32 be32(QByteArrayView bytes, qsizetype at)
{
    if (at + 4 > bytes.size())
        return 0;
    return quint32(uchar(bytes[at])) << 24 | quint32(uchar(bytes[at + 1])) << 16 | quint32(uchar(bytes[at + 2])) << 8
        | quint32(uchar(bytes[at + 3]));
}

quint32 le32(QByteArrayView bytes, qsizetype at)
{
    if (at + 4 > bytes.size())
        return 0;
    return quint32(uchar(bytes[at])) | quint32(uchar(bytes[at + 1])) << 8 | quint32(uchar(bytes[at + 2])) << 16
        | quint32(uchar(bytes[at + 3])) << 24;
}

quint32 le16(QByteArrayView bytes, qsizetype at)
{
    return at + 2 > bytes.size() ? 0 : quint32(uchar(bytes[at])) | quint32(uchar(bytes[at + 1])) << 8;
}

quint32 le24(QByteArrayView bytes, qsizetype at)
{
    return at + 3 > bytes.size() ? 0 : le16(bytes, at) | quint32(uchar(bytes[at + 2])) << 16;
}

// An ISO media file (ftyp box first) whose brands name AVIF.
bool isAvif(QByteArrayView head)
{
    if (head.size() < 16 || head.sliced(4, 4) != "ftyp")
        return false;
    const qsizetype boxEnd = std::min<qsizetype>(be32(head, 0), head.size());
    if (head.sliced(8, 4) == "avif" || head.sliced(8, 4) == "avis")
        return true;
    for (qsizetype at = 16; at + 4 <= boxEnd; at += 4)
        if (head.sliced(at, 4) == "avif" || head.sliced(at, 4) == "avis")
            return true;
    return false;
}

// XML, perhaps an SVG: its first character (after a byte order mark and
// white space) is "<".
bool looksLikeXml(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true;
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    for (const char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '<';
    }
    return false;
}

Kind sniff(QByteArrayView head)
{
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return Kind::Png;
    if (head.startsWith("\xFF\xD8\xFF"))
        return Kind::Jpeg;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return Kind::Gif;
    if (head.size() >= 16 && head.startsWith("RIFF") && head.sliced(8, 4) == "WEBP")
        return Kind::WebP;
    if (isAvif(head))
        return Kind::Avif;
    if (head.size() >= 26 && head.startsWith("BM")) {
        // "BM" alone starts many texts: the info header's size must be one of BMP's.
        const quint32 infoSize = le32(head, 14);
        if (infoSize == 12 || infoSize == 40 || infoSize == 52 || infoSize == 56 || infoSize == 64 || infoSize == 108 || infoSize == 124)
            return Kind::Bmp;
    }
    if (head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4)))
        return Kind::Tiff;
    if (head.size() >= 22 && head.startsWith(QByteArrayView("\0\0\1\0", 4)) && le16(head, 4) > 0)
        return Kind::Ico;
    if (looksLikeXml(head))
        return Kind::Svg;
    return Kind::Unknown;
}

// The size written in the header, for formats Qt has no plugin for here.
QSize headerSize(Kind kind, QByteArrayView head)
{
    switch (kind) {
    case Kind::Avif: {
        // The largest image spatial extents property ("ispe": version and
        // flags, width, height): the primary image, not its thumbnail.
        QSize size;
        for (qsizetype at = head.indexOf("ispe"); at >= 0; at = head.indexOf("ispe", at + 4)) {
            const QSize candidate(int(be32(head, at + 8)), int(be32(head, at + 12)));
            if (candidate.isValid() && qint64(candidate.width()) * candidate.height() > qint64(size.width()) * size.height())
                size = candidate;
        }
        return size;
    }
    case Kind::WebP: {
        const QByteArrayView chunk = head.size() >= 16 ? head.sliced(12, 4) : QByteArrayView();
        if (chunk == "VP8X")
            return {int(le24(head, 24)) + 1, int(le24(head, 27)) + 1};
        if (chunk == "VP8 ")
            return {int(le16(head, 26) & 0x3FFF), int(le16(head, 28) & 0x3FFF)};
        if (chunk == "VP8L" && head.size() >= 25) {
            const quint32 bits = le32(head, 21);
            return {int(bits & 0x3FFF) + 1, int((bits >> 14) & 0x3FFF) + 1};
        }
        return {};
    }
    case Kind::Png:
        return {int(be32(head, 16)), int(be32(head, 20))};
    case Kind::Gif:
        return {int(le16(head, 6)), int(le16(head, 8))};
    default:
        return {};
    }
}

// Reads a device byte by byte through a buffer, and skips by seeking.
class ByteReader
{
public:
    explicit ByteReader(QIODevice &device)
        : m_device(device)
    {
    }

    int next()
    {
        if (m_pos >= m_buffer.size()) {
            m_buffer = m_device.read(HeadSize);
            m_pos = 0;
            if (m_buffer.isEmpty())
                return -1;
        }
        return uchar(m_buffer.at(m_pos++));
    }

    std::optional<quint32> bigEndian(int bytes)
    {
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i) {
            const int b = next();
            if (b < 0)
                return std::nullopt;
            value = value << 8 | quint32(b);
        }
        return value;
    }

    bool skip(qint64 count)
    {
        const qint64 buffered = m_buffer.size() - m_pos;
        if (count <= buffered) {
            m_pos += qsizetype(count);
            return true;
        }
        count -= buffered;
        m_buffer.clear();
        m_pos = 0;
        const qint64 target = m_device.pos() + count;
        return target <= m_device.size() && m_device.seek(target);
    }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

// Every chunk is there, up to IEND: libpng would show a cut PNG's top half.
bool pngIsComplete(QIODevice &device)
{
    ByteReader reader(device);
    if (!reader.skip(8))
        return false;
    while (true) {
        const std::optional<quint32> length = reader.bigEndian(4);
        const std::optional<quint32> type = reader.bigEndian(4);
        if (!length || !type || *length > 0x7FFFFFFFu)
            return false;
        if (*type == 0x49454E44u) // IEND
            return reader.skip(4);
        if (!reader.skip(qint64(*length) + 4))
            return false;
    }
}

// The segments and the compressed data reach the end-of-image marker:
// libjpeg shows a cut JPEG with a grey bottom and calls it a warning.
bool jpegIsComplete(QIODevice &device)
{
    ByteReader reader(device);
    if (!reader.skip(2))
        return false;
    int marker = -1; // one already read while scanning compressed data
    while (true) {
        if (marker < 0) {
            int b = reader.next();
            while (b >= 0 && b != 0xFF) // stray bytes between segments, as libjpeg allows
                b = reader.next();
            while (b == 0xFF)
                b = reader.next();
            if (b < 0)
                return false;
            marker = b;
        }
        const int current = std::exchange(marker, -1);
        if (current == 0xD9)
            return true;
        if (current == 0x01 || current == 0xD8 || (current >= 0xD0 && current <= 0xD7))
            continue;
        const std::optional<quint32> length = reader.bigEndian(2);
        if (!length || *length < 2 || !reader.skip(*length - 2))
            return false;
        if (current != 0xDA)
            continue;
        // Compressed data: 0xFF is followed by 0x00 (a stuffed byte) or a
        // restart marker inside it, by the next marker after it.
        while (marker < 0) {
            int b = reader.next();
            if (b < 0)
                return false;
            if (b != 0xFF)
                continue;
            do
                b = reader.next();
            while (b == 0xFF);
            if (b < 0)
                return false;
            if (b != 0x00 && !(b >= 0xD0 && b <= 0xD7))
                marker = b;
        }
    }
}

// The RIFF container is as long as it says.
bool webpIsComplete(QIODevice &device, QByteArrayView head)
{
    return device.size() >= qint64(le32(head, 4)) + 8;
}

double svgLength(QStringView text, bool *ok)
{
    QStringView number = text.trimmed();
    if (number.endsWith(u"px"))
        number.chop(2);
    return number.toDouble(ok);
}

enum class SvgCheck { NotSvg, Broken, Svg };

// A well-formed XML document whose root element is <svg>, and its size from
// width and height or else the viewBox.
SvgCheck checkSvg(QIODevice &device, QSize *size)
{
    QXmlStreamReader xml(&device);
    bool root = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && !root) {
            root = true;
            if (xml.name() != u"svg")
                return SvgCheck::NotSvg;
            const QXmlStreamAttributes attributes = xml.attributes();
            bool widthOk = false, heightOk = false;
            const double width = svgLength(attributes.value(u"width"), &widthOk);
            const double height = svgLength(attributes.value(u"height"), &heightOk);
            if (widthOk && heightOk && width > 0 && height > 0) {
                *size = QSize(qRound(width), qRound(height));
            } else {
                static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
                const QStringList box = attributes.value(u"viewBox").toString().trimmed().split(separators, Qt::SkipEmptyParts);
                bool boxWidthOk = false, boxHeightOk = false;
                const double boxWidth = box.size() == 4 ? box.at(2).toDouble(&boxWidthOk) : 0;
                const double boxHeight = box.size() == 4 ? box.at(3).toDouble(&boxHeightOk) : 0;
                if (boxWidthOk && boxHeightOk && boxWidth > 0 && boxHeight > 0)
                    *size = QSize(qRound(boxWidth), qRound(boxHeight));
            }
        }
    }
    if (!root)
        return SvgCheck::NotSvg;
    return xml.hasError() ? SvgCheck::Broken : SvgCheck::Svg;
}

QString notAnImage(const QString &name)
{
    return name.isEmpty()
        ? ImageImporter::tr("The data is not an image Postwright can insert (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP, TIFF, ICO).")
        : ImageImporter::tr("%1 is not an image Postwright can insert (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP, TIFF, ICO).").arg(name);
}

QString brokenImage(const QString &name)
{
    return name.isEmpty() ? ImageImporter::tr("The image is damaged or incomplete: it cannot be shown.")
                          : ImageImporter::tr("%1 is damaged or incomplete: it cannot be shown.").arg(name);
}

// What device (open, seekable) holds; name is for messages.
Result<ImageFormat> inspectDevice(QIODevice &device, const QString &name)
{
    device.seek(0);
    const QByteArray head = device.read(HeadSize);
    const Kind kind = sniff(head);
    if (kind == Kind::Unknown)
        return Problem{notAnImage(name)};
    const KindInfo &info = infoFor(kind);
    ImageFormat format;
    format.suffix = QLatin1StringView(info.suffix);
    format.mimeType = QLatin1StringView(info.mimeType);

    device.seek(0);
    if (kind == Kind::Svg) {
        const SvgCheck check = checkSvg(device, &format.size);
        device.seek(0);
        if (check == SvgCheck::NotSvg)
            return Problem{notAnImage(name)};
        if (check == SvgCheck::Broken)
            return Problem{brokenImage(name)};
        return format;
    }

    bool complete = true;
    if (kind == Kind::Png)
        complete = pngIsComplete(device);
    else if (kind == Kind::Jpeg)
        complete = jpegIsComplete(device);
    else if (kind == Kind::WebP)
        complete = webpIsComplete(device, head);
    if (!complete)
        return Problem{brokenImage(name)};

    if (QImageReader::supportedImageFormats().contains(info.qtFormat)) {
        device.seek(0);
        QImageReader reader(&device);
        reader.setDecideFormatFromContent(true);
        QSize size = reader.size();
        if (!size.isValid() || qint64(size.width()) * size.height() <= MaxDecodedPixels) {
            const QImage image = reader.read();
            if (image.isNull()) {
                device.seek(0);
                return Problem{brokenImage(name)};
            }
            size = image.size();
        }
        format.size = size;
    } else {
        // No plugin to decode it here (AVIF, often): the browser will.
        format.size = headerSize(kind, head);
    }
    device.seek(0);
    return format;
}


QString letters(const QString &text)
{
    QString kept;
    for (const QChar c : text.toLower())
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            kept += c;
    return kept;
}


void trimPunctuation(QString &text)
{
    const auto isPunctuation = [](QChar c) { return c == u'.' || c == u'-' || c == u'_'; };
    while (!text.isEmpty() && isPunctuation(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && isPunctuation(text.back()))
        text.chop(1);
}

// One import: the checks, then the copy through a staged write, published
// under a free name. The writer takes back whatever it made unless the copy
// is published.
class Import
{
public:
    Import(const ImagePlacement &placement, QIODevice &source, const QString &displayName)
        : m_placement(placement)
        , m_source(source)
        , m_name(displayName)
    {
    }

    Result<ImportedImage> run(const QString &folderIn, const QString &wanted);

private:
    std::optional<QString> findIdentical(const QString &folder, const QString &preferred, qint64 size, const QByteArray &hash) const;
    Result<> copy(AtomicWriter &writer, qint64 expectedSize, const QByteArray &expectedHash);
    Problem outsideTheSite() const;
    Problem failedWrite(const Problem &written, AtomicWriter::Step step) const;

    const ImagePlacement &m_placement;
    QIODevice &m_source;
    QString m_name;
    QString m_folder;
};

Result<ImportedImage> Import::run(const QString &folderIn, const QString &wanted)
{
    if (m_placement.siteRoot.isEmpty())
        return Problem{ImagePlacement::unsavedPostMessage()};
    const QString requested = folderIn.isEmpty() ? m_placement.folder : folderIn;
    if (requested.isEmpty())
        return Problem{ImagePlacement::unsavedPostMessage()};
    m_folder = QDir::cleanPath(QDir::isAbsolutePath(requested) ? requested : QDir(m_placement.siteRoot).absoluteFilePath(requested));

    const Result<ImageFormat> format = inspectDevice(m_source, m_name);
    if (!format)
        return format.problem();
    const QString fileName = ImageImporter::safeFileName(wanted, format->suffix);
    if (m_name.isEmpty())
        m_name = fileName;

    if (!m_placement.isInsideSite(m_folder))
        return outsideTheSite();
    QString linkError;
    if (m_placement.linkFor(m_folder + u'/' + fileName, &linkError).isEmpty())
        return Problem{linkError};

    QCryptographicHash sourceHash(QCryptographicHash::Sha256);
    m_source.seek(0);
    if (!sourceHash.addData(&m_source))
        return Problem{ImageImporter::tr("%1 cannot be read: %2").arg(m_name, m_source.errorString())};
    const QByteArray hash = sourceHash.result();
    const qint64 size = m_source.size();

    ImportedImage image;
    image.format = *format;
    image.bytes = size;
    if (const std::optional<QString> existing = findIdentical(m_folder, fileName, size, hash)) {
        image.fileName = *existing;
        image.storedPath = m_folder + u'/' + *existing;
        image.reused = true;
        image.link = m_placement.linkFor(image.storedPath);
        return image;
    }

    // Never outside the site, never over a file: a name taken, by another
    // import or another program, leaves the copy "-2", "-3"...
    AtomicWriter writer(m_folder + u'/' + fileName, AtomicWriter::Publish::CreateNumbered);
    writer.setRoot(m_placement.siteRoot);
    if (const Result<> opened = writer.open(); !opened)
        return failedWrite(opened.problem(), writer.failure().step);
    if (Result<> copied = copy(writer, size, hash); !copied)
        return copied.problem();
    const Result<QString> stored = writer.publish();
    if (!stored)
        return failedWrite(stored.problem(), writer.failure().step);
    image.fileName = *stored;
    image.storedPath = m_folder + u'/' + *stored;
    image.link = m_placement.linkFor(image.storedPath);
    return image;
}

// A file in folder with these bytes (size first, then SHA-256), the one
// named preferred first. Links and hidden files are not candidates.
std::optional<QString> Import::findIdentical(const QString &folder, const QString &preferred, qint64 size,
                                             const QByteArray &hash) const
{
    QFileInfoList candidates = QDir(folder).entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name);
    std::stable_partition(candidates.begin(), candidates.end(), [&](const QFileInfo &info) { return info.fileName() == preferred; });
    for (const QFileInfo &info : std::as_const(candidates)) {
        if (info.size() != size)
            continue;
        QFile file(info.filePath());
        QCryptographicHash fileHash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly) && fileHash.addData(&file) && fileHash.result() == hash)
            return info.fileName();
    }
    return std::nullopt;
}

// Copies the source into writer in chunks, checking that it still holds what
// was inspected and hashed.
Result<> Import::copy(AtomicWriter &writer, qint64 expectedSize, const QByteArray &expectedHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    qint64 copied = 0;
    m_source.seek(0);
    while (true) {
        const qint64 got = m_source.read(chunk.data(), chunk.size());
        if (got < 0)
            return Problem{ImageImporter::tr("%1 cannot be read: %2").arg(m_name, m_source.errorString())};
        if (got == 0)
            break;
        const QByteArrayView bytes(chunk.constData(), got);
        hash.addData(bytes);
        if (const Result<> appended = writer.append(bytes); !appended)
            return failedWrite(appended.problem(), writer.failure().step);
        copied += got;
    }
    if (copied != expectedSize || hash.result() != expectedHash)
        return Problem{ImageImporter::tr("%1 changed while it was copied; try again.").arg(m_name)};
    return {};
}

Problem Import::outsideTheSite() const
{
    return {ImageImporter::tr("The folder %1 is outside the site %2: images are stored inside the site only.")
                .arg(QDir::toNativeSeparators(m_folder), QDir::toNativeSeparators(m_placement.siteRoot))};
}

// What the writer could not do, said of the image being copied: the writer
// words the failure (a folder, a full disk, every name taken) and this adds
// the name the image had, which the writer knows only made safe. A folder
// that turns out to lie outside the site gets the words of the check before
// the write: the writer's own check only repeats it, against a link swapped
// in meanwhile.
Problem Import::failedWrite(const Problem &written, AtomicWriter::Step step) const
{
    if (step == AtomicWriter::Step::OutsideRoot)
        return outsideTheSite();
    return {ImageImporter::tr("%1 could not be copied: %2").arg(m_name, written.message)};
}

} // namespace

Result<ImageFormat> ImageImporter::inspect(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return Problem{notAnImage(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{tr("%1 cannot be read: %2").arg(name, file.errorString())};
    return inspectDevice(file, name);
}

Result<ImageFormat> ImageImporter::inspectData(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return inspectDevice(buffer, QString());
}

QString ImageImporter::safeFileName(const QString &wanted, const QString &suffix)
{
    QString name = wanted;
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1);

    // What looks like an extension is replaced by the one the bytes call for;
    // "photo.jpeg" keeps its spelling for JPEG bytes ("tif" for TIFF likewise).
    static const QRegularExpression extensionPattern(QStringLiteral("\\.([A-Za-z0-9]{1,5})$"));
    QString base = name;
    QString ownExtension;
    if (const QRegularExpressionMatch match = extensionPattern.match(name); match.hasMatch()) {
        base = name.left(match.capturedStart());
        ownExtension = match.captured(1).toLower();
    }
    QString extension = letters(suffix);
    if (extension == u"jpg" && ownExtension == u"jpeg")
        extension = ownExtension;
    else if ((extension == u"tif" || extension == u"tiff") && (ownExtension == u"tif" || ownExtension == u"tiff"))
        extension = ownExtension;
    else if (extension.isEmpty())
        extension = letters(ownExtension);

    QString safe;
    for (const QChar c : PathText::foldToAscii(base)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_') {
            safe += c;
        } else if (c == u'.') {
            if (!safe.endsWith(u'.') && !safe.endsWith(u'-'))
                safe += c;
        } else if (safe.endsWith(u'.')) {
            safe.back() = u'-';
        } else if (!safe.endsWith(u'-')) {
            safe += u'-';
        }
    }
    trimPunctuation(safe);
    safe.truncate(MaxBaseLength);
    trimPunctuation(safe);
    if (safe.isEmpty())
        safe = QStringLiteral("image");
    // Names Windows keeps for devices, whatever the extension.
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$"));
    if (reserved.match(safe).hasMatch())
        safe.insert(safe.indexOf(u'.') < 0 ? safe.size() : safe.indexOf(u'.'), QLatin1StringView("-image"));
    return extension.isEmpty() ? safe : safe + u'.' + extension;
}

Result<ImportedImage> ImageImporter::importFile(const ImagePlacement &placement, const QString &folder,
                                                const QString &sourcePath, const QString &fileName)
{
    const QString name = QFileInfo(sourcePath).fileName();
    if (QFileInfo(sourcePath).isDir())
        return Problem{notAnImage(name)};
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Problem{tr("%1 cannot be read: %2").arg(name, source.errorString())};
    Import import(placement, source, name);
    return import.run(folder, fileName.isEmpty() ? name : fileName);
}

Result<ImportedImage> ImageImporter::importData(const ImagePlacement &placement, const QString &folder,
                                                const QByteArray &bytes, const QString &fileName)
{
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    // Unnamed bytes are "the data" until they have their safe name.
    Import import(placement, source, fileName.isEmpty() ? QString() : QFileInfo(fileName).fileName());
    return import.run(folder, fileName);
}

} // namespace Postwright
