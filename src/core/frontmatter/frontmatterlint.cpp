#include "frontmatterlint.h"

#include "site/site.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Postwright {

namespace {

LintFinding found(int line, const QString &key, const QString &message)
{
    return {{message, line}, key};
}

const QStringList TermKeys = {QStringLiteral("tags"), QStringLiteral("categories"), QStringLiteral("keywords")};
const QStringList DateKeys = {QStringLiteral("date"), QStringLiteral("lastmod"), QStringLiteral("publishDate"),
                              QStringLiteral("expiryDate")};

// Levenshtein distance, stopping early past limit.
int distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<QDateTime> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate); date.isValid())
        return QDateTime(date, QTime(0, 0));
    static const QRegularExpression spacedOffset(QStringLiteral("\\s+([+-]\\d{2}):?(\\d{2})$"));
    QString iso = trimmed;
    iso.replace(spacedOffset, QStringLiteral("\\1:\\2"));
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs); when.isValid())
        return when;
    return std::nullopt;
}

bool isTrue(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool ? value.toBool() : value.toString() == u"true";
}

// The terms a post's front matter lists, read from its first 64 KB.
QStringList termsOnDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return FrontMatterLint::terms(readFrontMatter(file.read(64 * 1024)).values);
}

} // namespace

LintContext LintContext::forSite(const Site &site, const QString &excludePath)
{
    LintContext context;
    context.jekyll = site.kind() == SiteKind::Jekyll;
    for (const PostInfo &post : site.posts())
        if (post.path != excludePath)
            for (const QString &term : termsOnDisk(post.path))
                ++context.termUses[term];
    return context;
}

LintContext LintContext::withoutPost(const QString &path) const
{
    LintContext context = *this;
    context.postPath = path;
    if (path.isEmpty()) // an untitled post counts nowhere yet
        return context;
    for (const QString &term : termsOnDisk(path))
        if (auto it = context.termUses.find(term); it != context.termUses.end() && --*it <= 0)
            context.termUses.erase(it);
    return context;
}

QStringList FrontMatterLint::terms(const QVariantMap &values)
{
    QStringList terms;
    for (const QString &key : TermKeys) {
        const QVariant value = values.value(key);
        if (value.typeId() == QMetaType::QVariantList) {
            for (const QVariant &item : value.toList())
                terms.append(item.toString());
        } else if (value.typeId() == QMetaType::QString && !value.toString().isEmpty()) {
            terms.append(value.toString());
        }
    }
    return terms;
}

QList<LintFinding> FrontMatterLint::check(QByteArrayView text, const LintContext &context)
{
    return check(FrontMatterDocument::parse(text), context);
}

QList<LintFinding> FrontMatterLint::check(const FrontMatterDocument &document, const LintContext &context)
{
    QList<LintFinding> findings;
    for (const Problem &error : document.errors)
        findings.append(found(error.line, {}, tr("The front matter does not parse: %1").arg(error.message)));
    if (const QString notice = document.block.noticeText(); !notice.isEmpty())
        findings.append(found(1, {}, notice));
    if (!document.block.exists() || !document.isValid())
        return findings;

    const auto lineOf = [&](const QString &key) {
        const FrontMatterEntry *entry = document.find({key});
        return entry ? entry->line : document.block.bodyLine - 1;
    };
    const QVariantMap values = document.values();

    // Jekyll titles a dated post (2021-04-11-first-model.md) from its name.
    static const QRegularExpression jekyllDatedName(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}-.+\\.[^.]+$"));
    const bool titledByName = context.jekyll
        && jekyllDatedName.match(QFileInfo(context.postPath).fileName()).hasMatch();
    if (!titledByName && values.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        findings.append(found(lineOf(QStringLiteral("title")), QStringLiteral("title"), tr("The post has no title.")));

    const bool published = context.jekyll ? !values.contains(QStringLiteral("published"))
            || isTrue(values.value(QStringLiteral("published")))
                                          : !isTrue(values.value(QStringLiteral("draft")));
    for (const QString &key : DateKeys) {
        if (!values.contains(key))
            continue;
        const QString text = values.value(key).toString();
        const std::optional<QDateTime> when = parseDate(text);
        if (!when) {
            findings.append(found(lineOf(key), key, tr("%1 is not a date: \"%2\".").arg(key, text)));
        } else if (key == u"date" && published && *when > context.now) {
            findings.append(found(lineOf(key), key,
                                  tr("The post is published but dated %1, in the future: sites hide it until then.")
                                      .arg(text)));
        }
    }

    for (const QString &key : {QStringLiteral("description"), QStringLiteral("summary")}) {
        const QString text = values.value(key).toString();
        if (text.size() > DescriptionLimit)
            findings.append(found(lineOf(key), key,
                                  tr("%1 has %2 characters; search results show about %3.")
                                      .arg(key)
                                      .arg(text.size())
                                      .arg(DescriptionLimit)));
    }

    for (const QString &key : TermKeys) {
        for (const QString &term : terms({{key, values.value(key)}})) {
            if (context.termUses.value(term) > 0)
                continue;
            QString closest;
            const int limit = term.size() > 4 ? 2 : 1; // short terms: one typo at most
            int best = limit + 1;
            for (auto it = context.termUses.cbegin(); it != context.termUses.cend(); ++it) {
                const int d = term.compare(it.key(), Qt::CaseInsensitive) == 0
                    ? 0
                    : distance(term.toLower(), it.key().toLower(), limit);
                if (d < best) {
                    best = d;
                    closest = it.key();
                }
            }
            if (!closest.isEmpty())
                findings.append(found(lineOf(key), key,
                                      tr("\"%1\" is used by no other post; did you mean \"%2\"?").arg(term, closest)));
        }
    }

    for (const QString &key : document.duplicateKeys) {
        int second = 0, seen = 0;
        for (const FrontMatterEntry &entry : document.entries)
            if (entry.path == QStringList{key} && ++seen == 2)
                second = entry.line;
        findings.append(found(second, key, tr("%1 is written more than once; the parser keeps only one.").arg(key)));
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const LintFinding &a, const LintFinding &b) { return a.line < b.line; });
    return findings;
}

} // namespace Postwright
