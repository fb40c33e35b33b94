#pragma once
// What a post file on disk may be opened and saved as: text in an encoding
// the editor keeps byte for byte, or a clear reason why not. A file that is
// binary or cannot be decoded is refused, so it is never shown as garbage
// and never saved over.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Postwright {

struct FileVerdict
{
    enum Kind { Text, Missing, NotAFile, Unreadable, Binary, Undecodable };
    Kind kind = Text;
    QString message; // for the user; empty for Text
    bool large = false; // over PostFile::LargeBytes: open, but pause the preview
    qint64 size = 0;

    bool canOpen() const { return kind == Text; }
};

class PostFile
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::PostFile)
public:
    static constexpr qint64 LargeBytes = 20 * 1024 * 1024;

    static FileVerdict inspect(const QString &path);
    // The rules on the bytes alone.
    static FileVerdict inspectBytes(QByteArrayView bytes);
    // The same rules on the first bytes of a longer file (what a list reads
    // to tell posts from binaries): a character cut in two where the bytes
    // stop is no fault of the file. size and large speak of start only.
    static FileVerdict inspectStart(QByteArrayView start);
    // Empty when a save to path can go ahead (an atomic save needs to write
    // the folder too); otherwise why it cannot.
    static QString whyNotWritable(const QString &path);
    // Whether path is named as a Markdown post (.md, .markdown, .mdown, .mkd).
    static bool isMarkdownName(const QString &path);
};

} // namespace Postwright
