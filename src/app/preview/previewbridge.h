#pragma once
// The object the preview page talks to over QWebChannel: it pushes rendered
// HTML to the page and hears back when the page has shown it.

#include <QObject>

namespace Postwright {

class PreviewBridge : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Called by the page's script.
    Q_INVOKABLE void pageReady();
    Q_INVOKABLE void contentShown(int generation);
    Q_INVOKABLE void previewScrolled(double line);

Q_SIGNALS:
    // To the page: replace the shown body with html.
    void htmlChanged(int generation, const QString &html);
    // To the page: the CSS for highlighted code.
    void codeStyleChanged(const QString &css);
    // To the page: the user's own stylesheet (the blog theme's), or "".
    void userStyleChanged(const QString &css);
    // To the page: follow the window's light or dark palette.
    void colorSchemeChanged(bool dark);
    // To the page: scroll so that source line `line` (1-based, fractional) is at the top.
    void scrollRequested(double line);
    // To the widgets.
    void pageReadyReceived();
    void contentShownReceived(int generation);
    void previewScrolledReceived(double line);
};

} // namespace Postwright
