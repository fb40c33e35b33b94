#pragma once
// Small, forgiving edits of raw HTML written in posts: finding and replacing
// the src of <img> tags, so site paths resolve and images embed in export.

#include <QByteArray>

#include <functional>

namespace Postwright {

namespace RawHtml {

// Calls rewrite for every <img src="..."> in html (the value unescaped) and
// puts what it returns in its place (escaped, double-quoted). Returns html
// unchanged when there is no <img.
QByteArray rewriteImageSources(const QByteArray &html, const std::function<QByteArray(const QByteArray &)> &rewrite);

// &, <, > and " as entities: safe in text and in double-quoted attributes.
QByteArray escape(QByteArrayView text);
// The same written at out, which has room for MaxEscapedBytes per byte of
// text; returns the end. For writers that make room once for many pieces.
inline constexpr int MaxEscapedBytes = 6;
char *writeEscaped(char *out, QByteArrayView text);

// The text the entities escape writes (and &#39;) stand for.
QByteArray unescape(QByteArrayView text);

// Whether a URL would run code or read local files when followed: javascript:,
// vbscript:, file:, and data: other than the raster images (cmark-gfm's safe
// mode rule), also when spaces or control characters hide the scheme as
// browsers allow ("java\tscript:").
bool isDangerousUrl(QByteArrayView url);

} // namespace RawHtml

} // namespace Postwright
