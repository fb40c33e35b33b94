#pragma once
// The seam between CodeHighlighter and KSyntaxHighlighting. The command line
// loads the engine from a module (postwright-highlighting.so) the first time
// a post has code, so a post without it never loads KSyntaxHighlighting, nor
// Qt Network and the 60 libraries that come with it (src/highlightingloader.cpp);
// everything else links ksyntaxengine.cpp in. One engine per thread, as for
// CodeHighlighter.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Postwright {

class HighlightingEngine
{
public:
    virtual ~HighlightingEngine() = default;

    // Whether KSyntaxHighlighting has a definition for language (a name,
    // alias, extension, file name, or a name Chroma maps to one).
    virtual bool hasDefinition(const QString &language) = 0;
    // Starts a block of code in language, which hasDefinition accepted.
    virtual void beginBlock(const QString &language) = 0;
    // Appends the block's next line, highlighted and HTML-escaped, to out.
    virtual void appendLine(QStringView line, QByteArray &out) = 0;
    // CSS for the code blocks (background and default colour per scheme).
    virtual QByteArray styleSheet() = 0;

    // Theme names as KSyntaxHighlighting knows them; empty darkTheme means
    // one theme only. Null when the engine cannot be loaded (reported).
    static std::unique_ptr<HighlightingEngine> create(const QString &lightTheme, const QString &darkTheme);
    static QStringList themeNames();
};

// UTF-16 to UTF-8 with HTML escaping, appended to out.
void appendHtmlEscaped(QByteArray &out, QStringView text);

} // namespace Postwright
