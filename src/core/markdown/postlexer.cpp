#include "postlexer.h"

#include "asciipunctuation.h"
#include "bytecounting.h"
#include "htmlattributes.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Postwright {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isBlank(QByteArrayView line)
{
    for (char c : line)
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    return true;
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}


// The fence opening a fenced code block on this line, after any quote or
// list markers: its offset in the line and length, or length 0.
struct Fence
{
    qsizetype at = 0;
    qsizetype length = 0;
    char character = 0;
};

Fence fenceOf(QByteArrayView line)
{
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '>'))
        ++i;
    // list markers before a fence: "- ```", "1. ```"
    if (i + 1 < n && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ') {
        i += 2;
    } else {
        qsizetype d = i;
        while (d < n && d - i < 9 && isDigit(line[d]))
            ++d;
        if (d > i && d + 1 < n && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ')
            i = d + 2;
    }
    while (i < n && line[i] == ' ')
        ++i;
    if (i >= n || (line[i] != '`' && line[i] != '~'))
        return {};
    const char c = line[i];
    qsizetype end = i;
    while (end < n && line[end] == c)
        ++end;
    if (end - i < 3 || (c == '`' && line.sliced(end).contains('`')))
        return {};
    return {i, end - i, c};
}

bool closesFence(QByteArrayView line, const Fence &fence)
{
    const Fence f = fenceOf(line);
    return f.length >= fence.length && f.character == fence.character && isBlank(line.sliced(f.at + f.length));
}

// "- x", "* x", "+ x", "1. x", "1) x" after at most three spaces.
bool isListItem(QByteArrayView line)
{
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && i < 3 && line[i] == ' ')
        ++i;
    if (i >= n)
        return false;
    qsizetype after = -1;
    if (line[i] == '-' || line[i] == '*' || line[i] == '+') {
        after = i + 1;
    } else {
        qsizetype d = i;
        while (d < n && d - i < 9 && isDigit(line[d]))
            ++d;
        if (d > i && d < n && (line[d] == '.' || line[d] == ')'))
            after = d + 1;
    }
    return after > 0 && (after == n || line[after] == ' ' || line[after] == '\t' || line[after] == '\r');
}

bool isIndented(QByteArrayView line)
{
    return line.startsWith("    ") || line.startsWith('\t');
}

// A line that ends the paragraph before it: a fence or an ATX heading.
bool interruptsParagraph(QByteArrayView line)
{
    if (fenceOf(line).length > 0)
        return true;
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ')
        ++i;
    qsizetype hashes = i;
    while (hashes < line.size() && line[hashes] == '#')
        ++hashes;
    return hashes > i && hashes - i <= 6 && (hashes == line.size() || line[hashes] == ' ' || line[hashes] == '\t');
}

// The first position in [from, limit) where a predicate holds. Asked with
// non-decreasing `from` and the same limit, every position is looked at once
// in all: a failed search is remembered, a found one is reused while ahead.
class ForwardSearch
{
public:
    template<typename Pred>
    qsizetype find(qsizetype from, qsizetype limit, Pred pred)
    {
        if (limit == m_limit && from >= m_from && (m_found < 0 || m_found >= from))
            return m_found;
        qsizetype x = from;
        while (x < limit && !pred(x))
            ++x;
        m_from = from;
        m_limit = limit;
        m_found = x < limit ? x : -1;
        return m_found;
    }

private:
    qsizetype m_from = -1;
    qsizetype m_limit = -1;
    qsizetype m_found = -1;
};

class Lexer
{
public:
    Lexer(QByteArrayView text, const LexerOptions &options)
        : m_s(text)
        , m_n(text.size())
        , m_options(options)
        , m_math(options.math)
        , m_excerpt(options.excerptSeparator.trimmed())
    {
        // Where something the lexer reads may start inside a paragraph.
        for (char c : {'\\', '`', '<', '!', ']', '{', '$'})
            m_special[static_cast<unsigned char>(c)] = true;
        for (const auto *pairs : {&m_math.otherInline, &m_math.otherDisplay}) {
            for (const auto &[open, close] : *pairs) {
                if (!open.isEmpty() && !close.isEmpty()) {
                    m_special[static_cast<unsigned char>(open[0])] = true;
                    m_otherMath.push_back({open, close, pairs == &m_math.otherDisplay, {}});
                }
            }
        }
    }

    LexedPost run()
    {
        m_out.frontMatter = FrontMatterBlock::locate(m_s);
        qsizetype pos = m_out.frontMatter.bodyOffset;
        m_countedPos = pos;
        m_countedLine = m_out.frontMatter.bodyLine;
        Fence fence;
        CodeBlock block;
        bool previousBlank = true;
        bool inIndentedCode = false;
        bool inList = false;
        while (pos < m_n) {
            const qsizetype end = lineEnd(pos);
            const qsizetype next = end < m_n ? end + 1 : m_n;
            const QByteArrayView line = m_s.sliced(pos, end - pos);
            const bool blank = isBlank(line);
            bool code = false;
            if (fence.length > 0) {
                code = true;
                if (closesFence(line, fence)) {
                    fence = {};
                    block.contentEnd = pos;
                    block.end = next;
                    block.lastLine = lineOf(pos);
                    block.closed = true;
                    m_out.codeBlocks.append(block);
                } else {
                    findEscapedShortcodes(pos, end);
                }
            } else if (const Fence f = fenceOf(line); f.length > 0) {
                fence = f;
                code = true;
                block = CodeBlock();
                block.fenced = true;
                block.start = pos;
                block.contentStart = next;
                block.firstLine = lineOf(pos);
                block.info = line.sliced(f.at + f.length).trimmed().toByteArray();
                block.plain = f.at == 0 && !block.info.contains('\\') && !block.info.contains('&') && !line.contains('\r');
            } else if (!blank && isIndented(line) && !inList && (previousBlank || inIndentedCode)) {
                code = true;
                if (!inIndentedCode) {
                    block = CodeBlock();
                    block.start = block.contentStart = pos;
                    block.firstLine = lineOf(pos);
                }
                block.end = block.contentEnd = next;
                block.lastLine = lineOf(pos);
                inIndentedCode = true;
                findEscapedShortcodes(pos, end);
            }
            if (!code && inIndentedCode) {
                m_out.codeBlocks.append(block);
                inIndentedCode = false;
            }
            if (!blank && !isIndented(line) && !code)
                inList = isListItem(line) || (inList && !previousBlank);
            previousBlank = blank;
            if (code) {
                pos = next;
                continue;
            }
            if (!m_excerpt.isEmpty() && !m_excerpt.startsWith("<!--") && line.trimmed() == m_excerpt) {
                LexedSpan span;
                span.kind = LexedSpan::ExcerptSeparator;
                addSpan(span, pos, end);
                pos = next;
                continue;
            }
            pos = scanInline(pos, end);
        }
        if (fence.length > 0) {
            block.contentEnd = block.end = m_n;
            block.lastLine = lineOf(m_n);
            m_out.codeBlocks.append(block);
        } else if (inIndentedCode) {
            m_out.codeBlocks.append(block);
        }
        pairTags();
        return std::move(m_out);
    }

private:
    // The end of the line holding pos; the last answer is kept, since
    // everything on a long line asks again.
    qsizetype lineEnd(qsizetype pos)
    {
        if (pos >= m_lineFrom && pos <= m_lineEnd)
            return m_lineEnd;
        const qsizetype end = m_s.sliced(pos).indexOf('\n');
        m_lineFrom = pos;
        m_lineEnd = end < 0 ? m_n : pos + end;
        return m_lineEnd;
    }

    // 1-based line of pos; positions are asked for in increasing order.
    int lineOf(qsizetype pos)
    {
        if (pos < m_countedPos) // a rare step back: count from the start
            m_countedPos = 0, m_countedLine = 1;
        m_countedLine += int(ByteCounting::count(m_s.sliced(m_countedPos, pos - m_countedPos), '\n'));
        m_countedPos = pos;
        return m_countedLine;
    }

    LexedSpan &addSpan(LexedSpan &span, qsizetype start, qsizetype end)
    {
        span.start = start;
        span.end = end;
        span.line = lineOf(start);
        m_out.spans.append(std::move(span));
        return m_out.spans.last();
    }

    // The end of the paragraph holding pos: the line break before the next
    // blank line, fence or heading, or the end of the text.
    qsizetype paragraphEnd(qsizetype pos)
    {
        if (pos >= m_paragraphFrom && pos <= m_paragraphEnd)
            return m_paragraphEnd;
        qsizetype end = lineEnd(pos);
        while (end < m_n) {
            const qsizetype next = lineEnd(end + 1);
            const QByteArrayView line = m_s.sliced(end + 1, next - end - 1);
            if (isBlank(line) || interruptsParagraph(line))
                break;
            end = next;
        }
        m_paragraphFrom = pos;
        m_paragraphEnd = end;
        return end;
    }

    // The start of the next blank line after pos, or the end of the text.
    qsizetype blankLineAfter(qsizetype pos)
    {
        const qsizetype found = m_blankLine.find(pos, m_n, [this](qsizetype x) {
            if (m_s[x] != '\n')
                return false;
            const qsizetype e = lineEnd(x + 1);
            return x + 1 < m_n && isBlank(m_s.sliced(x + 1, e - x - 1));
        });
        return found < 0 ? m_n : found + 1;
    }

    bool atLineStart(qsizetype pos) const
    {
        for (qsizetype i = pos - 1; i >= 0 && m_s[i] != '\n'; --i)
            if (m_s[i] != ' ' && m_s[i] != '\t' && m_s[i] != '>')
                return false;
        return true;
    }

    // Whether the character at x is escaped by an odd run of backslashes.
    bool escaped(qsizetype x) const
    {
        qsizetype k = x;
        while (k > 0 && m_s[k - 1] == '\\')
            --k;
        return (x - k) % 2 == 1;
    }

    // Scans the line [pos, end) and whatever lines a construct in it runs
    // over; returns the start of the next line to read as a block.
    qsizetype scanInline(qsizetype pos, qsizetype end)
    {
        qsizetype i = pos;
        while (i < end) {
            const char c = m_s[i];
            qsizetype next = -1;
            if (!m_otherMath.empty())
                next = matchOtherMath(i, end);
            if (next >= 0) {
                // a site's own delimiters came first
            } else if (c == '\\') {
                if (i + 1 < end && ((m_s[i + 1] == '(' && m_math.paren) || (m_s[i + 1] == '[' && m_math.bracket)))
                    next = matchBackslashMath(i);
                if (next < 0)
                    next = i + 1 < end ? i + 2 : i + 1;
            } else if (c == '`') {
                next = skipCodeSpan(i);
            } else if (c == '<' && m_s.sliced(i).startsWith("<!--")) {
                next = m_options.summaryDivider && !m_summaryDividerFound && m_s.sliced(i).startsWith("<!--more-->")
                           ? markSummaryDivider(i)
                           : skipComment(i);
            } else if (c == '<') {
                matchHtmlImage(i);
            } else if (c == '!' && i + 1 < m_n && m_s[i + 1] == '[') {
                matchMarkdownImage(i);
            } else if (c == ']' && i + 1 < end && m_s[i + 1] == '(') {
                next = scanDestination(i + 1);
            } else if (c == '{' && i + 1 < m_n && m_s[i + 1] == '{') {
                next = i + 2 < m_n && (m_s[i + 2] == '<' || m_s[i + 2] == '%') ? matchShortcode(i)
                       : m_inRawLiquid                                          ? -1
                                                                                : matchLiquidOutput(i, end);
            } else if (c == '{' && i + 1 < m_n && m_s[i + 1] == '%') {
                next = matchLiquidTag(i);
            } else if (c == '$' && i >= m_dollarTextUntil) {
                next = matchDollarMath(i, end);
            }
            if (next < 0) {
                next = i + 1;
                while (next < end) {
                    const char n = m_s[next];
                    if (m_special[static_cast<unsigned char>(n)] && !(n == '$' && next < m_dollarTextUntil))
                        break;
                    ++next;
                }
            }
            i = std::min(next, m_n);
            if (i > end)
                end = lineEnd(i);
        }
        return end < m_n ? end + 1 : m_n;
    }

    // A code span: the next run of as many backticks in the paragraph closes
    // it; without one the backticks are text. The paragraph's runs are
    // listed by length once, so no opener rescans it.
    qsizetype skipCodeSpan(qsizetype i)
    {
        qsizetype runEnd = i;
        while (runEnd < m_n && m_s[runEnd] == '`')
            ++runEnd;
        const qsizetype limit = paragraphEnd(i);
        if (m_runsLimit != limit || i < m_runsFrom) {
            m_runs.clear();
            m_runsFrom = i;
            m_runsLimit = limit;
            for (qsizetype k = i; k < limit;) {
                if (m_s[k] != '`') {
                    ++k;
                    continue;
                }
                const qsizetype start = k;
                while (k < limit && m_s[k] == '`')
                    ++k;
                m_runs[k - start].push_back(start);
            }
        }
        const auto it = m_runs.constFind(runEnd - i);
        if (it == m_runs.constEnd())
            return runEnd;
        const auto closer = std::lower_bound(it->cbegin(), it->cend(), runEnd);
        if (closer == it->cend())
            return runEnd;
        const qsizetype end = *closer + (runEnd - i);
        m_out.codeSpans << i << end;
        findEscapedShortcodes(runEnd, *closer);
        return end;
    }

    qsizetype markSummaryDivider(qsizetype i)
    {
        m_summaryDividerFound = true;
        LexedSpan span;
        span.kind = LexedSpan::SummaryDivider;
        return addSpan(span, i, i + qsizetype(sizeof("<!--more-->") - 1)).end;
    }

    // An HTML comment. One that opens a line is an HTML block and may run
    // over blank lines (to the end of the post when unclosed); one inside a
    // paragraph ends with it.
    qsizetype skipComment(qsizetype i)
    {
        const bool block = atLineStart(i);
        const qsizetype limit = block ? m_n : paragraphEnd(i);
        // "<!-->" and "<!--->" are whole (empty) comments.
        if (m_s.sliced(i + 4).startsWith(">"))
            return i + 5;
        if (m_s.sliced(i + 4).startsWith("->"))
            return i + 6;
        const qsizetype close = m_commentEnd.find(i + 4, m_n, [this](qsizetype x) {
            return m_s[x] == '-' && m_s.sliced(x).startsWith("-->");
        });
        if (close >= 0 && close < limit)
            return close + 3;
        return block ? m_n : i + 4;
    }

    // <img ...>: a reference when it has a src. The scan goes on inside it:
    // Hugo runs shortcodes in attributes too.
    void matchHtmlImage(qsizetype i)
    {
        if (!HtmlStartTag::opensTag(m_s, i, "img") || i < m_imageTagFailedUntil)
            return;
        const qsizetype limit = paragraphEnd(i);
        const std::optional<HtmlStartTag> tag = HtmlStartTag::parse(m_s, i + 4, limit, {"src", "alt"});
        if (!tag) {
            m_imageTagFailedUntil = limit; // a browser reads an unclosed tag to the end: so do later ones in it
            return;
        }
        m_insideTagUntil = tag->end; // "![a](b)" in an attribute is no image
        const std::optional<HtmlAttribute> src = tag->attribute("src");
        if (!src)
            return;
        const std::optional<HtmlAttribute> alt = tag->attribute("alt");
        addImage(LexedImage::Html, i, tag->end, src->value, alt ? alt->value : QByteArrayView());
    }

    // ![alt](src "title") or ![alt](<src>), the description's brackets
    // balanced, its parts separated by spaces and at most one line break.
    void matchMarkdownImage(qsizetype i)
    {
        if (i < m_insideTagUntil)
            return;
        const qsizetype limit = paragraphEnd(i);
        const qsizetype close = matchingBracket(i + 1, limit);
        if (close < 0 || close + 1 >= limit || m_s[close + 1] != '(')
            return;
        qsizetype j = close + 2;
        auto skipSpace = [&] {
            bool lineBreak = false;
            const qsizetype from = j;
            while (j < limit && (m_s[j] == ' ' || m_s[j] == '\t' || m_s[j] == '\r' || (m_s[j] == '\n' && !lineBreak))) {
                lineBreak = lineBreak || m_s[j] == '\n';
                ++j;
            }
            return j > from;
        };
        skipSpace();
        QByteArrayView destination;
        if (j < limit && m_s[j] == '<') {
            qsizetype k = j + 1;
            while (k < limit && m_s[k] != '>' && m_s[k] != '<' && m_s[k] != '\n')
                k += m_s[k] == '\\' && k + 1 < limit && m_s[k + 1] != '\n' ? 2 : 1;
            if (k >= limit || m_s[k] != '>')
                return;
            destination = m_s.sliced(j + 1, k - j - 1);
            j = k + 1;
        } else {
            const qsizetype from = j;
            if (!skipRawDestination(j, limit))
                return;
            destination = m_s.sliced(from, j - from);
        }
        if (skipSpace() && j < limit && (m_s[j] == '"' || m_s[j] == '\'' || m_s[j] == '(')) {
            const char closer = m_s[j] == '(' ? ')' : m_s[j];
            qsizetype &missing = m_noTitleCloser[closer == '"' ? 0 : closer == '\'' ? 1 : 2];
            if (j < missing)
                return;
            qsizetype k = j + 1;
            while (k < limit && m_s[k] != closer)
                k += m_s[k] == '\\' ? 2 : 1;
            if (k >= limit) {
                missing = limit;
                return;
            }
            j = k + 1;
            skipSpace();
        }
        if (j >= limit || m_s[j] != ')')
            return;
        addImage(LexedImage::Markdown, i, j + 1, destination, m_s.sliced(i + 2, close - i - 2));
    }

    // A destination as cmark reads one without angle brackets: no spaces or
    // control characters, parentheses balanced and at most 32 deep. Shortcodes
    // and Liquid in it are read whole (Hugo and Jekyll run them first).
    bool skipRawDestination(qsizetype &j, qsizetype limit)
    {
        int depth = 0;
        while (j < limit) {
            const char c = m_s[j];
            if (c == '{' && j + 1 < limit && (m_s[j + 1] == '{' || m_s[j + 1] == '%')) {
                const qsizetype after = templateEnd(j, limit);
                if (after > j) {
                    j = after;
                    continue;
                }
            }
            if (static_cast<unsigned char>(c) <= ' ')
                break;
            if (c == '\\' && j + 1 < limit && isAsciiPunctuation(m_s[j + 1])) {
                j += 2;
                continue;
            }
            if (c == '(') {
                if (++depth > 32)
                    return false;
            } else if (c == ')') {
                if (depth == 0)
                    break;
                --depth;
            }
            ++j;
        }
        return depth == 0;
    }

    // Past the shortcode or Liquid tag or output at j, or j when there is none.
    qsizetype templateEnd(qsizetype j, qsizetype limit)
    {
        if (m_s[j + 1] == '{' && j + 2 < limit && (m_s[j + 2] == '<' || m_s[j + 2] == '%')) {
            if (!m_options.hugo)
                return j;
            const qsizetype end = ShortcodeTag::parse(m_s, j, lineEnd(j), nullptr);
            return end < 0 ? j : end;
        }
        if (!m_options.liquid)
            return j;
        const QByteArrayView closer = m_s[j + 1] == '{' ? QByteArrayView("}}") : QByteArrayView("%}");
        const qsizetype close = m_s.sliced(j + 2, lineEnd(j) - j - 2).indexOf(closer);
        return close < 0 ? j : j + 2 + close + 2;
    }

    // The "]" that closes the "[" at open in its paragraph, or -1. The
    // paragraph's brackets are paired once, with a stack.
    qsizetype matchingBracket(qsizetype open, qsizetype limit)
    {
        if (open >= m_bracketsEnd) {
            // Only "![" openers are ever asked for: only their pairs are kept.
            m_brackets.clear();
            m_bracketCursor = 0;
            m_bracketStack.clear();
            for (qsizetype k = open; k < limit; ++k) {
                const char u = m_s[k];
                if (u == '\\') {
                    ++k;
                } else if (u == '[') {
                    m_bracketStack.push_back(k);
                } else if (u == ']' && !m_bracketStack.empty()) {
                    const qsizetype opener = m_bracketStack.back();
                    m_bracketStack.pop_back();
                    if (opener > 0 && m_s[opener - 1] == '!')
                        m_brackets.emplace_back(opener, k);
                }
            }
            std::sort(m_brackets.begin(), m_brackets.end());
            m_bracketsEnd = std::max(limit, open + 1);
        }
        while (m_bracketCursor < m_brackets.size() && m_brackets[m_bracketCursor].first < open)
            ++m_bracketCursor;
        if (m_bracketCursor < m_brackets.size() && m_brackets[m_bracketCursor].first == open)
            return m_brackets[m_bracketCursor].second;
        return -1;
    }

    // The destination after "](" at open: a URL, where "\(" is an escaped
    // parenthesis and "$" no math; shortcodes and Liquid in it are read as
    // everywhere. Returns where to go on.
    qsizetype scanDestination(qsizetype open)
    {
        if (open < m_destinationFailedUntil)
            return open + 1;
        const qsizetype limit = paragraphEnd(open);
        qsizetype j = open + 1;
        while (j < limit && (m_s[j] == ' ' || m_s[j] == '\t'))
            ++j;
        const qsizetype from = j;
        bool ok = true;
        if (j < limit && m_s[j] == '<') {
            ++j;
            while (j < limit && m_s[j] != '>' && m_s[j] != '<' && m_s[j] != '\n') {
                if (m_s[j] == '{' && j + 1 < limit && (m_s[j + 1] == '{' || m_s[j + 1] == '%')) {
                    const qsizetype after = templateEnd(j, limit);
                    if (after > j) {
                        j = after;
                        continue;
                    }
                }
                j += m_s[j] == '\\' && j + 1 < limit ? 2 : 1;
            }
            ok = j < limit && m_s[j] == '>';
            ++j;
        } else {
            ok = skipRawDestination(j, limit);
        }
        if (!ok) {
            m_destinationFailedUntil = std::min(j, limit);
            return open + 1;
        }
        if (j > from)
            m_out.linkDestinations.append({from, j});
        // The templates in it become spans; the rest is passed over.
        for (qsizetype k = from; k < j;) {
            if (m_s[k] == '{' && k + 1 < j && (m_s[k + 1] == '{' || m_s[k + 1] == '%')) {
                const qsizetype after = m_s[k + 1] == '%' ? matchLiquidTag(k)
                                        : k + 2 < j && (m_s[k + 2] == '<' || m_s[k + 2] == '%') ? matchShortcode(k)
                                                                                                 : matchLiquidOutput(k, lineEnd(k));
                if (after > k) {
                    k = after;
                    continue;
                }
            }
            ++k;
        }
        return std::max(j, open + 1);
    }

    // {{< ... >}} or {{% ... %}}: a tag, an escaped tag, or the opening tag of
    // a highlight or comment pair whose inner text nothing reads.
    qsizetype matchShortcode(qsizetype i)
    {
        if (!m_options.hugo || i < m_shortcodeFailedUntil)
            return -1;
        const qsizetype limit = paragraphEnd(i);
        ShortcodeTag tag;
        const qsizetype end = ShortcodeTag::parse(m_s, i, limit, &tag);
        if (end < 0) {
            // Hugo stops at an unclosed shortcode; here the paragraph is text.
            m_shortcodeFailedUntil = limit;
            return -1;
        }
        LexedSpan span;
        span.setTag(tag);
        if (span.kind == LexedSpan::Shortcode && !span.closing && !span.selfClosing
            && (span.name == "highlight" || span.name == "comment")) {
            const auto [closeStart, closeEnd] = verbatimCloser(end, span.name, true);
            if (closeStart >= 0) {
                span.verbatim = true;
                span.pair = int(m_out.spans.size()) + 1;
                addSpan(span, i, end);
                LexedSpan closer;
                ShortcodeTag closingTag;
                ShortcodeTag::parse(m_s, closeStart, closeEnd, &closingTag);
                closer.setTag(closingTag);
                closer.verbatim = true;
                closer.pair = int(m_out.spans.size()) - 1;
                addSpan(closer, closeStart, closeEnd);
                return closeEnd;
            }
        }
        if (span.kind == LexedSpan::Shortcode && span.name == "figure" && !span.closing) {
            const QList<ShortcodeParam> params = ShortcodeTag::parseParams(span.params);
            if (const QByteArrayView src = valueAsWritten(i, end, params, "src"); src.data())
                addImage(LexedImage::Figure, i, end, src, valueAsWritten(i, end, params, "alt"));
        }
        addSpan(span, i, end);
        return end;
    }

    // The named parameter's value as written in the tag [i, end): inside its
    // quotes, or up to a space. A null view when the tag has no such parameter.
    QByteArrayView valueAsWritten(qsizetype i, qsizetype end, const QList<ShortcodeParam> &params, QByteArrayView name) const
    {
        bool present = false;
        for (const ShortcodeParam &p : params)
            present = present || p.name == name;
        if (!present)
            return {};
        const QByteArrayView tag = m_s.sliced(i, end - i);
        for (qsizetype at = tag.indexOf(name); at >= 0; at = tag.indexOf(name, at + 1)) {
            const qsizetype eq = at + name.size();
            if (eq >= tag.size() || tag[eq] != '=' || at == 0 || !isSpace(tag[at - 1]))
                continue;
            qsizetype v = i + eq + 1;
            if (v < end && (m_s[v] == '"' || m_s[v] == '`')) {
                const char quote = m_s[v];
                qsizetype k = v + 1;
                while (k < end && m_s[k] != quote)
                    k += quote == '"' && m_s[k] == '\\' ? 2 : 1;
                return m_s.sliced(v + 1, std::min(k, end) - v - 1);
            }
            qsizetype k = v;
            while (k < end && !isSpace(m_s[k]) && !m_s.sliced(k).startsWith(">}}") && !m_s.sliced(k).startsWith("%}}"))
                ++k;
            return m_s.sliced(v, k - v);
        }
        return {};
    }

    // {{ expression }} on one line (and {{- x -}}).
    qsizetype matchLiquidOutput(qsizetype i, qsizetype lineEndAt)
    {
        if (!m_options.liquid)
            return -1;
        const qsizetype close = m_liquidOutputEnd.find(i + 2, lineEndAt, [this](qsizetype x) {
            return m_s[x] == '}' && x + 1 < m_n && m_s[x + 1] == '}';
        });
        if (close < 0)
            return -1;
        QByteArrayView inner = m_s.sliced(i + 2, close - i - 2).trimmed();
        if (inner.startsWith('-'))
            inner = inner.sliced(1).trimmed();
        if (inner.endsWith('-'))
            inner = inner.chopped(1).trimmed();
        if (inner.isEmpty())
            return -1;
        LexedSpan span;
        span.kind = LexedSpan::LiquidOutput;
        span.params = inner;
        addSpan(span, i, close + 2);
        return close + 2;
    }

    // {% name params %} (and {%- x -%}). raw and endraw switch Liquid off and
    // on; highlight, comment and capture (which shows nothing) take their
    // inner text whole.
    qsizetype matchLiquidTag(qsizetype i)
    {
        if (!m_options.liquid || i < m_liquidTagFailedUntil)
            return -1;
        const qsizetype limit = paragraphEnd(i);
        const qsizetype close = m_liquidTagEnd.find(i + 2, m_n, [this](qsizetype x) {
            return m_s[x] == '%' && x + 1 < m_n && m_s[x + 1] == '}';
        });
        if (close < 0 || close >= limit) {
            m_liquidTagFailedUntil = limit;
            return -1;
        }
        QByteArrayView tag = m_s.sliced(i + 2, close - i - 2).trimmed();
        if (tag.startsWith('-'))
            tag = tag.sliced(1).trimmed();
        if (tag.endsWith('-'))
            tag = tag.chopped(1).trimmed();
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !isSpace(tag[nameEnd]))
            ++nameEnd;
        if (nameEnd == 0)
            return -1;
        LexedSpan span;
        span.kind = LexedSpan::LiquidTag;
        span.name = tag.first(nameEnd);
        span.params = tag.sliced(nameEnd).trimmed();
        if (m_inRawLiquid) {
            if (span.name != "endraw")
                return -1;
            m_inRawLiquid = false;
            span.rawLiquid = true;
            addSpan(span, i, close + 2);
            return close + 2;
        }
        if (span.name == "raw") {
            m_inRawLiquid = true;
            span.rawLiquid = true;
        } else if (span.name == "highlight" || span.name == "comment" || span.name == "capture") {
            const auto [closeStart, closeEnd] = verbatimCloser(close + 2, span.name, false);
            if (closeStart >= 0) {
                span.verbatim = true;
                span.pair = int(m_out.spans.size()) + 1;
                addSpan(span, i, close + 2);
                LexedSpan closer;
                closer.kind = LexedSpan::LiquidTag;
                closer.name = span.name == "highlight" ? QByteArrayView("endhighlight")
                              : span.name == "comment"   ? QByteArrayView("endcomment")
                                                         : QByteArrayView("endcapture");
                closer.verbatim = true;
                closer.pair = int(m_out.spans.size()) - 1;
                addSpan(closer, closeStart, closeEnd);
                return closeEnd;
            }
        }
        addSpan(span, i, close + 2);
        return close + 2;
    }

    // The closing tag of a verbatim pair after `from`: {{< /name >}} (or
    // {{% /name %}}) for Hugo, {% endname %} for Liquid. Each name's search
    // goes on from where the last one stopped.
    std::pair<qsizetype, qsizetype> verbatimCloser(qsizetype from, QByteArrayView name, bool hugo)
    {
        const QByteArray marker = (hugo ? QByteArray("/") : QByteArray("end")) + name.toByteArray();
        const QByteArray key = (hugo ? QByteArray("h:") : QByteArray("l:")) + name.toByteArray();
        if (m_noCloserAfter.value(key, m_n + 1) <= from)
            return {-1, -1};
        for (qsizetype at = m_s.sliced(from).indexOf(marker); at >= 0;) {
            at += from;
            qsizetype b = at - 1;
            while (b >= from && (isSpace(m_s[b]) || (!hugo && m_s[b] == '-')))
                --b;
            const bool opened = hugo ? b >= from + 2 && (m_s[b] == '<' || m_s[b] == '%') && m_s[b - 1] == '{' && m_s[b - 2] == '{'
                                     : b >= from + 1 && m_s[b] == '%' && m_s[b - 1] == '{';
            qsizetype a = at + marker.size();
            while (a < m_n && (isSpace(m_s[a]) || (!hugo && m_s[a] == '-')))
                ++a;
            const bool closed = hugo ? m_s.sliced(a).startsWith(">}}") || m_s.sliced(a).startsWith("%}}")
                                     : m_s.sliced(a).startsWith("%}");
            if (opened && closed)
                return {b - (hugo ? 2 : 1), a + (hugo ? 3 : 2)};
            const qsizetype nextAt = m_s.sliced(at + 1).indexOf(marker);
            at = nextAt < 0 ? -1 : at + 1 + nextAt - from;
        }
        m_noCloserAfter.insert(key, from);
        return {-1, -1};
    }

    // \( formula \) on one line, \[ formula \] in one paragraph; with a
    // letter or digit inside ("\[\\\]" and the like are escaped punctuation).
    qsizetype matchBackslashMath(qsizetype i)
    {
        const bool display = m_s[i + 1] == '[';
        const char closeChar = display ? ']' : ')';
        const qsizetype limit = display ? blankLineAfter(i) : lineEnd(i);
        ForwardSearch &search = display ? m_displayBackslashEnd : m_inlineBackslashEnd;
        const qsizetype close = search.find(i + 2, limit, [this, closeChar](qsizetype x) {
            return m_s[x] == '\\' && x + 1 < m_n && m_s[x + 1] == closeChar;
        });
        if (close < 0)
            return -1;
        const qsizetype letter = m_alnum.find(i + 2, m_n, [this](qsizetype x) { return isAlnum(m_s[x]); });
        if (letter < 0 || letter >= close)
            return -1;
        return addMath(display ? LexedSpan::MathDisplay : LexedSpan::MathInline, i, i + 2, close, close + 2);
    }

    // $$ formula $$ in one paragraph; $formula$ on one line by Pandoc's rule:
    // no space after the opening $, none before the closing one, and no digit
    // right after it ("$5 and $10" is money).
    qsizetype matchDollarMath(qsizetype i, qsizetype lineEndAt)
    {
        qsizetype run = i;
        while (run < m_n && m_s[run] == '$')
            ++run;
        if (run - i > 2)
            return run; // "$$$" opens nothing: the whole run is text
        if (run - i == 2) {
            if (!m_math.doubleDollar)
                return run;
            const qsizetype limit = blankLineAfter(i);
            const qsizetype close = m_displayDollarEnd.find(i + 2, limit, [this](qsizetype x) {
                return m_s[x] == '$' && x + 1 < m_n && m_s[x + 1] == '$';
            });
            if (close < 0)
                return -1;
            const qsizetype content = m_nonSpace.find(i + 2, m_n, [this](qsizetype x) { return !isSpace(m_s[x]); });
            if (content < 0 || content >= close)
                return -1;
            return addMath(LexedSpan::MathDisplay, i, i + 2, close, close + 2);
        }
        if (!m_math.dollar || i + 1 >= lineEndAt || isSpace(m_s[i + 1]))
            return -1;
        const qsizetype close = m_inlineDollarEnd.find(i + 1, lineEndAt, [this](qsizetype x) {
            return m_s[x] == '$' && !isSpace(m_s[x - 1]) && !(x + 1 < m_n && isDigit(m_s[x + 1])) && !escaped(x);
        });
        if (close < 0) {
            // No closer after this one on the line: no later $ opens anything
            // either, up to the next $$ that might open display math.
            qsizetype nextPair = -1;
            if (m_math.doubleDollar)
                nextPair = m_displayDollarEnd.find(i + 1, blankLineAfter(i), [this](qsizetype x) {
                    return m_s[x] == '$' && x + 1 < m_n && m_s[x + 1] == '$';
                });
            m_dollarTextUntil = nextPair < 0 ? lineEndAt : std::min(nextPair, lineEndAt);
            return -1;
        }
        return addMath(LexedSpan::MathInline, i, i + 1, close, close + 1);
    }

    // A formula [innerStart, innerEnd) whose delimiters run from start to end.
    qsizetype addMath(LexedSpan::Kind kind, qsizetype start, qsizetype innerStart, qsizetype innerEnd, qsizetype end)
    {
        LexedSpan span;
        span.kind = kind;
        span.params = m_s.sliced(innerStart, innerEnd - innerStart);
        addSpan(span, start, end);
        return end;
    }

    // A site's own passthrough delimiters: inline ones close on the line,
    // display ones in the paragraph; the formula is not blank.
    qsizetype matchOtherMath(qsizetype i, qsizetype lineEndAt)
    {
        for (OtherMath &math : m_otherMath) {
            if (!m_s.sliced(i).startsWith(math.open))
                continue;
            const qsizetype from = i + math.open.size();
            const qsizetype limit = math.display ? blankLineAfter(i) : lineEndAt;
            const QByteArray &close = math.close;
            const qsizetype end = math.search.find(from, limit, [this, &close](qsizetype x) {
                return m_s[x] == close[0] && m_s.sliced(x).startsWith(close);
            });
            if (end < 0)
                continue;
            const qsizetype content = m_nonSpace.find(from, m_n, [this](qsizetype x) { return !isSpace(m_s[x]); });
            if (content < 0 || content >= end)
                continue;
            return addMath(math.display ? LexedSpan::MathDisplay : LexedSpan::MathInline, i, from, end, end + close.size());
        }
        return -1;
    }

    // Hugo runs shortcodes before Markdown, in code too: {{</* x */>}} in a
    // code block or span shows as {{< x >}} there.
    void findEscapedShortcodes(qsizetype from, qsizetype to)
    {
        if (!m_options.hugo)
            return;
        for (qsizetype at = from; (at = indexIn("{{", at, to)) >= 0;) {
            qsizetype k = at + 3;
            while (k < to && isSpace(m_s[k]))
                ++k;
            if (at + 2 >= to || (m_s[at + 2] != '<' && m_s[at + 2] != '%') || !m_s.sliced(k, to - k).startsWith("/*")) {
                at += 2;
                continue;
            }
            ShortcodeTag tag;
            const qsizetype end = ShortcodeTag::parse(m_s, at, to, &tag);
            if (end < 0)
                return; // no "*/" closes it here: none closes a later one either
            LexedSpan span;
            span.setTag(tag);
            span.kind = LexedSpan::EscapedShortcode;
            span.inCode = true;
            addSpan(span, at, end);
            at = end;
        }
    }

    qsizetype indexIn(QByteArrayView needle, qsizetype from, qsizetype to) const
    {
        const qsizetype at = m_s.sliced(from, to - from).indexOf(needle);
        return at < 0 ? -1 : from + at;
    }

    void addImage(LexedImage::Kind kind, qsizetype start, qsizetype end, QByteArrayView src, QByteArrayView alt)
    {
        LexedImage image;
        image.kind = kind;
        image.start = start;
        image.end = end;
        image.line = lineOf(start);
        image.src = src;
        image.alt = alt;
        m_out.images.append(image);
    }

    // Pairs opening and closing tags the way Hugo nests them: a closing tag
    // closes the nearest open tag of its name; tags inside a pair that close
    // nothing stay single. Liquid's {% endname %} closes {% name %}.
    void pairTags()
    {
        QHash<QByteArrayView, std::vector<int>> openShortcodes;
        QHash<QByteArrayView, std::vector<int>> openLiquid;
        auto close = [this](std::vector<int> *open, int k) {
            if (!open || open->empty())
                return;
            m_out.spans[k].pair = open->back();
            m_out.spans[open->back()].pair = k;
            open->pop_back();
        };
        auto find = [](QHash<QByteArrayView, std::vector<int>> &open, QByteArrayView name) {
            const auto it = open.find(name);
            return it == open.end() ? nullptr : &*it;
        };
        for (int k = 0; k < m_out.spans.size(); ++k) {
            const LexedSpan &span = m_out.spans.at(k);
            if (span.verbatim || span.rawLiquid || span.inCode)
                continue;
            if (span.kind == LexedSpan::Shortcode && !span.selfClosing) {
                if (!span.closing)
                    openShortcodes[span.name].push_back(k);
                else
                    close(find(openShortcodes, span.name), k);
            } else if (span.kind == LexedSpan::LiquidTag) {
                if (!span.name.startsWith("end"))
                    openLiquid[span.name].push_back(k);
                else
                    close(find(openLiquid, span.name.sliced(3)), k);
            }
        }
    }

    struct OtherMath
    {
        QByteArray open;
        QByteArray close;
        bool display = false;
        ForwardSearch search;
    };

    const QByteArrayView m_s;
    const qsizetype m_n;
    const LexerOptions &m_options;
    const MathDelimiters &m_math;
    bool m_special[256] = {};
    std::vector<OtherMath> m_otherMath;
    const QByteArray m_excerpt;
    bool m_summaryDividerFound = false;
    LexedPost m_out;

    qsizetype m_countedPos = 0;
    int m_countedLine = 1;
    qsizetype m_lineFrom = -1;
    qsizetype m_lineEnd = -1;
    qsizetype m_paragraphFrom = -1;
    qsizetype m_paragraphEnd = -1;
    bool m_inRawLiquid = false;

    QHash<qsizetype, std::vector<qsizetype>> m_runs; // backtick runs of a paragraph by length
    qsizetype m_runsFrom = -1;
    qsizetype m_runsLimit = -1;

    ForwardSearch m_blankLine;
    ForwardSearch m_commentEnd;
    ForwardSearch m_liquidOutputEnd;
    ForwardSearch m_liquidTagEnd;
    ForwardSearch m_inlineBackslashEnd;
    ForwardSearch m_displayBackslashEnd;
    ForwardSearch m_inlineDollarEnd;
    ForwardSearch m_displayDollarEnd;
    ForwardSearch m_alnum;
    ForwardSearch m_nonSpace;

    qsizetype m_noTitleCloser[3] = {-1, -1, -1}; // no closing " ' ) between some earlier title and this
    qsizetype m_imageTagFailedUntil = -1;
    qsizetype m_insideTagUntil = -1;
    qsizetype m_shortcodeFailedUntil = -1;
    qsizetype m_liquidTagFailedUntil = -1;
    qsizetype m_destinationFailedUntil = -1;
    qsizetype m_dollarTextUntil = -1; // a $ before this opens no math
    QHash<QByteArray, qsizetype> m_noCloserAfter;
    std::vector<std::pair<qsizetype, qsizetype>> m_brackets;
    std::vector<qsizetype> m_bracketStack;
    size_t m_bracketCursor = 0;
    qsizetype m_bracketsEnd = -1;
};

} // namespace

ShortcodeTag LexedSpan::tag() const
{
    ShortcodeTag tag;
    tag.delimiter = delimiter;
    tag.closing = closing;
    tag.selfClosing = selfClosing;
    tag.escaped = kind == EscapedShortcode;
    tag.name = name;
    (tag.escaped ? tag.comment : tag.paramText) = params;
    return tag;
}

void LexedSpan::setTag(const ShortcodeTag &tag)
{
    kind = tag.escaped ? EscapedShortcode : Shortcode;
    delimiter = tag.delimiter;
    closing = tag.closing;
    selfClosing = tag.selfClosing;
    name = tag.name;
    params = tag.escaped ? tag.comment : tag.paramText;
}

const CodeBlock *LexedPost::codeBlockAtLine(int line) const
{
    const auto it = std::lower_bound(codeBlocks.cbegin(), codeBlocks.cend(), line,
                                     [](const CodeBlock &b, int l) { return b.lastLine < l; });
    return it != codeBlocks.cend() && it->firstLine <= line ? &*it : nullptr;
}

LexedPost PostLexer::lex(QByteArrayView text, const LexerOptions &options)
{
    return Lexer(text, options).run();
}

} // namespace Postwright
