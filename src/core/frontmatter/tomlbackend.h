#pragma once
// TOML front matter (Hugo's +++ block): values read by toml++, keys found in
// tables, dotted keys and inline tables, and edits that keep a table's layout.

#include "frontmatterbackend.h"

namespace Postwright {

class TomlBackend final : public FrontMatterBackend
{
public:
    TomlBackend();

    QVariantMap readValues(QByteArrayView content, std::optional<Problem> *error) const override;
    QList<FrontMatterEntry> scan(QByteArrayView text, const FrontMatterBlock &block) const override;
    std::optional<TextEdit> edit(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const std::optional<QVariant> &value, QString *error) const override;

protected:
    // Basic strings, or literal ones where SingleQuoted asks and the text fits.
    QByteArray formatString(const QString &text, ValueStyle style, bool nested) const override;
    // Bare where TOML allows it.
    QByteArray formatKey(const QString &key, bool nested) const override;
    // Bare: TOML has dates of its own.
    QByteArray formatDate(const QVariant &date, ValueStyle style) const override;
};

} // namespace Postwright
