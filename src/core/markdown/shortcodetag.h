#pragma once
// One Hugo shortcode tag as Hugo's own lexer reads it: {{< name params >}},
// {{% name params %}}, the closing {{< /name >}}, the self-closing
// {{< name />}} and the escaped {{</* name */>}} that Hugo shows as text.
// The only place that knows the tag's grammar: the lexer finds tags with it
// and the shortcode renderer reads their parameters with it.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Postwright {

struct ShortcodeParam
{
    QByteArray name; // empty: a positional parameter
    QByteArray value;
};

struct ShortcodeTag
{
    char delimiter = '<';     // '<' for {{< >}}, '%' for {{% %}} (inner text is Markdown)
    bool closing = false;     // {{< /name >}}
    bool selfClosing = false; // {{< name />}}
    bool escaped = false;     // {{</* ... */>}}
    // Views into the text the tag was read from.
    QByteArrayView name;
    QByteArrayView paramText; // between the name and the closer, trimmed
    QByteArrayView comment;   // escaped: between "/*" and "*/"

    // Escaped: the tag as Hugo shows it, "{{< name >}}".
    QByteArray shown() const;

    // Reads the tag opening at `at` ("{{<" or "{{%") and ending before limit.
    // Returns the offset just past its closer, or -1 when there is no
    // well-formed tag there (no name, or no closer outside quotes).
    static qsizetype parse(QByteArrayView text, qsizetype at, qsizetype limit, ShortcodeTag *tag);

    // Hugo's parameters: positional values or name=value, each value bare,
    // "double quoted" (\" inside) or `raw` (over lines, nothing escaped).
    // Single quotes are no quotes to Hugo.
    static QList<ShortcodeParam> parseParams(QByteArrayView paramText);

    // The value of the named parameter, else the positional one at `position`.
    static QByteArray value(const QList<ShortcodeParam> &params, QByteArrayView name, int position = -1);

    // Characters a shortcode name may have: Hugo's letters, digits, '_', '-',
    // and '/' and '.' for nested and inline shortcodes.
    static bool isNameCharacter(char c);
};

} // namespace Postwright
