#include "frontmattervalues.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Postwright {

namespace {

const QRegularExpression &dateOnly()
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return date;
}

// Captures: the date, the time, the offset (Z, +02:00 or +0200).
const QRegularExpression &dateAndTime()
{
    static const QRegularExpression dateTime(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    return dateTime;
}

// An unsigned type wide enough to hold more than qlonglong does.
bool isWideUnsigned(const QVariant &value)
{
    return value.typeId() == QMetaType::ULongLong || (value.typeId() == QMetaType::ULong && sizeof(ulong) == 8);
}

} // namespace

ValueKind FrontMatterValues::kindOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return ValueKind::Null;
    case QMetaType::Bool:
        return ValueKind::Bool;
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return ValueKind::Integer;
    case QMetaType::Float:
    case QMetaType::Double:
        return ValueKind::Float;
    case QMetaType::QDate:
        return ValueKind::Date;
    case QMetaType::QDateTime:
        return ValueKind::DateTime;
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return ValueKind::List;
    case QMetaType::QVariantMap:
        return ValueKind::Map;
    default:
        return ValueKind::String;
    }
}

ValueKind FrontMatterValues::kindOfParsed(const QVariant &value)
{
    const ValueKind kind = kindOf(value);
    if (kind != ValueKind::String)
        return kind;
    const QString text = value.toString();
    if (dateOnly().match(text).hasMatch())
        return ValueKind::Date;
    if (dateAndTime().match(text).hasMatch())
        return ValueKind::DateTime;
    return ValueKind::String;
}

QByteArray FrontMatterValues::integerText(const QVariant &value)
{
    return isWideUnsigned(value) ? QByteArray::number(value.toULongLong()) : QByteArray::number(value.toLongLong());
}

QByteArray FrontMatterValues::floatText(double value, const FloatSpelling &spelling)
{
    if (std::isnan(value))
        return spelling.nan.toByteArray();
    if (std::isinf(value))
        return (value < 0 ? spelling.negativeInfinity : spelling.infinity).toByteArray();
    QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.')) {
        const qsizetype exponent = text.indexOf('e');
        if (exponent < 0)
            text += ".0";
        else if (spelling.pointBeforeExponent)
            text.insert(exponent, ".0");
    }
    return text;
}

QVariant FrontMatterValues::asDate(const QVariant &value)
{
    const ValueKind kind = kindOf(value);
    if (kind == ValueKind::Date || kind == ValueKind::DateTime)
        return value;
    if (kind != ValueKind::String)
        return {};
    const QString text = value.toString().trimmed();
    if (dateOnly().match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? QVariant(day) : QVariant();
    }
    const QRegularExpressionMatch m = dateAndTime().match(text);
    if (!m.hasMatch())
        return {};
    QString offset = m.captured(3);
    if (offset.size() == 5) // +0200
        offset.insert(3, u':');
    const QDateTime when = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + offset, Qt::ISODateWithMs);
    return when.isValid() ? QVariant(when) : QVariant();
}

QString FrontMatterValues::isoDateText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    const QDateTime when = value.toDateTime();
    return when.toString(when.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString FrontMatterValues::dateTextLike(const QString &oldText, const QVariant &value)
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

QVariant FrontMatterValues::normalized(const QVariant &value)
{
    switch (kindOf(value)) {
    case ValueKind::Integer:
        if (isWideUnsigned(value) && value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return value.toULongLong();
        return value.toLongLong();
    case ValueKind::Float:
        return value.toDouble();
    case ValueKind::List: {
        QVariantList list;
        for (const QVariant &item : value.toList())
            list.append(normalized(item));
        return list;
    }
    case ValueKind::Map: {
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
    case ValueKind::Date:
        return value.toDate();
    case ValueKind::DateTime:
        return value.toDateTime().toUTC();
    case ValueKind::String:
        if (const QVariant when = asDate(value); when.isValid())
            return normalized(when);
        return value;
    case ValueKind::Null:
    case ValueKind::Bool:
        break;
    }
    return value;
}

QVariant FrontMatterValues::valueAt(const QVariantMap &values, const QStringList &path, bool *found)
{
    if (found)
        *found = false;
    QVariant current = values;
    for (const QString &part : path) {
        if (current.typeId() != QMetaType::QVariantMap || !current.toMap().contains(part))
            return {};
        current = current.toMap().value(part);
    }
    if (found)
        *found = true;
    return current;
}

} // namespace Postwright
