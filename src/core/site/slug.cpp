#include "slug.h"

#include "images/pathtext.h"

namespace Postwright::Slug {

namespace {

constexpr qsizetype MaxLength = 80;

} // namespace

QString fromText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(decomposed.size());
    bool gap = false; // a hyphen is due before the next letter
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue; // é -> e
        if (c.isSpace() || QStringView(u"-_./\\,;:|").contains(c)) {
            gap = !slug.isEmpty(); // a word ends
            continue;
        }
        const QChar lower = c.toLower();
        QString letters;
        if (lower.unicode() < 0x80)
            letters = lower.isLetterOrNumber() ? QString(lower) : QString();
        else if (const QLatin1StringView spelled = PathText::asciiSpelling(lower); !spelled.isEmpty())
            letters = spelled;
        else if (lower.isLetterOrNumber())
            letters = lower;
        if (letters.isEmpty())
            continue; // other punctuation and symbols: what's -> whats, C++20 -> c20
        if (gap)
            slug += u'-';
        gap = false;
        slug += letters;
    }
    slug.truncate(MaxLength);
    if (!slug.isEmpty() && slug.back().isHighSurrogate())
        slug.chop(1); // half of a character from beyond the BMP
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString fromTextOrPost(const QString &text)
{
    const QString slug = fromText(text);
    return slug.isEmpty() ? QStringLiteral("post") : slug;
}

} // namespace Postwright::Slug
