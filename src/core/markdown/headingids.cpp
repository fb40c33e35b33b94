#include "headingids.h"

#include <QStringView>

namespace Postwright {

namespace {

// Go's unicode.ToLower: the simple one-to-one mapping, so İ becomes i (Qt
// leaves it, its lower case being two characters).
char32_t lower(char32_t c)
{
    return c == 0x130 ? U'i' : QChar::toLower(c);
}

void append(QString &out, char32_t c)
{
    out.append(QStringView(QChar::fromUcs4(c)));
}

// Hugo's text.RemoveAccents: decompose, drop the non-spacing marks, compose.
QString withoutAccents(const QString &text)
{
    QString out;
    for (const char32_t c : QStringView(text.normalized(QString::NormalizationForm_D)).toUcs4())
        if (QChar::category(c) != QChar::Mark_NonSpacing)
            append(out, c);
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace

QString HeadingIds::slug(QByteArrayView text, HeadingIdType type)
{
    QString source = QString::fromUtf8(text);
    QString id;
    id.reserve(source.size());
    if (type == HeadingIdType::Blackfriday) {
        bool dash = false;
        for (const char32_t c : QStringView(source).toUcs4()) {
            if (QChar::isLetterOrNumber(c)) {
                if (dash && !id.isEmpty())
                    id += u'-';
                dash = false;
                append(id, lower(c));
            } else {
                dash = true;
            }
        }
        return id;
    }
    const bool ascii = type == HeadingIdType::GitHubAscii;
    if (ascii)
        source = withoutAccents(source);
    for (const char32_t c : QStringView(source).toUcs4()) {
        if (ascii && c >= 0x80)
            continue;
        if (c == u'-' || c == u' ' || c == u'\t')
            id += u'-';
        else if (c == u'_' || QChar::isLetter(c) || QChar::isDigit(c))
            append(id, lower(c));
    }
    return id;
}

QString HeadingIds::take(QByteArrayView text)
{
    QString base = slug(text, m_type);
    if (base.isEmpty())
        base = QStringLiteral("heading");
    QString id = base;
    // Hugo tries -1, -2, ... from 1 each time; ids are never given back, so
    // starting where the last search for this slug ended finds the same one.
    int &next = m_nextSuffix[base];
    while (m_used.contains(id))
        id = base + u'-' + QString::number(++next);
    m_used.insert(id);
    return id;
}

} // namespace Postwright
