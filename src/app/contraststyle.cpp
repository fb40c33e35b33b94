#include "contraststyle.h"

#include "colorscheme.h"

#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextEdit>

namespace Postwright {

namespace {

// Fusion derives a control's border from the window colour alone (the window
// 40% darker). The window colour given here makes that border the legible
// outline; the element draws nothing else in the window colour.
// Check boxes and radio buttons lighten it by a tenth, which on a light
// window would take it below 3:1 again.
template<typename Option>
Option withLegibleOutline(const Option &option, bool lightened = false)
{
    Option copy = option;
    QColor outline = ColorScheme::controlOutline(option.palette);
    if (lightened && outline.lightness() < option.palette.color(QPalette::Window).lightness())
        outline = outline.darker(110);
    copy.palette.setColor(copy.palette.currentColorGroup(), QPalette::Window, outline.lighter(140));
    return copy;
}

} // namespace

ContrastStyle::ContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
    case PE_FrameLineEdit:
        if (option) {
            const bool lightened = element != PE_FrameLineEdit;
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
                const QStyleOptionButton legible = withLegibleOutline(*button, lightened);
                QProxyStyle::drawPrimitive(element, &legible, painter, widget);
            } else if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option)) {
                const QStyleOptionFrame legible = withLegibleOutline(*frame);
                QProxyStyle::drawPrimitive(element, &legible, painter, widget);
            } else {
                const QStyleOption legible = withLegibleOutline(*option, lightened);
                QProxyStyle::drawPrimitive(element, &legible, painter, widget);
            }
            return;
        }
        break;
    case PE_Frame:
        // The frame of a text box (the Front Matter dock's Description and
        // Summary): a field like a line edit, though a scroll area.
        if (option && (qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget))) {
            const QStyleOption legible = withLegibleOutline(*option, true);
            QProxyStyle::drawPrimitive(element, &legible, painter, widget);
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ContrastStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                const QWidget *widget) const
{
    if (element == CE_MenuItem) {
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
            item && item->checkType != QStyleOptionMenuItem::NotCheckable && !item->icon.isNull()) {
            QStyleOptionMenuItem boxed = *item;
            boxed.icon = QIcon();
            QProxyStyle::drawControl(element, &boxed, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                       const QWidget *widget) const
{
    if (control == CC_SpinBox) {
        if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option)) {
            const QStyleOptionSpinBox legible = withLegibleOutline(*spin);
            QProxyStyle::drawComplexControl(control, &legible, painter, widget);
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

} // namespace Postwright
