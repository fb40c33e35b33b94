#include "colorscheme.h"

#include <cmath>

namespace Postwright::ColorScheme {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), button(0x33, 0x36, 0x3b);
    const QColor text(0xe6, 0xe6, 0xe6), dimText(0x8b, 0x8e, 0x93);
    const QColor highlight(0x2f, 0x6f, 0xc8);
    // setColor without a group sets Active, Inactive and Disabled alike.
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    // The 3D shades around Button: lighter above it, darker below.
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x59));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    p.setColor(QPalette::Accent, highlight);
#endif
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8e, 0xf0));
    // Lighter than the window, so a tooltip stands out from what it explains.
    p.setColor(QPalette::ToolTipBase, QColor(0x3b, 0x3e, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa3, 0xa8));
    // Disabled: dimmer than enabled text, still at least 3:1 on its ground.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, dimText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xc0, 0xc3, 0xc8));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    p.setColor(QPalette::Disabled, QPalette::Accent, QColor(0x3f, 0x42, 0x47));
#endif
    p.setColor(QPalette::Disabled, QPalette::Link, QColor(0x7d, 0x93, 0xb2));
    return p;
}

QPalette lightPalette(const QPalette &fusionPalette)
{
    QPalette p = fusionPalette;
    // Fusion's placeholder (text at half alpha) is 4:1 on white, its
    // disabled text #bebebe 1.6:1 on the window, its visited link #ff00ff
    // 3.1:1 on white, and white on its highlight #308cc6 3.7:1.
    p.setColor(QPalette::PlaceholderText, QColor(0x66, 0x66, 0x66));
    p.setColor(QPalette::LinkVisited, QColor(0x7b, 0x3f, 0xbf));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, QColor(0x7f, 0x7f, 0x7f));
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight, QColor(0x2a, 0x7a, 0xb0));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        p.setColor(group, QPalette::Accent, QColor(0x2a, 0x7a, 0xb0));
#endif
    }
    return p;
}

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xa0, 0x50) : QColor(0xa3, 0x54, 0x00);
}

QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QColor controlOutline(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window), base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    for (double share = 0.3; share < 1.0; share += 0.05) {
        const QColor outline = mixed(window, text, share);
        if (contrastRatio(outline, window) >= 3.0 && contrastRatio(outline, base) >= 3.0)
            return outline;
    }
    return text;
}

} // namespace Postwright::ColorScheme
