#pragma once
// The bytes of a post as every format's scanner reads them: blanks, line
// starts, line ends and line numbers up to a limit (the block's end), and
// quoted text escaped and decoded.

#include <QByteArray>
#include <QList>
#include <QByteArrayView>
#include <QString>

#include <span>
#include <utility>

namespace Postwright {

// How a format writes characters inside a double-quoted string.
struct EscapeSyntax
{
    std::span<const std::pair<char32_t, const char *>> named; // short escapes: {'\n', "\\n"}
    bool (*needsEscape)(char32_t c);   // the other characters that cannot stand as they are
    QByteArray (*numeric)(char32_t c); // how those are written: "\\u001f"
};

class FrontMatterText
{
public:
    // text is the whole post; nothing at or after limit is read.
    FrontMatterText(QByteArrayView text, qsizetype limit);

    QByteArrayView text() const { return m_text; }
    qsizetype limit() const { return m_limit; }
    // The byte at pos; '\0' outside [0, limit).
    char at(qsizetype pos) const { return pos >= 0 && pos < m_limit ? m_text[pos] : '\0'; }
    qsizetype skipBlanks(qsizetype pos) const;
    // After the line break ending pos's line; limit on the last line.
    qsizetype nextLine(qsizetype pos) const;
    qsizetype lineStart(qsizetype pos) const;
    // The 1-based line holding pos.
    int lineNumber(qsizetype pos) const;
    // The blanks before the first non-blank byte of pos's line.
    QByteArray indentOf(qsizetype pos) const;

    static bool isBlank(char c) { return c == ' ' || c == '\t'; }
    // The file's line ending, as its first line has it ("\n" or "\r\n").
    static QByteArray lineEnding(QByteArrayView text);
    // text as the inside of a double-quoted string, in UTF-8.
    static QByteArray escaped(QStringView text, const EscapeSyntax &syntax);
    // A quoted string's inside with its backslash escapes decoded. YAML,
    // TOML and JSON escapes are all understood: each parser has already
    // refused the ones its format lacks.
    static QString unescape(QByteArrayView inner);
    // The 1-based line and byte column of offset in text.
    static std::pair<int, int> lineAndColumn(QByteArrayView text, qsizetype offset);

protected:
    QByteArrayView m_text;
    qsizetype m_limit;
};

} // namespace Postwright
