#pragma once
// Finds the front matter block at the top of a post (YAML ---, TOML +++ or a
// JSON object) and where the body starts, without parsing the block.

#include <QByteArrayView>
#include <QString>

namespace Postwright {

enum class FrontMatterFormat { None, Yaml, Toml, Json };

QString frontMatterFormatName(FrontMatterFormat format);

struct FrontMatterBlock
{
    FrontMatterFormat format = FrontMatterFormat::None;
    qsizetype contentStart = 0; // first byte inside the delimiters
    qsizetype contentEnd = 0;   // one past the last byte inside the delimiters
    qsizetype bodyOffset = 0;   // first byte after the closing delimiter line
    int bodyLine = 1;           // 1-based line of bodyOffset in the file
    bool terminated = true;     // false: an opening delimiter without a closing one

    bool exists() const { return format != FrontMatterFormat::None; }
    QByteArrayView content(QByteArrayView text) const
    {
        return text.sliced(contentStart, contentEnd - contentStart);
    }

    // text is the whole file as bytes; a UTF-8 BOM before the block is allowed.
    static FrontMatterBlock locate(QByteArrayView text);

    // Whether the block holds at least one key ("key:" in YAML, "key =" or a
    // [table] in TOML, any JSON object). A post opening with "---", a line,
    // "---" is Markdown (a rule and a heading) unless it names a key.
    bool hasKeys(QByteArrayView text) const;
};

} // namespace Postwright
