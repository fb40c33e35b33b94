#include "yamlbackend.h"

#include "surgicalwriter.h"
#include "yamlscalars.h"
#include "yamlscanner.h"
#include "yamlstrictness.h"
#include "yamlwriter.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace Postwright {

namespace {

// yaml-cpp resolves an alias to its anchor's node: an alias inside its own
// anchored map ("base: &b {x: *b}") is a cycle, and aliases of aliases can
// multiply a few lines into billions of values. A node already on the path is
// not followed again, and reading stops after a budget of values.
struct YamlWalk
{
    std::vector<YAML::Node> path;
    int budget = 100000;
};

QVariant fromYaml(const YAML::Node &node, YamlWalk &walk);

// A plain "<<" (or one tagged !!merge); a quoted "<<" is a key like any other.
bool isMergeKey(const YAML::Node &key)
{
    return key.IsScalar() && (key.Tag() == "?" || key.Tag() == "tag:yaml.org,2002:merge") && key.Scalar() == "<<";
}

// YAML's merge key: the keys of the map (or of each map in a list, the
// earlier first) that map does not have yet. Keys written in the map win
// wherever they stand, as YAML and go-yaml v3 read them. A value that is no
// map merges nothing here; checkYamlStrictly refuses it, as Hugo does.
void mergeInto(QVariantMap &map, const YAML::Node &value, YamlWalk &walk)
{
    std::vector<YAML::Node> sources;
    if (value.IsMap())
        sources.push_back(value);
    else if (value.IsSequence())
        for (const auto &item : value)
            if (item.IsMap())
                sources.push_back(item);
    for (const YAML::Node &source : sources) {
        const QVariantMap merged = fromYaml(source, walk).toMap(); // an ancestor (a cycle) merges nothing
        for (auto it = merged.cbegin(); it != merged.cend(); ++it)
            if (!map.contains(it.key()))
                map.insert(it.key(), *it);
    }
}

QVariant scalarFromYaml(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str") // quoted, or !!str: always a string
        return text;
    const QVariant value = YamlScalars::resolvePlain(text);
    if (tag == "tag:yaml.org,2002:float" && FrontMatterValues::kindOf(value) == ValueKind::Integer)
        return value.toDouble();
    return value;
}

QVariant fromYaml(const YAML::Node &node, YamlWalk &walk)
{
    if (--walk.budget < 0)
        return {};
    for (const YAML::Node &ancestor : walk.path)
        if (ancestor.is(node))
            return {};
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        walk.path.push_back(node);
        QVariantMap map;
        std::vector<YAML::Node> merges;
        for (const auto &item : node) {
            if (isMergeKey(item.first))
                merges.push_back(item.second);
            else
                map.insert(QString::fromStdString(item.first.as<std::string>()), fromYaml(item.second, walk));
        }
        for (const YAML::Node &value : merges)
            mergeInto(map, value, walk);
        walk.path.pop_back();
        return map;
    }
    case YAML::NodeType::Sequence: {
        walk.path.push_back(node);
        QVariantList list;
        for (const auto &item : node)
            list.append(fromYaml(item, walk));
        walk.path.pop_back();
        return list;
    }
    case YAML::NodeType::Scalar:
        return scalarFromYaml(node);
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

// The quotes a style asks for; styles that are not about quotes ask for none.
ValueStyle quoteStyle(ValueStyle style)
{
    return style == ValueStyle::SingleQuoted || style == ValueStyle::DoubleQuoted ? style : ValueStyle::Plain;
}

} // namespace

// Its syntax: null, floats, an inline map, a new block.
YamlBackend::YamlBackend()
    : FrontMatterBackend({"null", {".inf", "-.inf", ".nan", true}, "{", "}", ": ", "---\n", "---\n", {}, {}})
{
}

QVariantMap YamlBackend::readValues(QByteArrayView content, std::optional<Problem> *error) const
{
    const std::string source(content.data(), size_t(content.size()));
    QVariantMap values;
    try {
        const YAML::Node root = YAML::Load(source);
        YamlWalk walk;
        if (root.IsMap())
            values = fromYaml(root, walk).toMap();
        if (walk.budget < 0)
            *error = Problem{QCoreApplication::translate("Postwright::FrontMatter",
                                                         "The front matter's aliases expand to too many values."),
                             1, 1};
        else if (!root.IsMap() && !root.IsNull())
            *error = Problem{QCoreApplication::translate("Postwright::FrontMatter",
                                                         "The front matter is not a map of keys and values."),
                             1, 1};
    } catch (const YAML::Exception &e) {
        *error = Problem{QString::fromStdString(e.msg), e.mark.line + 1, e.mark.column + 1};
    }
    // What yaml-cpp reads and Hugo refuses (an unclosed quote, ...).
    if (!*error)
        *error = checkYamlStrictly(content, 1);
    return values;
}

QList<FrontMatterEntry> YamlBackend::scan(QByteArrayView text, const FrontMatterBlock &block) const
{
    const YamlLines lines(text, block);
    return YamlScanner(lines).scan();
}

std::optional<TextEdit> YamlBackend::edit(QByteArrayView text, const FrontMatterDocument &document,
                                          const QStringList &path, const std::optional<QVariant> &value,
                                          QString *error) const
{
    YamlWriter writer(*this, text, document);
    if (!value)
        return writer.remove(path, error);
    const std::optional<TextEdit> edit = writer.set(path, *value, error);
    if (!edit && error && error->isEmpty())
        *error = SurgicalWriter::tr("Could not find where %1 is written in the front matter.").arg(path.join(u'.'));
    return edit;
}

QByteArray YamlBackend::formatString(const QString &text, ValueStyle style, bool nested) const
{
    return YamlScalars::formatString(text, quoteStyle(style), nested);
}

QByteArray YamlBackend::formatDate(const QVariant &date, ValueStyle style) const
{
    const QByteArray text = FrontMatterValues::isoDateText(date).toUtf8();
    switch (quoteStyle(style)) {
    case ValueStyle::SingleQuoted:
        return '\'' + text + '\'';
    case ValueStyle::DoubleQuoted:
        return '"' + text + '"';
    default:
        return text;
    }
}

ValueStyle YamlBackend::itemStyle(ValueStyle style) const
{
    return style == ValueStyle::SingleQuoted ? ValueStyle::SingleQuoted : ValueStyle::DoubleQuoted;
}

} // namespace Postwright
