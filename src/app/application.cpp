#include "application.h"

#include "appidentity.h"
#include "mainwindow.h"
#include "preview/siteschemehandler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPostwrightResources()
{
    Q_INIT_RESOURCE(postwright);
}

namespace Postwright::Application {

void initResources()
{
    initPostwrightResources();
}

int runEditor(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine asks for it
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    initResources();
    setUpApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Postwright"));
    QApplication::setDesktopFileName(QStringLiteral("org.postwright.Postwright"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.postwright.Postwright"),
                                                 QIcon(QStringLiteral(":/postwright/icons/postwright.svg"))));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QApplication::translate("Postwright::Application",
                                                         "A post or a site folder to open."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("Postwright::Application",
                                "Save a screenshot of the window once the preview has rendered, then quit."),
        QApplication::translate("Postwright::Application", "FILE"));
    parser.addOption(screenshotOption);
    parser.process(app);

    MainWindow window;
    const QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty())
        window.openPath(QDir::current().absoluteFilePath(paths.first()));
    else
        window.reopenLastSession();
    if (parser.isSet(screenshotOption))
        window.saveScreenshotWhenRendered(QDir::current().absoluteFilePath(parser.value(screenshotOption)));
    window.show();
    return app.exec();
}

} // namespace Postwright::Application
