#pragma once
// Changes one key of a post's front matter and nothing else: the edit is one
// byte range inside that key's entry, written in the style the value had
// (quotes, flow or block list, date shape), and checked by parsing the result
// again: when any other key would read differently, the edit is refused.

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

// A date or date-time value written in the shape of oldText: date only stays
// date only ("2021-04-11"), a time keeps its separator, seconds and offset
// style ("2021-04-11T10:00:00+02:00", "2021-04-11 10:00:00 +0200", "Z").
// Without a date-like oldText, ISO 8601. Other values: their text.
QString dateTextLike(const QString &oldText, const QVariant &value);

// The per-format halves the writer and the document dispatch to. Each fills
// the entries' spans, styles, comments and indents from the text (values and
// kinds are filled from the parser by FrontMatterDocument::parse), and makes
// the edit for one path; the caller checks the result.
namespace YamlFrontMatter {
void scan(QByteArrayView text, FrontMatterDocument &document);
std::optional<TextEdit> setValue(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const QVariant &value, QString *error);
std::optional<TextEdit> removeKey(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                  QString *error);
// value as a YAML scalar or flow list; quotes only where YAML needs them,
// or in the quote style given (SingleQuoted, DoubleQuoted).
QByteArray formatValue(const QVariant &value, ValueStyle style = ValueStyle::Plain);
} // namespace YamlFrontMatter

namespace TomlFrontMatter {
void scan(QByteArrayView text, FrontMatterDocument &document);
std::optional<TextEdit> setValue(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const QVariant &value, QString *error);
std::optional<TextEdit> removeKey(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                  QString *error);
QByteArray formatValue(const QVariant &value, ValueStyle style = ValueStyle::DoubleQuoted);
} // namespace TomlFrontMatter

namespace JsonFrontMatter {
void scan(QByteArrayView text, FrontMatterDocument &document);
std::optional<TextEdit> setValue(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                 const QVariant &value, QString *error);
std::optional<TextEdit> removeKey(QByteArrayView text, const FrontMatterDocument &document, const QStringList &path,
                                  QString *error);
QByteArray formatValue(const QVariant &value);
} // namespace JsonFrontMatter

// The halves of one format; nullptr for FrontMatterFormat::None.
struct FrontMatterFormatHandler
{
    void (*scan)(QByteArrayView, FrontMatterDocument &);
    std::optional<TextEdit> (*setValue)(QByteArrayView, const FrontMatterDocument &, const QStringList &,
                                        const QVariant &, QString *);
    std::optional<TextEdit> (*removeKey)(QByteArrayView, const FrontMatterDocument &, const QStringList &, QString *);
};
const FrontMatterFormatHandler *formatHandler(FrontMatterFormat format);

} // namespace Postwright
