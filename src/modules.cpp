#include "modules.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <dlfcn.h>

namespace Postwright::Modules {

void *symbol(const char *module, const char *symbol, QString *error)
{
    const QString dir = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    const QString name = QString::fromLatin1(module);
    QStringList failures;
    for (const QString &path : {dir + u'/' + name,
                                QFileInfo(dir + QStringLiteral("/" POSTWRIGHT_MODULES_FROM_BINDIR "/") + name)
                                    .absoluteFilePath()}) {
        // RTLD_LOCAL: the module's own copy of the core stays its own.
        void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (void *entry = handle ? dlsym(handle, symbol) : nullptr)
            return entry;
        failures << QString::fromLocal8Bit(dlerror());
    }
    *error = failures.join(QStringLiteral("; "));
    return nullptr;
}

} // namespace Postwright::Modules
