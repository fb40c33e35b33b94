// One executable: `postwright COMMAND ...` runs the headless CLI on a
// QCoreApplication (no display needed); anything else opens the editor, which
// is loaded from its module only then (editorlauncher.h).

#include "appidentity.h"
#include "cli/cli.h"
#include "editorlauncher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (arguments.value(1) == u"--web-worker")
        return Postwright::EditorLauncher::runWebWorker(argc, argv);
    if (Postwright::CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        Postwright::setUpApplication(app);
        return Postwright::CommandLine::run(app.arguments());
    }
    return Postwright::EditorLauncher::runEditor(argc, argv);
}
