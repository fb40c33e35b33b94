#pragma once
// Reads a post's front matter into plain values (maps, lists, strings, numbers,
// booleans) for display and listing. Read-only: edits go through the surgical
// writer, never through these values.

#include "frontmatterblock.h"
#include "problem.h"

#include <QVariantMap>

namespace Postwright {

struct FrontMatterData
{
    FrontMatterBlock block;
    QVariantMap values;
    std::optional<Problem> error; // where the block does not parse (line and column in the file)

    QString string(const QString &key) const;
    QStringList stringList(const QString &key) const;
};

// Never throws: parser exceptions become an error with a position.
FrontMatterData readFrontMatter(QByteArrayView text);

} // namespace Postwright
