#include "protectedspans.h"

#include "postlexer.h"
#include "shortcodetag.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace Postwright {

void SpanToken::append(QByteArray &out, qsizetype index, const char *open, const char *close)
{
    // Written whole and appended once: a post may hold a million.
    char token[2 * Size + 24];
    char *end = token + sizeof token - Size;
    std::memcpy(end, close, Size);
    char *p = end;
    do {
        *--p = char('0' + index % 10);
        index /= 10;
    } while (index > 0);
    p -= Size;
    std::memcpy(p, open, Size);
    out.append(p, end + Size - p);
}

QByteArray ProtectedSpan::shown() const
{
    ShortcodeTag tag;
    tag.delimiter = markdownInner ? '%' : '<';
    tag.escaped = true;
    tag.comment = inner();
    return tag.shown();
}

ProtectedSpan::Part ProtectedSpan::partOf(QByteArrayView view) const
{
    const qsizetype offset = view.data() - source.data();
    // Outside the source, or past what an offset holds (a span over 2 GB): none.
    if (!view.data() || offset < 0 || offset + view.size() > source.size() || offset + view.size() > std::numeric_limits<qint32>::max())
        return {};
    return {qint32(offset), qint32(view.size())};
}

namespace {

class Protector
{
public:
    Protector(const QByteArray &text, const LexedPost &post)
        : m_whole(text)
        , m_text(text)
        , m_post(post)
    {
    }

    ProtectedText run()
    {
        const FrontMatterBlock &frontMatter = m_post.frontMatter;
        if (m_post.spans.isEmpty() && frontMatter.bodyOffset == 0 && m_whole.size() == m_text.size()) {
            m_out.text = m_whole; // nothing to cut out: shared, not copied
            addFencedBlocks();
            return std::move(m_out);
        }
        m_out.text.reserve(m_text.size() + 64);
        m_out.text = QByteArray(frontMatter.bodyLine - 1, '\n');
        m_out.text.reserve(m_text.size() + 16 * m_post.spans.size());
        m_out.spans.reserve(m_post.spans.size());
        m_copied = frontMatter.bodyOffset;
        const QList<LexedSpan> &spans = m_post.spans;
        for (qsizetype k = 0; k < spans.size(); ++k) {
            const LexedSpan &span = spans.at(k);
            if (span.start < m_copied)
                continue; // inside a pair already cut out
            if (span.kind == LexedSpan::EscapedShortcode && span.inCode) {
                copyTo(span.start);
                m_out.text += span.tag().shown();
                m_copied = span.end;
                continue;
            }
            if (span.kind == LexedSpan::Shortcode && span.closing)
                continue; // a closing tag that closes nothing here stays text
            protect(span);
        }
        copyTo(m_text.size());
        for (; m_pendingFillers > 0; --m_pendingFillers)
            m_out.text += QByteArray("\n") + SpanToken::Filler;
        addFencedBlocks();
        return std::move(m_out);
    }

private:
    void addFencedBlocks()
    {
        for (const CodeBlock &block : m_post.codeBlocks)
            if (block.fenced && block.plain && block.closed)
                m_out.fencedBlocks.append(FencedBlock{block.info, codeText(block.contentStart, block.contentEnd), block.firstLine});
    }


    void protect(const LexedSpan &span)
    {
        // A shortcode pair is a block around its inner text, as its template
        // receives it; Liquid's {% if %} and {% for %} are no containers, so
        // their tags stay single and the text between flows on (only the
        // verbatim highlight, comment and capture take theirs).
        const bool pair = span.opensPair() && (span.kind == LexedSpan::Shortcode || span.verbatim);
        const qsizetype end = pair ? m_post.spans.at(span.pair).end : span.end;
        ProtectedSpan out;
        out.line = span.line;
        out.source = m_text.sliced(span.start, end - span.start);
        switch (span.kind) {
        case LexedSpan::Shortcode:
            out.kind = ProtectedSpan::Shortcode;
            out.setName(span.name);
            out.setParams(span.params);
            out.markdownInner = span.delimiter == '%';
            break;
        case LexedSpan::EscapedShortcode:
            out.kind = ProtectedSpan::EscapedShortcode;
            out.setInner(span.params);
            out.markdownInner = span.delimiter == '%';
            break;
        case LexedSpan::LiquidTag:
            out.kind = span.rawLiquid ? ProtectedSpan::Hidden : ProtectedSpan::LiquidTag;
            out.setName(span.name);
            out.setParams(span.params);
            break;
        case LexedSpan::LiquidOutput:
            out.kind = ProtectedSpan::LiquidOutput;
            out.setInner(span.params);
            break;
        case LexedSpan::MathInline:
        case LexedSpan::MathDisplay:
            out.kind = span.kind == LexedSpan::MathInline ? ProtectedSpan::MathInline : ProtectedSpan::MathDisplay;
            out.setInner(span.params);
            break;
        case LexedSpan::ExcerptSeparator:
            out.kind = ProtectedSpan::ExcerptSeparator;
            break;
        case LexedSpan::SummaryDivider:
            out.kind = ProtectedSpan::Hidden; // Hugo's page has no trace of it
            break;
        }
        if (pair) {
            out.kind = span.kind == LexedSpan::Shortcode ? ProtectedSpan::ShortcodePair : ProtectedSpan::LiquidPair;
            out.setInner(m_text.sliced(span.end, m_post.spans.at(span.pair).start - span.end));
        }
        copyTo(span.start);
        SpanToken::append(m_out.text, m_out.spans.size());
        m_out.spans.append(out);
        m_pendingFillers += int(std::count(m_text.begin() + span.start, m_text.begin() + end, '\n'));
        m_copied = end;
    }

    // Copies the text up to `to`; lines that spans swallowed come back as
    // filler lines at the end of the line the last of them ended on.
    void copyTo(qsizetype to)
    {
        if (to <= m_copied)
            return;
        if (m_pendingFillers > 0) {
            const qsizetype lineBreak = m_text.sliced(m_copied, to - m_copied).indexOf('\n');
            if (lineBreak >= 0) {
                m_out.text.append(m_text.sliced(m_copied, lineBreak));
                for (; m_pendingFillers > 0; --m_pendingFillers)
                    m_out.text += QByteArray("\n") + SpanToken::Filler;
                m_copied += lineBreak;
            }
        }
        m_out.text.append(m_text.sliced(m_copied, to - m_copied));
        m_copied = to;
    }

    // The code between from and to as Markdown will hold it: escaped
    // shortcodes shown as Hugo shows them.
    QByteArray codeText(qsizetype from, qsizetype to) const
    {
        QByteArray code;
        const QList<LexedSpan> &spans = m_post.spans;
        auto it = std::lower_bound(spans.cbegin(), spans.cend(), from,
                                   [](const LexedSpan &s, qsizetype pos) { return s.start < pos; });
        qsizetype copied = from;
        for (; it != spans.cend() && it->start < to; ++it) {
            if (it->kind != LexedSpan::EscapedShortcode || !it->inCode)
                continue;
            code.append(m_text.sliced(copied, it->start - copied));
            code += it->tag().shown();
            copied = it->end;
        }
        code.append(m_text.sliced(copied, to - copied));
        return code;
    }

    const QByteArray &m_whole;
    const QByteArrayView m_text;
    const LexedPost &m_post;
    ProtectedText m_out;
    qsizetype m_copied = 0;
    int m_pendingFillers = 0;
};

} // namespace

ProtectedText protectSpans(const QByteArray &text, const LexedPost &post)
{
    return Protector(text, post).run();
}

} // namespace Postwright
