#include "yamlscalars.h"

#include "frontmattertext.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

namespace Postwright {

namespace {

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'z')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'Z')
        return u - 'A' + 10;
    return -1;
}

// An integer as Go's strconv.ParseInt(text, 0, 64) reads it, or where that
// overflows and no sign is written, ParseUint: a sign, then 0x, 0o, 0b or a
// leading 0 (octal) choose the base.
std::optional<QVariant> goInteger(QStringView text)
{
    bool negative = false;
    const bool signedText = !text.isEmpty() && (text.front() == u'+' || text.front() == u'-');
    if (signedText) {
        negative = text.front() == u'-';
        text = text.sliced(1);
    }
    int base = 10;
    if (text.size() >= 2 && text.front() == u'0') {
        switch (text[1].toLower().unicode()) {
        case 'x': base = 16; text = text.sliced(2); break;
        case 'o': base = 8; text = text.sliced(2); break;
        case 'b': base = 2; text = text.sliced(2); break;
        default: base = 8; break;
        }
    }
    if (text.isEmpty())
        return std::nullopt;
    constexpr quint64 maxMagnitude = std::numeric_limits<quint64>::max();
    quint64 magnitude = 0;
    for (const QChar c : text) {
        const int digit = digitValue(c);
        if (digit < 0 || digit >= base || magnitude > (maxMagnitude - quint64(digit)) / quint64(base))
            return std::nullopt;
        magnitude = magnitude * quint64(base) + quint64(digit);
    }
    constexpr quint64 maxSigned = quint64(std::numeric_limits<qint64>::max());
    if (negative) {
        if (magnitude > maxSigned + 1)
            return std::nullopt;
        return QVariant(magnitude == maxSigned + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude));
    }
    if (magnitude <= maxSigned)
        return QVariant(qlonglong(magnitude));
    if (signedText)
        return std::nullopt;
    return QVariant(qulonglong(magnitude));
}

} // namespace

QVariant YamlScalars::resolvePlain(const QString &text)
{
    static const QStringList nulls{QStringLiteral(""), QStringLiteral("~"), QStringLiteral("null"),
                                   QStringLiteral("Null"), QStringLiteral("NULL")};
    static const QStringList trues{QStringLiteral("y"),    QStringLiteral("Y"),    QStringLiteral("yes"),
                                   QStringLiteral("Yes"),  QStringLiteral("YES"),  QStringLiteral("on"),
                                   QStringLiteral("On"),   QStringLiteral("ON"),   QStringLiteral("true"),
                                   QStringLiteral("True"), QStringLiteral("TRUE")};
    static const QStringList falses{QStringLiteral("n"),     QStringLiteral("N"),     QStringLiteral("no"),
                                    QStringLiteral("No"),    QStringLiteral("NO"),    QStringLiteral("off"),
                                    QStringLiteral("Off"),   QStringLiteral("OFF"),   QStringLiteral("false"),
                                    QStringLiteral("False"), QStringLiteral("FALSE")};
    static const QRegularExpression infinity(QStringLiteral("^([-+]?)\\.(?:inf|Inf|INF)$"));
    static const QRegularExpression nan(QStringLiteral("^\\.(?:nan|NaN|NAN)$"));
    // go-yaml v2's yamlStyleFloat.
    static const QRegularExpression decimal(
        QStringLiteral("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"));

    if (nulls.contains(text))
        return {};
    if (trues.contains(text))
        return true;
    if (falses.contains(text))
        return false;
    if (const QRegularExpressionMatch m = infinity.match(text); m.hasMatch())
        return m.captured(1) == u"-" ? -std::numeric_limits<double>::infinity()
                                     : std::numeric_limits<double>::infinity();
    if (nan.match(text).hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    const QChar first = text.front();
    if (first == u'.') {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok && decimal.match(text).hasMatch() ? QVariant(number) : QVariant(text);
    }
    if (!(first.isDigit() && first.unicode() < 128) && first != u'-' && first != u'+')
        return text;
    // Underscores are for the reader's eyes: 1_000 is 1000.
    const QString digits = QString(text).remove(u'_');
    if (const std::optional<QVariant> integer = goInteger(digits))
        return *integer;
    if (decimal.match(digits).hasMatch()) {
        bool ok = false;
        if (const double number = digits.toDouble(&ok); ok)
            return number;
    }
    return text;
}

bool YamlScalars::needsEscape(char32_t c)
{
    return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
        || (c >= 0xd800 && c <= 0xdfff);
}

QByteArray YamlScalars::doubleQuoted(const QString &text)
{
    static constexpr std::pair<char32_t, const char *> named[] = {
        {'\\', "\\\\"}, {'"', "\\\""}, {'\n', "\\n"}, {'\t', "\\t"},    {'\r', "\\r"},
        {0, "\\0"},     {0x85, "\\N"}, {0x2028, "\\L"}, {0x2029, "\\P"}};
    static const EscapeSyntax yaml{named, needsEscape, [](char32_t c) {
                                       return c < 0x100 ? "\\x" + QByteArray::number(uint(c), 16).rightJustified(2, '0').toUpper()
                                                        : "\\u" + QByteArray::number(uint(c), 16).toUpper();
                                   }};
    return '"' + FrontMatterText::escaped(text, yaml) + '"';
}

bool YamlScalars::hasEscapes(const QString &text)
{
    const QList<uint> codes = text.toUcs4();
    return std::any_of(codes.cbegin(), codes.cend(), [](uint c) { return c == '\n' || needsEscape(c); });
}

// Whether a YAML 1.1 or 1.2 reader (Hugo, Jekyll, PyYAML) or our own would
// take the plain text for something other than a string: a bool, null,
// number, timestamp or merge key.
bool YamlScalars::readsAsNonString(const QString &text)
{
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|=|<<)$"));
    static const QRegularExpression number(QStringLiteral(
        "^[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$"
        "|^[-+]?0(?:[xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)$"));
    static const QRegularExpression timestamp(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt\\s]|$)"));
    bool ok = false;
    text.toLongLong(&ok);
    if (!ok)
        text.toDouble(&ok);
    return ok || special.match(text).hasMatch() || number.match(text).hasMatch() || timestamp.match(text).hasMatch()
        || resolvePlain(text).typeId() != QMetaType::QString;
}

bool YamlScalars::plainIsSafe(const QString &text, bool inFlow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || text.contains(u'\t') || hasEscapes(text))
        return false;
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(text.front()))
        return false;
    if (text.contains(QLatin1String(": ")) || text.endsWith(u':') || text.contains(QLatin1String(" #")))
        return false;
    if (inFlow && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return QStringView(u",[]{}:#").contains(c); }))
        return false;
    return !readsAsNonString(text);
}

QByteArray YamlScalars::formatString(const QString &text, ValueStyle style, bool inFlow)
{
    if (style == ValueStyle::SingleQuoted && !hasEscapes(text))
        return '\'' + QString(text).replace(u'\'', QLatin1String("''")).toUtf8() + '\'';
    if (style == ValueStyle::Plain && plainIsSafe(text, inFlow))
        return text.toUtf8();
    return doubleQuoted(text);
}

} // namespace Postwright
