#pragma once
// One attribute list in braces, as Goldmark reads it after a heading or on a
// line of its own ({#id .class key=value key="v"}) and as kramdown reads an
// inline attribute list ({: #id .class key="v"}); and how each writes it back
// as HTML attributes. The only reader of these lists: headings and block
// attribute lines both ask it.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Postwright {

struct ListAttribute
{
    // Goldmark reads values as JSON-like types; Hugo writes the non-string
    // ones differently on headings and on other blocks.
    enum Kind : quint8 { String, Number, Bool, Null, Composite };
    QByteArray name;
    QByteArray value; // decoded; a Number as Go's cast.ToString writes it, a Bool as true or false
    Kind kind = String;
};

class AttributeList
{
public:
    enum class Syntax {
        Goldmark, // {#id .class key=value key="v" key=1.5 key=true}, commas allowed
        Kramdown, // {: #id .class key="v" key='v' reference}: quoted values, bare words name definitions
    };
    // Where the HTML goes: Goldmark keeps only the attributes each element's
    // renderer allows (global ones and data-*), Hugo's heading renderer all
    // but event handlers, kramdown all.
    enum class Element { Heading, Paragraph, Blockquote, List, Table, ThematicBreak };

    // The list whose '{' is at text[from]; *end receives the offset just past
    // its '}'. Nothing when it is not one (the reader then shows it as text).
    static std::optional<AttributeList> parse(QByteArrayView text, qsizetype from, qsizetype *end,
                                              Syntax syntax = Syntax::Goldmark);

    // Goldmark's heading rule: the first unescaped '{' from which a list runs
    // to the end of the line (only spaces after it). Its offset, or -1.
    static qsizetype trailingListStart(QByteArrayView line, AttributeList *list);

    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<ListAttribute> &items() const { return m_items; }
    bool contains(QByteArrayView name) const;
    QByteArray value(QByteArrayView name) const;
    // Sets name, replacing an earlier value in its place.
    void set(const ListAttribute &attribute);
    // Adds the attributes of other this list has no value for (a block
    // attribute line after a block that has some already).
    void addMissing(const AttributeList &other);

    // " name=\"value\"" for each attribute the element writes, escaped.
    QByteArray html(Element element, Syntax syntax = Syntax::Goldmark) const;

private:
    QList<ListAttribute> m_items;
};

} // namespace Postwright
