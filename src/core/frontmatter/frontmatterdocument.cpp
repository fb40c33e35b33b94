#include "frontmatterdocument.h"

#include "frontmatterbackend.h"

#include <QSet>

namespace Postwright {

QByteArray TextEdit::applyTo(QByteArrayView text) const
{
    QByteArray result;
    result.reserve(text.size() - (end - start) + replacement.size());
    result.append(text.first(start));
    result.append(replacement);
    result.append(text.sliced(end));
    return result;
}

const FrontMatterEntry *FrontMatterDocument::find(const QStringList &path) const
{
    for (const FrontMatterEntry &entry : entries)
        if (entry.path == path)
            return &entry;
    return nullptr;
}

QStringList FrontMatterDocument::topLevelKeys() const
{
    QStringList keys;
    for (const FrontMatterEntry &entry : entries)
        if (entry.path.size() == 1 && !keys.contains(entry.path.first()))
            keys.append(entry.path.first());
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (!keys.contains(it.key()))
            keys.append(it.key());
    return keys;
}

FrontMatterDocument FrontMatterDocument::parse(QByteArrayView text)
{
    FrontMatterDocument document;
    const FrontMatterData data = readFrontMatter(text);
    document.block = data.block;
    if (data.error)
        document.errors.append(*data.error);
    if (!document.block.exists() || !document.errors.isEmpty())
        return document;
    document.m_values = data.values;
    if (const FrontMatterBackend *backend = FrontMatterBackend::forFormat(document.block.format))
        document.entries = backend->scan(text, document.block);
    // The parser says what a value is; the scanner where it is written.
    QSet<QString> seen;
    for (FrontMatterEntry &entry : document.entries) {
        entry.value = FrontMatterValues::valueAt(data.values, entry.path);
        entry.kind = FrontMatterValues::kindOfParsed(entry.value);
        if (entry.path.size() == 1) {
            if (seen.contains(entry.path.first()) && !document.duplicateKeys.contains(entry.path.first()))
                document.duplicateKeys.append(entry.path.first());
            seen.insert(entry.path.first());
        }
    }
    return document;
}

} // namespace Postwright
