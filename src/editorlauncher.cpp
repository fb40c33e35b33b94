#include "editorlauncher.h"

#include "appidentity.h"
#include "modules.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Postwright::EditorLauncher {

int runEditor(int argc, char *argv[])
{
    using RunEditor = int (*)(int, char **);
    QString error;
    if (auto run = reinterpret_cast<RunEditor>(Modules::symbol("postwright-editor.so", "postwright_run_editor", &error)))
        return run(argc, argv);
    // The commands still work; say so, in the user's language.
    QCoreApplication app(argc, argv);
    setUpApplication(app);
    QTextStream(stderr) << QCoreApplication::translate("Postwright::EditorLauncher",
                                                       "postwright: cannot load the editor (%1); the commands still "
                                                       "work, see postwright --help")
                               .arg(error)
                        << '\n';
    return 2;
}

int runWebWorker(int argc, char *argv[])
{
    using Run = int (*)(int, char **);
    QString error;
    if (auto run = reinterpret_cast<Run>(Modules::symbol("postwright-editor.so", "postwright_run_web_worker", &error)))
        return run(argc, argv);
    QTextStream(stderr) << "postwright: cannot load the editor module (" << error << ")\n";
    return 1;
}

} // namespace Postwright::EditorLauncher
