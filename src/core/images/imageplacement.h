#pragma once
// Where a post's images are stored and how the post links them. A Hugo page
// bundle (the post is index.md in its own folder) keeps them beside the post,
// linked relatively; other Hugo posts use static/images/<slug>/, linked as
// /images/<slug>/<file>; Jekyll uses assets/images/<slug>/, linked as
// /assets/images/<slug>/<file>; a post outside any site uses images/ beside
// it. A site changes the folder, the reference style and the class in
// .postwright/images.yaml:
//   folder: static/img/{slug}    # below the site root; {slug} {year} {month}
//   style: html                  # markdown, html, figure, template
//   class: responsive
//   template: '<img src="{src}" alt="{alt}" loading="lazy">'

#include "images/imagereference.h"
#include "site/site.h"

#include <QCoreApplication>
#include <QString>

namespace Postwright {

struct ImagePlacement
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ImagePlacement)
public:
    Site site;         // the post's site, as detected (kind, static folders)
    QString siteRoot;  // canonical; no image is ever written outside it
    QString postPath;  // absolute; empty for an untitled post (then nothing can be placed)
    QString folder;    // absolute, clean path of the folder images go to (may not exist yet)
    QString slug;      // the post's slug, as used in the folder
    bool pageBundle = false;
    ImageReferenceStyle style = ImageReferenceStyle::Markdown;
    QString cssClass;     // the site's default class for HTML and figure references
    QString templateText; // for ImageReferenceStyle::Template
    QString error;        // .postwright/images.yaml was unreadable or named a folder outside the site: defaults used

    // The placement for the post at postPath (its current text is postText,
    // for the slug and date in the front matter) in site. The slug is the
    // front matter's, else the file's base name (a bundle's folder name;
    // Jekyll's without its YYYY-MM-DD- prefix), made one safe segment
    // ("my-post", never empty). {year} and {month} come from the front
    // matter's date, else a Jekyll file name's, else today. A page bundle
    // ignores the site's folder pattern: its images belong beside index.md.
    static ImagePlacement forPost(const Site &site, const QString &postPath, const QByteArray &postText);

    // How the post links a file stored at storedPath (absolute): relative to
    // the post when it sits in the post's folder or below (bundles, no site),
    // "/" + its path below a Hugo static folder or the Jekyll site root.
    // Empty with *error set when the site would not publish that folder (Hugo's
    // assets/, a Jekyll folder starting with "_") or it is outside the site.
    QString linkFor(const QString &storedPath, QString *error = nullptr) const;

    // Whether folder (absolute; existing parts resolved through links) lies in
    // the site root. Folders the user edits in the dialog are checked with it.
    bool isInsideSite(const QString &folder) const;

    // Why an untitled post (no postPath) cannot take images yet.
    static QString unsavedPostMessage();

    // The .postwright/images.yaml of a site root.
    static QString settingsPath(const QString &siteRoot);
    // Writes the style (and class) as the site's choice into settingsPath,
    // keeping the file's other lines and comments: only the top-level style:
    // and class: lines are replaced or added. An empty cssClass leaves the
    // class line as it is. *error says why not.
    static bool rememberStyle(const QString &siteRoot, ImageReferenceStyle style, const QString &cssClass,
                              QString *error = nullptr);
};

} // namespace Postwright
