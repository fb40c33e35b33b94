#include "pathtext.h"

namespace Postwright::PathText {

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
        switch (lower.unicode()) {
        case u'ß': folded += QLatin1StringView("ss"); break;
        case u'æ': folded += QLatin1StringView("ae"); break;
        case u'œ': folded += QLatin1StringView("oe"); break;
        case u'ø': folded += u'o'; break;
        case u'đ': case u'ð': folded += u'd'; break;
        case u'ł': folded += u'l'; break;
        case u'þ': folded += QLatin1StringView("th"); break;
        case u'ı': folded += u'i'; break;
        default: folded += u' '; break;
        }
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
