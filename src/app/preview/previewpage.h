#pragma once
// The preview's page: it shows the preview and nothing else. A link the reader
// clicks opens in the system browser; any other navigation a post could cause
// (meta refresh, a frame, a new window, a drop) is refused.

#include <QWebEnginePage>

namespace Postwright {

class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Loads (or reloads) the preview page; the only way it gets loaded.
    void loadPreview();
    // Frames from the web (https:) may load; otherwise no frame does.
    void setRemoteFramesAllowed(bool allowed) { m_remoteFrames = allowed; }

    // Schemes a clicked link may take to the system browser or mail program.
    static bool opensExternally(const QUrl &url);

Q_SIGNALS:
    // The page was kept from going to url (or from opening it in a frame).
    // Links that leave go to QDesktopServices::openUrl instead, where tests
    // catch them with QDesktopServices::setUrlHandler.
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    bool m_remoteFrames = false;
    bool m_loadExpected = false;
};

} // namespace Postwright
