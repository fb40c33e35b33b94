#pragma once
// Finds the front matter block at the top of a post (YAML ---, TOML +++ or a
// JSON object) and where the body starts, without parsing the block.

#include <QByteArrayView>
#include <QString>

namespace Postwright {

enum class FrontMatterFormat { None, Yaml, Toml, Json };

QString frontMatterFormatName(FrontMatterFormat format);

// Why text that opens like front matter is read as the post's body instead.
enum class FrontMatterNotice {
    None,
    Unclosed, // "---" or "+++" (or a JSON object) without its closing line
    NotAMap,  // a closed block that holds no key: "---", "Foo", "---" is a rule and a heading
};

struct FrontMatterBlock
{
    FrontMatterFormat format = FrontMatterFormat::None;
    qsizetype contentStart = 0; // first byte inside the delimiters
    qsizetype contentEnd = 0;   // one past the last byte inside the delimiters
    qsizetype bodyOffset = 0;   // first byte after the closing delimiter line
    int bodyLine = 1;           // 1-based line of bodyOffset in the file
    bool terminated = true;     // false: an opening delimiter without a closing one (format is then None)
    FrontMatterNotice notice = FrontMatterNotice::None;

    bool exists() const { return format != FrontMatterFormat::None; }
    QByteArrayView content(QByteArrayView text) const
    {
        return text.sliced(contentStart, contentEnd - contentStart);
    }

    // text is the whole file as bytes; a UTF-8 BOM before the block is allowed.
    // The one rule of what front matter is, for the renderer, export, the
    // form, meta, set and lint alike: a closed block at the top that holds a
    // map of keys ("key:" in YAML, "key =" or a [table] in TOML, any JSON
    // object), or nothing but blank lines and comments (an empty map, as
    // Hugo reads it). Anything else that opens like front matter is body
    // text, and notice says why (Hugo refuses such a post: noticeText()).
    static FrontMatterBlock locate(QByteArrayView text);

    // What to tell the user about notice, for a warning; empty without one.
    QString noticeText() const;
};

} // namespace Postwright
