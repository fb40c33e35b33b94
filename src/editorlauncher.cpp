#include "editorlauncher.h"

#include "appidentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <dlfcn.h>

namespace Postwright::EditorLauncher {

namespace {

using RunEditor = int (*)(int, char **);

// Where the module may be: beside the executable (the build tree), then where
// `cmake --install` puts it relative to the executable.
QStringList modulePaths()
{
    const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    const QString dir = QFileInfo(exe).absolutePath();
    return {dir + QStringLiteral("/" POSTWRIGHT_EDITOR_MODULE),
            QFileInfo(dir + QStringLiteral("/" POSTWRIGHT_EDITOR_MODULE_FROM_BINDIR "/" POSTWRIGHT_EDITOR_MODULE))
                .absoluteFilePath()};
}

} // namespace

int runEditor(int argc, char *argv[])
{
    QStringList failures;
    for (const QString &path : modulePaths()) {
        // RTLD_LOCAL: the module's own copy of the core stays its own.
        void *module = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        auto run = module ? reinterpret_cast<RunEditor>(dlsym(module, "postwright_run_editor")) : nullptr;
        if (run)
            return run(argc, argv);
        failures << QString::fromLocal8Bit(dlerror());
    }
    // The commands still work; say so, in the user's language.
    QCoreApplication app(argc, argv);
    setUpApplication(app);
    QTextStream(stderr) << QCoreApplication::translate("Postwright::EditorLauncher",
                                                       "postwright: cannot load the editor (%1); the commands still "
                                                       "work, see postwright --help")
                               .arg(failures.join(QStringLiteral("; ")))
                        << '\n';
    return 2;
}

} // namespace Postwright::EditorLauncher
