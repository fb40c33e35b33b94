#pragma once
// A YAML block as lines: where each line begins and ends, its indent, and the
// byte-level questions the YAML scanner and writer ask of them (where a
// quoted scalar or a flow collection ends, what a line's key is called).
// Every position it hands out lies inside the block.

#include "frontmatterblock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Postwright {

struct YamlLine
{
    qsizetype begin = 0; // first byte
    qsizetype end = 0;   // before the line break
    qsizetype next = 0;  // after the line break
};

// A key as written at the start of a line.
struct YamlKey
{
    QString name;           // quotes and escapes resolved
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype colonEnd = 0; // just after ':'
    bool quoted = false;

    // "<<" written plain merges a map in; quoted, it is a key like any other.
    bool isMerge() const { return !quoted && name == u"<<"; }
};

class YamlLines
{
public:
    YamlLines(QByteArrayView text, const FrontMatterBlock &block);

    static bool isBlankChar(char c) { return c == ' ' || c == '\t'; }
    // What may follow '|' or '>': chomping and indentation indicators.
    static bool isBlockIndicatorChar(char c) { return c == '+' || c == '-' || (c >= '0' && c <= '9'); }

    QByteArrayView text() const { return m_text; }
    qsizetype contentStart() const { return m_contentStart; }
    qsizetype contentEnd() const { return m_contentEnd; }
    int count() const { return int(m_lines.size()); }
    const YamlLine &line(int i) const { return m_lines[i]; }
    int lineNumber(int i) const { return m_firstLineNumber + i; }
    char at(qsizetype pos) const { return pos >= 0 && pos < m_text.size() ? m_text[pos] : '\0'; }
    QByteArray bytes(qsizetype start, qsizetype end) const;

    int indent(int i) const;
    qsizetype firstNonBlank(int i) const { return skipBlanks(m_lines[i].begin, m_lines[i].end); }
    bool isBlank(int i) const { return firstNonBlank(i) >= m_lines[i].end; }
    bool isComment(int i) const { return !isBlank(i) && at(firstNonBlank(i)) == '#'; }
    bool isContent(int i) const { return !isBlank(i) && !isComment(i); }
    bool isSequenceItem(int i) const;
    // The index of the line holding pos (the last line for pos at the end).
    int lineOf(qsizetype pos) const;

    QByteArray lineEnding(int i) const;
    // The opening delimiter's line ending speaks for the file.
    QByteArray fileLineEnding() const;
    // The line ending of the line that ends just before pos (a line start).
    QByteArray lineEndingBefore(qsizetype pos) const;

    qsizetype skipBlanks(qsizetype pos, qsizetype limit) const;
    qsizetype trimRight(qsizetype start, qsizetype end) const;
    // Anchors (&a) and tags (!!str) before a value, and the blanks after them.
    qsizetype skipProperties(qsizetype pos, qsizetype limit) const;
    bool isWhitespaceBefore(qsizetype p) const;
    // A '#' starts a comment only after whitespace (or at a line start); -1: none.
    qsizetype commentIn(qsizetype from, qsizetype limit) const;
    // Just after the closing quote of the scalar whose opening quote is at pos, or -1.
    qsizetype quotedEnd(qsizetype pos) const;
    // Just after the bracket closing the flow collection opened at pos, or -1.
    qsizetype flowEnd(qsizetype pos) const;
    // The key at the start of line i, if the line starts with one.
    std::optional<YamlKey> parseKey(int i) const;

private:
    QString unquoted(qsizetype start, qsizetype end) const;

    QByteArrayView m_text;
    qsizetype m_contentStart;
    qsizetype m_contentEnd;
    QList<YamlLine> m_lines;
    int m_firstLineNumber = 1;
};

} // namespace Postwright
