#include "katexfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Postwright::KatexFiles {

QString directory()
{
    QStringList candidates;
    if (const QString dir = qEnvironmentVariable("POSTWRIGHT_KATEX_DIR"); !dir.isEmpty())
        candidates << dir;
    // Installed with the app: <prefix>/share/postwright/katex.
    const QString exe = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    candidates << QDir::cleanPath(exe + QStringLiteral("/../share/postwright/katex"))
               << QStringLiteral("/usr/share/javascript/katex");
    for (const QString &dir : std::as_const(candidates))
        if (QFileInfo(dir + QStringLiteral("/katex.min.js")).isFile())
            return dir;
    return {};
}

namespace {

// @font-face's src list: url(fonts/X.woff2) format('woff2'),url(...) ...
const QRegularExpression &fontSource()
{
    static const QRegularExpression re(QStringLiteral(R"(src:url\(fonts/([A-Za-z0-9_-]+)\.woff2\)[^;}]*)"));
    return re;
}

} // namespace

QStringList fontFiles()
{
    const QString dir = directory();
    QFile css(dir + QStringLiteral("/katex.min.css"));
    if (dir.isEmpty() || !css.open(QIODevice::ReadOnly))
        return {};
    QStringList files;
    const QString text = QString::fromUtf8(css.readAll());
    for (const QRegularExpressionMatch &match : fontSource().globalMatch(text)) {
        const QString file = dir + QStringLiteral("/fonts/") + match.captured(1) + QStringLiteral(".woff2");
        if (!files.contains(file))
            files << file;
    }
    return files;
}

QByteArray styleSheet(const QString &fontPrefix)
{
    const QString dir = directory();
    QFile css(dir + QStringLiteral("/katex.min.css"));
    if (dir.isEmpty() || !css.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(css.readAll());
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (const QRegularExpressionMatch &match : fontSource().globalMatch(text)) {
        out += QStringView(text).sliced(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const QString name = match.captured(1) + QStringLiteral(".woff2");
        QString url = fontPrefix + name;
        if (fontPrefix.isEmpty()) {
            QFile font(dir + QStringLiteral("/fonts/") + name);
            url = font.open(QIODevice::ReadOnly)
                      ? QStringLiteral("data:font/woff2;base64,") + QString::fromLatin1(font.readAll().toBase64())
                      : name;
        }
        out += QStringLiteral("src:url(") + url + QStringLiteral(") format('woff2')");
    }
    out += QStringView(text).sliced(copied);
    return out.toUtf8();
}

} // namespace Postwright::KatexFiles
