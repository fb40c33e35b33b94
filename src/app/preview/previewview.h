#pragma once
// The live preview: a WebEngine page from the resources that receives rendered
// HTML over QWebChannel instead of being reloaded.

#include <QWebEngineView>

class QWebChannel;

namespace Postwright {

class PreviewBridge;

class PreviewView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit PreviewView(QWidget *parent = nullptr);

    // Shows html (a body fragment); generation identifies it in contentShown().
    void showHtml(int generation, const QString &html);
    int shownGeneration() const { return m_shownGeneration; }

Q_SIGNALS:
    // The page has put the HTML of generation into its DOM and painted it.
    void contentShown(int generation);

private:
    PreviewBridge *m_bridge;
    QWebChannel *m_channel;
    bool m_pageReady = false;
    int m_pendingGeneration = -1;
    QString m_pendingHtml;
    int m_shownGeneration = -1;
};

} // namespace Postwright
