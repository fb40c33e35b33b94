#include "chromalanguages.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace Postwright {

namespace {

struct Registry
{
    std::vector<ChromaLanguage> languages;
    QHash<QString, const ChromaLanguage *> byName;  // name and aliases as written
    QHash<QString, const ChromaLanguage *> byLower; // the same, lower case
    std::vector<std::pair<QRegularExpression, const ChromaLanguage *>> patterns;

    Registry()
    {
        languages = {
#include "chromalanguages.inc"
        };
        for (const ChromaLanguage &language : languages) {
            for (const QString &name : QStringList{language.name} + language.aliases) {
                byName.insert(name, &language);
                byLower.insert(name.toLower(), &language);
            }
            for (const QString &pattern : language.filenames)
                patterns.emplace_back(QRegularExpression::fromWildcard(pattern), &language);
        }
    }

    const ChromaLanguage *match(const QString &fileName) const
    {
        for (const auto &[pattern, language] : patterns)
            if (pattern.match(fileName).hasMatch())
                return language;
        return nullptr;
    }
};

} // namespace

const ChromaLanguage *ChromaLanguage::find(const QString &language)
{
    static const Registry registry;
    if (language.isEmpty())
        return nullptr;
    if (const ChromaLanguage *found = registry.byName.value(language))
        return found;
    if (const ChromaLanguage *found = registry.byLower.value(language.toLower()))
        return found;
    if (const ChromaLanguage *found = registry.match(QStringLiteral("filename.") + language))
        return found;
    return registry.match(language);
}

} // namespace Postwright
