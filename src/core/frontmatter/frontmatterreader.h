#pragma once
// Reads a post's front matter into plain values (maps, lists, strings, numbers,
// booleans) for display and listing. Read-only: edits go through the surgical
// writer, never through these values.

#include "frontmatterblock.h"

#include <QVariantMap>

namespace Postwright {

struct FrontMatterError
{
    int line = 0;   // 1-based line in the file, 0 when unknown
    int column = 0; // 1-based
    QString message;
};

struct FrontMatterData
{
    FrontMatterBlock block;
    QVariantMap values;
    std::optional<FrontMatterError> error;

    QString string(const QString &key) const;
    QStringList stringList(const QString &key) const;
};

// Never throws: parser exceptions become an error with a position.
FrontMatterData readFrontMatter(QByteArrayView text);

} // namespace Postwright
