#pragma once
// Starts the editor: the QApplication, its command line (a file or site to
// open, --screenshot) and the main window.

namespace Postwright::Application {

int runEditor(int argc, char *argv[]);

// The app's resources (preview page, icons) live in a static library.
void initResources();

} // namespace Postwright::Application
