#include "extras.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <mutex>

namespace Postwright::Extras {

namespace {

struct Tag
{
    char marker;
    int minimum;         // run length that opens or closes
    const char *open;
    const char *close;
};

constexpr Tag Mark{'=', 2, "<mark>", "</mark>"};
constexpr Tag Insert{'+', 2, "<ins>", "</ins>"};
constexpr Tag Superscript{'^', 1, "<sup>", "</sup>"};
constexpr Tag Subscript{'~', 1, "<sub>", "</sub>"};
constexpr Tag Strike{'~', 2, "<del>", "</del>"};

const Tag *tagFor(char marker, int run)
{
    switch (marker) {
    case '=': return &Mark;
    case '+': return &Insert;
    case '^': return &Superscript;
    case '~': return run == 2 ? &Strike : &Subscript;
    default: return nullptr;
    }
}

// The markers this extension was made for, one bit each, as its private data.
int markerBit(unsigned char c)
{
    switch (c) {
    case '=': return 1;
    case '+': return 2;
    case '^': return 4;
    case '~': return 8;
    default: return 0;
    }
}

cmark_node *matchMarker(cmark_syntax_extension *self, cmark_parser *parser, cmark_node *, unsigned char character,
                        cmark_inline_parser *inlineParser)
{
    // cmark-gfm offers every character to every inline extension.
    const auto enabled = int(reinterpret_cast<std::intptr_t>(cmark_syntax_extension_get_private(self)));
    if (!(markerBit(character) & enabled))
        return nullptr;
    int leftFlanking = 0, rightFlanking = 0, punctBefore = 0, punctAfter = 0;
    const int run = cmark_inline_parser_scan_delimiters(inlineParser, 100, character, &leftFlanking, &rightFlanking,
                                                         &punctBefore, &punctAfter);
    (void)parser;
    const QByteArray markers(run, char(character));
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, markers.constData());
    const Tag *tag = tagFor(char(character), run);
    if (!tag || run < tag->minimum || (character == '~' && run > 2) || !(leftFlanking || rightFlanking))
        return text;
    cmark_inline_parser_push_delimiter(inlineParser, character, leftFlanking, rightFlanking, text);
    return text;
}

delimiter *insertTag(cmark_syntax_extension *, cmark_parser *, cmark_inline_parser *inlineParser, delimiter *opener,
                     delimiter *closer)
{
    delimiter *next = closer->next;
    cmark_node *start = opener->inl_text;
    const size_t openRun = std::strlen(cmark_node_get_literal(start));
    const size_t closeRun = std::strlen(cmark_node_get_literal(closer->inl_text));
    const Tag *tag = tagFor(char(opener->delim_char), int(openRun));
    if (tag && openRun == closeRun && cmark_node_set_type(start, CMARK_NODE_CUSTOM_INLINE)) {
        cmark_node_set_on_enter(start, tag->open);
        cmark_node_set_on_exit(start, tag->close);
        for (cmark_node *node = cmark_node_next(start); node && node != closer->inl_text;) {
            cmark_node *following = cmark_node_next(node);
            cmark_node_append_child(start, node);
            node = following;
        }
        cmark_node_free(closer->inl_text);
    }
    for (delimiter *d = closer; d && d != opener;) {
        delimiter *previous = d->previous;
        cmark_inline_parser_remove_delimiter(inlineParser, d);
        d = previous;
    }
    cmark_inline_parser_remove_delimiter(inlineParser, opener);
    return next;
}

cmark_syntax_extension *make(const ExtrasSettings &settings)
{
    cmark_syntax_extension *ext = cmark_syntax_extension_new("postwright_extras");
    cmark_llist *chars = nullptr;
    cmark_mem *mem = cmark_get_default_mem_allocator();
    for (const auto &[on, c] : {std::pair{settings.mark, '='}, std::pair{settings.insert, '+'},
                                std::pair{settings.superscript, '^'}, std::pair{settings.subscript, '~'}})
        if (on)
            chars = cmark_llist_append(mem, chars, reinterpret_cast<void *>(std::intptr_t(c)));
    cmark_syntax_extension_set_special_inline_chars(ext, chars);
    const int enabled = (settings.mark ? 1 : 0) | (settings.insert ? 2 : 0) | (settings.superscript ? 4 : 0)
                        | (settings.subscript ? 8 : 0);
    cmark_syntax_extension_set_private(ext, reinterpret_cast<void *>(std::intptr_t(enabled)), nullptr);
    cmark_syntax_extension_set_match_inline_func(ext, matchMarker);
    cmark_syntax_extension_set_inline_from_delim_func(ext, insertTag);
    return ext;
}

} // namespace

cmark_syntax_extension *extension(const ExtrasSettings &settings)
{
    if (!settings.any())
        return nullptr;
    // One extension per combination of the four switches, made once.
    static std::array<cmark_syntax_extension *, 16> made{};
    static std::mutex mutex;
    const int key = (settings.mark ? 1 : 0) | (settings.insert ? 2 : 0) | (settings.superscript ? 4 : 0)
                    | (settings.subscript ? 8 : 0);
    std::lock_guard lock(mutex);
    if (!made[size_t(key)])
        made[size_t(key)] = make(settings);
    return made[size_t(key)];
}

} // namespace Postwright::Extras
