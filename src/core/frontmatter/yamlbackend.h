#pragma once
// YAML front matter (the --- block of Hugo and Jekyll): values read by
// yaml-cpp with Hugo's meaning of plain scalars and "<<" merge keys merged;
// the line model, scanner and writer do the rest (yamllines, yamlscanner,
// yamlwriter).

#include "frontmatterbackend.h"

namespace Postwright {

class YamlBackend final : public FrontMatterBackend
{
public:
    YamlBackend();

    QVariantMap readValues(QByteArrayView content, std::optional<Problem> *error) const override;
    QList<FrontMatterEntry> scan(QByteArrayView text, const FrontMatterBlock &block) const override;
    std::optional<TextEdit> edit(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const std::optional<QVariant> &value, QString *error) const override;

protected:
    QByteArray formatString(const QString &text, ValueStyle style, bool nested) const override;
    // Plain unless quotes are asked for: YAML reads a date as one.
    QByteArray formatDate(const QVariant &date, ValueStyle style) const override;
    // Items in single quotes when the value is, else in double quotes.
    ValueStyle itemStyle(ValueStyle style) const override;
};

} // namespace Postwright
