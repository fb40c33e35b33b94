#include "typographer.h"

#include "asciipunctuation.h"
#include "inlinetext.h"

#include <cmark-gfm-extension_api.h>

#include <memory>
#include <vector>

namespace Postwright::Typographer {

namespace {

using namespace CharClass;

struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

bool leftFlanking(char32_t before, char32_t after)
{
    return !isSpace(after) && (!isPunctOrSymbol(after) || isSpace(before) || isPunctOrSymbol(before));
}

bool rightFlanking(char32_t before, char32_t after)
{
    return !isSpace(before) && (!isPunctOrSymbol(before) || isSpace(after) || isPunctOrSymbol(after));
}

bool isNumeric(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

void readAngleQuotes(cmark_node *root, const SourceLines &source, const TypographerSettings &settings)
{
    if (!settings.enabled || settings.leftAngleQuote.isEmpty())
        return;
    std::vector<cmark_node *> tags;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE)
            tags.push_back(node);
    }
    for (cmark_node *tag : tags) {
        cmark_node *previous = cmark_node_previous(tag);
        if (!previous || cmark_node_get_type(previous) != CMARK_NODE_TEXT)
            continue;
        QByteArray before = cmark_node_get_literal(previous);
        // The source has "<" right before the tag, not escaped ("\<").
        const QByteArrayView line = source.line(cmark_node_get_start_line(tag));
        const qsizetype at = cmark_node_get_start_column(tag) - 2;
        if (!before.endsWith('<') || at < 0 || at >= line.size() || line[at] != '<' || (at > 0 && line[at - 1] == '\\'))
            continue;
        const QByteArray html = QByteArray("<") + cmark_node_get_literal(tag);
        before.chop(1);
        cmark_node_set_literal(previous, before.constData());
        if (cmark_node_set_type(tag, CMARK_NODE_TEXT))
            cmark_node_set_literal(tag, html.constData());
    }
}

void apply(InlineText &text, const TypographerSettings &s)
{
    if (!s.enabled)
        return;
    const QByteArray &chars = text.chars();
    const qsizetype n = chars.size();
    int singles = 0, doubles = 0; // quotes opened and not closed in this block
    qsizetype lineEnd = -1;
    for (qsizetype pos = 0; pos < n; ++pos) {
        if (pos >= lineEnd) {
            const qsizetype lf = chars.indexOf('\n', pos);
            lineEnd = lf < 0 ? n : lf + 1;
        }
        const char c = chars[pos];
        if (!text.editable(pos) || !(c == '-' || c == '.' || c == '<' || c == '>' || c == '\'' || c == '"'))
            continue;
        const qsizetype len = lineEnd - pos; // Goldmark's len(line)
        auto at = [&](qsizetype k) { return k < len ? chars[pos + k] : '\0'; };
        auto put = [&](qsizetype length, const QByteArray &html) {
            text.replace(pos, length, html);
            pos += length - 1;
        };
        if (len > 2) {
            if (c == '-' && !s.emDash.isEmpty() && at(1) == '-' && at(2) == '-' && text.editable(pos, 3)) {
                put(3, s.emDash);
                continue;
            }
            if (c == '.') {
                if (!s.ellipsis.isEmpty() && at(1) == '.' && at(2) == '.' && text.editable(pos, 3))
                    put(3, s.ellipsis);
                continue;
            }
        }
        if (len > 1) {
            if (c == '<' || c == '>') {
                const QByteArray &quote = c == '<' ? s.leftAngleQuote : s.rightAngleQuote;
                if (!quote.isEmpty() && at(1) == c && text.editable(pos, 2))
                    put(2, quote);
                continue;
            }
            if (c == '-' && !s.enDash.isEmpty() && at(1) == '-' && text.editable(pos, 2)) {
                put(2, s.enDash);
                continue;
            }
        }
        if (c != '\'' && c != '"')
            continue;
        const char32_t before = runeBefore(chars, pos);
        const char32_t after = len > 1 ? runeAt(chars, pos + 1) : U' ';
        const bool canOpen = leftFlanking(before, after);
        const bool canClose = rightFlanking(before, after);
        if (!canOpen && !canClose)
            continue;
        auto closes = [&] {
            const bool isClose = canClose && !canOpen;
            const bool maybeClose = canClose && canOpen && len > 1 && isPunct(runeAt(chars, pos + 1))
                                    && (len == 2 || isAsciiPunctuation(at(2)) || isAsciiSpace(at(2)));
            return isClose || maybeClose;
        };
        if (c == '\'') {
            if (!s.apostrophe.isEmpty()) {
                // Decades: '90s
                if (canOpen && !canClose && len > 3 && isNumeric(at(1)) && isNumeric(at(2)) && at(3) == 's') {
                    const char32_t next = len > 4 ? runeAt(chars, pos + 4) : U' ';
                    if (isSpace(next) || isPunctOrSymbol(next)) {
                        put(1, s.apostrophe);
                        continue;
                    }
                }
                // 'twas, 'em, 'net, 'll
                if (len > 1 && (isPunct(before) || isSpace(before))
                    && (at(1) == 't' || at(1) == 'e' || at(1) == 'n' || at(1) == 'l')) {
                    put(1, s.apostrophe);
                    continue;
                }
                // between a letter or digit and a letter: don't, it's
                if (len > 1 && (isDigit(before) || isLetter(before)) && isLetter(runeAt(chars, pos + 1))) {
                    put(1, s.apostrophe);
                    continue;
                }
            }
            if (!s.leftSingleQuote.isEmpty() && canOpen && !canClose) {
                bool right = len > 1 && (at(1) == 's' || at(1) == 'm' || at(1) == 't' || at(1) == 'd')
                             && (len < 3 || isAsciiPunctuation(at(2)) || isAsciiSpace(at(2)));
                right = right
                        || (len > 2
                            && ((at(1) == 'v' && at(2) == 'e') || (at(1) == 'l' && at(2) == 'l') || (at(1) == 'r' && at(2) == 'e'))
                            && (len < 4 || isAsciiPunctuation(at(3)) || isAsciiSpace(at(3))));
                if (!right)
                    ++singles;
                put(1, right ? s.rightSingleQuote : s.leftSingleQuote);
                continue;
            }
            // Goldmark's test here reads "len(line) > 1 && IsSpace(quote) ||
            // IsPunct(quote) && ...": with the quote itself asked, it comes to this.
            if (!s.rightSingleQuote.isEmpty() && len > 2 && !isDigit(runeAt(chars, pos + 1))) {
                put(1, s.rightSingleQuote);
                continue;
            }
            if (!s.rightSingleQuote.isEmpty() && singles > 0 && closes()) {
                --singles;
                put(1, s.rightSingleQuote);
            }
            continue;
        }
        if (!s.leftDoubleQuote.isEmpty() && canOpen && !canClose) {
            ++doubles;
            put(1, s.leftDoubleQuote);
            continue;
        }
        if (!s.rightDoubleQuote.isEmpty() && doubles > 0 && closes()) {
            if (len > 1 && at(1) == '"' && isDigit(before)) // "Monitor 21""
                continue;
            --doubles;
            put(1, s.rightDoubleQuote);
        }
    }
}

} // namespace Postwright::Typographer
