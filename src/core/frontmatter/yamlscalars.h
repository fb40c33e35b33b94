#pragma once
// What one YAML scalar means and how one is written. Reading follows Hugo
// (go-yaml v2, YAML 1.1 types: yes/on/off are booleans, 0x1F, 0o17, 017 and
// 1_000 integers, .inf a float); writing quotes a string only where a YAML 1.1
// or 1.2 reader, Hugo and Jekyll among them, would take it for something else.

#include "frontmattervalues.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Postwright {

class YamlScalars
{
public:
    // The value of a plain (unquoted, untagged) scalar: bool, qlonglong,
    // qulonglong (above the signed range), double, the text itself, or an
    // invalid QVariant for null ("", "~", "null").
    static QVariant resolvePlain(const QString &text);

    // text as a scalar: Plain only where it reads back as the same string,
    // SingleQuoted where no escape is needed, else double quoted. inFlow: it
    // stands inside a flow collection, where ",[]{}" end a plain scalar.
    static QByteArray formatString(const QString &text, ValueStyle style, bool inFlow);
    // Whether c can only be written as an escape inside double quotes.
    static bool needsEscape(char32_t c);

private:
    static QByteArray doubleQuoted(const QString &text);
    static bool hasEscapes(const QString &text);
    static bool readsAsNonString(const QString &text);
    static bool plainIsSafe(const QString &text, bool inFlow);
};

} // namespace Postwright
