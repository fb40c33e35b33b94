#pragma once
// A Hugo site's configuration as Hugo merges it: one file at the root
// (hugo.toml, .yaml, .yml or .json; config.* when there is no hugo.*), or the
// config/_default folder, where hugo.* or config.* hold the top level and any
// other file NAME.* holds the key NAME (markup.toml is [markup],
// languages.yaml is languages:). Read with the front matter parsers, so TOML,
// YAML and JSON mean here what they mean in a post.

#include <QStringList>
#include <QVariantMap>

namespace Postwright {

class HugoConfig
{
public:
    // The configuration of the site rooted at siteRoot; empty when it has none
    // or none that parses (errors() says why).
    static HugoConfig read(const QString &siteRoot);

    // The file, or config/_default, that holds it; empty when none.
    QString path() const { return m_path; }
    // The value at path ({"markup", "goldmark", "renderer", "unsafe"}); Hugo's
    // keys are case-insensitive, so each part matches regardless of case.
    QVariant value(const QStringList &path) const;
    QVariantMap values() const { return m_values; }
    // "FILE:LINE: message" for each file that did not parse.
    QStringList errors() const { return m_errors; }

    // Where the site's posts live: contentDir (default "content") and every
    // language's own contentDir, relative to the site's root as written.
    QStringList contentDirs() const;
    // The same for staticDir, which may also be a list.
    QStringList staticDirs() const;

private:
    QStringList dirsSetting(const QString &key, const QString &fallback) const;

    QString m_path;
    QVariantMap m_values;
    QStringList m_errors;
};

} // namespace Postwright
