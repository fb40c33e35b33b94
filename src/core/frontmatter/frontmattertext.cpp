#include "frontmattertext.h"

#include <algorithm>

namespace Postwright {

FrontMatterText::FrontMatterText(QByteArrayView text, qsizetype limit)
    : m_text(text)
    , m_limit(qBound<qsizetype>(0, limit, text.size()))
{
}

qsizetype FrontMatterText::skipBlanks(qsizetype pos) const
{
    while (pos < m_limit && isBlank(m_text[pos]))
        ++pos;
    return pos;
}

qsizetype FrontMatterText::nextLine(qsizetype pos) const
{
    const qsizetype nl = m_text.first(m_limit).indexOf('\n', pos);
    return nl < 0 ? m_limit : nl + 1;
}

qsizetype FrontMatterText::lineStart(qsizetype pos) const
{
    const qsizetype nl = m_text.first(qBound<qsizetype>(0, pos, m_text.size())).lastIndexOf('\n');
    return nl < 0 ? 0 : nl + 1;
}

int FrontMatterText::lineNumber(qsizetype pos) const
{
    return int(m_text.first(qBound<qsizetype>(0, pos, m_text.size())).count('\n')) + 1;
}

QByteArray FrontMatterText::indentOf(qsizetype pos) const
{
    const qsizetype start = lineStart(pos);
    return m_text.sliced(start, skipBlanks(start) - start).toByteArray();
}

QByteArray FrontMatterText::lineEnding(QByteArrayView text)
{
    const qsizetype nl = text.indexOf('\n');
    return nl > 0 && text[nl - 1] == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

QByteArray FrontMatterText::escaped(QStringView text, const EscapeSyntax &syntax)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        const auto named = std::find_if(syntax.named.begin(), syntax.named.end(),
                                        [c](const std::pair<char32_t, const char *> &n) { return n.first == c; });
        if (named != syntax.named.end())
            out += named->second;
        else if (syntax.needsEscape(c))
            out += syntax.numeric(c);
        else
            out += QStringView(QString::fromUcs4(&c, 1)).toUtf8();
    }
    return out;
}

QString FrontMatterText::unescape(QByteArrayView inner)
{
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QString out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] != '\\')
            continue;
        out += QString::fromUtf8(inner.sliced(runStart, i - runStart));
        const char e = i + 1 < inner.size() ? inner[i + 1] : '\0';
        ++i;
        const int hexDigits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (hexDigits) {
            bool ok = false;
            const uint code = inner.sliced(i + 1, qMin<qsizetype>(hexDigits, inner.size() - i - 1)).toUInt(&ok, 16);
            if (ok) {
                // \uD83D\uDE00: each half goes in as it is and the QString pairs them.
                const char32_t character = code;
                if (hexDigits == 4)
                    out += QChar(char16_t(code));
                else
                    out += QString::fromUcs4(&character, 1);
            }
            i += hexDigits;
        } else {
            switch (e) {
            case 'b': out += u'\b'; break;
            case 't': out += u'\t'; break;
            case 'n': out += u'\n'; break;
            case 'f': out += u'\f'; break;
            case 'r': out += u'\r'; break;
            case 'v': out += u'\v'; break;
            case 'a': out += QChar(0x07); break;
            case 'e': out += QChar(0x1B); break;
            case '0': out += QChar(0); break;
            case 'N': out += QChar(0x85); break;
            case '_': out += QChar(0xA0); break;
            case 'L': out += QChar(0x2028); break;
            case 'P': out += QChar(0x2029); break;
            case '\0': break;
            default: out += QLatin1Char(e); break; // \" \\ \/ and YAML's "\ "
            }
        }
        runStart = qMin(i + 1, inner.size());
    }
    out += QString::fromUtf8(inner.sliced(runStart));
    return out;
}

std::pair<int, int> FrontMatterText::lineAndColumn(QByteArrayView text, qsizetype offset)
{
    const QByteArrayView before = text.first(qBound<qsizetype>(0, offset, text.size()));
    return {int(before.count('\n')) + 1, int(before.size() - before.lastIndexOf('\n'))};
}

} // namespace Postwright
