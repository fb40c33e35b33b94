#pragma once
// A leaf block's inline content (a paragraph, heading, table cell or
// definition term) read back as the characters Goldmark's inline parsers
// would see in the source: the typographer and emoji rules look at the
// character before and after a quote or colon, across emphasis, code and
// links. Text that cmark-gfm parsed from plain source is editable; escaped
// characters, entities, code, raw HTML, link destinations, autolinks and
// Postwright's placeholders stand in with what was written but cannot be
// edited. Edits are written back into the text nodes by commit().

#include <cmark-gfm.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

namespace Postwright {

// The parsed text, to find where each text node came from.
class SourceLines
{
public:
    explicit SourceLines(QByteArrayView text);
    // The 1-based line without its line break; empty past the end.
    QByteArrayView line(int number) const;

private:
    QByteArrayView m_text;
    QList<qsizetype> m_starts;
};

class InlineText
{
public:
    InlineText(cmark_node *block, const SourceLines &source);

    // Each line of the block ends in '\n' except the last, as in Goldmark.
    const QByteArray &chars() const { return m_chars; }
    // Text from plain source that no earlier replace() took.
    bool editable(qsizetype pos) const
    {
        return pos >= 0 && pos < m_chars.size() && m_owner[size_t(pos)] >= 0
               && (size_t(pos) >= m_claimed.size() || !m_claimed[size_t(pos)]);
    }
    bool editable(qsizetype pos, qsizetype length) const;
    // Replaces [pos, pos + length), all editable, by html, written as HTML:
    // character references become the characters, anything else stays markup.
    void replace(qsizetype pos, qsizetype length, const QByteArray &html);
    void commit();

    // Paragraphs, headings, table cells and custom blocks holding inlines,
    // in document order.
    static std::vector<cmark_node *> leafBlocks(cmark_node *root);

private:
    struct Edit
    {
        qsizetype pos;
        qsizetype length;
        QByteArray html;
    };
    void appendFixed(QByteArrayView text);
    void appendText(cmark_node *node, const SourceLines &source);

    QByteArray m_chars;
    std::vector<int> m_owner;                // per byte: index into m_texts, or -1
    std::vector<qsizetype> m_offset;         // per byte: offset into its text node's literal
    std::vector<cmark_node *> m_texts;
    std::vector<QByteArray> m_literals;
    std::vector<Edit> m_edits;
    std::vector<bool> m_claimed;
};

// Unicode classes as Go's unicode package and Goldmark's util see them.
namespace CharClass {
char32_t runeAt(QByteArrayView text, qsizetype pos); // U+FFFD when malformed, ' ' past the end
char32_t runeBefore(QByteArrayView text, qsizetype pos); // '\n' at the start
bool isSpace(char32_t c);           // unicode.IsSpace
bool isPunct(char32_t c);           // unicode.IsPunct
bool isPunctOrSymbol(char32_t c);   // util.IsPunctRune
bool isLetter(char32_t c);          // unicode.IsLetter
bool isDigit(char32_t c);           // unicode.IsDigit
bool isAsciiSpace(char c);          // util.IsSpace
} // namespace CharClass

} // namespace Postwright
