#include "postfile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <unistd.h>

namespace Postwright {

namespace {

bool startsWithUtf16Or32Bom(QByteArrayView bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
}

bool startsWithUtf32Bom(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
}

// bytes without a last character that the end cuts in two: the tail of a
// unit (UTF-16 or UTF-32), a lone high surrogate, or the start of a UTF-8
// sequence.
QByteArrayView withoutCutCharacter(QByteArrayView bytes)
{
    if (startsWithUtf16Or32Bom(bytes)) {
        const bool utf32 = startsWithUtf32Bom(bytes);
        bytes.chop(bytes.size() % (utf32 ? 4 : 2));
        if (!utf32 && bytes.size() >= 4) {
            const bool littleEndian = bytes.startsWith("\xFF\xFE");
            const auto high = static_cast<unsigned char>(bytes[bytes.size() - (littleEndian ? 1 : 2)]);
            if (high >= 0xD8 && high <= 0xDB)
                bytes.chop(2);
        }
        return bytes;
    }
    qsizetype lead = bytes.size();
    int continuations = 0;
    while (lead > 0 && continuations < 3 && (static_cast<unsigned char>(bytes[lead - 1]) & 0xC0) == 0x80) {
        --lead;
        ++continuations;
    }
    if (lead == 0)
        return bytes;
    const auto c = static_cast<unsigned char>(bytes[lead - 1]);
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return length > continuations + 1 ? bytes.first(lead - 1) : bytes;
}

// Control characters no text file carries (tab, line feed, form feed,
// carriage return, vertical tab and escape do appear in text).
bool isStrayControl(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B;
}

// The 1-based line of the first byte sequence that is not UTF-8, and whether
// the bytes hold any well-formed multi-byte sequence.
struct Utf8Scan
{
    int firstBadLine = 0;
    bool hasMultiByte = false;
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    int line = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n')
            ++line;
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
        const bool fits = length > 0 && i + length <= bytes.size()
                          && QUtf8StringView(bytes.data() + i, length).isValidUtf8();
        if (!fits) {
            if (!scan.firstBadLine)
                scan.firstBadLine = line;
            ++i;
            continue;
        }
        scan.hasMultiByte = true;
        i += length;
    }
    return scan;
}

} // namespace

FileVerdict PostFile::inspectBytes(QByteArrayView bytes)
{
    FileVerdict verdict;
    verdict.size = bytes.size();
    verdict.large = bytes.size() > LargeBytes;
    if (startsWithUtf16Or32Bom(bytes)) {
        const bool utf32 = startsWithUtf32Bom(bytes);
        QStringDecoder decoder(utf32 ? QStringConverter::Utf32 : QStringConverter::Utf16);
        const QString text = decoder.decode(bytes);
        const qsizetype unit = utf32 ? 4 : 2;
        // A cut-off last unit or surrogate pair is no error to the decoder
        // until it is flushed: judged here.
        const bool cut = bytes.size() % unit != 0 || (!text.isEmpty() && text.back().isHighSurrogate());
        if (decoder.hasError() || cut) {
            verdict.kind = FileVerdict::Undecodable;
            verdict.message = tr("The file starts like UTF-%1 text but is not valid UTF-%1.").arg(utf32 ? 32 : 16);
        }
        return verdict;
    }
    const qsizetype nul = bytes.indexOf('\0');
    const qsizetype head = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < head; ++i)
        controls += isStrayControl(static_cast<unsigned char>(bytes[i]));
    if (nul >= 0 || controls * 100 > head * 1) {
        verdict.kind = FileVerdict::Binary;
        verdict.message = tr("The file is binary, not text: it holds bytes no text file has (at byte %1).")
                              .arg(nul >= 0 ? nul : 0);
        return verdict;
    }
    const Utf8Scan scan = scanUtf8(bytes);
    // UTF-8 with damaged sequences would open as garbage; text without any
    // UTF-8 sequence is an 8-bit encoding (Latin-1 and kin), kept as it is.
    if (scan.firstBadLine && scan.hasMultiByte) {
        verdict.kind = FileVerdict::Undecodable;
        verdict.message = tr("The file is UTF-8 text with invalid bytes on line %1; opening it would show and save "
                             "them as garbage. Repair it in an editor that shows raw bytes.")
                              .arg(scan.firstBadLine);
    }
    return verdict;
}

FileVerdict PostFile::inspectStart(QByteArrayView start)
{
    return inspectBytes(withoutCutCharacter(start));
}

FileVerdict PostFile::inspect(const QString &path)
{
    const QFileInfo info(path);
    FileVerdict verdict;
    if (!info.exists()) {
        verdict.kind = FileVerdict::Missing;
        verdict.message = tr("%1 does not exist.").arg(path);
        return verdict;
    }
    if (!info.isFile()) {
        verdict.kind = FileVerdict::NotAFile;
        verdict.message = tr("%1 is not a file.").arg(path);
        return verdict;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        verdict.kind = FileVerdict::Unreadable;
        verdict.message = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return verdict;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        verdict.kind = FileVerdict::Unreadable;
        verdict.message = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return verdict;
    }
    return inspectBytes(bytes);
}

bool PostFile::isMarkdownName(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown"),
                                         QStringLiteral("mkd")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString PostFile::whyNotWritable(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return tr("The folder %1 no longer exists.").arg(folder);
    // access() answers for this process, root and read-only mounts included.
    if (info.exists() && ::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return tr("%1 is read-only.").arg(info.fileName());
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return tr("The folder %1 is read-only.").arg(folder);
    return {};
}

} // namespace Postwright
