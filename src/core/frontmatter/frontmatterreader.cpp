#include "frontmatterreader.h"

#include "yamlstrictness.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <toml++/toml.hpp>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string>

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
        for (const auto &item : node)
            map.insert(QString::fromStdString(item.first.as<std::string>()), fromYaml(item.second, walk));
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
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!") // quoted: always a string
            return text;
        if (text == u"true" || text == u"false")
            return text == u"true";
        bool ok = false;
        if (qlonglong number = text.toLongLong(&ok); ok)
            return number;
        if (double number = text.toDouble(&ok); ok)
            return number;
        return text;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

QVariant fromToml(const toml::node &node)
{
    if (const auto *table = node.as_table()) {
        QVariantMap map;
        for (const auto &[key, value] : *table)
            map.insert(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())), fromToml(value));
        return map;
    }
    if (const auto *array = node.as_array()) {
        QVariantList list;
        for (const auto &value : *array)
            list.append(fromToml(value));
        return list;
    }
    if (const auto *s = node.as_string())
        return QString::fromStdString(s->get());
    if (const auto *i = node.as_integer())
        return qlonglong(i->get());
    if (const auto *f = node.as_floating_point())
        return f->get();
    if (const auto *b = node.as_boolean())
        return b->get();
    // Dates and times keep their TOML text, as they were written.
    std::ostringstream out;
    if (const auto *d = node.as_date())
        out << *d;
    else if (const auto *t = node.as_time())
        out << *t;
    else if (const auto *dt = node.as_date_time())
        out << *dt;
    return QString::fromStdString(out.str());
}

// The line of the block's content start, to turn parser positions into file lines.
int contentFirstLine(QByteArrayView text, const FrontMatterBlock &block)
{
    return int(text.first(block.contentStart).count('\n')) + 1;
}

} // namespace

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
    const int firstLine = contentFirstLine(text, data.block);
    if (!data.block.terminated) {
        data.error = FrontMatterError{firstLine - 1, 1,
            QCoreApplication::translate("Postwright::FrontMatter",
                                        "The front matter block is not closed.")};
        return data;
    }
    const QByteArrayView content = data.block.content(text);
    const std::string source(content.data(), size_t(content.size()));

    switch (data.block.format) {
    case FrontMatterFormat::Yaml:
        try {
            const YAML::Node root = YAML::Load(source);
            YamlWalk walk;
            if (root.IsMap())
                data.values = fromYaml(root, walk).toMap();
            if (walk.budget < 0)
                data.error = FrontMatterError{firstLine, 1,
                    QCoreApplication::translate("Postwright::FrontMatter",
                                                "The front matter's aliases expand to too many values.")};
            else if (!root.IsMap() && !root.IsNull())
                data.error = FrontMatterError{firstLine, 1,
                    QCoreApplication::translate("Postwright::FrontMatter",
                                                "The front matter is not a map of keys and values.")};
        } catch (const YAML::Exception &e) {
            data.error = FrontMatterError{firstLine + e.mark.line, e.mark.column + 1,
                                          QString::fromStdString(e.msg)};
        }
        // What yaml-cpp reads and Hugo refuses (an unclosed quote, ...).
        if (!data.error)
            data.error = checkYamlStrictly(content, firstLine);
        break;
    case FrontMatterFormat::Toml:
        try {
            const toml::table table = toml::parse(source);
            data.values = fromToml(table).toMap();
        } catch (const toml::parse_error &e) {
            data.error = FrontMatterError{firstLine + int(e.source().begin.line) - 1,
                                          int(e.source().begin.column),
                                          QString::fromUtf8(e.description().data(),
                                                            qsizetype(e.description().size()))};
        }
        break;
    case FrontMatterFormat::Json: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(content.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArrayView before = content.first(qMin<qsizetype>(error.offset, content.size()));
            const qsizetype lastBreak = before.lastIndexOf('\n');
            data.error = FrontMatterError{firstLine + int(before.count('\n')),
                                          int(before.size() - lastBreak), error.errorString()};
        } else {
            data.values = doc.object().toVariantMap();
        }
        break;
    }
    case FrontMatterFormat::None:
        break;
    }
    return data;
}

} // namespace Postwright
