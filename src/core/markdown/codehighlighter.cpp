#include "codehighlighter.h"

#include "chromalanguages.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QHash>
#include <QRegularExpression>

#include <cstring>

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

bool isPlainTextName(const QString &language)
{
    static const QSet<QString> plain = {QStringLiteral("text"), QStringLiteral("txt"), QStringLiteral("plain"),
                                        QStringLiteral("plaintext"), QStringLiteral("none"), QStringLiteral("output")};
    return plain.contains(language);
}

QByteArray colorName(QColor color)
{
    return color.name(QColor::HexRgb).toLatin1();
}

// UTF-16 to UTF-8 with HTML escaping, straight into out: this runs for every
// token of every highlighted line, so no temporary strings.
void appendEscaped(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6); // worst case: every unit becomes "&quot;"
    char *p = out.data() + start;
    const char16_t *u = text.utf16();
    const char16_t *end = u + text.size();
    while (u < end) {
        char32_t c = *u++;
        if (c < 0x80) {
            switch (c) {
            case '&': memcpy(p, "&amp;", 5); p += 5; break;
            case '<': memcpy(p, "&lt;", 4); p += 4; break;
            case '>': memcpy(p, "&gt;", 4); p += 4; break;
            case '"': memcpy(p, "&quot;", 6); p += 6; break;
            default: *p++ = char(c);
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && u < end && QChar::isLowSurrogate(*u))
            c = QChar::surrogateToUcs4(char16_t(c), *u++);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = char(0x80 | (c & 0x3F));
    }
    out.resize(p - out.constData());
}

void addRange(QSet<int> &lines, const QString &range)
{
    const qsizetype dash = range.indexOf(u'-');
    bool ok1 = false, ok2 = false;
    const int from = (dash < 0 ? range : range.left(dash)).toInt(&ok1);
    const int to = dash < 0 ? from : range.mid(dash + 1).toInt(&ok2);
    if (!ok1 || (dash >= 0 && !ok2) || to < from || to - from > 100000)
        return;
    for (int i = from; i <= to; ++i)
        lines.insert(i);
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
            appendEscaped(out, line.mid(m_position));
        m_html = nullptr;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (length <= 0)
            return;
        QByteArray &out = *m_html;
        if (offset > m_position)
            appendEscaped(out, m_line.mid(m_position, offset - m_position));
        const QByteArray &style = styleFor(format);
        if (style.isEmpty()) {
            appendEscaped(out, m_line.mid(offset, length));
        } else {
            out += "<span style=\"";
            out += style;
            out += "\">";
            appendEscaped(out, m_line.mid(offset, length));
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

} // namespace

CodeInfo CodeInfo::parse(const QString &infoString)
{
    const QString info = infoString.trimmed();
    qsizetype end = 0;
    while (end < info.size() && !info.at(end).isSpace() && info.at(end) != u'{')
        ++end;
    QString options = info.mid(end).trimmed();
    if (options.startsWith(u'{') && options.endsWith(u'}'))
        options = options.mid(1, options.size() - 2);
    else
        options.clear(); // other words after the language mean nothing to us
    return parse(info.left(end), options);
}

CodeInfo CodeInfo::parse(const QString &language, const QString &hugoOptions)
{
    CodeInfo info;
    info.language = language.trimmed();
    if (info.language.startsWith(QStringLiteral("language-")))
        info.language = info.language.mid(9);
    // key=value pairs split at commas outside [...] and quotes.
    static const QRegularExpression pair(
        QStringLiteral("(\\w+)\\s*[=:]\\s*(\\[[^\\]]*\\]|\"[^\"]*\"|'[^']*'|[^,\\s]+(?:\\s+\\d[\\d\\s-]*)?)"));
    static const QRegularExpression range(QStringLiteral("\\d+(?:-\\d+)?"));
    for (auto it = pair.globalMatch(hugoOptions); it.hasNext();) {
        const auto match = it.next();
        const QString key = match.captured(1).toLower();
        QString value = match.captured(2);
        if (value.startsWith(u'"') || value.startsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        if (key == u"linenos") {
            info.options.lineNumbers = value != u"false" && value != u"0" && !value.isEmpty();
        } else if (key == u"linenostart") {
            info.options.firstLineNumber = qMax(0, value.toInt());
        } else if (key == u"hl_lines") {
            for (auto r = range.globalMatch(value); r.hasNext();)
                addRange(info.options.highlightedLines, r.next().captured());
        }
    }
    return info;
}

class CodeHighlighter::Private
{
    // First, so it goes last: definitions and the highlighter refer to it.
    mutable std::unique_ptr<KSH::Repository> m_repository;
    mutable KSH::Theme m_light;
    mutable KSH::Theme m_dark;

public:
    QString lightTheme;
    QString darkTheme;
    mutable HtmlLineHighlighter highlighter;
    mutable QHash<QString, KSH::Definition> definitions;

    // Made on first use: the repository reads the metadata of every
    // definition and every theme, which a post without code never needs.
    const KSH::Repository &repository() const
    {
        if (!m_repository) {
            m_repository = std::make_unique<KSH::Repository>();
            m_light = m_repository->theme(lightTheme);
            if (!m_light.isValid())
                m_light = m_repository->theme(defaultLightTheme());
            if (!darkTheme.isEmpty()) {
                m_dark = m_repository->theme(darkTheme);
                if (!m_dark.isValid())
                    m_dark = m_repository->theme(defaultDarkTheme());
            }
            highlighter.setTheme(m_light);
            highlighter.dark = m_dark;
        }
        return *m_repository;
    }
    const KSH::Theme &light() const
    {
        repository();
        return m_light;
    }
    const KSH::Theme &dark() const
    {
        repository();
        return m_dark;
    }

    KSH::Definition definitionFor(const QString &language) const
    {
        const QString key = language.toLower();
        if (key.isEmpty() || isPlainTextName(key))
            return {};
        auto it = definitions.constFind(key);
        if (it != definitions.constEnd())
            return *it;
        const KSH::Repository &repository = this->repository();
        KSH::Definition def = repository.definitionForName(languageAliases().value(key, language));
        if (!def.isValid())
            def = repository.definitionForFileName(QStringLiteral("file.") + language);
        if (!def.isValid())
            def = repository.definitionForFileName(language);
        // A name only Hugo's highlighter knows: the definition for the
        // language Chroma picks, by its name or its files.
        if (const ChromaLanguage *chroma = def.isValid() ? nullptr : ChromaLanguage::find(language)) {
            def = repository.definitionForName(chroma->name);
            for (const QString &pattern : chroma->filenames) {
                if (def.isValid())
                    break;
                def = repository.definitionForFileName(QString(pattern).replace(u'*', QStringLiteral("file")));
            }
        }
        definitions.insert(key, def);
        return def;
    }
};

CodeHighlighter::CodeHighlighter(const QString &lightTheme, const QString &darkTheme)
    : d(std::make_unique<Private>())
{
    d->lightTheme = lightTheme;
    d->darkTheme = darkTheme;
}

CodeHighlighter::~CodeHighlighter() = default;

QString CodeHighlighter::defaultLightTheme()
{
    return QStringLiteral("GitHub Light");
}

QString CodeHighlighter::defaultDarkTheme()
{
    return QStringLiteral("GitHub Dark");
}

QStringList CodeHighlighter::themeNames()
{
    KSH::Repository repository;
    QStringList names;
    for (const KSH::Theme &theme : repository.themes())
        names.append(theme.name());
    return names;
}

bool CodeHighlighter::knowsLanguage(const QString &language) const
{
    // Cheapest first: a name Chroma knows needs no repository.
    return isPlainTextName(language.toLower()) || ChromaLanguage::find(language) != nullptr
        || d->definitionFor(language).isValid();
}

QByteArray CodeHighlighter::toHtml(const QString &code, const CodeInfo &info, const QByteArray &extraAttributes) const
{
    const KSH::Definition def = d->definitionFor(info.language);
    QByteArray html;
    html.reserve(code.size() * 3);
    html += "<pre class=\"code";
    if (info.options.lineNumbers)
        html += " numbered";
    html += '"';
    if (!extraAttributes.isEmpty())
        html += ' ' + extraAttributes;
    html += "><code";
    if (!info.language.isEmpty()) {
        html += " class=\"language-";
        appendEscaped(html, info.language);
        html += '"';
    }
    html += '>';

    if (code.isEmpty())
        return html + "</code></pre>\n";
    d->highlighter.setDefinition(def);
    KSH::State state;
    QStringView rest(code);
    if (rest.endsWith(u'\n'))
        rest.chop(1);
    const bool perLineSpans = info.options.lineNumbers || !info.options.highlightedLines.isEmpty();
    int lineNumber = 1;
    while (true) {
        const qsizetype nl = rest.indexOf(u'\n');
        const QStringView line = nl < 0 ? rest : rest.left(nl);
        if (perLineSpans) {
            html += info.options.highlightedLines.contains(lineNumber) ? "<span class=\"line hl\">" : "<span class=\"line\">";
            if (info.options.lineNumbers)
                html += "<span class=\"ln\">" + QByteArray::number(info.options.firstLineNumber + lineNumber - 1) + "</span>";
        }
        if (def.isValid())
            d->highlighter.highlight(line, state, html);
        else
            appendEscaped(html, line);
        if (perLineSpans)
            html += "</span>";
        if (nl < 0)
            break;
        html += '\n';
        rest = rest.mid(nl + 1);
        ++lineNumber;
    }
    html += "\n</code></pre>\n";
    return html;
}

QByteArray CodeHighlighter::styleSheet() const
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
    if (d->dark().isValid())
        css += "pre.code{color:" + foreground(d->light()) + "}\n";
    else
        css += "pre.code{background:" + background(d->light()) + ";color:" + foreground(d->light()) + "}\n";
    css += "pre.code .line{display:inline-block;min-width:100%}\n";
    // Themes' current-line colours are made to be subtle; a highlighted line
    // in a post must stand out, on either background.
    css += d->dark().isValid() ? QByteArray("pre.code .line.hl{background:rgba(255,196,0,.22)}\n")
                               : "pre.code .line.hl{background:" + lineHighlight(d->light()) + "}\n";
    css += "pre.code .ln{display:inline-block;min-width:2.5em;padding-right:1em;text-align:right;opacity:.5;user-select:none}\n";
    if (d->dark().isValid()) {
        css += "pre.code span[style]{color:var(--l)}\n";
        css += "@media (prefers-color-scheme: dark){pre.code{color:" + foreground(d->dark())
               + "}pre.code span[style]{color:var(--d)}}\n";
    }
    return css;
}

} // namespace Postwright
