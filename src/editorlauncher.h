#pragma once
// Opens the editor, which lives in a module of its own (postwright-editor.so)
// loaded only here: the command line then never maps, relocates or
// initialises Qt Widgets, WebEngine and KTextEditor, which were most of its
// start-up time (about 110 of 196 libraries, every symbol bound at load).

namespace Postwright::EditorLauncher {

// Loads the module beside the executable (the build tree) or in the
// installed library folder, and runs the editor; exit status 2 with a message
// when the module cannot be loaded.
int runEditor(int argc, char *argv[]);

// `postwright --web-worker ...`: the command line's WebEngine work (PDF),
// from the same module (src/app/webworker.h).
int runWebWorker(int argc, char *argv[]);

} // namespace Postwright::EditorLauncher
