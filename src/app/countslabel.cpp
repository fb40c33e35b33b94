#include "countslabel.h"

#include "markdown/markdownrenderer.h"

namespace Postwright {

CountsLabel::CountsLabel(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void CountsLabel::showCounts(const RenderResult *counts)
{
    static const RenderResult none;
    if (!counts)
        counts = &none;
    const QString shown = tr("%n word(s)", nullptr, counts->words) + QStringLiteral(" · ")
        + tr("%n character(s)", nullptr, int(counts->characters)) + QStringLiteral(" · ")
        + tr("%n min read", nullptr, counts->readingMinutes);
    if (shown == text())
        return;
    setText(shown);
    // A fixed size, with room for a few more digits; grown when the text
    // outgrows it. A fixed label asks its parent for no new layout.
    const QSize hint = sizeHint();
    if (hint.width() > maximumWidth() || hint.height() != maximumHeight())
        setFixedSize(hint.width() + 4 * fontMetrics().horizontalAdvance(u'0'), hint.height());
}

} // namespace Postwright
