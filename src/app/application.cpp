#include "application.h"

#include "appidentity.h"
#include "colorscheme.h"
#include "contraststyle.h"
#include "mainwindow.h"
#include "preview/siteschemehandler.h"

#include <KAboutData>
#include <KLocalizedString>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPalette>
#include <QScreen>
#include <QStyle>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPostwrightResources()
{
    Q_INIT_RESOURCE(postwright);
}

namespace Postwright::Application {

namespace {

// Whether OpenGL here draws on the CPU, or is missing.
bool openGLIsSoftware()
{
    QOpenGLContext context;
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.create() || !surface.isValid() || !context.makeCurrent(&surface))
        return true;
    const auto *name = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QByteArray renderer = name ? QByteArray(name).toLower() : QByteArray();
    context.doneCurrent();
    return renderer.isEmpty() || renderer.contains("llvmpipe") || renderer.contains("softpipe")
           || renderer.contains("swiftshader") || renderer.contains("software rasterizer");
}

} // namespace

void applyColorScheme(const QString &scheme)
{
    const bool fusion = QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) == 0;
    if (scheme == u"dark" || scheme == u"light" || fusion) {
        // Set before the palette: a new style brings its standard palette.
        QApplication::setStyle(new ContrastStyle);
        if (scheme == u"dark")
            QApplication::setPalette(ColorScheme::darkPalette());
        else if (scheme == u"light" || QApplication::palette() == QApplication::style()->standardPalette())
            QApplication::setPalette(ColorScheme::lightPalette(QApplication::style()->standardPalette()));
    }
    // Without a desktop's platform theme Qt knows no icon theme: Breeze
    // (a dependency) then gives the toolbar, menus and file dialogs their
    // icons, in the variant drawn for the palette's background. A scheme
    // chosen on the command line also turns a desktop's Breeze around.
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == u"hicolor" || (!scheme.isEmpty() && theme.startsWith(u"breeze")))
        QIcon::setThemeName(QApplication::palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("breeze-dark")
                                                                                                : QStringLiteral("breeze"));
}

void initResources()
{
    initPostwrightResources();
}

bool chooseCompositing()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QMLSCENE_DEVICE"))
        return qgetenv("QT_QUICK_BACKEND") == "software";
    if (!openGLIsSoftware())
        return false;
    qputenv("QT_QUICK_BACKEND", "software");
    return true;
}

int runEditor(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine asks for it
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    initResources();
    chooseCompositing();
    setUpApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Postwright"));
    QApplication::setDesktopFileName(QStringLiteral("org.postwright.Postwright"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.postwright.Postwright"),
                                                 QIcon(QStringLiteral(":/postwright/icons/postwright.svg"))));
    KLocalizedString::setApplicationDomain(QByteArrayLiteral("postwright"));
    // Help > About and the KDE dialogs name the application from here.
    KAboutData about(QStringLiteral("postwright"), QStringLiteral("Postwright"), QCoreApplication::applicationVersion(),
                     QApplication::translate("Postwright::Application",
                                             "An editor for technical blog posts, aware of Hugo and Jekyll sites."),
                     KAboutLicense::GPL_V3);
    about.setDesktopFileName(QStringLiteral("org.postwright.Postwright"));
    KAboutData::setApplicationData(about);

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
    const QCommandLineOption schemeOption(
        QStringLiteral("color-scheme"),
        QApplication::translate("Postwright::Application", "Use the light or the dark colour scheme instead of the desktop's."),
        QStringLiteral("light|dark"));
    parser.addOption(schemeOption);
    const QCommandLineOption sitePreviewOption(
        QStringLiteral("site-preview"),
        QApplication::translate("Postwright::Application",
                                "Open View > Site Preview: the post as its site's own server renders it."));
    parser.addOption(sitePreviewOption);
    parser.process(app);
    applyColorScheme(parser.value(schemeOption));
    // Pages with a dark variant (a blog in the Site Preview) take the window's
    // scheme, as in a browser on a dark desktop. Chromium reads its flags
    // when the first page is made, below. The preview sets its own colours.
    if (QApplication::palette().color(QPalette::Base).lightness() < 128)
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
                qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --blink-settings=preferredColorScheme=0");

    MainWindow window;
    const QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty())
        window.openPath(QDir::current().absoluteFilePath(paths.first()));
    else
        window.reopenLastSession();
    window.recoverUntitled(); // texts that never had a file, left by a crash
    if (parser.isSet(sitePreviewOption))
        window.showSitePreview(true);
    if (parser.isSet(screenshotOption))
        window.saveScreenshotWhenRendered(QDir::current().absoluteFilePath(parser.value(screenshotOption)));
    window.show();
    return app.exec();
}

} // namespace Postwright::Application
