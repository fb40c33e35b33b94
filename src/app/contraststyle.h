#pragma once
// Fusion with the borders of check boxes, radio buttons and text fields drawn
// at 3:1 against the window: Fusion draws them a shade darker than the
// window, which on a dark palette is darker than the dark field itself. A
// checkable menu item shows its box rather than its icon: Fusion marks such
// an item, unchecked, in no way at all.

#include <QProxyStyle>

namespace Postwright {

class ContrastStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace Postwright
