#include "mermaidfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Postwright::MermaidFiles {

QString script()
{
    QStringList dirs;
    if (const QString dir = qEnvironmentVariable("POSTWRIGHT_MERMAID_DIR"); !dir.isEmpty())
        dirs << dir; // and only there
    const QString exe = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    if (dirs.isEmpty())
        dirs << QDir::cleanPath(exe + QStringLiteral("/../share/postwright/mermaid"))
             << QStringLiteral(POSTWRIGHT_BUILD_MERMAID_DIR);
    for (const QString &dir : std::as_const(dirs))
        if (const QString file = dir + QStringLiteral("/mermaid.min.js"); QFileInfo(file).isFile())
            return file;
    return {};
}

} // namespace Postwright::MermaidFiles
