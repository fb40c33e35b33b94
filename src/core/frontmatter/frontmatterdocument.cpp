#include "frontmatterdocument.h"

#include "surgicalwriter.h"

#include <QRegularExpression>
#include <QSet>

namespace Postwright {

namespace {

QVariant valueAt(const QVariantMap &values, const QStringList &path)
{
    QVariant current = values;
    for (const QString &part : path) {
        if (current.typeId() != QMetaType::QVariantMap)
            return {};
        current = current.toMap().value(part);
    }
    return current;
}

ValueKind kindOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return ValueKind::Bool;
    case QMetaType::LongLong:
    case QMetaType::Int:
        return ValueKind::Integer;
    case QMetaType::Double:
        return ValueKind::Float;
    case QMetaType::QVariantList:
        return ValueKind::List;
    case QMetaType::QVariantMap:
        return ValueKind::Map;
    case QMetaType::Nullptr:
    case QMetaType::UnknownType:
        return ValueKind::Null;
    case QMetaType::QString: {
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression dateTime(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
        const QString text = value.toString();
        if (date.match(text).hasMatch())
            return ValueKind::Date;
        if (dateTime.match(text).hasMatch())
            return ValueKind::DateTime;
        return ValueKind::String;
    }
    default:
        return value.isValid() ? ValueKind::String : ValueKind::Null;
    }
}

} // namespace

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
    if (const FrontMatterFormatHandler *handler = formatHandler(document.block.format))
        handler->scan(text, document);
    // The parser says what a value is; the scanner where it is written.
    QSet<QString> seen;
    for (FrontMatterEntry &entry : document.entries) {
        entry.value = valueAt(data.values, entry.path);
        entry.kind = kindOf(entry.value);
        if (entry.path.size() == 1) {
            if (seen.contains(entry.path.first()) && !document.duplicateKeys.contains(entry.path.first()))
                document.duplicateKeys.append(entry.path.first());
            seen.insert(entry.path.first());
        }
    }
    return document;
}

} // namespace Postwright
