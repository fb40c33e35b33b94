#include "webworker.h"

#include "appidentity.h"
#include "document/atomicwriter.h"
#include "export/diagramrenderer.h"
#include "export/pageprinter.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Postwright::WebWorker {

int run(int argc, char *argv[])
{
    // No display (a server, CI): Chromium draws offscreen.
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine asks for it
    QApplication app(argc, argv);
    setUpApplication(app);
    const QStringList arguments = app.arguments(); // postwright --web-worker TASK ...
    QTextStream err(stderr);
    if (arguments.size() == 7 && arguments.at(2) == u"print") {
        const QPageLayout layout = PagePrinter::layoutFor(arguments.at(5), arguments.at(6).toDouble());
        QString error;
        if (layout.isValid() && PagePrinter::printToPdf(arguments.at(3), arguments.at(4), layout, &error))
            return 0;
        err << (layout.isValid() ? error : QStringLiteral("unknown page size ") + arguments.at(5)) << '\n';
        return 1;
    }
    if (arguments.size() == 5 && arguments.at(2) == u"diagrams") {
        // A JSON array of Mermaid sources in, one {svg} or {error} each out.
        QFile in(arguments.at(3));
        if (!in.open(QIODevice::ReadOnly)) {
            err << "cannot read " << in.fileName() << '\n';
            return 1;
        }
        QByteArrayList sources;
        for (const QJsonValue &source : QJsonDocument::fromJson(in.readAll()).array())
            sources.append(source.toString().toUtf8());
        QJsonArray results;
        for (const DrawnDiagram &diagram : DiagramRenderer::draw(sources))
            results.append(diagram.svg.isEmpty() ? QJsonObject{{QStringLiteral("error"), diagram.error}}
                                                 : QJsonObject{{QStringLiteral("svg"), QString::fromUtf8(diagram.svg)}});
        const Result<> written = AtomicWriter::write(arguments.at(4), QJsonDocument(results).toJson(QJsonDocument::Compact));
        if (written)
            return 0;
        err << "cannot write " << arguments.at(4) << ": " << written.problem().message << '\n';
        return 1;
    }
    err << "usage: postwright --web-worker print PAGE.html OUT.pdf SIZE MARGINS_MM\n"
           "       postwright --web-worker diagrams SOURCES.json OUT.json\n";
    return 1;
}

} // namespace Postwright::WebWorker
