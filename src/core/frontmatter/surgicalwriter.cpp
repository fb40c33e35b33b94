#include "surgicalwriter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace Postwright {

namespace {

// Values as the parsers give them back: numbers as qlonglong or double,
// lists as QVariantList, dates as QDateTime (or QDate) whatever their text.
QVariant normalized(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QVariantList list;
        for (const QVariant &item : value.toList())
            list.append(normalized(item));
        return list;
    }
    case QMetaType::QVariantMap: {
        // An empty map and no map read the same: removing a table's last key
        // leaves "params: {}" in YAML and no table at all in TOML.
        QVariantMap map;
        const QVariantMap source = value.toMap();
        for (auto it = source.cbegin(); it != source.cend(); ++it) {
            const QVariant item = normalized(*it);
            if (item.typeId() != QMetaType::QVariantMap || !item.toMap().isEmpty())
                map.insert(it.key(), item);
        }
        return map;
    }
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC();
    case QMetaType::QString: {
        const QString text = value.toString().trimmed();
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (date.match(text).hasMatch())
            return QDate::fromString(text, Qt::ISODate);
        static const QRegularExpression dateTime(
            QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
        if (const QRegularExpressionMatch m = dateTime.match(text); m.hasMatch()) {
            QString offset = m.captured(3);
            if (offset.size() == 5) // +0200
                offset.insert(3, QLatin1Char(':'));
            const QDateTime parsed =
                QDateTime::fromString(m.captured(1) + QLatin1Char('T') + m.captured(2) + offset, Qt::ISODateWithMs);
            if (parsed.isValid())
                return offset.isEmpty() ? QVariant(parsed) : QVariant(parsed.toUTC());
        }
        return value;
    }
    default:
        return value;
    }
}

bool setAt(QVariantMap &map, const QStringList &path, const QVariant &value)
{
    if (path.size() == 1) {
        map.insert(path.first(), value);
        return true;
    }
    QVariant child = map.value(path.first(), QVariantMap());
    if (child.typeId() != QMetaType::QVariantMap)
        return false;
    QVariantMap childMap = child.toMap();
    if (!setAt(childMap, path.mid(1), value))
        return false;
    map.insert(path.first(), childMap);
    return true;
}

void removeAt(QVariantMap &map, const QStringList &path)
{
    if (path.size() == 1) {
        map.remove(path.first());
        return;
    }
    QVariantMap child = map.value(path.first()).toMap();
    removeAt(child, path.mid(1));
    map.insert(path.first(), child);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The edit must leave a front matter that parses, reads expected, and keeps
// the bytes outside the edited entry.
bool checkEdit(QByteArrayView text, const TextEdit &edit, const QVariantMap &expected, QString *error)
{
    if (edit.start < 0 || edit.end < edit.start || edit.end > text.size())
        return fail(error, SurgicalWriter::tr("The edit fell outside the front matter."));
    const FrontMatterData after = readFrontMatter(edit.applyTo(text));
    if (after.error)
        return fail(error, SurgicalWriter::tr("The edit would break the front matter (%1); nothing was changed.")
                               .arg(after.error->message));
    if (normalized(after.values) != normalized(expected))
        return fail(error, SurgicalWriter::tr("The edit would change other keys too; nothing was changed."));
    return true;
}

std::optional<FrontMatterDocument> parsedForEdit(QByteArrayView text, QString *error)
{
    FrontMatterDocument document = FrontMatterDocument::parse(text);
    if (!document.block.exists()) {
        fail(error, SurgicalWriter::tr("The post has no front matter."));
        return std::nullopt;
    }
    if (!document.isValid()) {
        const FrontMatterError &first = document.errors.first();
        fail(error, SurgicalWriter::tr("Line %1, column %2: %3").arg(first.line).arg(first.column).arg(first.message));
        return std::nullopt;
    }
    return document;
}

} // namespace

QString dateTextLike(const QString &oldText, const QVariant &value)
{
    QDateTime when;
    if (value.typeId() == QMetaType::QDate) {
        when = QDateTime(value.toDate(), QTime(0, 0));
    } else if (value.typeId() == QMetaType::QDateTime) {
        when = value.toDateTime();
    } else {
        return value.toString();
    }
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}(?:([T ])(\\d{2}:\\d{2})(:\\d{2})?(\\.\\d+)?(\\s*)(Z|[+-]\\d{2}(:?)\\d{2})?)?$"));
    const QRegularExpressionMatch m = shape.match(oldText.trimmed());
    if (!m.hasMatch())
        return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : when.toString(Qt::ISODate);
    if (m.captured(1).isEmpty()) // date only
        return when.date().toString(Qt::ISODate);
    QString text = when.date().toString(Qt::ISODate) + m.captured(1) + when.time().toString(QStringLiteral("HH:mm"));
    if (!m.captured(3).isEmpty())
        text += when.time().toString(QStringLiteral(":ss"));
    if (!m.captured(4).isEmpty())
        text += QLatin1Char('.') + QString::number(when.time().msec()).rightJustified(3, QLatin1Char('0'));
    const QString zone = m.captured(6);
    if (zone.isEmpty())
        return text;
    text += m.captured(5);
    const int offset = when.timeSpec() == Qt::LocalTime && value.typeId() == QMetaType::QDate
        ? 0
        : when.offsetFromUtc();
    if (zone == u"Z" && offset == 0)
        return text + QLatin1Char('Z');
    const int minutes = std::abs(offset) / 60;
    const QString separator = m.captured(7);
    return text + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QString::number(minutes / 60).rightJustified(2, QLatin1Char('0')) + separator
        + QString::number(minutes % 60).rightJustified(2, QLatin1Char('0'));
}

const FrontMatterFormatHandler *formatHandler(FrontMatterFormat format)
{
    static const FrontMatterFormatHandler yaml{&YamlFrontMatter::scan, &YamlFrontMatter::setValue, &YamlFrontMatter::removeKey};
    static const FrontMatterFormatHandler toml{&TomlFrontMatter::scan, &TomlFrontMatter::setValue, &TomlFrontMatter::removeKey};
    static const FrontMatterFormatHandler json{&JsonFrontMatter::scan, &JsonFrontMatter::setValue, &JsonFrontMatter::removeKey};
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

std::optional<TextEdit> SurgicalWriter::setValue(QByteArrayView text, const QStringList &path, const QVariant &value,
                                                  QString *error)
{
    if (path.isEmpty() || path.contains(QString())) {
        fail(error, tr("A key is empty."));
        return std::nullopt;
    }
    const std::optional<FrontMatterDocument> document = parsedForEdit(text, error);
    if (!document)
        return std::nullopt;
    QVariantMap expected = document->values();
    if (!setAt(expected, path, value)) {
        fail(error, tr("%1 is not a map of keys.").arg(path.first()));
        return std::nullopt;
    }
    const std::optional<TextEdit> edit = formatHandler(document->format())->setValue(text, *document, path, value, error);
    if (!edit || !checkEdit(text, *edit, expected, error))
        return std::nullopt;
    return edit;
}

std::optional<TextEdit> SurgicalWriter::removeKey(QByteArrayView text, const QStringList &path, QString *error)
{
    const std::optional<FrontMatterDocument> document = parsedForEdit(text, error);
    if (!document)
        return std::nullopt;
    if (!document->find(path)) {
        fail(error, tr("There is no key %1.").arg(path.join(u'.')));
        return std::nullopt;
    }
    QVariantMap expected = document->values();
    removeAt(expected, path);
    const std::optional<TextEdit> edit = formatHandler(document->format())->removeKey(text, *document, path, error);
    if (!edit || !checkEdit(text, *edit, expected, error))
        return std::nullopt;
    return edit;
}

QByteArray SurgicalWriter::newBlock(FrontMatterFormat format, const QList<std::pair<QString, QVariant>> &keys)
{
    static const QRegularExpression bareTomlKey(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QByteArray block;
    switch (format) {
    case FrontMatterFormat::Yaml:
        block = "---\n";
        for (const auto &[key, value] : keys)
            block += YamlFrontMatter::formatValue(key) + ": " + YamlFrontMatter::formatValue(value) + '\n';
        block += "---\n";
        break;
    case FrontMatterFormat::Toml:
        block = "+++\n";
        for (const auto &[key, value] : keys)
            block += (bareTomlKey.match(key).hasMatch() ? key.toUtf8() : TomlFrontMatter::formatValue(key)) + " = "
                + TomlFrontMatter::formatValue(value) + '\n';
        block += "+++\n";
        break;
    case FrontMatterFormat::Json: {
        block = "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i)
            block += "  " + JsonFrontMatter::formatValue(keys[i].first) + ": " + JsonFrontMatter::formatValue(keys[i].second)
                + (i + 1 < keys.size() ? ",\n" : "\n");
        block += "}\n";
        break;
    }
    case FrontMatterFormat::None:
        break;
    }
    return block;
}

} // namespace Postwright
