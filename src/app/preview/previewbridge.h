#pragma once
// The object the preview page talks to over QWebChannel: it pushes the
// changed blocks of the rendered HTML to the page and hears back when the page has shown it.

#include <QJsonArray>
#include <QObject>
#include <QStringList>

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
    Q_INVOKABLE void contentBlocked(const QString &directive, const QString &url);

Q_SIGNALS:
    // To the page: remove `removed` top-level blocks at `start` (all of them
    // when removed < 0) and insert `inserted` there; then move the data-lines
    // of kept blocks by the triples (first block, count, delta) in shifts.
    void blocksChanged(int generation, int start, int removed, const QStringList &inserted, const QJsonArray &shifts);
    // To the page: the CSS for highlighted code.
    void codeStyleChanged(const QString &css);
    // To the page: the user's own stylesheet (the blog theme's), or "".
    void userStyleChanged(const QString &css);
    // To the page: follow the window's light or dark palette.
    void colorSchemeChanged(bool dark);
    // To the page: the post's header (title, date, tags) as HTML; "" hides it.
    void headerChanged(const QString &html);
    // To the page: scroll so that source line `line` (1-based, fractional) is at the top.
    void scrollRequested(double line);
    // To the widgets.
    void pageReadyReceived();
    void contentShownReceived(int generation);
    void previewScrolledReceived(double line);
    void contentBlockedReceived(const QString &directive, const QString &url);
};

} // namespace Postwright
