#pragma once
// The value layer under the three front matter formats: what kind a value is,
// numbers written so that they read back as the same type (3.0 stays a
// float), and dates as text and back. YAML, TOML and JSON ask it instead of
// each keeping its own switch.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Postwright {

// What a value is. Dates keep their source text in FrontMatterEntry::text.
enum class ValueKind { Null, String, Integer, Float, Bool, Date, DateTime, List, Map };

// How a value is written, so an edit writes the new value the same way.
enum class ValueStyle {
    Plain,        // YAML plain scalar, TOML bare value (number, bool, date), JSON number/bool/null
    SingleQuoted, // 'text' (YAML), 'literal' (TOML)
    DoubleQuoted, // "text"
    Block,        // YAML | or > block scalar, TOML """ or ''' multi-line string
    FlowList,     // [a, b] on the key's line (YAML flow, TOML array, JSON array)
    BlockList,    // YAML "- item" lines below the key
    FlowMap,      // {a: 1} (YAML flow map, TOML inline table, JSON object)
    BlockMap,     // YAML indented keys below the key; TOML [table] section
};

// How a format spells the floats that have no digits, and whether an
// exponent needs a point before it to read as a float (YAML 1.1 readers take
// "1e+20" for a string).
struct FloatSpelling
{
    QByteArrayView infinity;
    QByteArrayView negativeInfinity;
    QByteArrayView nan;
    bool pointBeforeExponent = false;
};

class FrontMatterValues
{
public:
    // The kind by type alone: a QString is a String even when it holds a date.
    static ValueKind kindOf(const QVariant &value);
    // The kind of a value as a parser read it: dates keep their text, so a
    // string written as a date ("2021-04-11", "2021-04-11 10:00 +0200") is one.
    static ValueKind kindOfParsed(const QVariant &value);
    static bool isList(const QVariant &value) { return kindOf(value) == ValueKind::List; }

    // An integer's digits; unsigned 64-bit values keep their range.
    static QByteArray integerText(const QVariant &value);
    // The shortest text that reads back as the same double and as a float:
    // "3.0" rather than "3", "1e+20" (or "1.0e+20" with pointBeforeExponent).
    static QByteArray floatText(double value, const FloatSpelling &spelling);

    // A date, a date-time or a string written as one, as QDate or QDateTime;
    // invalid for anything else.
    static QVariant asDate(const QVariant &value);
    // A QDate or QDateTime in ISO 8601, with milliseconds only when it has some.
    static QString isoDateText(const QVariant &value);
    // A date or date-time value written in the shape of oldText: date only
    // stays date only ("2021-04-11"), a time keeps its separator, seconds and
    // offset style ("2021-04-11T10:00:00+02:00", "2021-04-11 10:00:00 +0200",
    // "Z"). Without a date-like oldText, ISO 8601. Other values: their text.
    static QString dateTextLike(const QString &oldText, const QVariant &value);

    // Values as the parsers give them back (integers as qlonglong, floats as
    // double, lists as QVariantList, dates as UTC QDateTime or QDate whatever
    // their text, empty maps left out), so that two readings compare equal
    // when a reader would see no difference.
    static QVariant normalized(const QVariant &value);
    // The value at path in nested maps; *found says whether there is one.
    static QVariant valueAt(const QVariantMap &values, const QStringList &path, bool *found = nullptr);
};

} // namespace Postwright
