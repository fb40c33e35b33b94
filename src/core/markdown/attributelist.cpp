#include "attributelist.h"

#include "asciipunctuation.h"
#include "rawhtml.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace Postwright {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n';
}

bool isAsciiLetter(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNameStart(char c)
{
    return isAsciiLetter(c) || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || isDigit(c) || c == '.' || c == '-';
}

// kramdown's \w: letters, digits and '_' (ASCII; kramdown reads UTF-8 the same for these).
bool isWordChar(char c)
{
    return isAsciiLetter(c) || isDigit(c) || c == '_';
}

// Goldmark's attribute grammar, a reader over one line.
class GoldmarkReader
{
public:
    GoldmarkReader(QByteArrayView text, qsizetype pos)
        : m_text(text)
        , m_pos(pos)
    {
    }

    qsizetype pos() const { return m_pos; }

    // ParseAttributes: '{' (attribute (',')?)* '}'
    bool list(QList<ListAttribute> *out)
    {
        const qsizetype saved = m_pos;
        skipSpaces();
        if (peek() != '{')
            return restore(saved);
        ++m_pos;
        QList<ListAttribute> attributes;
        for (;;) {
            if (peek() == '}') {
                ++m_pos;
                if (out)
                    *out = std::move(attributes);
                return true;
            }
            ListAttribute attribute;
            if (!this->attribute(&attribute))
                return restore(saved);
            // Goldmark joins every class into one, in order.
            auto existing = std::find_if(attributes.begin(), attributes.end(),
                                         [](const ListAttribute &a) { return a.name == "class"; });
            if (attribute.name == "class" && existing != attributes.end())
                existing->value += ' ' + attribute.value;
            else
                attributes.append(attribute);
            skipSpaces();
            if (peek() == ',') {
                ++m_pos;
                skipSpaces();
            }
        }
    }

private:
    bool restore(qsizetype saved)
    {
        m_pos = saved;
        return false;
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    bool attribute(ListAttribute *out)
    {
        skipSpaces();
        const char c = peek();
        if (c == '#' || c == '.') {
            // Ids and classes stop at a space or at punctuation other than _ - : .
            const qsizetype start = ++m_pos;
            while (m_pos < m_text.size() && !isSpace(m_text[m_pos])
                   && (!isAsciiPunctuation(m_text[m_pos]) || QByteArrayView("_-:.").contains(m_text[m_pos])))
                ++m_pos;
            out->name = c == '#' ? "id" : "class";
            out->value = m_text.sliced(start, m_pos - start).toByteArray();
            return true;
        }
        if (!isNameStart(c))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
            ++m_pos;
        out->name = m_text.sliced(start, m_pos - start).toByteArray();
        skipSpaces();
        if (peek() != '=')
            return false;
        ++m_pos;
        skipSpaces();
        if (!value(out))
            return false;
        return out->name != "class" || out->kind == ListAttribute::String;
    }

    bool value(ListAttribute *out)
    {
        skipSpaces();
        const char c = peek();
        if (c == '\0')
            return false;
        if (c == '{') {
            out->kind = ListAttribute::Composite;
            return list(nullptr);
        }
        if (c == '[') {
            out->kind = ListAttribute::Composite;
            return array();
        }
        if (c == '"') {
            out->kind = ListAttribute::String;
            return string(&out->value);
        }
        if (c == '-' || c == '+' || isDigit(c)) {
            out->kind = ListAttribute::Number;
            return number(&out->value);
        }
        if (!isNameStart(c))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
            ++m_pos;
        out->value = m_text.sliced(start, m_pos - start).toByteArray();
        if (out->value == "true" || out->value == "false")
            out->kind = ListAttribute::Bool;
        else if (out->value == "null")
            out->kind = ListAttribute::Null, out->value.clear();
        else
            out->kind = ListAttribute::String;
        return true;
    }

    bool array()
    {
        ++m_pos; // [
        for (int i = 0;; ++i) {
            const char c = peek();
            bool comma = false;
            if (i != 0 && c == ',') {
                ++m_pos;
                comma = true;
            }
            if (c == ']') {
                if (comma)
                    return false;
                ++m_pos;
                return true;
            }
            skipSpaces();
            ListAttribute element;
            if (!value(&element))
                return false;
            skipSpaces();
        }
    }

    // A JSON-like string: \" \\ \/ \b \f \n \r \t, any other backslash kept.
    bool string(QByteArray *out)
    {
        ++m_pos; // "
        QByteArray value;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\\' && m_pos + 1 < m_text.size()) {
                const char n = m_text[m_pos + 1];
                static constexpr std::array<std::pair<char, char>, 8> escapes{
                    {{'"', '"'}, {'/', '/'}, {'\\', '\\'}, {'b', '\b'}, {'f', '\f'}, {'n', '\n'}, {'r', '\r'}, {'t', '\t'}}};
                const auto it = std::find_if(escapes.begin(), escapes.end(), [n](auto e) { return e.first == n; });
                if (it != escapes.end()) {
                    value += it->second;
                    m_pos += 2;
                } else {
                    value += '\\';
                    ++m_pos;
                }
                continue;
            }
            if (c == '"') {
                ++m_pos;
                *out = value;
                return true;
            }
            value += c;
            ++m_pos;
        }
        return false;
    }

    // A float, written back as Go's cast.ToString writes a float64 (no exponent).
    bool number(QByteArray *out)
    {
        bool negative = false;
        if (peek() == '-' || peek() == '+')
            negative = m_text[m_pos++] == '-';
        if (!isDigit(peek()))
            return false;
        QByteArray digits;
        auto decimals = [&] {
            while (isDigit(peek()))
                digits += m_text[m_pos++];
        };
        decimals();
        if (peek() == '.') {
            digits += m_text[m_pos++];
            decimals();
        }
        if (peek() == 'e' || peek() == 'E') {
            digits += m_text[m_pos++];
            if (peek() == '-' || peek() == '+')
                digits += m_text[m_pos++];
            decimals();
        }
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (!ok)
            return false;
        *out = QByteArray::number(negative ? -value : value, 'f', QLocale::FloatingPointShortest);
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

// kramdown's IAL: {: then #id, .class, key="v" or key='v', and bare names
// (references to attribute list definitions, which this reader does not
// resolve); anything else is skipped, as kramdown skips it with a warning.
std::optional<AttributeList> parseKramdown(QByteArrayView text, qsizetype from, qsizetype *end, AttributeList list)
{
    if (!text.sliced(from).startsWith("{:"))
        return std::nullopt;
    qsizetype close = from + 2;
    while (close < text.size() && text[close] != '}') {
        if (text[close] == '\n')
            return std::nullopt;
        close += text[close] == '\\' && close + 1 < text.size() ? 2 : 1;
    }
    if (close >= text.size() || close == from + 2)
        return std::nullopt;
    const QByteArrayView body = text.sliced(from + 2, close - from - 2);
    if (body.startsWith(':') || body.startsWith('/'))
        return std::nullopt; // an extension, {::name} or {:/name}
    auto word = [&](qsizetype i) {
        qsizetype j = i;
        if (j < body.size() && isWordChar(body[j]))
            for (++j; j < body.size() && (isWordChar(body[j]) || body[j] == '-'); ++j) {
            }
        return j;
    };
    for (qsizetype i = 0; i < body.size();) {
        const char c = body[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == '#' && i + 1 < body.size() && isAsciiLetter(body[i + 1])) {
            qsizetype j = i + 2;
            while (j < body.size() && (isWordChar(body[j]) || body[j] == ':' || body[j] == '-'))
                ++j;
            list.set({"id", body.sliced(i + 1, j - i - 1).toByteArray(), ListAttribute::String});
            i = j;
        } else if (c == '.' && word(i + 1) > i + 1) {
            const qsizetype j = word(i + 1);
            const QByteArray name = body.sliced(i + 1, j - i - 1).toByteArray();
            const QByteArray existing = list.value("class");
            list.set({"class", existing.isEmpty() ? name : existing + ' ' + name, ListAttribute::String});
            i = j;
        } else if (const qsizetype j = word(i); j > i) {
            if (j + 1 < body.size() && body[j] == '=' && (body[j + 1] == '"' || body[j + 1] == '\'')) {
                const char quote = body[j + 1];
                QByteArray value;
                qsizetype k = j + 2;
                for (; k < body.size() && body[k] != quote; ++k) {
                    if (body[k] == '\\' && k + 1 < body.size() && (body[k + 1] == quote || body[k + 1] == '}'))
                        ++k;
                    value += body[k];
                }
                if (k < body.size()) {
                    list.set({body.sliced(i, j - i).toByteArray(), value, ListAttribute::String});
                    i = k + 1;
                    continue;
                }
            }
            i = j; // a reference to a definition, or a stray word
        } else {
            ++i;
        }
    }
    *end = close + 1;
    return list;
}

bool isEventHandler(QByteArrayView name)
{
    return name.size() >= 2 && (name[0] | 0x20) == 'o' && (name[1] | 0x20) == 'n';
}

// Goldmark's filters: the global attributes, data-*, and a few per element.
bool allowedOn(QByteArrayView name, AttributeList::Element element)
{
    static constexpr std::array<QByteArrayView, 27> global{
        "accesskey", "autocapitalize", "autofocus", "class", "contenteditable", "dir", "draggable",
        "enterkeyhint", "hidden", "id", "inert", "inputmode", "is", "itemid", "itemprop", "itemref",
        "itemscope", "itemtype", "lang", "part", "role", "slot", "spellcheck", "style", "tabindex",
        "title", "translate"};
    if (name.startsWith("data-") || std::find(global.begin(), global.end(), name) != global.end())
        return true;
    auto among = [name](std::initializer_list<QByteArrayView> names) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    switch (element) {
    case AttributeList::Element::Heading:
    case AttributeList::Element::Paragraph:
        return false;
    case AttributeList::Element::Blockquote:
        return among({"cite"});
    case AttributeList::Element::List:
        return among({"start", "reversed", "type"});
    case AttributeList::Element::Table:
        return among({"align", "bgcolor", "border", "cellpadding", "cellspacing", "frame", "rules", "summary", "width"});
    case AttributeList::Element::ThematicBreak:
        return among({"align", "color", "noshade", "size", "width"});
    }
    return false;
}

} // namespace

std::optional<AttributeList> AttributeList::parse(QByteArrayView text, qsizetype from, qsizetype *end, Syntax syntax)
{
    if (from < 0 || from >= text.size() || text[from] != '{')
        return std::nullopt;
    if (syntax == Syntax::Kramdown)
        return parseKramdown(text, from, end, AttributeList());
    GoldmarkReader reader(text, from);
    AttributeList list;
    if (!reader.list(&list.m_items))
        return std::nullopt;
    *end = reader.pos();
    return list;
}

qsizetype AttributeList::trailingListStart(QByteArrayView line, AttributeList *list)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '\\') {
            if (i + 1 < line.size() && isAsciiPunctuation(line[i + 1]))
                ++i;
            continue;
        }
        if (line[i] != '{')
            continue;
        qsizetype end = 0;
        std::optional<AttributeList> parsed = parse(line, i, &end);
        if (parsed && line.sliced(end).trimmed().isEmpty()) {
            if (list)
                *list = std::move(*parsed);
            return i;
        }
    }
    return -1;
}

bool AttributeList::contains(QByteArrayView name) const
{
    return std::any_of(m_items.begin(), m_items.end(), [name](const ListAttribute &a) { return a.name == name; });
}

QByteArray AttributeList::value(QByteArrayView name) const
{
    for (const ListAttribute &a : m_items)
        if (a.name == name)
            return a.value;
    return {};
}

void AttributeList::set(const ListAttribute &attribute)
{
    for (ListAttribute &a : m_items) {
        if (a.name == attribute.name) {
            a = attribute;
            return;
        }
    }
    m_items.append(attribute);
}

void AttributeList::addMissing(const AttributeList &other)
{
    for (const ListAttribute &a : other.m_items)
        if (!contains(a.name))
            m_items.append(a);
}

QByteArray AttributeList::html(Element element, Syntax syntax) const
{
    QByteArray out;
    for (const ListAttribute &a : m_items) {
        QByteArray value = a.value;
        if (syntax == Syntax::Goldmark) {
            if (element == Element::Heading) {
                // Hugo writes headings itself: every attribute but event handlers.
                if (isEventHandler(a.name))
                    continue;
            } else {
                if (!allowedOn(a.name, element))
                    continue;
                if (a.kind != ListAttribute::String) // Goldmark writes only byte values
                    value.clear();
            }
        }
        out += ' ' + a.name + "=\"" + RawHtml::escape(value) + '"';
    }
    return out;
}

} // namespace Postwright
