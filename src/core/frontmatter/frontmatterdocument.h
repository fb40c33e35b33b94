#pragma once
// A post's front matter as typed keys that know where they stand in the file:
// each key and its value carry byte spans, so the surgical writer can change
// one value and leave every other byte (comments, order, quoting, unknown
// keys) as it was. Values are read by the format's own parser (yaml-cpp,
// toml++, Qt's JSON); the spans by a small scanner per format.

#include "frontmatterblock.h"
#include "frontmatterreader.h"
#include "frontmattervalues.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Postwright {

// [start, end) in the file's bytes; invalid when start < 0.
struct ByteSpan
{
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    qsizetype length() const { return isValid() ? end - start : 0; }
    friend bool operator==(const ByteSpan &, const ByteSpan &) = default;
};

struct FrontMatterEntry
{
    QStringList path;     // {"params", "author"} for a nested key; top-level: one part
    ByteSpan keySpan;     // the key as written, quotes included
    ByteSpan valueSpan;   // the value as written: on the key's line, or the block below it
    ByteSpan entrySpan;   // the whole lines the entry occupies (with its line break), for removal
    int line = 0;         // 1-based line of the key in the file
    ValueKind kind = ValueKind::Null;
    ValueStyle style = ValueStyle::Plain;
    QVariant value;       // QString, qlonglong, double, bool, QStringList-like QVariantList, QVariantMap; dates as their text
    QString text;         // the value's source text (valueSpan's bytes, decoded)
    QString comment;      // a comment after the value on the key's line, without '#'
    int indent = 0;       // columns before the key (nested YAML keys)

    QString key() const { return path.isEmpty() ? QString() : path.last(); }
};

struct FrontMatterDocument
{
    FrontMatterBlock block;
    // Every key in file order: top-level keys, and below a map the keys of
    // that map (path longer than one) right after their parent.
    QList<FrontMatterEntry> entries;
    QList<Problem> errors;           // parser errors (file lines); non-empty: read-only
    QStringList duplicateKeys;       // top-level keys written more than once

    FrontMatterFormat format() const { return block.format; }
    bool isValid() const { return errors.isEmpty(); }
    const FrontMatterEntry *find(const QStringList &path) const;
    // Top-level keys in file order, then the keys read but not written in the
    // block (merged in by a YAML "<<"), by name.
    QStringList topLevelKeys() const;
    QVariantMap values() const { return m_values; } // every key and its typed value, as the parser read them

    // Never throws; a syntax error is an error with its file line and column.
    // Text that only opens like front matter has no block (block.notice says
    // why; FrontMatterBlock::locate owns that rule).
    static FrontMatterDocument parse(QByteArrayView text);

private:
    QVariantMap m_values;
};

// One replacement of bytes: [start, end) becomes replacement. Everything
// outside stays as it was.
struct TextEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray replacement;

    QByteArray applyTo(QByteArrayView text) const;
};

} // namespace Postwright
