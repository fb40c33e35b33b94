#pragma once
// Turns a post (Markdown with optional front matter) into HTML with cmark-gfm
// and its GitHub extensions. Reentrant: every call builds its own parser, so
// the preview may render on worker threads.

#include <QByteArray>
#include <QByteArrayView>

namespace Postwright {

struct RenderOptions
{
    bool safe = false;        // drop raw HTML instead of passing it through
    bool sourceLines = false; // data-sourcepos on block elements, for scroll sync
};

struct RenderResult
{
    QByteArray html; // the body fragment, UTF-8
};

class MarkdownRenderer
{
public:
    RenderResult render(QByteArrayView post, const RenderOptions &options = {}) const;
};

} // namespace Postwright
