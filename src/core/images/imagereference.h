#pragma once
// How a post refers to an image: the reference the inserter writes, in one of
// the styles a blogger uses (Markdown, an HTML <img>, Hugo's figure shortcode,
// or the site's own template), and the references a post already holds, for
// the Images list.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Postwright {

enum class SiteKind;
struct LexedImage;

enum class ImageReferenceStyle { Markdown, Html, Figure, Template };

// "markdown", "html", "figure", "template" and back (case-insensitive).
QString imageReferenceStyleName(ImageReferenceStyle style);
std::optional<ImageReferenceStyle> imageReferenceStyleFromName(QStringView name);

struct ImageReferenceFields
{
    QString src; // as the post links it: "/images/summit/chart.png", "chart.png"
    QString alt;
    QString title;
    QString caption;
    QString cssClass; // "responsive"; several separated by spaces
    int width = 0;    // 0: not written
    int height = 0;   // 0: not written (only templates and HTML use it)
};

// An image reference found in a post's text.
struct FoundImageReference
{
    enum Kind { Markdown, Html, Figure };
    Kind kind = Markdown;
    int line = 0;         // 1-based line of its start
    qsizetype start = 0;  // offset of its first character in the text (UTF-16)
    qsizetype length = 0; // of the whole reference: "![a](b)", "<img ...>", "{{< figure ... >}}"
    QString src;          // as written, entities and escapes decoded
    QString alt;
};

class ImageReference
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ImageReference)
public:
    // The text to insert for fields in style:
    //   Markdown  ![alt](src "title")         (class, caption and width have no place: dropped)
    //   Html      <img class="responsive" src="..." alt="..." title="..." width="...">
    //   Figure    Hugo: {{< figure src="..." alt="..." caption="..." class="..." >}}
    //             (alt always, as in <img>);
    //             elsewhere an HTML <figure> with <img> and <figcaption>
    //   Template  templateText with {src} {alt} {title} {caption} {class} {width}
    //             {height} replaced (values escaped for an HTML attribute, as
    //             templates are HTML as a rule; an unset number is empty)
    // Values are escaped for where they land: Markdown brackets and quotes,
    // HTML attributes, shortcode quotes. Never contains a newline: line
    // breaks in values and in templateText become spaces.
    static QString format(ImageReferenceStyle style, const ImageReferenceFields &fields, SiteKind siteKind,
                          const QString &templateText = {});

    // Every image reference in text (a whole post, front matter included or
    // not), in order of position. References inside fenced or indented code
    // blocks, inline code and HTML comments are not references and are skipped.
    // Read by the post lexer, whose rules they follow.
    static QList<FoundImageReference> find(const QString &text);
    // The references the lexer found in the UTF-8 text, decoded.
    static QList<FoundImageReference> found(QByteArrayView utf8, const QList<LexedImage> &images);

    // The default style for a site kind: Hugo figure, Jekyll and no site Markdown.
    static ImageReferenceStyle defaultStyle(SiteKind siteKind);
};

} // namespace Postwright
