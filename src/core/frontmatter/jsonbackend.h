#pragma once
// JSON front matter (Hugo's object at the top of a post): values read by Qt's
// parser, members found with their commas, edits that keep the commas valid.

#include "frontmatterbackend.h"

namespace Postwright {

class JsonBackend final : public FrontMatterBackend
{
public:
    JsonBackend();

    QVariantMap readValues(QByteArrayView content, std::optional<Problem> *error) const override;
    QList<FrontMatterEntry> scan(QByteArrayView text, const FrontMatterBlock &block) const override;
    std::optional<TextEdit> edit(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const std::optional<QVariant> &value, QString *error) const override;

    // value as a JSON document for people and scripts: one member or item a
    // line, four spaces a level, floats with their point (3.0, not 3).
    QByteArray formatIndented(const QVariant &value) const;

protected:
    // Dates are strings too: JSON has none.
    QByteArray formatString(const QString &text, ValueStyle style, bool nested) const override;
};

} // namespace Postwright
