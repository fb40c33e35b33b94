#pragma once
// A static site on disk (Hugo or Jekyll) found from any file or folder in it:
// its root, its content and static folders and its posts. A post outside any
// site is a Site of kind None rooted at the post's folder.

#include "markupsettings.h"
#include "postinfo.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Postwright {

enum class SiteKind { None, Hugo, Jekyll };

QString siteKindName(SiteKind kind);

class Site
{
public:
    // Walks up from path (a file or a folder) to the first folder that holds a
    // Hugo or Jekyll configuration.
    static Site detect(const QString &path);
    // The newest post of the site a folder belongs to (what opening a site's
    // folder opens); empty when it has none.
    static QString newestPostIn(const QString &folder);

    SiteKind kind() const { return m_kind; }
    QString rootPath() const { return m_root; }
    QString configPath() const { return m_config; }
    QStringList contentDirs() const { return m_contentDirs; }
    QStringList staticDirs() const { return m_staticDirs; }
    // Names of the shortcodes the site and its themes define.
    QStringList shortcodeNames() const { return m_shortcodes; }
    QStringList layoutNames() const { return m_layouts; }
    // Whether the site or a theme has a blockquote render hook (Hugo 0.132
    // and later hand it GitHub's alert types); without one, Hugo writes
    // "> [!NOTE]" as a plain quote.
    bool hasBlockquoteHook() const { return m_blockquoteHook; }
    QString archetypesDir() const { return m_archetypesDir; }
    // How the site's publisher renders Markdown: the Hugo configuration's
    // markup settings, kramdown's defaults for Jekyll, see MarkupSettings::outsideSite.
    const MarkupSettings &markup() const { return m_markup; }

    // Every Markdown post below the content folders, newest first (by the front
    // matter date, then by path). Only text files: a binary file with a
    // Markdown name is no post.
    QList<PostInfo> posts() const;

private:
    void readLayouts();

    SiteKind m_kind = SiteKind::None;
    QString m_root;
    QString m_config;
    QStringList m_contentDirs;
    QStringList m_staticDirs;
    QStringList m_shortcodes;
    QStringList m_layouts;
    QString m_archetypesDir;
    MarkupSettings m_markup = MarkupSettings::outsideSite();
    bool m_blockquoteHook = false;
};

// The post at path as the list shows it; nullopt when the file cannot be read
// or is not text (PostFile's rule on its first bytes).
std::optional<PostInfo> readPostInfo(const QString &path);

} // namespace Postwright
