#include "pathtext.h"

namespace Postwright::PathText {

QLatin1StringView asciiSpelling(QChar lower)
{
    switch (lower.unicode()) {
    case u'ß': return QLatin1StringView("ss");
    case u'æ': return QLatin1StringView("ae");
    case u'œ': return QLatin1StringView("oe");
    case u'ø': return QLatin1StringView("o");
    case u'đ': case u'ð': return QLatin1StringView("d");
    case u'ł': return QLatin1StringView("l");
    case u'þ': return QLatin1StringView("th");
    case u'ı': return QLatin1StringView("i");
    default: return {};
    }
}

QString foldToAscii(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;
        const QChar lower = c.toLower();
        if (lower.unicode() < 0x80) {
            folded += lower;
            continue;
        }
        const QLatin1StringView spelled = asciiSpelling(lower);
        folded += spelled.isEmpty() ? QLatin1StringView(" ") : spelled;
    }
    return folded;
}

bool isSameOrBelow(const QString &path, const QString &folder)
{
    if (path.isEmpty() || folder.isEmpty())
        return false;
    if (folder == u"/")
        return path.startsWith(u'/');
    return path == folder || path.startsWith(folder + u'/');
}

} // namespace Postwright::PathText
