#pragma once
// Starts the editor: the QApplication, its command line (a file or site to
// open, --screenshot) and the main window.

#include <QString>

namespace Postwright::Application {

int runEditor(int argc, char *argv[]);

// --color-scheme: "dark" or "light" draw with Fusion and Postwright's palettes
// (ColorScheme); empty keeps the desktop's, giving Fusion, when the desktop
// has no style of its own, the light palette. Fusion's control borders are
// made legible (ContrastStyle) and the Breeze icon variant follows the
// palette.
void applyColorScheme(const QString &scheme);

// The app's resources (preview page, icons) live in a static library.
void initResources();

// Where OpenGL is only emulated in software (llvmpipe in a VM, Xvfb, a remote
// desktop), composites the preview with Qt Quick's software renderer: it
// costs a keystroke a few milliseconds instead of tens. Call after the
// QApplication exists and before the first window; QT_QUICK_BACKEND, when
// set, wins. Returns whether it chose the software renderer.
bool chooseCompositing();

} // namespace Postwright::Application
