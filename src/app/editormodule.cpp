// The entry point of the editor module (postwright-editor.so), which the
// executable loads only when it opens the editor: see src/editorlauncher.h.

#include "application.h"
#include "webworker.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT int postwright_run_editor(int argc, char *argv[])
{
    return Postwright::Application::runEditor(argc, argv);
}

extern "C" Q_DECL_EXPORT int postwright_run_web_worker(int argc, char *argv[])
{
    return Postwright::WebWorker::run(argc, argv);
}
