#include "previewbridge.h"

namespace Postwright {

void PreviewBridge::pageReady()
{
    Q_EMIT pageReadyReceived();
}

void PreviewBridge::contentShown(int generation)
{
    Q_EMIT contentShownReceived(generation);
}

void PreviewBridge::previewScrolled(double line)
{
    Q_EMIT previewScrolledReceived(line);
}

void PreviewBridge::contentBlocked(const QString &directive, const QString &url)
{
    Q_EMIT contentBlockedReceived(directive, url);
}

} // namespace Postwright
