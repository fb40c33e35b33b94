#pragma once
// How the renderer writes math (RenderOptions::math), shared by the renderer
// and what writes each formula (ShortcodeRenderer).

#include <QByteArray>
#include <QString>

namespace Postwright {

// What math becomes in HTML.
enum class MathOutput {
    AsSite,   // what the site's publisher writes (Hugo's passthrough: as typed), for parity
    Marked,   // elements holding the TeX (data-tex), for the preview's KaTeX
    Rendered, // KaTeX's HTML, made at render time by RenderOptions::renderMath
    MathJax,  // elements holding \(...\) and \[...\], for MathJax's script
};

// KaTeX's HTML for one formula, or its error message (see MathEngine).
struct RenderedMath
{
    QByteArray html;
    QString error;
};

} // namespace Postwright
