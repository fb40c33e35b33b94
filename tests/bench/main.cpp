// postwright-bench: measures what a user waits for (rendering a long post and
// posts made to be slow, the command line, exporting a whole site, typing into
// and opening posts in the window) against the tools we compare ourselves
// with, and prints each figure beside its goal.
// It reports and never fails on a figure.

#include "application.h"
#include "benchreport.h"
#include "benchsettings.h"
#include "exportsitebench.h"
#include "guibench.h"
#include "measuredchild.h"
#include "paritybench.h"
#include "pathologicalbench.h"
#include "preview/siteschemehandler.h"
#include "renderbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

#include <cstdio>
#include <memory>

using namespace Postwright;

namespace {

// Other work on the machine shows up in every timing; say so beside the
// figures rather than leave the reader to wonder why they moved.
QString busyMachineNote()
{
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    if (!loadAverage.open(QIODevice::ReadOnly))
        return {};
    const double load = loadAverage.readAll().split(' ').value(0).toDouble();
    const int cores = QThread::idealThreadCount();
    if (load <= 0.5 * cores)
        return {};
    return QStringLiteral("the machine was busy when the bench started (load average %1 on %2 cores): timings are noisy")
        .arg(load, 0, 'f', 2)
        .arg(cores);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// The gui group drives the editor's own window, so it needs the application
// the editor sets up; the other groups run without a display.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool withWidgets)
{
    if (!withWidgets)
        return std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine asks for it
    SiteSchemeHandler::registerScheme();
    auto app = std::make_unique<QApplication>(argc, argv);
    Application::initResources();
    Application::chooseCompositing(); // as the editor does
    return app;
}

} // namespace

int main(int argc, char *argv[])
{
    // The measuring shim must stay small, so it runs before Qt starts up.
    if (MeasuredChild::isShimInvocation(argc, argv))
        return MeasuredChild::shimMain(argc, argv);
    // So does the child that renders the pathological cases, to be stopped.
    if (isPathologicalChildInvocation(argc, argv))
        return pathologicalChildMain(argc, argv);

    const QString render = QStringLiteral("render");
    const QString pathological = QStringLiteral("pathological");
    const QString exportSite = QStringLiteral("export-site");
    const QString gui = QStringLiteral("gui");
    const QString parity = QStringLiteral("parity");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Postwright's render against bare cmark-gfm (a long post, and inputs made to be slow), "
        "its HTML against Hugo's block by block, export-site against Hugo, and the editor window (typing, preview, opening, memory against ghostwriter)."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of a table."));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         QStringLiteral("Run only GROUP (render, pathological, parity, export-site or gui); repeatable."),
                                         QStringLiteral("GROUP"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Smaller inputs, for a smoke run (100 KB post, pathological cases sized "
                                                        "to 10 ms of cmark-gfm, 100 and 400 posts, "
                                                        "fewer keystrokes)."));
    const QCommandLineOption postwrightOption(QStringLiteral("postwright"),
                                              QStringLiteral("The postwright executable (default: next to this one)."),
                                              QStringLiteral("PATH"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Hold the renderer to N threads in the render and pathological "
                                                          "groups (1: no highlighting on worker threads; default: all)."),
                                           QStringLiteral("N"));
    const QCommandLineOption caseOption(QStringLiteral("case"),
                                        QStringLiteral("Run only the pathological case NAME (e.g. nested_liquid); repeatable."),
                                        QStringLiteral("NAME"));
    parser.addOptions({jsonOption, groupOption, quickOption, postwrightOption, threadsOption, caseOption});

    // The groups decide which application to create, so they are read before
    // there is one; process() below reports errors and --help.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    parser.parse(arguments);
    QStringList groups = parser.values(groupOption);
    for (const QString &group : std::as_const(groups)) {
        if (group != render && group != pathological && group != parity && group != exportSite && group != gui) {
            std::fprintf(stderr, "postwright-bench: unknown group %s (render, pathological, parity, export-site, gui)\n",
                         qPrintable(group));
            return 2;
        }
    }
    if (groups.contains(gui) && !hasDisplay()) {
        std::fprintf(stderr, "postwright-bench: the gui group needs a display; run it under xvfb-run\n");
        return 2;
    }
    const bool allGroups = groups.isEmpty();
    if (allGroups) {
        groups = {render, pathological, parity, exportSite};
        if (hasDisplay())
            groups.append(gui);
    }

    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, groups.contains(gui));
    QCoreApplication::setApplicationName(QStringLiteral("postwright-bench"));
    parser.process(*app);

    BenchSettings settings;
    settings.quick = parser.isSet(quickOption);
    settings.cases = parser.values(caseOption);
    settings.postwrightPath = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("postwright"));
    if (parser.isSet(postwrightOption)) {
        settings.postwrightPath = parser.value(postwrightOption);
        // A bare name is looked up as a shell would.
        if (!settings.postwrightPath.contains(u'/'))
            if (const QString found = QStandardPaths::findExecutable(settings.postwrightPath); !found.isEmpty())
                settings.postwrightPath = found;
    }

    if (parser.isSet(threadsOption)) {
        bool isNumber = false;
        settings.threads = parser.value(threadsOption).toInt(&isNumber);
        if (!isNumber || settings.threads < 1) {
            std::fprintf(stderr, "postwright-bench: --threads takes a number from 1 up\n");
            return 2;
        }
        if (settings.threads > 1)
            QThreadPool::globalInstance()->setMaxThreadCount(settings.threads);
    }

    const QString busyNote = busyMachineNote();
    QList<BenchGroup> results;
    if (groups.contains(render))
        results.append(benchRender(settings));
    if (groups.contains(pathological))
        results.append(benchPathological(settings));
    if (groups.contains(parity))
        results.append(benchParity(settings));
    if (groups.contains(exportSite))
        results.append(benchExportSite(settings));
    if (groups.contains(gui))
        results.append(benchGui(settings));
    else if (allGroups)
        results.append({QStringLiteral("gui"), {}, {QStringLiteral("skipped: there is no display (DISPLAY is not set)")}});
    if (!busyNote.isEmpty())
        for (BenchGroup &group : results)
            if (!group.figures.isEmpty() && group.name != QStringLiteral("parity")) // no timings to doubt
                group.notes.prepend(busyNote);

    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << BenchReport::json(results);
    else
        BenchReport::printTable(out, results);
    return 0;
}
