#pragma once
// Finds where each key and value of a YAML block is written: the spans,
// style, comment and indent of every entry, a map's keys right after it.
// yaml-cpp has already accepted the block, so the scanner trusts the
// structure and only needs to find it; what it cannot place it leaves out.

#include "frontmatterdocument.h"
#include "yamllines.h"

namespace Postwright {

class YamlScanner
{
public:
    explicit YamlScanner(const YamlLines &lines);

    // Every key in file order. Merge keys ("<<: *base") are not keys of
    // their map: they are left out, and their paths go to *mergeKeys.
    QList<FrontMatterEntry> scan(QList<QStringList> *mergeKeys = nullptr) const;

private:
    // Where a value is written, as the scanner found it.
    struct Extent
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int lastLine = 0;
        ValueStyle style = ValueStyle::Plain;
        qsizetype comment = -1; // the '#' of a comment after the value, or -1
    };

    void scanMap(int first, int end, int indent, const QStringList &prefix, QList<FrontMatterEntry> &out,
                 QList<QStringList> *mergeKeys) const;
    int nextContentLine(int from, int end) const;
    int blockEnd(int first, int end, int indent, bool indentlessList) const;
    Extent valueAfter(const YamlKey &key, int i, int end, int indent, int *childFirst) const;
    Extent inlineValue(int i, qsizetype valueStart, qsizetype token, int end, int indent) const;
    Extent plainScalar(int i, qsizetype valueStart, qsizetype token, int end, int indent) const;
    Extent blockScalar(int i, qsizetype valueStart, qsizetype token, int end, int indent) const;

    const YamlLines &m_lines;
};

} // namespace Postwright
