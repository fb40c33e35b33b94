// The entry points of postwright-highlighting.so: the KSyntaxHighlighting
// engine, for the executable's highlightingloader.cpp.

#include "markdown/highlightingengine.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT Postwright::HighlightingEngine *postwright_create_highlighting_engine(const QString &lightTheme,
                                                                                               const QString &darkTheme)
{
    return Postwright::HighlightingEngine::create(lightTheme, darkTheme).release();
}

extern "C" Q_DECL_EXPORT QStringList postwright_highlighting_theme_names()
{
    return Postwright::HighlightingEngine::themeNames();
}
