// The highlighting engine on KSyntaxHighlighting: fenced code to HTML spans
// with a theme's colours (highlightingengine.h).

#include "highlightingengine.h"

#include "chromalanguages.h"
#include "codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QHash>

namespace Postwright {

namespace KSH = KSyntaxHighlighting;

namespace {

// Info-string words that name no definition by themselves.
const QHash<QString, QString> &languageAliases()
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("shell-session"), QStringLiteral("Bash")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("terminal"), QStringLiteral("Bash")},
        {QStringLiteral("golang"), QStringLiteral("Go")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("jsx"), QStringLiteral("JavaScript React (JSX)")},
        {QStringLiteral("ts"), QStringLiteral("TypeScript")},
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("python3"), QStringLiteral("Python")},
        {QStringLiteral("rs"), QStringLiteral("Rust")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")},
        {QStringLiteral("docker"), QStringLiteral("Dockerfile")},
        {QStringLiteral("patch"), QStringLiteral("Diff")},
        {QStringLiteral("html"), QStringLiteral("HTML")},
        {QStringLiteral("c++"), QStringLiteral("C++")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("cs"), QStringLiteral("C#")},
        {QStringLiteral("csharp"), QStringLiteral("C#")},
        {QStringLiteral("kt"), QStringLiteral("Kotlin")},
        {QStringLiteral("md"), QStringLiteral("Markdown")},
        {QStringLiteral("ps1"), QStringLiteral("PowerShell")},
        {QStringLiteral("tf"), QStringLiteral("HCL")},
    };
    return aliases;
}

QByteArray colorName(QColor color)
{
    return color.name(QColor::HexRgb).toLatin1();
}

// Collects one line's formatted ranges as HTML.
class HtmlLineHighlighter : public KSH::AbstractHighlighter
{
public:
    KSH::Theme dark; // invalid: one theme only

    // Appends the highlighted line to out.
    void highlight(QStringView line, KSH::State &state, QByteArray &out)
    {
        m_line = line;
        m_html = &out;
        m_position = 0;
        state = highlightLine(line, state);
        if (m_position < line.size())
            appendHtmlEscaped(out, line.mid(m_position));
        m_html = nullptr;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (length <= 0)
            return;
        QByteArray &out = *m_html;
        if (offset > m_position)
            appendHtmlEscaped(out, m_line.mid(m_position, offset - m_position));
        const QByteArray &style = styleFor(format);
        if (style.isEmpty()) {
            appendHtmlEscaped(out, m_line.mid(offset, length));
        } else {
            out += "<span style=\"";
            out += style;
            out += "\">";
            appendHtmlEscaped(out, m_line.mid(offset, length));
            out += "</span>";
        }
        m_position = offset + length;
    }

private:
    const QByteArray &styleFor(const KSH::Format &format)
    {
        auto it = m_styles.find(format.id());
        if (it != m_styles.end())
            return *it;
        const KSH::Theme light = theme();
        QByteArray style;
        const bool plain = format.isDefaultTextStyle(light) && (!dark.isValid() || format.isDefaultTextStyle(dark));
        if (!plain) {
            if (dark.isValid()) {
                style += "--l:" + colorName(format.textColor(light)) + ";--d:" + colorName(format.textColor(dark)) + ';';
            } else if (format.hasTextColor(light)) {
                style += "color:" + colorName(format.textColor(light)) + ';';
            }
            if (format.isBold(light))
                style += "font-weight:bold;";
            if (format.isItalic(light))
                style += "font-style:italic;";
            if (format.isUnderline(light))
                style += "text-decoration:underline;";
            else if (format.isStrikeThrough(light))
                style += "text-decoration:line-through;";
        }
        return *m_styles.insert(format.id(), style);
    }

    QStringView m_line;
    QByteArray *m_html = nullptr;
    int m_position = 0;
    QHash<int, QByteArray> m_styles;
};

class KSyntaxEngine final : public HighlightingEngine
{
    // First, so it goes last: definitions and the highlighter refer to it.
    KSH::Repository m_repository;
    KSH::Theme m_light;
    KSH::Theme m_dark;
    HtmlLineHighlighter m_highlighter;
    QHash<QString, KSH::Definition> m_definitions;
    KSH::State m_state;

public:
    KSyntaxEngine(const QString &lightTheme, const QString &darkTheme)
    {
        m_light = m_repository.theme(lightTheme);
        if (!m_light.isValid())
            m_light = m_repository.theme(CodeHighlighter::defaultLightTheme());
        if (!darkTheme.isEmpty()) {
            m_dark = m_repository.theme(darkTheme);
            if (!m_dark.isValid())
                m_dark = m_repository.theme(CodeHighlighter::defaultDarkTheme());
        }
        m_highlighter.setTheme(m_light);
        m_highlighter.dark = m_dark;
    }

    bool hasDefinition(const QString &language) override { return definitionFor(language).isValid(); }

    void beginBlock(const QString &language) override
    {
        m_highlighter.setDefinition(definitionFor(language));
        m_state = {};
    }

    void appendLine(QStringView line, QByteArray &out) override { m_highlighter.highlight(line, m_state, out); }

    QByteArray styleSheet() override;

private:
    KSH::Definition definitionFor(const QString &language)
    {
        const QString key = language.toLower();
        auto it = m_definitions.constFind(key);
        if (it != m_definitions.constEnd())
            return *it;
        KSH::Definition def = m_repository.definitionForName(languageAliases().value(key, language));
        if (!def.isValid())
            def = m_repository.definitionForFileName(QStringLiteral("file.") + language);
        if (!def.isValid())
            def = m_repository.definitionForFileName(language);
        // A name only Hugo's highlighter knows: the definition for the
        // language Chroma picks, by its name or its files.
        if (const ChromaLanguage *chroma = def.isValid() ? nullptr : ChromaLanguage::find(language)) {
            def = m_repository.definitionForName(chroma->name);
            for (const QString &pattern : chroma->filenames) {
                if (def.isValid())
                    break;
                def = m_repository.definitionForFileName(QString(pattern).replace(u'*', QStringLiteral("file")));
            }
        }
        m_definitions.insert(key, def);
        return def;
    }
};

} // namespace

std::unique_ptr<HighlightingEngine> HighlightingEngine::create(const QString &lightTheme, const QString &darkTheme)
{
    return std::make_unique<KSyntaxEngine>(lightTheme, darkTheme);
}

QStringList HighlightingEngine::themeNames()
{
    KSH::Repository repository;
    QStringList names;
    for (const KSH::Theme &theme : repository.themes())
        names.append(theme.name());
    return names;
}

QByteArray KSyntaxEngine::styleSheet()
{
    auto background = [](const KSH::Theme &theme) -> QByteArray {
        return colorName(QColor::fromRgba(theme.editorColor(KSH::Theme::BackgroundColor)));
    };
    auto foreground = [](const KSH::Theme &theme) {
        return colorName(QColor::fromRgba(theme.textColor(KSH::Theme::Normal)));
    };
    auto lineHighlight = [](const KSH::Theme &theme) {
        return colorName(QColor::fromRgba(theme.editorColor(KSH::Theme::CurrentLine)));
    };
    QByteArray css;
    // One chosen theme brings its own background; the default light and dark
    // pair sits on the page's code background, which matches both.
    if (m_dark.isValid())
        css += "pre.code{color:" + foreground(m_light) + "}\n";
    else
        css += "pre.code{background:" + background(m_light) + ";color:" + foreground(m_light) + "}\n";
    css += "pre.code .line{display:inline-block;min-width:100%}\n";
    // Themes' current-line colours are made to be subtle; a highlighted line
    // in a post must stand out, on either background.
    css += m_dark.isValid() ? QByteArray("pre.code .line.hl{background:rgba(255,196,0,.22)}\n")
                            : "pre.code .line.hl{background:" + lineHighlight(m_light) + "}\n";
    css += "pre.code .ln{display:inline-block;min-width:2.5em;padding-right:1em;text-align:right;opacity:.5;user-select:none}\n";
    if (m_dark.isValid()) {
        css += "pre.code span[style]{color:var(--l)}\n";
        css += "@media (prefers-color-scheme: dark){pre.code{color:" + foreground(m_dark)
               + "}pre.code span[style]{color:var(--d)}}\n";
    }
    return css;
}

} // namespace Postwright
