#pragma once
// The attributes of one HTML start tag, read as a browser reads them: any
// order and case, values quoted either way or bare, a stray quote or '=' a
// name of its own, the first of a repeated attribute counting. The only HTML
// attribute reader: the lexer finds <img> references with it and export
// rewrites their src with it.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <initializer_list>
#include <optional>

namespace Postwright {

struct HtmlAttribute
{
    QByteArrayView name;  // as written
    QByteArrayView value; // as written, character references not decoded
    qsizetype start = 0;  // offsets into the text: the whole attribute
    qsizetype end = 0;
};

struct HtmlStartTag
{
    QList<HtmlAttribute> attributes;
    qsizetype end = 0; // just past the closing '>'

    // The first attribute called name (ASCII case-insensitive).
    std::optional<HtmlAttribute> attribute(QByteArrayView name) const;

    // Reads the attributes of the tag whose name ends at `from` up to its '>'
    // before limit; nothing when the tag is not closed there. With names
    // given, keeps only the first attribute of each of those names.
    static std::optional<HtmlStartTag> parse(QByteArrayView text, qsizetype from, qsizetype limit,
                                             std::initializer_list<QByteArrayView> only = {});

    // Whether text at `at` opens a start tag called name ("<img " ...).
    static bool opensTag(QByteArrayView text, qsizetype at, QByteArrayView name);
};

} // namespace Postwright
