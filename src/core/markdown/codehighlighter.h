#pragma once
// Fenced code to HTML spans with a KSyntaxHighlighting theme's colours, so a
// page shows highlighted code without any JavaScript. One instance per thread:
// KSyntaxHighlighting's Repository is not shared across threads.

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Postwright {

struct CodeBlockOptions
{
    bool lineNumbers = false;
    int firstLineNumber = 1;
    QSet<int> highlightedLines; // 1-based within the block
};

// Reads the info string of a fence or a Hugo highlight shortcode:
// "go {linenos=true,hl_lines=[2,"4-5"]}", "go" "linenos=table,hl_lines=3".
struct CodeInfo
{
    QString language;
    CodeBlockOptions options;

    static CodeInfo parse(const QString &infoString);
    static CodeInfo parse(const QString &language, const QString &hugoOptions);
};

class CodeHighlighter
{
public:
    // Theme names as KSyntaxHighlighting knows them; empty darkTheme means one
    // theme only (inline colours). Unknown names fall back to the defaults.
    CodeHighlighter(const QString &lightTheme, const QString &darkTheme);
    ~CodeHighlighter();

    static QString defaultLightTheme();
    static QString defaultDarkTheme();
    static QStringList themeNames();

    // True when the language (name, alternative name, extension or alias,
    // case-insensitive) has a definition, names plain text, or is one Hugo's
    // highlighter (Chroma) knows, whose code Hugo shows plain where we have
    // no definition; empty is never known.
    bool knowsLanguage(const QString &language) const;

    // <pre class="code" ...><code class="language-x">...</code></pre>; code is
    // escaped plain text when the language is unknown. extraAttributes is put
    // into the <pre> tag as it is (for data-line).
    QByteArray toHtml(const QString &code, const CodeInfo &info, const QByteArray &extraAttributes = {}) const;

    // CSS for the code blocks (background and default colour per scheme).
    QByteArray styleSheet() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Postwright
