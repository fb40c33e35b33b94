#pragma once
// Names the application for QSettings and QStandardPaths and loads the
// translations for the system locale; shared by the editor and the CLI.

class QCoreApplication;

namespace Postwright {

void setUpApplication(QCoreApplication &app);

} // namespace Postwright
