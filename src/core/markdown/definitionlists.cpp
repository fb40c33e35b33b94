#include "definitionlists.h"

#include "cmarknodes.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

namespace Postwright::DefinitionLists {

namespace {

cmark_node_type listType = CMARK_NODE_NONE;
cmark_node_type descriptionType = CMARK_NODE_NONE;

struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

cmark_node *openDefinition(cmark_syntax_extension *self, int indented, cmark_parser *parser, cmark_node *parent,
                           unsigned char *input, int len)
{
    const int first = cmark_parser_get_first_nonspace(parser);
    if (indented || cmark_parser_get_indent(parser) != 0 || first >= len || input[first] != ':')
        return nullptr;
    if (cmark_node_get_type(parent) == listType)
        return nullptr;
    // One or more spaces after the colon; from eight on, the text is code.
    const int colonColumn = cmark_parser_get_first_nonspace_column(parser);
    int width = 0;
    for (int i = first + 1; i < len && (input[i] == ' ' || input[i] == '\t'); ++i)
        width += input[i] == '\t' ? 4 - (colonColumn + 1 + width) % 4 : 1;
    if (width < 1)
        return nullptr;
    if (width >= 8)
        width = 5;
    // The term is the paragraph before (still open, or closed), or the line
    // adds a definition to the list before.
    cmark_node *last = cmark_node_last_child(parent);
    const bool afterTerm = cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH
                           || (last && (cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH || cmark_node_get_type(last) == listType));
    if (!afterTerm)
        return nullptr;
    cmark_node *list = cmark_parser_add_child(parser, parent, listType, colonColumn + 1);
    cmark_node_set_syntax_extension(list, self);
    cmark_node_set_user_data(list, reinterpret_cast<void *>(std::intptr_t(width + 1)));
    cmark_node *description = cmark_parser_add_child(parser, list, descriptionType, colonColumn + 1);
    cmark_node_set_syntax_extension(description, self);
    cmark_parser_advance_offset(parser, reinterpret_cast<const char *>(input), first + 1 - cmark_parser_get_offset(parser), 0);
    cmark_parser_advance_offset(parser, reinterpret_cast<const char *>(input), width, 1);
    return description;
}

// The list goes on while lines are blank or indented to its text; a
// description goes on as long as its list.
int continues(cmark_syntax_extension *, cmark_parser *parser, unsigned char *input, int, cmark_node *container)
{
    if (cmark_node_get_type(container) != listType || cmark_parser_is_blank(parser))
        return 1;
    const int offset = int(reinterpret_cast<std::intptr_t>(cmark_node_get_user_data(container)));
    if (cmark_parser_get_indent(parser) < offset)
        return 0;
    cmark_parser_advance_offset(parser, reinterpret_cast<const char *>(input), offset, 1);
    return 1;
}

int canContain(cmark_syntax_extension *, cmark_node *node, cmark_node_type child)
{
    if (child == CMARK_NODE_CUSTOM_BLOCK) // what finish() turns terms and descriptions into
        return true;
    if (cmark_node_get_type(node) == listType)
        return child == descriptionType;
    return (child & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK && child != CMARK_NODE_ITEM && child != descriptionType;
}

const char *typeName(cmark_syntax_extension *, cmark_node *node)
{
    return cmark_node_get_type(node) == listType ? "definition_list" : "definition_description";
}

QByteArray lineAttribute(bool sourceLines, int line)
{
    return sourceLines && line > 0 ? " data-line=\"" + QByteArray::number(line) + '"' : QByteArray();
}

using CmarkNodes::newCustomBlock;

void becomeHtmlBlock(cmark_node *node, const QByteArray &enter, const QByteArray &exit)
{
    cmark_node_set_type(node, CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_syntax_extension(node, nullptr);
    cmark_node_set_on_enter(node, enter.constData());
    cmark_node_set_on_exit(node, exit.constData());
}

// Moves first and the siblings after it to the end of target.
void moveChildren(cmark_node *first, cmark_node *target)
{
    for (cmark_node *child = first; child;) {
        cmark_node *next = cmark_node_next(child);
        cmark_node_append_child(target, child);
        child = next;
    }
}

// Each line of the paragraph is a term; it goes in before `before` in list
// (or at the end when before is null).
void addTerms(cmark_node *paragraph, cmark_node *list, cmark_node *before, bool sourceLines)
{
    int line = cmark_node_get_start_line(paragraph);
    CmarkNodes::ownLiterals(paragraph); // its text moves out, and it goes
    for (cmark_node *child = cmark_node_first_child(paragraph); child;) {
        cmark_node *term = newCustomBlock({}, {});
        cmark_node *tags = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(tags, ("<dt" + lineAttribute(sourceLines, line) + '>').constData());
        cmark_node_set_on_exit(tags, "</dt>");
        cmark_node_append_child(term, tags);
        while (child) {
            cmark_node *next = cmark_node_next(child);
            const cmark_node_type type = cmark_node_get_type(child);
            if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
                cmark_node_free(child);
                child = next;
                break;
            }
            cmark_node_append_child(tags, child);
            child = next;
        }
        if (before)
            cmark_node_insert_before(before, term);
        else
            cmark_node_append_child(list, term);
        ++line;
    }
    cmark_node_free(paragraph);
}

bool blankLineBefore(QByteArrayView text, int line)
{
    if (line <= 1)
        return false;
    qsizetype start = 0;
    for (int n = 1; n < line - 1; ++n) {
        start = text.indexOf('\n', start);
        if (start < 0)
            return false;
        ++start;
    }
    qsizetype end = text.indexOf('\n', start);
    if (end < 0)
        end = text.size();
    for (qsizetype i = start; i < end; ++i)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
            return false;
    return true;
}

void writeDescription(cmark_node *description, QByteArrayView text, bool sourceLines)
{
    const int line = cmark_node_get_start_line(description);
    const QByteArray open = "<dd" + lineAttribute(sourceLines, line) + '>';
    cmark_node *first = cmark_node_first_child(description);
    if (blankLineBefore(text, line)) { // loose: paragraphs keep their <p>
        becomeHtmlBlock(description, open, "</dd>");
        return;
    }
    if (first && !cmark_node_next(first) && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
        cmark_node *tags = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(tags, open.constData());
        cmark_node_set_on_exit(tags, "</dd>");
        CmarkNodes::ownLiterals(first); // its text moves out, and it goes
        moveChildren(cmark_node_first_child(first), tags);
        cmark_node_free(first);
        becomeHtmlBlock(description, {}, {});
        cmark_node_append_child(description, tags);
        return;
    }
    // Tight: Goldmark 1.7 writes the first paragraph's text without <p>,
    // later paragraphs keep theirs.
    if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
        cmark_node *tag = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(tag, open.constData());
        cmark_node_set_on_exit(tag, "");
        cmark_node_prepend_child(first, tag);
        becomeHtmlBlock(first, {}, {});
        becomeHtmlBlock(description, {}, "</dd>");
        return;
    }
    becomeHtmlBlock(description, open, "</dd>");
}

} // namespace

cmark_syntax_extension *extension()
{
    static cmark_syntax_extension *instance = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        instance = cmark_syntax_extension_new("postwright_definition_list");
        listType = cmark_syntax_extension_add_node(0);
        descriptionType = cmark_syntax_extension_add_node(0);
        cmark_syntax_extension_set_open_block_func(instance, openDefinition);
        cmark_syntax_extension_set_match_block_func(instance, continues);
        cmark_syntax_extension_set_can_contain_func(instance, canContain);
        cmark_syntax_extension_set_get_type_string_func(instance, typeName);
    });
    return instance;
}

void finish(cmark_node *document, QByteArrayView parsedText, bool sourceLines)
{
    if (listType == CMARK_NODE_NONE)
        return;
    std::vector<cmark_node *> lists, descriptions;
    {
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(document));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(it.get());
            if (ev != CMARK_EVENT_ENTER)
                continue;
            if (cmark_node_get_type(node) == listType)
                lists.push_back(node);
            else if (cmark_node_get_type(node) == descriptionType)
                descriptions.push_back(node);
        }
    }
    for (cmark_node *description : descriptions)
        writeDescription(description, parsedText, sourceLines);
    // Goldmark keeps adding to the list before: after it directly, or after
    // one paragraph of new terms.
    std::set<cmark_node *> written;
    for (cmark_node *list : lists) {
        cmark_node *previous = cmark_node_previous(list);
        cmark_node *terms = previous && cmark_node_get_type(previous) == CMARK_NODE_PARAGRAPH ? previous : nullptr;
        cmark_node *earlier = terms ? cmark_node_previous(terms) : previous;
        if (earlier && written.count(earlier)) {
            if (terms)
                addTerms(terms, earlier, nullptr, sourceLines);
            moveChildren(cmark_node_first_child(list), earlier);
            cmark_node_free(list);
            continue;
        }
        const int line = terms ? cmark_node_get_start_line(terms) : cmark_node_get_start_line(list);
        if (terms)
            addTerms(terms, list, cmark_node_first_child(list), sourceLines);
        becomeHtmlBlock(list, "<dl" + lineAttribute(sourceLines, line) + '>', "</dl>");
        written.insert(list);
    }
}

} // namespace Postwright::DefinitionLists
