#include "codehighlighter.h"

#include "chromalanguages.h"
#include "highlightingengine.h"

#include <QRegularExpression>

#include <cstring>

namespace Postwright {

namespace {

bool isPlainTextName(const QString &language)
{
    static const QSet<QString> plain = {QStringLiteral("text"), QStringLiteral("txt"), QStringLiteral("plain"),
                                        QStringLiteral("plaintext"), QStringLiteral("none"), QStringLiteral("output")};
    return plain.contains(language);
}

} // namespace

// Straight into out: this runs for every token of every highlighted line, so
// no temporary strings.
void appendHtmlEscaped(QByteArray &out, QStringView text)
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

namespace {

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
public:
    QString lightTheme;
    QString darkTheme;

    // Made on first use: the engine reads the metadata of every definition
    // and every theme, and the command line loads it from a module, none of
    // which a post without highlighted code needs.
    HighlightingEngine *engine() const
    {
        if (!m_engineTried) {
            m_engineTried = true;
            m_engine = HighlightingEngine::create(lightTheme, darkTheme);
        }
        return m_engine.get();
    }

    bool hasDefinition(const QString &language) const
    {
        if (language.isEmpty() || isPlainTextName(language.toLower()))
            return false;
        HighlightingEngine *engine = this->engine();
        return engine && engine->hasDefinition(language);
    }

private:
    mutable std::unique_ptr<HighlightingEngine> m_engine;
    mutable bool m_engineTried = false;
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
    return HighlightingEngine::themeNames();
}

bool CodeHighlighter::knowsLanguage(const QString &language) const
{
    // Cheapest first: a name Chroma knows needs no engine.
    return isPlainTextName(language.toLower()) || ChromaLanguage::find(language) != nullptr
        || d->hasDefinition(language);
}

QByteArray CodeHighlighter::toHtml(const QString &code, const CodeInfo &info, const QByteArray &extraAttributes) const
{
    HighlightingEngine *engine = d->hasDefinition(info.language) ? d->engine() : nullptr;
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
        appendHtmlEscaped(html, info.language);
        html += '"';
    }
    html += '>';

    if (code.isEmpty())
        return html + "</code></pre>\n";
    if (engine)
        engine->beginBlock(info.language);
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
        if (engine)
            engine->appendLine(line, html);
        else
            appendHtmlEscaped(html, line);
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
    HighlightingEngine *engine = d->engine();
    return engine ? engine->styleSheet() : QByteArray();
}

} // namespace Postwright
