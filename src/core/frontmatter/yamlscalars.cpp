#include "yamlscalars.h"

#include "frontmattertext.h"

#include <QRegularExpression>

#include <algorithm>

namespace Postwright {

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
        "|^[-+]?0(?:x[0-9a-fA-F_]+|o[0-7_]+|b[01_]+)$"));
    static const QRegularExpression timestamp(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt\\s]|$)"));
    bool ok = false;
    text.toLongLong(&ok);
    if (!ok)
        text.toDouble(&ok);
    return ok || special.match(text).hasMatch() || number.match(text).hasMatch() || timestamp.match(text).hasMatch();
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
