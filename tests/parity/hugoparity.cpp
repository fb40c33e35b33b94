#include "hugoparity.h"

#include "markdown/markdownrenderer.h"

#include <cmark-gfm.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace Postwright::HugoParity {

namespace {

// ---------------------------------------------------------------- the tree

struct Node
{
    enum Type { Element, Text, Comment, Other };
    explicit Node(Type t = Element, QByteArray n = {})
        : type(t)
        , name(std::move(n))
    {
    }
    Type type = Element;
    QByteArray name;                                   // lower case, elements only
    QList<std::pair<QByteArray, QByteArray>> attributes; // values decoded
    QByteArray text; // Text: decoded; Comment, Other: as written
    bool leaf = false; // a void element, "/>", or a start tag never closed
    bool raw = false;  // text of <script> or <style>, not decoded
    std::vector<Node> children;

    QByteArray attribute(const QByteArray &key) const
    {
        for (const auto &[k, v] : attributes)
            if (k == key)
                return v;
        return {};
    }
    bool hasClass(const QByteArray &cls) const
    {
        const QList<QByteArray> classes = attribute("class").simplified().split(' ');
        return classes.contains(cls);
    }
};

bool isVoid(const QByteArray &name)
{
    static const QSet<QByteArray> names = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                           "link", "meta", "source", "track", "wbr"};
    return names.contains(name);
}

bool isBlockLevel(const QByteArray &name)
{
    static const QSet<QByteArray> names = {
        "#root", "address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "ul", "caption", "colgroup", "col"};
    return names.contains(name);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isBlank(const QByteArray &text)
{
    return std::all_of(text.begin(), text.end(), isSpace);
}

// ---------------------------------------------------------- references

// A named reference's character, asked of cmark-gfm, which knows HTML5's
// whole table; empty when the name is not one.
QByteArray namedReference(const QByteArray &name)
{
    static std::mutex mutex;
    static QHash<QByteArray, QByteArray> cache;
    std::lock_guard lock(mutex);
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    const QByteArray source = '&' + name + ';';
    char *rendered = cmark_markdown_to_html(source.constData(), size_t(source.size()), CMARK_OPT_DEFAULT);
    QByteArray html(rendered);
    free(rendered);
    QByteArray value;
    if (html.startsWith("<p>") && html.endsWith("</p>\n")) {
        value = html.mid(3, html.size() - 8);
        if (value == "&amp;" + name + ';')
            value.clear(); // not a reference: cmark kept it as text
        else if (value == "&quot;")
            value = "\"";
        else if (value == "&amp;")
            value = "&";
        else if (value == "&lt;")
            value = "<";
        else if (value == "&gt;")
            value = ">";
    }
    cache.insert(name, value);
    return value;
}

void appendCodePoint(QByteArray &out, char32_t c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    out += QString::fromUcs4(&c, 1).toUtf8();
}

// Every character reference replaced by its character.
QByteArray decodeReferences(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] != '&') {
            out += text[i++];
            continue;
        }
        const qsizetype semicolon = text.indexOf(';', i);
        if (semicolon > i + 1 && semicolon - i <= 40) {
            const QByteArrayView body = text.sliced(i + 1, semicolon - i - 1);
            if (body.startsWith('#')) {
                bool ok = false;
                const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
                const uint code = body.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
                if (ok) {
                    appendCodePoint(out, char32_t(code));
                    i = semicolon + 1;
                    continue;
                }
            } else if (std::all_of(body.begin(), body.end(), [](char c) { return std::isalnum((unsigned char)c); })) {
                const QByteArray value = namedReference(body.toByteArray());
                if (!value.isEmpty()) {
                    out += value;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

QByteArray escapeText(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        default: out += c;
        }
    }
    return out;
}

QByteArray escapeAttribute(const QByteArray &text)
{
    QByteArray out = escapeText(text);
    out.replace('"', "&quot;");
    return out;
}

// -------------------------------------------------------------- parsing

class Parser
{
public:
    explicit Parser(const QByteArray &html)
        : m_html(html)
    {
    }

    Node parse()
    {
        m_stack.clear();
        m_stack.push_back(Node{Node::Element, "#root"});
        qsizetype text = 0; // start of the pending text
        for (qsizetype i = 0; i < m_html.size();) {
            if (m_html[i] != '<') {
                ++i;
                continue;
            }
            const qsizetype start = i;
            qsizetype end = -1;
            Node node;
            bool closing = false;
            if (m_html.sliced(i).startsWith("<!--")) {
                const qsizetype close = m_html.indexOf("-->", i + 4);
                end = close < 0 ? m_html.size() : close + 3;
                node.type = Node::Comment;
                node.text = m_html.sliced(i + 4, (close < 0 ? m_html.size() : close) - i - 4).toByteArray();
                node.leaf = true;
            } else if (i + 1 < m_html.size() && (m_html[i + 1] == '!' || m_html[i + 1] == '?')) {
                const qsizetype close = m_html.indexOf('>', i);
                end = close < 0 ? m_html.size() : close + 1;
                node.type = Node::Other;
                node.text = m_html.sliced(i, end - i).toByteArray();
                node.leaf = true;
            } else if (i + 1 < m_html.size() && m_html[i + 1] == '/' && i + 2 < m_html.size()
                       && std::isalpha((unsigned char)m_html[i + 2])) {
                const qsizetype close = m_html.indexOf('>', i);
                if (close >= 0) {
                    end = close + 1;
                    node.name = m_html.sliced(i + 2, close - i - 2).trimmed().toByteArray().toLower();
                    closing = true;
                }
            } else if (i + 1 < m_html.size() && std::isalpha((unsigned char)m_html[i + 1])) {
                end = readStartTag(i, node);
            }
            if (end < 0) { // a '<' that starts no tag is text
                ++i;
                continue;
            }
            flushText(text, start);
            i = text = end;
            if (closing) {
                closeElement(node.name);
            } else if (node.type == Node::Element && !node.leaf) {
                if (node.name == "script" || node.name == "style") {
                    const qsizetype close = m_html.indexOf("</" + node.name, i);
                    const qsizetype stop = close < 0 ? m_html.size() : close;
                    Node content{Node::Text};
                    content.text = m_html.sliced(i, stop - i).toByteArray();
                    content.raw = true;
                    node.children.push_back(std::move(content));
                    i = text = stop;
                }
                m_stack.push_back(std::move(node));
            } else {
                m_stack.back().children.push_back(std::move(node));
            }
        }
        flushText(text, m_html.size());
        while (m_stack.size() > 1)
            popUnclosed();
        return std::move(m_stack.front());
    }

private:
    // Reads <name attr=value ...> at pos into node; returns the end, or -1.
    qsizetype readStartTag(qsizetype pos, Node &node)
    {
        qsizetype i = pos + 1;
        while (i < m_html.size() && (std::isalnum((unsigned char)m_html[i]) || m_html[i] == '-' || m_html[i] == ':'))
            ++i;
        node.type = Node::Element;
        node.name = m_html.sliced(pos + 1, i - pos - 1).toByteArray().toLower();
        while (i < m_html.size()) {
            while (i < m_html.size() && isSpace(m_html[i]))
                ++i;
            if (i >= m_html.size())
                return -1;
            if (m_html[i] == '>') {
                node.leaf = node.leaf || isVoid(node.name);
                return i + 1;
            }
            if (m_html.sliced(i).startsWith("/>")) {
                node.leaf = true;
                return i + 2;
            }
            const qsizetype nameStart = i;
            while (i < m_html.size() && !isSpace(m_html[i]) && m_html[i] != '=' && m_html[i] != '>'
                   && !(m_html[i] == '/' && i + 1 < m_html.size() && m_html[i + 1] == '>'))
                ++i;
            if (i == nameStart) { // a stray '/'
                ++i;
                continue;
            }
            const QByteArray name = m_html.sliced(nameStart, i - nameStart).toByteArray().toLower();
            qsizetype j = i;
            while (j < m_html.size() && isSpace(m_html[j]))
                ++j;
            QByteArray value;
            if (j < m_html.size() && m_html[j] == '=') {
                ++j;
                while (j < m_html.size() && isSpace(m_html[j]))
                    ++j;
                if (j < m_html.size() && (m_html[j] == '"' || m_html[j] == '\'')) {
                    const qsizetype close = m_html.indexOf(m_html[j], j + 1);
                    if (close < 0)
                        return -1;
                    value = m_html.sliced(j + 1, close - j - 1).toByteArray();
                    i = close + 1;
                } else {
                    const qsizetype valueStart = j;
                    while (j < m_html.size() && !isSpace(m_html[j]) && m_html[j] != '>')
                        ++j;
                    value = m_html.sliced(valueStart, j - valueStart).toByteArray();
                    i = j;
                }
            }
            node.attributes.append({name, decodeReferences(value)});
        }
        return -1;
    }

    void flushText(qsizetype from, qsizetype to)
    {
        if (to <= from)
            return;
        Node text{Node::Text};
        text.text = decodeReferences(m_html.sliced(from, to - from));
        m_stack.back().children.push_back(std::move(text));
    }

    void closeElement(const QByteArray &name)
    {
        for (qsizetype k = qsizetype(m_stack.size()) - 1; k > 0; --k) {
            if (m_stack[k].name != name)
                continue;
            while (qsizetype(m_stack.size()) - 1 > k)
                popUnclosed();
            Node done = std::move(m_stack.back());
            m_stack.pop_back();
            m_stack.back().children.push_back(std::move(done));
            return;
        }
        // An end tag nothing opened (raw HTML split across blocks) stays as it is.
        Node stray{Node::Other};
        stray.text = "</" + name + '>';
        stray.leaf = true;
        m_stack.back().children.push_back(std::move(stray));
    }

    // A start tag never closed becomes a leaf; what followed it goes back to
    // its parent, so one unclosed <div> does not swallow the rest of the body.
    void popUnclosed()
    {
        Node open = std::move(m_stack.back());
        m_stack.pop_back();
        std::vector<Node> children = std::move(open.children);
        open.children.clear();
        open.leaf = true;
        Node &parent = m_stack.back();
        parent.children.push_back(std::move(open));
        for (Node &child : children)
            parent.children.push_back(std::move(child));
    }

    QByteArrayView m_html;
    std::vector<Node> m_stack;
};

// ------------------------------------------------------- normalisation

QByteArray textContent(const Node &node, bool skipLineNumbers = false)
{
    if (node.type == Node::Text)
        return node.text;
    if (node.type != Node::Element)
        return {};
    if (skipLineNumbers && (node.hasClass("ln") || node.hasClass("lnt")))
        return {};
    QByteArray text;
    for (const Node &child : node.children)
        text += textContent(child, skipLineNumbers);
    return text;
}

void collect(const Node &node, const QByteArray &name, std::vector<const Node *> &found)
{
    if (node.type != Node::Element)
        return;
    if (node.name == name)
        found.push_back(&node);
    for (const Node &child : node.children)
        collect(child, name, found);
}

bool isCodeBlock(const Node &node)
{
    if (node.type != Node::Element || node.leaf)
        return false;
    if (node.name == "pre")
        return true;
    // Chroma's wrapper: <div class="highlight"><pre>... or a line-number table.
    if (node.name == "div" && node.hasClass("highlight")) {
        std::vector<const Node *> pres;
        collect(node, "pre", pres);
        return !pres.empty();
    }
    return false;
}

// A code block as its language and plain text: highlighting (Chroma's inline
// styles, KSyntaxHighlighting's spans), wrappers, line numbers and the final
// line break are not compared.
QByteArray normaliseCodeBlock(const Node &node)
{
    std::vector<const Node *> pres, codes;
    collect(node, "pre", pres);
    collect(node, "code", codes);
    QByteArray language;
    for (const Node *code : codes) {
        language = code->attribute("data-lang");
        if (language.isEmpty())
            for (const QByteArray &cls : code->attribute("class").simplified().split(' '))
                if (cls.startsWith("language-"))
                    language = cls.mid(9);
        if (!language.isEmpty())
            break;
    }
    QByteArray text = textContent(*pres.back(), true);
    if (text.endsWith('\n'))
        text.chop(1);
    QByteArray html = "<pre><code";
    if (!language.isEmpty())
        html += " class=\"language-" + escapeAttribute(language) + '"';
    return html + '>' + escapeText(text) + "</code></pre>";
}

QByteArray startTag(const Node &node)
{
    auto attributes = node.attributes;
    // Postwright's scroll-sync lines are not content.
    attributes.removeIf([](const auto &a) { return a.first == "data-line"; });
    std::stable_sort(attributes.begin(), attributes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray html = '<' + node.name;
    for (const auto &[name, value] : attributes)
        html += ' ' + name + "=\"" + escapeAttribute(value) + '"';
    return html + '>';
}

QByteArray serialise(const Node &node);

QByteArray serialiseChildren(const Node &node)
{
    const bool block = isBlockLevel(node.name);
    const auto &children = node.children;
    auto blockElement = [&](qsizetype k) {
        return k >= 0 && k < qsizetype(children.size()) && children[k].type == Node::Element
               && isBlockLevel(children[k].name);
    };
    // Whitespace is not compared between blocks and at a block's start and end.
    std::vector<QByteArray> parts;
    std::vector<bool> isText;
    for (qsizetype k = 0; k < qsizetype(children.size()); ++k) {
        const Node &child = children[k];
        if (child.type == Node::Text && !child.raw) {
            QByteArray text = child.text;
            const bool first = k == 0, last = k == qsizetype(children.size()) - 1;
            if ((block && first) || blockElement(k - 1))
                while (!text.isEmpty() && isSpace(text.front()))
                    text.remove(0, 1);
            if ((block && last) || blockElement(k + 1))
                while (!text.isEmpty() && isSpace(text.back()))
                    text.chop(1);
            if (!text.isEmpty())
                parts.push_back(escapeText(text));
        } else if (child.type == Node::Text) {
            parts.push_back(child.text);
        } else {
            parts.push_back(serialise(child));
        }
    }
    QByteArray html;
    for (const QByteArray &part : parts)
        html += part;
    return html;
}

QByteArray serialise(const Node &node)
{
    switch (node.type) {
    case Node::Text: return node.raw ? node.text : escapeText(node.text);
    case Node::Comment: return "<!--" + node.text + "-->";
    case Node::Other: return node.text;
    case Node::Element: break;
    }
    if (isCodeBlock(node))
        return normaliseCodeBlock(node);
    QByteArray html = startTag(node);
    if (node.leaf)
        return html;
    return html + serialiseChildren(node) + "</" + node.name + '>';
}

// For a block without text (an image, a rule): the first src, href, id or
// class in it.
QByteArray firstAttribute(const Node &node)
{
    for (const char *attribute : {"src", "href", "id", "class"})
        if (QByteArray value = node.attribute(attribute); !value.isEmpty())
            return value;
    for (const Node &child : node.children)
        if (QByteArray value = child.type == Node::Element ? firstAttribute(child) : QByteArray(); !value.isEmpty())
            return value;
    return {};
}

QString blockKey(const Node &node)
{
    QString label;
    QByteArray text;
    switch (node.type) {
    case Node::Text: label = QStringLiteral("text"); text = node.text; break;
    case Node::Comment: label = QStringLiteral("comment"); text = node.text; break;
    case Node::Other: label = QStringLiteral("markup"); text = node.text; break;
    case Node::Element:
        label = QString::fromUtf8(node.name);
        text = isCodeBlock(node) ? textContent(node, true) : textContent(node);
        if (isBlank(text))
            text = firstAttribute(node);
        break;
    }
    const QString words = QString::fromUtf8(text).simplified();
    return words.isEmpty() ? label : label + QStringLiteral(": ") + words.left(40).trimmed();
}

// Shared words over all words of the two blocks' text, below 1.
double similarity(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0.5;
    const QSet<QString> sa(a.begin(), a.end()), sb(b.begin(), b.end());
    return 0.99 * double(QSet<QString>(sa).intersect(sb).size()) / double(QSet<QString>(sa).unite(sb).size());
}

int diffPosition(const QByteArray &a, const QByteArray &b)
{
    int k = 0;
    while (k < a.size() && k < b.size() && a[k] == b[k])
        ++k;
    return k;
}

QString excerpt(const QByteArray &html, int at)
{
    const int from = std::max(0, at - 60);
    QString text = QString::fromUtf8(html.mid(from, at - from + 120));
    text.replace(u'\n', QStringLiteral("\\n"));
    return (from > 0 ? QStringLiteral("...") : QString()) + text + (at - from + 120 < html.size() - from ? QStringLiteral("...") : QString());
}

} // namespace

QList<Block> splitBlocks(const QByteArray &html)
{
    const Node root = Parser(html).parse();
    QList<Block> blocks;
    QHash<QString, int> seen;
    for (const Node &child : root.children) {
        if (child.type == Node::Text && isBlank(child.text))
            continue;
        Block block;
        if (child.type == Node::Text)
            block.html = escapeText(child.text.trimmed());
        else
            block.html = serialise(child);
        block.key = blockKey(child);
        block.tag = child.type == Node::Element ? QString::fromUtf8(child.name) : block.key.section(u':', 0, 0);
        block.words = QString::fromUtf8(textContent(child)).split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
        if (const int n = ++seen[block.key]; n > 1)
            block.key += QStringLiteral(" #%1").arg(n);
        blocks.append(block);
    }
    return blocks;
}

QString BlockDifference::describe() const
{
    const int at = diffPosition(hugo, actual);
    QString text;
    switch (kind) {
    case Changed: text = QStringLiteral("changed  [%1]\n").arg(key); break;
    case Missing: text = QStringLiteral("missing  [%1] (Hugo has it, Postwright not)\n").arg(key); break;
    case Extra: text = QStringLiteral("extra    [%1] (Postwright has it, Hugo not)\n").arg(key); break;
    }
    if (kind != Extra)
        text += QStringLiteral("  hugo:       ") + excerpt(hugo, at) + u'\n';
    if (kind != Missing)
        text += QStringLiteral("  postwright: ") + excerpt(actual, at) + u'\n';
    return text;
}

PostComparison compare(const QString &post, const QByteArray &hugoHtml, const QByteArray &postwrightHtml)
{
    const QList<Block> a = splitBlocks(hugoHtml);
    const QList<Block> b = splitBlocks(postwrightHtml);
    const qsizetype n = a.size(), m = b.size();
    // lcs[i][j]: the longest run of equal blocks in a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i].html == b[j].html ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);

    PostComparison result;
    result.post = post;
    QList<qsizetype> gapA, gapB;
    // An unequal run between two equal blocks: blocks of the same element are
    // paired as changed, the most similar pairs first (an alignment weighted
    // by shared words, so a block pairs with its counterpart rather than
    // with its neighbour); the rest are missing or extra.
    auto flushGap = [&] {
        const qsizetype p = gapA.size(), q = gapB.size();
        auto score = [&](qsizetype x, qsizetype y) {
            const Block &ba = a[gapA[x]], &bb = b[gapB[y]];
            return ba.tag == bb.tag ? 0.01 + similarity(ba.words, bb.words) : -1.0;
        };
        std::vector<std::vector<double>> best(p + 1, std::vector<double>(q + 1, 0.0));
        for (qsizetype x = p - 1; x >= 0; --x)
            for (qsizetype y = q - 1; y >= 0; --y) {
                best[x][y] = std::max(best[x + 1][y], best[x][y + 1]);
                if (const double s = score(x, y); s > 0)
                    best[x][y] = std::max(best[x][y], s + best[x + 1][y + 1]);
            }
        int places = 0;
        for (qsizetype x = 0, y = 0; x < p || y < q; ++places) {
            if (x < p && y < q && score(x, y) > 0 && best[x][y] == score(x, y) + best[x + 1][y + 1]) {
                const Block &ba = a[gapA[x++]], &bb = b[gapB[y++]];
                result.differences.append({BlockDifference::Changed, ba.key, ba.html, bb.html});
            } else if (y >= q || (x < p && best[x][y] == best[x + 1][y])) {
                const Block &ba = a[gapA[x++]];
                result.differences.append({BlockDifference::Missing, ba.key, ba.html, {}});
            } else {
                const Block &bb = b[gapB[y++]];
                result.differences.append({BlockDifference::Extra, u'+' + bb.key, {}, bb.html});
            }
        }
        result.total += places;
        gapA.clear();
        gapB.clear();
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i].html == b[j].html) {
            flushGap();
            ++result.equal;
            ++result.total;
            ++i;
            ++j;
        } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
            gapA.append(i++);
        } else {
            gapB.append(j++);
        }
    }
    flushGap();
    return result;
}

QList<CorpusPost> corpusPosts(const QString &corpusDir, const QString &examplesSite, const QString &expectedDir)
{
    QList<std::pair<QString, QString>> sites; // name, folder
    const QDir corpus(corpusDir);
    for (const QString &name : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFileInfo::exists(corpus.filePath(name + QStringLiteral("/hugo.toml"))))
            sites.append({name, corpus.filePath(name)});
    if (!examplesSite.isEmpty())
        sites.append({QStringLiteral("examples"), examplesSite});
    QList<CorpusPost> posts;
    for (const auto &[site, folder] : sites) {
        const QDir dir(folder + QStringLiteral("/content/posts"));
        for (const QString &file : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            CorpusPost post;
            post.site = site;
            post.name = QFileInfo(file).completeBaseName();
            post.markdownPath = dir.filePath(file);
            post.expectedPath = QDir(expectedDir).filePath(site + u'/' + post.name + QStringLiteral(".html"));
            posts.append(post);
        }
    }
    return posts;
}

QByteArray renderWithPostwright(const CorpusPost &post)
{
    QFile file(post.markdownPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    RenderOptions options;
    options.postPath = post.markdownPath;
    options.sourceLines = true; // as the preview renders
    return MarkdownRenderer().render(file.readAll(), options).html;
}

QList<KnownDifference> readKnownDifferences(const QString &path, QString *error)
{
    QList<KnownDifference> list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return list;
    }
    int lineNumber = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 3 || fields[0].isEmpty() || fields[1].isEmpty() || fields[2].trimmed().isEmpty()) {
            *error = QStringLiteral("%1:%2: want POST<TAB>KEY<TAB>REASON").arg(path).arg(lineNumber);
            continue;
        }
        list.append({QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1]), QString::fromUtf8(fields[2].trimmed())});
    }
    return list;
}

CorpusComparison compareCorpus(const QString &corpusDir, const QString &examplesSite)
{
    CorpusComparison result;
    for (const CorpusPost &post : corpusPosts(corpusDir, examplesSite, corpusDir + QStringLiteral("/expected"))) {
        QFile expected(post.expectedPath);
        if (!expected.open(QIODevice::ReadOnly)) {
            result.errors.append(QStringLiteral("no recorded Hugo output for %1 (%2)").arg(post.id(), post.expectedPath));
            continue;
        }
        PostComparison comparison = compare(post.id(), expected.readAll(), renderWithPostwright(post));
        result.total += comparison.total;
        result.equal += comparison.equal;
        result.posts.append(std::move(comparison));
    }
    return result;
}

} // namespace Postwright::HugoParity
