#pragma once
// The light and dark palettes Postwright draws with under Fusion (where the
// desktop offers none), and the contrast rule they are made to: every text
// role legible on the background it is drawn on, in every colour group.

#include <QColor>
#include <QPalette>

namespace Postwright::ColorScheme {

// WCAG 2 contrast ratio of two opaque colours, from 1 (equal) to 21.
double contrastRatio(const QColor &a, const QColor &b);

// The dark palette: every role in the Active, Inactive and Disabled groups.
QPalette darkPalette();

// Fusion's own light palette with the roles it leaves too faint (placeholder
// and disabled text, the selection under white text) made legible.
QPalette lightPalette(const QPalette &fusionPalette);

// The colour control borders (check boxes, radio buttons, fields) are drawn
// in: between the window and its text, at least 3:1 against both the window
// and the base the control is filled with.
QColor controlOutline(const QPalette &palette);

// Text that warns (orange) or reports an error (red), legible on the
// palette's window, light or dark.
QColor warningText(const QPalette &palette);
QColor errorText(const QPalette &palette);

} // namespace Postwright::ColorScheme
