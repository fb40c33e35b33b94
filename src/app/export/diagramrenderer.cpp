#include "diagramrenderer.h"

#include "diagrams/mermaidfiles.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <memory>

namespace Postwright::DiagramRenderer {

namespace {

constexpr int TimeoutMs = 120000;

QList<DrawnDiagram> failed(qsizetype count, const QString &error)
{
    return QList<DrawnDiagram>(count, DrawnDiagram{{}, error});
}

// Runs script in page and waits for its result.
QVariant evaluate(QWebEnginePage &page, const QString &script)
{
    QVariant result;
    QEventLoop loop;
    page.runJavaScript(script, [&](const QVariant &value) {
        result = value;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

QList<DrawnDiagram> draw(const QByteArrayList &sources)
{
    if (sources.isEmpty())
        return {};
    const QString script = MermaidFiles::script();
    if (script.isEmpty())
        return failed(sources.size(), QCoreApplication::translate("Postwright::DiagramRenderer",
                                                                  "Mermaid is not installed; diagrams stay code"));
    QWebEngineProfile profile; // in memory; the page holds only Mermaid and the sources
    QWebEnginePage page(&profile);
    page.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(&page, &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        loaded = ok;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    page.setHtml(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"%1\"></script></head>"
                                "<body style=\"width:1000px\"></body></html>")
                     .arg(QUrl::fromLocalFile(script).toString(QUrl::FullyEncoded)),
                 QUrl::fromLocalFile(script));
    loop.exec();
    if (!loaded || !evaluate(page, QStringLiteral("typeof mermaid === 'object'")).toBool())
        return failed(sources.size(), QCoreApplication::translate("Postwright::DiagramRenderer",
                                                                  "Mermaid could not be loaded from %1").arg(script));
    QJsonArray texts;
    for (const QByteArray &source : sources)
        texts.append(QString::fromUtf8(source));
    // Mermaid draws asynchronously: the page keeps the results until asked.
    evaluate(page, QStringLiteral(R"(
        window.drawn = null;
        (async (sources) => {
            mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
            const out = [];
            for (let i = 0; i < sources.length; ++i) {
                const id = "postwright-diagram-" + (i + 1);
                try {
                    const { svg } = await mermaid.render(id, sources[i]);
                    out.push({ svg });
                } catch (error) {
                    out.push({ error: String(error && error.message ? error.message : error) });
                    document.getElementById("d" + id)?.remove();
                }
            }
            window.drawn = JSON.stringify(out);
        })(%1);
        true)")
                               .arg(QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact))));
    // Answers may come after the wait ended: they land in state, never in
    // this frame.
    struct State
    {
        QString drawn;
        QPointer<QEventLoop> waiting;
    };
    const auto state = std::make_shared<State>();
    state->waiting = &loop;
    QTimer poll;
    bool timedOut = false;
    QTimer::singleShot(TimeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&page, state] {
        page.runJavaScript(QStringLiteral("window.drawn"), [state](const QVariant &value) {
            if (state->drawn.isEmpty() && value.typeId() == QMetaType::QString && !value.toString().isEmpty()) {
                state->drawn = value.toString();
                if (state->waiting)
                    state->waiting->quit();
            }
        });
    });
    poll.start(20);
    loop.exec();
    poll.stop();
    if (timedOut || state->drawn.isEmpty())
        return failed(sources.size(), QCoreApplication::translate("Postwright::DiagramRenderer",
                                                                  "Mermaid did not finish within two minutes"));
    QList<DrawnDiagram> results;
    const QJsonArray out = QJsonDocument::fromJson(state->drawn.toUtf8()).array();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject result = out.at(i).toObject();
        results.append({result.value(QStringLiteral("svg")).toString().toUtf8(), result.value(QStringLiteral("error")).toString()});
    }
    return results;
}

} // namespace Postwright::DiagramRenderer
