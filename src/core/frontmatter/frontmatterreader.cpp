#include "frontmatterreader.h"

#include "frontmatterbackend.h"
#include "frontmattertext.h"

namespace Postwright {

QString FrontMatterData::string(const QString &key) const
{
    const QVariant value = values.value(key);
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap
        ? QString()
        : value.toString();
}

QStringList FrontMatterData::stringList(const QString &key) const
{
    const QVariant value = values.value(key);
    if (value.typeId() != QMetaType::QVariantList)
        return value.isValid() && !value.toString().isEmpty() ? QStringList{value.toString()} : QStringList{};
    QStringList list;
    for (const QVariant &item : value.toList())
        list.append(item.toString());
    return list;
}

FrontMatterData readFrontMatter(QByteArrayView text)
{
    FrontMatterData data;
    data.block = FrontMatterBlock::locate(text);
    if (!data.block.exists())
        return data;
    const QByteArrayView content = data.block.content(text);
    const int firstLine = FrontMatterText(text, text.size()).lineNumber(data.block.contentStart);
    data.values = FrontMatterBackend::forFormat(data.block.format)->readValues(content, &data.error);
    if (data.error)
        data.error->line += firstLine - 1;
    return data;
}

} // namespace Postwright
