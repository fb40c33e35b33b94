#include "shortcodetag.h"

namespace Postwright {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isParamNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Past the quoted value opening at i ('"' or '`'), or -1 when unclosed before limit.
qsizetype skipQuoted(QByteArrayView text, qsizetype i, qsizetype limit)
{
    const char quote = text[i];
    for (qsizetype j = i + 1; j < limit; ++j) {
        if (quote == '"' && text[j] == '\\' && j + 1 < limit && text[j + 1] == '"')
            ++j;
        else if (text[j] == quote)
            return j + 1;
    }
    return -1;
}

} // namespace

QByteArray ShortcodeTag::shown() const
{
    return "{{" + QByteArray(1, delimiter) + comment.toByteArray() + (delimiter == '<' ? ">}}" : "%}}");
}

bool ShortcodeTag::isNameCharacter(char c)
{
    return isParamNameCharacter(c) || c == '/' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

qsizetype ShortcodeTag::parse(QByteArrayView text, qsizetype at, qsizetype limit, ShortcodeTag *tag)
{
    limit = qMin(limit, text.size());
    if (at + 3 > limit || text[at] != '{' || text[at + 1] != '{' || (text[at + 2] != '<' && text[at + 2] != '%'))
        return -1;
    ShortcodeTag t;
    t.delimiter = text[at + 2];
    const char closer0 = t.delimiter == '<' ? '>' : '%';
    auto closerAt = [&](qsizetype j) {
        return j + 2 < limit && text[j] == closer0 && text[j + 1] == '}' && text[j + 2] == '}';
    };
    qsizetype j = at + 3;
    while (j < limit && isSpace(text[j]))
        ++j;
    if (j + 1 < limit && text[j] == '/' && text[j + 1] == '*') {
        // {{</* anything */>}}: the first "*/" followed by the closer ends it.
        for (qsizetype k = j + 2; k + 1 < limit; ++k) {
            if (text[k] != '*' || text[k + 1] != '/')
                continue;
            qsizetype c = k + 2;
            while (c < limit && isSpace(text[c]))
                ++c;
            if (!closerAt(c))
                continue;
            t.escaped = true;
            t.comment = text.sliced(j + 2, k - j - 2);
            if (tag)
                *tag = std::move(t);
            return c + 3;
        }
        return -1;
    }
    if (j < limit && text[j] == '/') {
        t.closing = true;
        ++j;
        while (j < limit && isSpace(text[j]))
            ++j;
    }
    const qsizetype nameStart = j;
    while (j < limit && isNameCharacter(text[j]) && !(text[j] == '/' && closerAt(j + 1)))
        ++j;
    if (j == nameStart)
        return -1;
    t.name = text.sliced(nameStart, j - nameStart);
    const qsizetype paramStart = j;
    while (j < limit) {
        const char c = text[j];
        if (c == '"' || c == '`') {
            j = skipQuoted(text, j, limit);
            if (j < 0)
                return -1;
            continue;
        }
        if (closerAt(j))
            break;
        ++j;
    }
    if (j >= limit)
        return -1;
    QByteArrayView params = text.sliced(paramStart, j - paramStart).trimmed();
    if (params.endsWith('/')) {
        t.selfClosing = true;
        params.chop(1);
    }
    t.paramText = params.trimmed();
    if (tag)
        *tag = std::move(t);
    return j + 3;
}

QList<ShortcodeParam> ShortcodeTag::parseParams(QByteArrayView text)
{
    QList<ShortcodeParam> params;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto readValue = [&]() -> QByteArray {
        if (i < n && (text[i] == '"' || text[i] == '`')) {
            const char quote = text[i];
            qsizetype end = skipQuoted(text, i, n);
            const bool closed = end >= 0;
            if (!closed)
                end = n;
            QByteArray value = text.sliced(i + 1, end - i - (closed ? 2 : 1)).toByteArray();
            if (quote == '"')
                value.replace("\\\"", "\"");
            i = end;
            return value;
        }
        const qsizetype start = i;
        while (i < n && !isSpace(text[i]))
            ++i;
        return text.sliced(start, i - start).toByteArray();
    };
    while (true) {
        while (i < n && isSpace(text[i]))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && isParamNameCharacter(text[i]))
            ++i;
        if (i > start && i < n && text[i] == '=') {
            ShortcodeParam p;
            p.name = text.sliced(start, i - start).toByteArray();
            ++i;
            p.value = readValue();
            params.append(std::move(p));
        } else {
            i = start;
            params.append(ShortcodeParam{{}, readValue()});
        }
    }
    return params;
}

QByteArray ShortcodeTag::value(const QList<ShortcodeParam> &params, QByteArrayView name, int position)
{
    int positional = 0;
    for (const ShortcodeParam &p : params) {
        if (p.name.isEmpty()) {
            if (positional++ == position)
                return p.value;
        } else if (p.name == name) {
            return p.value;
        }
    }
    return {};
}

} // namespace Postwright
