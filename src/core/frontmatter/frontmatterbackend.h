#pragma once
// One front matter format (YAML, TOML, JSON) behind one interface, the way
// KSyntaxHighlighting's highlighters share AbstractHighlighter: a back-end
// reads the block's values with its format's parser, finds where each key is
// written, makes the one-range edit that sets or removes a key, and supplies
// its syntax for strings, keys and dates. What the formats share (the switch
// over value kinds, numbers, lists, inline maps, a new block) is done here once.

#include "frontmatterdocument.h"
#include "frontmattervalues.h"

#include <optional>
#include <utility>

namespace Postwright {

class FrontMatterBackend
{
public:
    virtual ~FrontMatterBackend();
    FrontMatterBackend(const FrontMatterBackend &) = delete;
    FrontMatterBackend &operator=(const FrontMatterBackend &) = delete;

    // The back-end of format; nullptr for FrontMatterFormat::None. Back-ends
    // keep no state, so one instance serves every thread.
    static const FrontMatterBackend *forFormat(FrontMatterFormat format);

    // The values of content (a block's inside) as the format's parser reads
    // them. Content the parser refuses sets *error, its line and column
    // counted in content. Never throws.
    virtual QVariantMap readValues(QByteArrayView content, std::optional<Problem> *error) const = 0;
    // Where each key is written, in file order: spans, style, comment and
    // indent (FrontMatterDocument::parse adds values and kinds). Runs on a
    // block readValues accepted; what it cannot place it leaves out.
    virtual QList<FrontMatterEntry> scan(QByteArrayView text, const FrontMatterBlock &block) const = 0;
    // The one edit that sets path to *value, or removes path's key when
    // value is nullopt; the caller (SurgicalWriter) checks it by parsing the
    // result again.
    virtual std::optional<TextEdit> edit(QByteArrayView text, const FrontMatterDocument &document,
                                         const QStringList &path, const std::optional<QVariant> &value,
                                         QString *error) const = 0;

    // value in this format: strings in style where the format has a choice
    // of quotes, the items of lists and maps in the style it gives items.
    QByteArray formatValue(const QVariant &value, ValueStyle style = ValueStyle::Plain) const;
    // The same with every choice made: itemStyle for the items of lists and
    // maps; nested when the value stands inside a flow collection.
    QByteArray formatValue(const QVariant &value, ValueStyle style, ValueStyle itemStyle, bool nested) const;
    // A new block with these keys, in this order, for a post that has none;
    // ends with its closing delimiter line.
    QByteArray newBlock(const QList<std::pair<QString, QVariant>> &keys) const;

    // A refusal: message goes to *error, the edit is nullopt.
    static std::nullopt_t refuse(QString *error, const QString &message);

protected:
    // The fixed spelling of a format's values and blocks.
    struct Syntax
    {
        QByteArray null;          // a value that is not there
        FloatSpelling floats;
        QByteArray mapOpen;       // an inline map: "{", "{ "
        QByteArray mapClose;
        QByteArray keyValue;      // between a key and its value: ": ", " = "
        QByteArray blockOpen;     // a whole block: "---\n"
        QByteArray blockClose;
        QByteArray blockIndent;   // before each key of a new block
        QByteArray blockSeparator; // after each key's value but the last: "," in JSON
    };

    explicit FrontMatterBackend(Syntax syntax);

    // A string scalar in style; nested: inside a flow collection.
    virtual QByteArray formatString(const QString &text, ValueStyle style, bool nested) const = 0;
    // A key of a map; nested: inside an inline map. By default a plain string.
    virtual QByteArray formatKey(const QString &key, bool nested) const;
    // A QDate or QDateTime in style. By default its ISO 8601 text as a string.
    virtual QByteArray formatDate(const QVariant &date, ValueStyle style) const;
    // The style of list items and map values inside a value written in style.
    virtual ValueStyle itemStyle(ValueStyle style) const { return style; }

private:
    Syntax m_syntax;
};

} // namespace Postwright
