#pragma once
// Copies an image into a post's image folder under a safe name. The name is
// lowercased, spaces become hyphens, path parts and ".." are dropped, and the
// extension follows the bytes, not the name. Identical bytes already in the
// folder are reused; a different file of the same name leaves the new one
// "-2", "-3"...; nothing is ever overwritten, nothing written outside the
// site, and a failed copy (read-only folder, full disk) leaves no file.

#include "images/imageplacement.h"
#include "problem.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

namespace Postwright {

// What an image's bytes are.
struct ImageFormat
{
    QString suffix;   // the extension its content calls for: "png", "jpg", "gif", "webp", "svg", "avif", "bmp"...
    QString mimeType; // "image/png"
    QSize size;       // in pixels; for SVG from width/height or viewBox, may be invalid
};

struct ImportedImage
{
    QString storedPath; // absolute path of the file in the folder
    QString fileName;
    QString link;        // the src the post uses (ImagePlacement::linkFor)
    bool reused = false; // the folder already held these bytes: nothing was copied
    ImageFormat format;
    qint64 bytes = 0;
};

class ImageImporter
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ImageImporter)
public:
    // What the file holds, read from its bytes; the Problem says why not
    // when it is not an image, is broken or truncated, or cannot be read.
    static Result<ImageFormat> inspect(const QString &path);
    static Result<ImageFormat> inspectData(const QByteArray &bytes);

    // The name an image gets: wanted reduced to its last path part ("/" and a
    // backslash both separate), lowercased, accents dropped, anything but
    // [a-z0-9._] as single hyphens, no leading or trailing dot or hyphen, the
    // base at most 80 characters, with suffix as extension ("Summit Focus.PNG",
    // "png" -> "summit-focus.png"; "../../x.jpeg", "png" -> "x.png"). A name's
    // own ".jpeg" (".tif") stays for JPEG (TIFF) bytes; an empty suffix keeps
    // the name's extension. Never empty: "image" when nothing is left.
    static QString safeFileName(const QString &wanted, const QString &suffix);

    // Imports the file at sourcePath into folder (absolute; placement.folder
    // unless the user chose another) as fileName made safe (empty: the
    // source's own name). Missing folders are created, inside the site only.
    // On failure the Problem says why (it has no line) and no file is left
    // behind.
    static Result<ImportedImage> importFile(const ImagePlacement &placement, const QString &folder,
                                            const QString &sourcePath, const QString &fileName);
    // The same for bytes in memory (a pasted screenshot, already PNG); an
    // empty fileName gives "image.<suffix>".
    static Result<ImportedImage> importData(const ImagePlacement &placement, const QString &folder,
                                            const QByteArray &bytes, const QString &fileName);
};

} // namespace Postwright
