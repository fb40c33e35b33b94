#pragma once
// The rules behind the editor's Markdown actions, as pure functions on text:
// what Enter adds in a list or quote, how Tab indents a list item, and how a
// selection is wrapped in (or unwrapped from) emphasis, code or a link.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Postwright::MarkdownEditing {

// What Enter does on `line` in a list item or block quote.
struct Continuation
{
    enum Kind { None, Continue, EndList };
    Kind kind = None;
    QString prefix; // Continue: what the new line starts with ("- ", "3. ", "> ")
    QString line;   // EndList: the current line without its marker
};
Continuation continuationFor(const QString &line);

// Tab / Shift+Tab on a list item: the re-indented line, or nothing when the
// line is no list item (Tab then does what it always does).
std::optional<QString> indentListItem(const QString &line, bool outdent, int width = 2);

// Wrapping a selection in markers ("**", "*", "`"); unwraps when the selection
// already is (or sits inside) that wrapping.
struct Wrap
{
    QString text;         // replaces [replaceStart, replaceEnd) of the context
    qsizetype replaceStart = 0;
    qsizetype replaceEnd = 0;
    qsizetype selectionStart = 0; // in the new text of the line, what to select
    qsizetype selectionLength = 0;
};
// line: the whole line; [start, end): the selection within it (may be empty).
Wrap toggleWrap(const QString &line, qsizetype start, qsizetype end, const QString &marker);
// [text](url) with "url" selected; unwraps "[text](url)" back to "text".
Wrap toggleLink(const QString &line, qsizetype start, qsizetype end);

// Whether line `index` (0-based) of `lines` is inside a fenced code block.
bool isInsideFence(const QStringList &lines, int index);

} // namespace Postwright::MarkdownEditing
