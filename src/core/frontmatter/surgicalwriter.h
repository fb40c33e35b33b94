#pragma once
// Changes one key of a post's front matter and nothing else: the edit is one
// byte range inside that key's entry, written in the style the value had
// (quotes, flow or block list, date shape) by the format's back-end
// (FrontMatterBackend), and checked by parsing the result again: when any
// other key would read differently, the edit is refused.

#include "frontmatterdocument.h"

#include <QCoreApplication>

namespace Postwright {

class SurgicalWriter
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::SurgicalWriter)
public:
    // Sets path (a top-level key, or {"params", "author"} into a map) to
    // value: QString, bool, qlonglong or int, double, QDate, QDateTime, or a
    // QVariantList / QStringList of those. A missing key is added after the
    // last key (of its map). Refuses, with *error, when the front matter does
    // not parse, the path crosses a non-map, or the check fails.
    static std::optional<TextEdit> setValue(QByteArrayView text, const QStringList &path, const QVariant &value,
                                            QString *error = nullptr);
    // Removes the key's whole lines (its comments on those lines with it).
    static std::optional<TextEdit> removeKey(QByteArrayView text, const QStringList &path, QString *error = nullptr);

    // A new front matter block in format with these keys, in this order, for a
    // post that has none; ends with its closing delimiter line.
    static QByteArray newBlock(FrontMatterFormat format, const QList<std::pair<QString, QVariant>> &keys);
};

} // namespace Postwright
