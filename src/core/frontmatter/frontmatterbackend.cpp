#include "frontmatterbackend.h"

#include "jsonbackend.h"
#include "tomlbackend.h"
#include "yamlbackend.h"

namespace Postwright {

FrontMatterBackend::FrontMatterBackend(Syntax syntax)
    : m_syntax(std::move(syntax))
{
}

FrontMatterBackend::~FrontMatterBackend() = default;

const FrontMatterBackend *FrontMatterBackend::forFormat(FrontMatterFormat format)
{
    static const YamlBackend yaml;
    static const TomlBackend toml;
    static const JsonBackend json;
    switch (format) {
    case FrontMatterFormat::Yaml:
        return &yaml;
    case FrontMatterFormat::Toml:
        return &toml;
    case FrontMatterFormat::Json:
        return &json;
    case FrontMatterFormat::None:
        break;
    }
    return nullptr;
}

QByteArray FrontMatterBackend::formatValue(const QVariant &value, ValueStyle style) const
{
    return formatValue(value, style, itemStyle(style), false);
}

QByteArray FrontMatterBackend::formatValue(const QVariant &value, ValueStyle style, ValueStyle itemStyle,
                                           bool nested) const
{
    switch (FrontMatterValues::kindOf(value)) {
    case ValueKind::Null:
        return m_syntax.null;
    case ValueKind::Bool:
        return value.toBool() ? "true" : "false";
    case ValueKind::Integer:
        return FrontMatterValues::integerText(value);
    case ValueKind::Float:
        return FrontMatterValues::floatText(value.toDouble(), m_syntax.floats);
    case ValueKind::Date:
    case ValueKind::DateTime:
        return formatDate(value, style);
    case ValueKind::List: {
        QByteArrayList items;
        for (const QVariant &item : value.toList())
            items.append(formatValue(item, itemStyle, itemStyle, true));
        return '[' + items.join(", ") + ']';
    }
    case ValueKind::Map: {
        const QVariantMap map = value.toMap();
        if (map.isEmpty())
            return "{}";
        QByteArrayList members;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            members.append(formatKey(it.key(), true) + m_syntax.keyValue + formatValue(*it, itemStyle, itemStyle, true));
        return m_syntax.mapOpen + members.join(", ") + m_syntax.mapClose;
    }
    case ValueKind::String:
        break;
    }
    return formatString(value.toString(), style, nested);
}

QByteArray FrontMatterBackend::newBlock(const QList<std::pair<QString, QVariant>> &keys) const
{
    QByteArray block = m_syntax.blockOpen;
    for (qsizetype i = 0; i < keys.size(); ++i)
        block += m_syntax.blockIndent + formatKey(keys[i].first, false) + m_syntax.keyValue + formatValue(keys[i].second)
            + (i + 1 < keys.size() ? m_syntax.blockSeparator : QByteArray()) + '\n';
    return block + m_syntax.blockClose;
}

QByteArray FrontMatterBackend::formatKey(const QString &key, bool nested) const
{
    return formatString(key, ValueStyle::Plain, nested);
}

QByteArray FrontMatterBackend::formatDate(const QVariant &date, ValueStyle style) const
{
    return formatString(FrontMatterValues::isoDateText(date), style, false);
}

std::nullopt_t FrontMatterBackend::refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace Postwright
