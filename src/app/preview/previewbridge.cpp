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

} // namespace Postwright
