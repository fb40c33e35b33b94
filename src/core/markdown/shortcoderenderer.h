#pragma once
// What a protected span becomes in HTML: Hugo's figure, youtube and highlight
// shortcodes (and Jekyll's highlight tag) as what they stand for, math wrapped
// for KaTeX or MathJax, any other shortcode or Liquid tag as a labelled chip.

#include "math/mathoutput.h"
#include "protectedspans.h"
#include "shortcodetag.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

namespace Postwright {

class CodeHighlighter;

struct ShortcodeContext
{
    const CodeHighlighter *highlighter = nullptr;
    std::function<QByteArray(const QByteArray &src, int line)> imageSource; // resolved src for figure
    std::function<QByteArray(const QByteArray &markdown, int line)> renderMarkdown; // inner text of pairs
    std::function<void(int line, const QString &message)> warn;
    QSet<QByteArray> siteShortcodes; // the site's own layouts/shortcodes/*.html
    mutable QHash<QByteArray, bool> warnedShortcodes; // unknown names already warned about
    QByteArray lineAttribute;        // ' data-line="N"' for block output, or empty
    bool safe = false;               // RenderOptions::safe: no URL that runs code or reads local files
    bool passthrough = false;        // Hugo's passthrough: math written as typed, for the theme's script
    MathOutput math = MathOutput::AsSite;
    std::function<RenderedMath(QByteArrayView tex, bool display)> renderMath; // MathOutput::Rendered
};

class ShortcodeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ShortcodeRenderer)
public:
    // Whether the span, alone in its paragraph, renders as a block.
    static bool rendersAsBlock(const ProtectedSpan &span);
    static QByteArray render(const ProtectedSpan &span, bool block, const ShortcodeContext &context);
    // The same, appended to out: labels are written in place.
    static void appendTo(QByteArray &out, const ProtectedSpan &span, bool block, const ShortcodeContext &context);
    // Whether the span's inline HTML is a label that depends on nothing but
    // the span (Liquid tags and output): it may be written whenever the page
    // is put together, with appendLabel.
    static bool isPlainLabel(const ProtectedSpan &span);
    static void appendLabel(QByteArray &out, const ProtectedSpan &span);
    static bool isKnownHugoShortcode(const QByteArray &name);
    // The address a shortcode or Liquid link target stands for, as far as the
    // post tells: ref "a.md" links a.md, {{ '/docs/' | relative_url }} /docs/;
    // empty for any other template.
    static QByteArray targetOf(const ProtectedSpan &span);
};

} // namespace Postwright
