#include "webworkerclient.h"

#include "document/atomicwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace Postwright::WebWorkerClient {

namespace {

constexpr int TimeoutMs = 180000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::WebWorkerClient", text);
}

// Runs the worker; empty when it exited with 0, else why not.
QString runWorker(const QStringList &arguments)
{
    QProcess worker;
    worker.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--web-worker")} + arguments);
    if (!worker.waitForFinished(TimeoutMs)) {
        worker.kill();
        worker.waitForFinished();
        return tr("the web worker did not finish within three minutes");
    }
    if (worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0)
        return {};
    const QString why = QString::fromLocal8Bit(worker.readAllStandardError()).trimmed().split(u'\n').last();
    return why.isEmpty() ? worker.errorString() : why;
}

} // namespace

QString printToPdf(const QString &page, const QString &outputPath, const QString &pageSize, double marginsMm)
{
    const QString pdf = QFileInfo(page).absolutePath() + QStringLiteral("/page.pdf");
    if (const QString error = runWorker({QStringLiteral("print"), page, pdf, pageSize, QString::number(marginsMm)});
        !error.isEmpty())
        return tr("printing to PDF failed: %1").arg(error);
    QFile in(pdf);
    if (!in.open(QIODevice::ReadOnly))
        return tr("the web worker wrote no PDF: %1").arg(in.errorString());
    if (const Result<> written = AtomicWriter::write(outputPath, in.readAll()); !written)
        return tr("cannot write %1: %2").arg(outputPath, written.problem().message);
    return {};
}

QList<DrawnDiagram> drawDiagrams(const QByteArrayList &sources)
{
    QTemporaryDir work;
    QJsonArray texts;
    for (const QByteArray &source : sources)
        texts.append(QString::fromUtf8(source));
    QFile in(work.filePath(QStringLiteral("diagrams.json")));
    QString error;
    if (!work.isValid() || !in.open(QIODevice::WriteOnly) || in.write(QJsonDocument(texts).toJson()) < 0 || !in.flush())
        error = tr("cannot write to a temporary folder");
    const QString outPath = work.filePath(QStringLiteral("drawn.json"));
    if (error.isEmpty())
        error = runWorker({QStringLiteral("diagrams"), in.fileName(), outPath});
    QFile out(outPath);
    if (error.isEmpty() && !out.open(QIODevice::ReadOnly))
        error = tr("the web worker wrote no diagrams");
    if (!error.isEmpty())
        return QList<DrawnDiagram>(sources.size(), DrawnDiagram{{}, error});
    QList<DrawnDiagram> drawn;
    const QJsonArray results = QJsonDocument::fromJson(out.readAll()).array();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        drawn.append({result.value(QStringLiteral("svg")).toString().toUtf8(), result.value(QStringLiteral("error")).toString()});
    }
    return drawn;
}

} // namespace Postwright::WebWorkerClient
