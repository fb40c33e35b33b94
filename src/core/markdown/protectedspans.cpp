#include "protectedspans.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Postwright {

QByteArray SpanToken::make(qsizetype index)
{
    return QByteArray(Open) + QByteArray::number(index) + QByteArray(Close);
}

namespace {

bool isBlank(QByteArrayView line)
{
    for (char c : line)
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    return true;
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool hasAlnum(QByteArrayView text)
{
    for (char c : text)
        if (isAlnum(c) || (unsigned char)c >= 0x80)
            return true;
    return false;
}

// Characters where a code span, comment, link destination, escape,
// shortcode, Liquid tag or math may start.
bool isSpecial(char c)
{
    return c == '`' || c == '<' || c == ']' || c == '\\' || c == '{' || c == '$';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The fence that opens a fenced code block on this line (after any list or
// quote markers), or an empty view.
QByteArrayView fenceOf(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '>'))
        ++i;
    // list markers before a fence: "- ```", "1. ```"
    if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && i + 1 < line.size() && line[i + 1] == ' ')
        i += 2;
    while (i < line.size() && line[i] == ' ')
        ++i;
    if (i >= line.size() || (line[i] != '`' && line[i] != '~'))
        return {};
    const char c = line[i];
    qsizetype n = i;
    while (n < line.size() && line[n] == c)
        ++n;
    if (n - i < 3)
        return {};
    if (c == '`' && line.sliced(n).contains('`'))
        return {};
    return line.sliced(i, n - i);
}

bool closesFence(QByteArrayView line, QByteArrayView fence)
{
    QByteArrayView f = fenceOf(line);
    if (f.isEmpty() || f[0] != fence[0] || f.size() < fence.size())
        return false;
    const qsizetype at = line.indexOf(f);
    return isBlank(line.sliced(at + f.size()));
}

// "- x", "* x", "+ x", "1. x", "1) x" after at most three spaces.
bool isListItem(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ')
        ++i;
    if (i >= line.size())
        return false;
    qsizetype after = -1;
    if (line[i] == '-' || line[i] == '*' || line[i] == '+') {
        after = i + 1;
    } else {
        qsizetype digits = i;
        while (digits < line.size() && digits - i < 9 && line[digits] >= '0' && line[digits] <= '9')
            ++digits;
        if (digits > i && digits < line.size() && (line[digits] == '.' || line[digits] == ')'))
            after = digits + 1;
    }
    return after > 0 && (after == line.size() || line[after] == ' ' || line[after] == '\t' || line[after] == '\r');
}

bool isIndentedCode(QByteArrayView line)
{
    return line.startsWith("    ") || line.startsWith('\t');
}

class Scanner
{
public:
    Scanner(const QByteArray &body, const QByteArray &excerptSeparator)
        : m_in(body)
        , m_excerpt(excerptSeparator.trimmed())
    {
        m_out.text.reserve(body.size() + 64);
    }

    ProtectedText run()
    {
        qsizetype pos = 0;
        QByteArrayView fence;
        std::optional<FencedBlock> block;
        bool previousBlank = true;
        bool inIndentedCode = false;
        bool inList = false;
        int line = 1;
        while (pos < m_in.size()) {
            qsizetype end = m_in.indexOf('\n', pos);
            if (end < 0)
                end = m_in.size();
            const QByteArrayView text(m_in.constData() + pos, end - pos);
            const bool blank = isBlank(text);
            bool copyVerbatim = false;
            if (!fence.isEmpty()) {
                copyVerbatim = true;
                if (closesFence(text, fence)) {
                    fence = {};
                    if (block) {
                        m_out.fencedBlocks.append(*block);
                        block.reset();
                    }
                } else if (block) {
                    block->content.append(text.data(), text.size());
                    block->content += '\n';
                }
            } else if (QByteArrayView f = fenceOf(text); !f.isEmpty()) {
                fence = f;
                copyVerbatim = true;
                // Only the plain case: a fence in column 0 whose info string
                // needs no unescaping. Anything else cmark alone decides.
                const QByteArray info = text.sliced(f.size()).trimmed().toByteArray();
                if (text.startsWith(f) && !info.contains('\\') && !info.contains('&') && !text.contains('\r'))
                    block = FencedBlock{info, {}, line};
                else
                    block.reset();
            } else if (!blank && isIndentedCode(text) && !inList && (previousBlank || inIndentedCode)) {
                copyVerbatim = true;
                inIndentedCode = true;
            } else if (!blank) {
                inIndentedCode = false;
            }
            if (!blank && !isIndentedCode(text) && !copyVerbatim)
                inList = isListItem(text) || (inList && !previousBlank);
            previousBlank = blank;

            if (copyVerbatim) {
                copyLine(pos, end);
                pos = end + 1;
                ++line;
                continue;
            }
            if (!m_excerpt.isEmpty() && !m_excerpt.startsWith("<!--") && text.trimmed() == m_excerpt) {
                ProtectedSpan span;
                span.kind = ProtectedSpan::ExcerptSeparator;
                span.source = text.toByteArray();
                span.line = line;
                m_out.text += SpanToken::make(m_out.spans.size());
                m_out.spans.append(span);
                if (end < m_in.size())
                    m_out.text += '\n';
                pos = end + 1;
                ++line;
                continue;
            }
            const qsizetype next = scanLine(pos, end, line);
            // A span that went on over later lines moved the position further.
            line += int(QByteArrayView(m_in).sliced(pos, qMin(next, m_in.size()) - pos).count('\n'));
            pos = next;
        }
        return std::move(m_out);
    }

private:
    void copyLine(qsizetype pos, qsizetype end)
    {
        m_out.text.append(m_in.constData() + pos, end - pos);
        if (end < m_in.size())
            m_out.text += '\n';
    }

    // Scans one line from pos; returns the position after the line's break
    // (further on when a span continued over several lines).
    qsizetype scanLine(qsizetype pos, qsizetype lineEnd, int line)
    {
        qsizetype i = pos;
        QByteArray fillers; // lines that spans swallowed, added after this line
        while (i < lineEnd) {
            const char c = m_in[i];
            if (c == '`') {
                const qsizetype after = skipCodeSpan(i, lineEnd);
                m_out.text.append(m_in.constData() + i, after - i);
                i = after;
                continue;
            }
            if (c == '<' && QByteArrayView(m_in).sliced(i).startsWith("<!--")) {
                // Nothing inside an HTML comment is touched.
                qsizetype close = m_in.indexOf("-->", i + 4);
                close = close < 0 ? m_in.size() : close + 3;
                m_out.text.append(m_in.constData() + i, close - i);
                i = close;
                if (i > lineEnd) {
                    lineEnd = m_in.indexOf('\n', i);
                    if (lineEnd < 0)
                        lineEnd = m_in.size();
                }
                continue;
            }
            if (c == ']' && i + 1 < lineEnd && m_in[i + 1] == '(') {
                // A link destination is a URL: "\(" there is an escaped parenthesis.
                const qsizetype after = skipLinkDestination(i + 1, lineEnd);
                m_out.text.append(m_in.constData() + i, after - i);
                i = after;
                continue;
            }
            ProtectedSpan span;
            qsizetype spanEnd = -1;
            if (c == '\\' && i + 1 < lineEnd) {
                const char n = m_in[i + 1];
                if (n == '(' || n == '[')
                    spanEnd = matchBackslashMath(i, n, span);
                if (spanEnd < 0) {
                    m_out.text.append(m_in.constData() + i, 2);
                    i += 2;
                    continue;
                }
            } else if (c == '{' && i + 1 < lineEnd && m_in[i + 1] == '{') {
                spanEnd = matchDoubleBrace(i, span);
            } else if (c == '{' && i + 1 < lineEnd && m_in[i + 1] == '%') {
                spanEnd = matchLiquidTag(i, span);
            } else if (c == '$') {
                spanEnd = matchDollarMath(i, lineEnd, span);
            }
            if (spanEnd < 0) {
                // Copy up to the next character that could start anything.
                qsizetype next = i + 1;
                while (next < lineEnd && !isSpecial(m_in[next]))
                    ++next;
                m_out.text.append(m_in.constData() + i, next - i);
                i = next;
                continue;
            }
            span.source = m_in.mid(i, spanEnd - i);
            span.line = line + int(QByteArrayView(m_in).sliced(pos, i - pos).count('\n'));
            m_out.text += SpanToken::make(m_out.spans.size());
            m_out.spans.append(span);
            const int swallowed = int(span.source.count('\n'));
            for (int k = 0; k < swallowed; ++k)
                fillers += QByteArray("\n") + SpanToken::Filler;
            i = spanEnd;
            if (spanEnd > lineEnd) {
                lineEnd = m_in.indexOf('\n', spanEnd);
                if (lineEnd < 0)
                    lineEnd = m_in.size();
            }
        }
        m_out.text += fillers;
        if (lineEnd < m_in.size())
            m_out.text += '\n';
        return lineEnd + 1;
    }

    // From the "(" after "]" to just past its balanced ")", or to the line's end.
    qsizetype skipLinkDestination(qsizetype open, qsizetype lineEnd)
    {
        int depth = 0;
        for (qsizetype j = open; j < lineEnd; ++j) {
            const char ch = m_in[j];
            if (ch == '\\') {
                ++j;
            } else if (ch == '(') {
                ++depth;
            } else if (ch == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return open + 1; // unbalanced: not a destination, scan on normally
    }

    qsizetype skipCodeSpan(qsizetype i, qsizetype lineEnd)
    {
        qsizetype n = i;
        while (n < lineEnd && m_in[n] == '`')
            ++n;
        const qsizetype run = n - i;
        for (qsizetype j = n; j < lineEnd;) {
            if (m_in[j] != '`') {
                ++j;
                continue;
            }
            qsizetype k = j;
            while (k < lineEnd && m_in[k] == '`')
                ++k;
            if (k - j == run)
                return k;
            j = k;
        }
        return n; // no closing run: the backticks are literal
    }

    qsizetype matchBackslashMath(qsizetype i, char open, ProtectedSpan &span)
    {
        const QByteArray close = open == '(' ? QByteArray("\\)") : QByteArray("\\]");
        const qsizetype end = m_in.indexOf(close, i + 2);
        if (end < 0)
            return -1;
        const QByteArrayView inner = QByteArrayView(m_in).sliced(i + 2, end - i - 2);
        // "\[\\\]" and the like are escaped punctuation, not formulas.
        if (!hasAlnum(inner) || inner.contains("\n\n") || (open == '(' && inner.contains('\n')))
            return -1;
        span.kind = open == '(' ? ProtectedSpan::MathInline : ProtectedSpan::MathDisplay;
        span.inner = inner.toByteArray();
        return end + 2;
    }

    qsizetype matchDollarMath(qsizetype i, qsizetype lineEnd, ProtectedSpan &span)
    {
        if (i > 0 && m_in[i - 1] == '\\')
            return -1;
        if (i + 1 < m_in.size() && m_in[i + 1] == '$') {
            const qsizetype end = m_in.indexOf("$$", i + 2);
            if (end < 0)
                return -1;
            const QByteArrayView inner = QByteArrayView(m_in).sliced(i + 2, end - i - 2);
            if (isBlank(inner) || inner.contains("\n\n"))
                return -1;
            span.kind = ProtectedSpan::MathDisplay;
            span.inner = inner.toByteArray();
            return end + 2;
        }
        // Pandoc's rule: no space after the opening $, none before the
        // closing one, and no digit right after it ("$5 and $10" is money).
        if (i + 1 >= lineEnd || isSpace(m_in[i + 1]))
            return -1;
        for (qsizetype j = i + 1; j < lineEnd; ++j) {
            if (m_in[j] == '\\') {
                ++j;
                continue;
            }
            if (m_in[j] != '$')
                continue;
            if (isSpace(m_in[j - 1]))
                continue;
            if (j + 1 < m_in.size() && m_in[j + 1] >= '0' && m_in[j + 1] <= '9')
                continue;
            span.kind = ProtectedSpan::MathInline;
            span.inner = m_in.mid(i + 1, j - i - 1);
            return j + 1;
        }
        return -1;
    }

    // {{< ... >}}, {{% ... %}} (Hugo shortcodes) or {{ ... }} (Liquid output).
    qsizetype matchDoubleBrace(qsizetype i, ProtectedSpan &span)
    {
        const char kind = i + 2 < m_in.size() ? m_in[i + 2] : '\0';
        if (kind != '<' && kind != '%') {
            const qsizetype end = m_in.indexOf("}}", i + 2);
            const qsizetype nl = m_in.indexOf('\n', i);
            if (end < 0 || (nl >= 0 && nl < end) || isBlank(QByteArrayView(m_in).sliced(i + 2, end - i - 2)))
                return -1;
            span.kind = ProtectedSpan::LiquidOutput;
            span.inner = m_in.mid(i + 2, end - i - 2).trimmed();
            return end + 2;
        }
        const QByteArray closer = kind == '<' ? QByteArray(">}}") : QByteArray("%}}");
        const qsizetype end = m_in.indexOf(closer, i + 3);
        if (end < 0)
            return -1;
        QByteArray tag = m_in.mid(i + 3, end - i - 3).trimmed();
        if (tag.startsWith("/*") && tag.endsWith("*/")) {
            span.kind = ProtectedSpan::EscapedShortcode;
            span.inner = "{{" + QByteArray(1, kind) + ' ' + tag.mid(2, tag.size() - 4).trimmed() + ' '
                         + QByteArray(1, kind == '<' ? '>' : '%') + "}}";
            return end + 3;
        }
        const bool selfClosing = tag.endsWith('/');
        if (selfClosing)
            tag.chop(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !isSpace(tag[nameEnd]))
            ++nameEnd;
        span.name = tag.left(nameEnd);
        span.params = tag.mid(nameEnd).trimmed();
        span.markdownInner = kind == '%';
        if (span.name.isEmpty() || span.name.startsWith('/'))
            return -1; // a stray closing tag stays text
        span.kind = ProtectedSpan::Shortcode;
        if (selfClosing)
            return end + 3;
        // Paired when a closing tag for the same name follows.
        const auto [closeStart, closeEnd] = findCloser(m_shortcodeClosers, end + 3, span.name, true);
        if (closeStart >= 0) {
            span.kind = ProtectedSpan::ShortcodePair;
            span.inner = m_in.mid(end + 3, closeStart - end - 3);
            return closeEnd;
        }
        return end + 3;
    }

    struct Closer
    {
        qsizetype start;
        qsizetype end;
    };
    using CloserIndex = std::optional<QHash<QByteArray, QList<Closer>>>;

    // Every closing tag in the body by name, found once: "{{< /name >}}" for
    // shortcodes, "{% endname %}" for Liquid.
    void indexClosers(CloserIndex &index, bool shortcodes)
    {
        index.emplace();
        const QByteArrayView in(m_in);
        for (qsizetype p = in.indexOf(shortcodes ? "{{" : "{%"); p >= 0;
             p = in.indexOf(shortcodes ? "{{" : "{%", p + 2)) {
            qsizetype q = p + 2;
            char kind = '%';
            if (shortcodes) {
                if (q >= in.size() || (in[q] != '<' && in[q] != '%'))
                    continue;
                kind = in[q++];
            } else if (q < in.size() && in[q] == '-') {
                ++q;
            }
            while (q < in.size() && isSpace(in[q]))
                ++q;
            if (shortcodes) {
                if (q >= in.size() || in[q] != '/')
                    continue;
                ++q;
                while (q < in.size() && isSpace(in[q]))
                    ++q;
            } else {
                if (!in.sliced(q).startsWith("end"))
                    continue;
                q += 3;
            }
            const qsizetype nameStart = q;
            while (q < in.size() && !isSpace(in[q]) && in[q] != '>' && in[q] != '%' && in[q] != '-')
                ++q;
            const QByteArray name = in.sliced(nameStart, q - nameStart).toByteArray();
            while (q < in.size() && (isSpace(in[q]) || (!shortcodes && in[q] == '-')))
                ++q;
            const QByteArrayView tail = shortcodes ? (kind == '<' ? QByteArrayView(">}}") : QByteArrayView("%}}"))
                                                   : QByteArrayView("%}");
            if (name.isEmpty() || !in.sliced(q).startsWith(tail))
                continue;
            (*index)[name].append(Closer{p, q + tail.size()});
        }
    }

    std::pair<qsizetype, qsizetype> findCloser(CloserIndex &index, qsizetype from, const QByteArray &name, bool shortcodes)
    {
        if (!index)
            indexClosers(index, shortcodes);
        const auto it = index->constFind(name);
        if (it == index->constEnd())
            return {-1, -1};
        const auto found = std::lower_bound(it->cbegin(), it->cend(), from,
                                            [](const Closer &c, qsizetype pos) { return c.start < pos; });
        if (found == it->cend())
            return {-1, -1};
        return {found->start, found->end};
    }

    qsizetype matchLiquidTag(qsizetype i, ProtectedSpan &span)
    {
        const qsizetype end = m_in.indexOf("%}", i + 2);
        if (end < 0)
            return -1;
        QByteArray tag = m_in.mid(i + 2, end - i - 2).trimmed();
        if (tag.startsWith('-'))
            tag = tag.mid(1).trimmed();
        if (tag.endsWith('-'))
            tag = tag.chopped(1).trimmed();
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !isSpace(tag[nameEnd]))
            ++nameEnd;
        span.name = tag.left(nameEnd);
        span.params = tag.mid(nameEnd).trimmed();
        if (span.name.isEmpty())
            return -1;
        span.kind = ProtectedSpan::LiquidTag;
        static const QList<QByteArray> paired = {"raw", "highlight", "comment", "capture", "if", "unless", "for", "case"};
        if (!paired.contains(span.name))
            return end + 2;
        const auto [closeStart, closeEnd] = findCloser(m_liquidClosers, end + 2, span.name, false);
        if (closeStart < 0)
            return end + 2;
        span.kind = ProtectedSpan::LiquidPair;
        span.inner = m_in.mid(end + 2, closeStart - end - 2);
        return closeEnd;
    }

    const QByteArray &m_in;
    const QByteArray m_excerpt;
    ProtectedText m_out;
    CloserIndex m_shortcodeClosers;
    CloserIndex m_liquidClosers;
};

} // namespace

ProtectedText protectSpans(const QByteArray &body, const QByteArray &excerptSeparator)
{
    return Scanner(body, excerptSeparator).run();
}

} // namespace Postwright
