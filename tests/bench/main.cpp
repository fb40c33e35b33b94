// postwright-bench: measures what a user waits for (rendering a long post,
// exporting a whole site) against the tools we compare ourselves with, and
// prints each figure beside its goal. It reports and never fails on a figure.

#include "benchreport.h"
#include "benchsettings.h"
#include "exportsitebench.h"
#include "measuredchild.h"
#include "renderbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    // The measuring shim must stay small, so it runs before Qt starts up.
    if (MeasuredChild::isShimInvocation(argc, argv))
        return MeasuredChild::shimMain(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postwright-bench"));

    const QString render = QStringLiteral("render");
    const QString exportSite = QStringLiteral("export-site");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Postwright's render against bare cmark-gfm and export-site against Hugo."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of a table."));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         QStringLiteral("Run only GROUP (render or export-site); repeatable."),
                                         QStringLiteral("GROUP"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Smaller inputs, for a smoke run (100 KB post, 100 and 400 posts)."));
    const QCommandLineOption postwrightOption(QStringLiteral("postwright"),
                                              QStringLiteral("The postwright executable (default: next to this one)."),
                                              QStringLiteral("PATH"));
    parser.addOptions({jsonOption, groupOption, quickOption, postwrightOption});
    parser.process(app);

    QStringList groups = parser.values(groupOption);
    for (const QString &group : std::as_const(groups)) {
        if (group != render && group != exportSite) {
            std::fprintf(stderr, "postwright-bench: unknown group %s (render, export-site)\n", qPrintable(group));
            return 2;
        }
    }
    if (groups.isEmpty())
        groups = {render, exportSite};

    BenchSettings settings;
    settings.quick = parser.isSet(quickOption);
    settings.postwrightPath = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("postwright"));
    if (parser.isSet(postwrightOption)) {
        settings.postwrightPath = parser.value(postwrightOption);
        // A bare name is looked up as a shell would.
        if (!settings.postwrightPath.contains(u'/'))
            if (const QString found = QStandardPaths::findExecutable(settings.postwrightPath); !found.isEmpty())
                settings.postwrightPath = found;
    }

    const QString busyNote = busyMachineNote();
    QList<BenchGroup> results;
    if (groups.contains(render))
        results.append(benchRender(settings));
    if (groups.contains(exportSite))
        results.append(benchExportSite(settings));
    if (!busyNote.isEmpty())
        for (BenchGroup &group : results)
            group.notes.prepend(busyNote);

    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << BenchReport::json(results);
    else
        BenchReport::printTable(out, results);
    return 0;
}
