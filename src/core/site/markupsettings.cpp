#include "markupsettings.h"

#include "hugoconfig.h"

#include <QVariant>

namespace Postwright {

namespace {

// Reads values below one prefix of a HugoConfig; an unset value or one of
// the wrong type leaves the target as it was.
class Reader
{
public:
    Reader(const HugoConfig &config, QStringList prefix)
        : m_config(config)
        , m_prefix(std::move(prefix))
    {
    }

    QVariant value(const QString &path) const { return m_config.value(m_prefix + path.split(u'.')); }

    void read(const QString &path, bool *target) const
    {
        const QVariant v = value(path);
        if (v.typeId() == QMetaType::Bool)
            *target = v.toBool();
        else if (v.typeId() == QMetaType::QString && (v.toString() == u"true" || v.toString() == u"false"))
            *target = v.toString() == u"true";
    }

    void read(const QString &path, QString *target) const
    {
        const QVariant v = value(path);
        if (v.typeId() == QMetaType::QString)
            *target = v.toString();
    }

    void read(const QString &path, int *target) const
    {
        const QVariant v = value(path);
        bool ok = false;
        const int n = v.toInt(&ok);
        if (ok && v.typeId() != QMetaType::Bool)
            *target = n;
    }

    // [['\(', '\)'], ['$', '$']]
    void read(const QString &path, QList<MarkupSettings::Delimiters> *target) const
    {
        const QVariant v = value(path);
        if (v.typeId() != QMetaType::QVariantList)
            return;
        QList<MarkupSettings::Delimiters> pairs;
        for (const QVariant &item : v.toList()) {
            const QVariantList pair = item.toList();
            if (pair.size() == 2 && !pair[0].toString().isEmpty() && !pair[1].toString().isEmpty())
                pairs.append({pair[0].toString(), pair[1].toString()});
        }
        *target = pairs;
    }

private:
    const HugoConfig &m_config;
    const QStringList m_prefix;
};

} // namespace

MarkupSettings::HeadingIdType MarkupSettings::headingIdType(const QString &name, HeadingIdType fallback)
{
    if (name.compare(u"github", Qt::CaseInsensitive) == 0)
        return HeadingIdType::GitHub;
    if (name.compare(u"github-ascii", Qt::CaseInsensitive) == 0)
        return HeadingIdType::GitHubAscii;
    if (name.compare(u"blackfriday", Qt::CaseInsensitive) == 0)
        return HeadingIdType::Blackfriday;
    return fallback;
}

MarkupSettings MarkupSettings::fromHugoConfig(const HugoConfig &config)
{
    MarkupSettings s = hugoDefaults();
    const Reader goldmark(config, {QStringLiteral("markup"), QStringLiteral("goldmark")});

    Extensions &e = s.extensions;
    goldmark.read(QStringLiteral("extensions.table"), &e.table);
    goldmark.read(QStringLiteral("extensions.strikethrough"), &e.strikethrough);
    goldmark.read(QStringLiteral("extensions.linkify"), &e.linkify);
    goldmark.read(QStringLiteral("extensions.linkifyProtocol"), &e.linkifyProtocol);
    goldmark.read(QStringLiteral("extensions.taskList"), &e.taskList);
    goldmark.read(QStringLiteral("extensions.footnote"), &e.footnote);
    goldmark.read(QStringLiteral("extensions.definitionList"), &e.definitionList);

    // Before Hugo 0.112 the typographer was a switch; Hugo still takes that form.
    if (const QVariant t = goldmark.value(QStringLiteral("extensions.typographer")); t.typeId() == QMetaType::Bool) {
        e.typographer.enabled = t.toBool();
    } else {
        bool disable = !e.typographer.enabled;
        goldmark.read(QStringLiteral("extensions.typographer.disable"), &disable);
        e.typographer.enabled = !disable;
    }
    const std::pair<const char *, QString *> typography[] = {
        {"leftSingleQuote", &e.typographer.leftSingleQuote}, {"rightSingleQuote", &e.typographer.rightSingleQuote},
        {"leftDoubleQuote", &e.typographer.leftDoubleQuote}, {"rightDoubleQuote", &e.typographer.rightDoubleQuote},
        {"enDash", &e.typographer.enDash},                   {"emDash", &e.typographer.emDash},
        {"ellipsis", &e.typographer.ellipsis},               {"leftAngleQuote", &e.typographer.leftAngleQuote},
        {"rightAngleQuote", &e.typographer.rightAngleQuote}, {"apostrophe", &e.typographer.apostrophe},
    };
    for (const auto &[key, target] : typography)
        goldmark.read(QStringLiteral("extensions.typographer.") + QLatin1String(key), target);

    goldmark.read(QStringLiteral("extensions.passthrough.enable"), &e.passthrough.enabled);
    goldmark.read(QStringLiteral("extensions.passthrough.delimiters.inline"), &e.passthrough.inlineDelimiters);
    goldmark.read(QStringLiteral("extensions.passthrough.delimiters.block"), &e.passthrough.blockDelimiters);

    goldmark.read(QStringLiteral("extensions.extras.delete.enable"), &e.extras.deleteText);
    goldmark.read(QStringLiteral("extensions.extras.insert.enable"), &e.extras.insert);
    goldmark.read(QStringLiteral("extensions.extras.mark.enable"), &e.extras.mark);
    goldmark.read(QStringLiteral("extensions.extras.subscript.enable"), &e.extras.subscript);
    goldmark.read(QStringLiteral("extensions.extras.superscript.enable"), &e.extras.superscript);

    Parser &p = s.parser;
    // Before Hugo 0.81 parser.attribute was one switch for titles.
    if (const QVariant a = goldmark.value(QStringLiteral("parser.attribute")); a.typeId() == QMetaType::Bool)
        p.attributeTitle = a.toBool();
    goldmark.read(QStringLiteral("parser.attribute.title"), &p.attributeTitle);
    goldmark.read(QStringLiteral("parser.attribute.block"), &p.attributeBlock);
    goldmark.read(QStringLiteral("parser.autoHeadingID"), &p.autoHeadingID);
    QString idType;
    goldmark.read(QStringLiteral("parser.autoHeadingIDType"), &idType);
    p.autoHeadingIDType = headingIdType(idType, p.autoHeadingIDType);
    goldmark.read(QStringLiteral("parser.wrapStandAloneImageWithinParagraph"), &p.wrapStandAloneImageWithinParagraph);

    goldmark.read(QStringLiteral("renderer.unsafe"), &s.renderer.unsafe);
    goldmark.read(QStringLiteral("renderer.hardWraps"), &s.renderer.hardWraps);
    goldmark.read(QStringLiteral("renderer.xhtml"), &s.renderer.xhtml);

    const Reader highlight(config, {QStringLiteral("markup"), QStringLiteral("highlight")});
    Highlight &h = s.highlight;
    highlight.read(QStringLiteral("codeFences"), &h.codeFences);
    highlight.read(QStringLiteral("noClasses"), &h.noClasses);
    highlight.read(QStringLiteral("style"), &h.style);
    highlight.read(QStringLiteral("lineNos"), &h.lineNos);
    highlight.read(QStringLiteral("lineNumbersInTable"), &h.lineNumbersInTable);
    highlight.read(QStringLiteral("lineNoStart"), &h.lineNoStart);
    highlight.read(QStringLiteral("anchorLineNos"), &h.anchorLineNos);
    highlight.read(QStringLiteral("lineAnchors"), &h.lineAnchors);
    highlight.read(QStringLiteral("hl_Lines"), &h.hlLines);
    highlight.read(QStringLiteral("hl_inline"), &h.hlInline);
    highlight.read(QStringLiteral("guessSyntax"), &h.guessSyntax);
    highlight.read(QStringLiteral("tabWidth"), &h.tabWidth);

    const Reader top(config, {});
    top.read(QStringLiteral("enableEmoji"), &s.enableEmoji);
    return s;
}

// Jekyll's default kramdown with its GFM input (Jekyll's own defaults:
// input GFM, hard_wrap false, auto_ids true): tables, ~~strikethrough~~, task
// lists, footnotes, definition lists and smart typography on; raw HTML passes
// through (kramdown has no switch to drop it); bare URLs are not linked
// (kramdown links only <url>); no emoji (gfm_emojis is off); a heading's
// {#id} is read (kramdown's header ids), other ids are kramdown's own.
MarkupSettings MarkupSettings::jekyllDefaults()
{
    MarkupSettings s;
    s.engine = Engine::Kramdown;
    s.extensions.linkify = false;
    s.parser.autoHeadingIDType = HeadingIdType::Kramdown;
    s.renderer.unsafe = true;
    return s;
}

// A post outside any site is rendered with Hugo's defaults, with one
// exception: its raw HTML is kept. Nothing will publish it with a Goldmark
// configuration; Postwright's own export is its publisher, and that has always
// written raw HTML as typed (export --safe drops it), so the preview shows
// what the export writes.
MarkupSettings MarkupSettings::outsideSite()
{
    MarkupSettings s = hugoDefaults();
    s.renderer.unsafe = true;
    return s;
}

} // namespace Postwright
