#pragma once
// Edits one key of a YAML block in place: its value written the way the old
// one was (quotes, flow or block list, block scalar, date shape, anchors and
// comments kept), a new key beside its siblings, a removal of its lines.
// What it cannot place is refused, never guessed.

#include "frontmatterdocument.h"
#include "yamllines.h"

#include <optional>

namespace Postwright {

class FrontMatterBackend;

class YamlWriter
{
public:
    // yaml writes new values; document was parsed from text.
    YamlWriter(const FrontMatterBackend &yaml, QByteArrayView text, const FrontMatterDocument &document);

    std::optional<TextEdit> set(const QStringList &path, const QVariant &value, QString *error) const;
    std::optional<TextEdit> remove(const QStringList &path, QString *error) const;

private:
    struct FlowItems
    {
        QList<ByteSpan> items;
        bool trailingComma = false;
        QByteArray separator = ", ";
        QByteArray padding;
    };

    int occurrences(const QStringList &path) const;
    // Below a key written twice, which copy is meant is anyone's guess.
    std::optional<QStringList> writtenTwiceOnPath(const QStringList &path) const;
    bool mergesInto(const QStringList &mapPath) const;

    qsizetype propertiesEnd(const FrontMatterEntry &entry) const;
    QByteArray lineEnding(const FrontMatterEntry &entry) const;
    qsizetype valueToken(const FrontMatterEntry &entry) const;
    TextEdit inlineEdit(const FrontMatterEntry &entry, const QByteArray &written, const QByteArray &suffix = {}) const;
    std::optional<TextEdit> valueOnKeyLine(const FrontMatterEntry &entry, const QByteArray &written,
                                           QString *error) const;
    std::optional<TextEdit> newValue(const FrontMatterEntry &entry, const QByteArray &written, QString *error) const;
    std::optional<TextEdit> replace(const FrontMatterEntry &entry, const QVariant &value, QString *error) const;
    QByteArray scalarLike(const FrontMatterEntry &entry, const QVariant &value) const;

    std::optional<FlowItems> splitFlowList(qsizetype open, qsizetype close) const;
    std::optional<QByteArray> flowList(const FrontMatterEntry &entry, const QVariantList &list) const;
    QByteArray blockList(const FrontMatterEntry &entry, const QVariantList &list) const;
    std::optional<QByteArray> blockScalar(const FrontMatterEntry &entry, const QString &value) const;

    int indentUnit() const;
    QByteArray keyLines(const QStringList &chain, const QVariant &value, int indent, const QByteArray &eol) const;
    std::optional<TextEdit> insertTopLevel(const QStringList &path, const QVariant &value) const;
    std::optional<TextEdit> insertIntoBlockMap(const FrontMatterEntry &parent, const QStringList &chain,
                                               const QVariant &value) const;
    std::optional<TextEdit> insertIntoFlowMap(const FrontMatterEntry &parent, const QStringList &chain,
                                              const QVariant &value) const;

    const FrontMatterBackend &m_yaml;
    QByteArrayView m_text;
    const FrontMatterDocument &m_document;
    YamlLines m_lines;
};

} // namespace Postwright
