#include "previewview.h"

#include "previewbridge.h"

#include "markdown/markdownrenderer.h"

#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineSettings>

namespace Postwright {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
    , m_bridge(new PreviewBridge(this))
    , m_channel(new QWebChannel(this))
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);

    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    page()->setWebChannel(m_channel);

    connect(m_bridge, &PreviewBridge::pageReadyReceived, this, [this] {
        m_pageReady = true;
        Q_EMIT m_bridge->codeStyleChanged(QString::fromUtf8(MarkdownRenderer::codeStyleSheet()));
        if (m_pendingGeneration >= 0)
            Q_EMIT m_bridge->htmlChanged(m_pendingGeneration, m_pendingHtml);
        m_pendingHtml.clear();
    });
    connect(m_bridge, &PreviewBridge::contentShownReceived, this, [this](int generation) {
        m_shownGeneration = generation;
        Q_EMIT contentShown(generation);
    });
    setUrl(QUrl(QStringLiteral("qrc:/postwright/preview/preview.html")));
}

void PreviewView::showHtml(int generation, const QString &html)
{
    if (!m_pageReady) {
        m_pendingGeneration = generation;
        m_pendingHtml = html;
        return;
    }
    Q_EMIT m_bridge->htmlChanged(generation, html);
}

} // namespace Postwright
