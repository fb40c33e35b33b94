#include "yamlstrictness.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace Postwright {

namespace {

// Something Hugo refuses: where it is (a byte offset in the block) and why.
struct Finding
{
    qsizetype offset = 0;
    QString message;
};

void keepEarliest(std::optional<Finding> &earliest, Finding finding)
{
    if (!earliest || finding.offset < earliest->offset)
        earliest = std::move(finding);
}

// go-yaml reads valid UTF-8 made of tabs, line breaks and printable
// characters, anywhere in the block (comments too); yaml-cpp takes any byte.
std::optional<Finding> forbiddenCharacter(QByteArrayView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const auto lead = uchar(text[i]);
        char32_t code = lead;
        int length = 1;
        if (lead >= 0x80) {
            char32_t least = 0;
            if ((lead & 0xE0) == 0xC0) {
                length = 2, code = lead & 0x1F, least = 0x80;
            } else if ((lead & 0xF0) == 0xE0) {
                length = 3, code = lead & 0x0F, least = 0x800;
            } else if ((lead & 0xF8) == 0xF0) {
                length = 4, code = lead & 0x07, least = 0x10000;
            } else {
                length = 0;
            }
            bool valid = length > 0 && i + length <= size;
            for (int k = 1; valid && k < length; ++k) {
                const auto next = uchar(text[i + k]);
                valid = (next & 0xC0) == 0x80;
                code = (code << 6) | (next & 0x3F);
            }
            if (!valid || code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return Finding{i, QCoreApplication::translate("Postwright::FrontMatter", "The front matter is not valid UTF-8.")};
        }
        const bool printable = code == 0x09 || code == 0x0A || code == 0x0D || (code >= 0x20 && code <= 0x7E)
            || code == 0x85 || (code >= 0xA0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD) || code >= 0x10000;
        if (!printable)
            return Finding{i, QCoreApplication::translate("Postwright::FrontMatter",
                                                          "The front matter holds the control character U+%1, which YAML does not allow.")
                                  .arg(QString::number(uint(code), 16).toUpper().rightJustified(4, u'0'))};
        i += length;
    }
    return {};
}

// From an opening quote: one past its closing quote, or -1 when the block ends
// first (yaml-cpp then reads the rest of the block as the value; go-yaml
// stops at "found unexpected end of stream").
qsizetype quotedEnd(QByteArrayView text, qsizetype open)
{
    const char quote = text[open];
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                ++i; // '' is a quote inside single quotes
            else
                return i + 1;
        }
    }
    return -1;
}

// Whether a scalar tagged with one of YAML's standard types reads as that type
// the way go-yaml resolves it ("!!int ten" is refused, "!!int '3'" is 3).
bool isInteger(QString text)
{
    text.remove(u'_');
    static const QRegularExpression integer(QStringLiteral("^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|([1-9][0-9]*))$"));
    const QRegularExpressionMatch match = integer.match(text);
    if (!match.hasMatch())
        return false;
    if (match.capturedLength(1) == 0)
        return true;
    bool fits = false;
    text.toLongLong(&fits);
    if (!fits && !text.startsWith(u'-'))
        text.toULongLong(&fits);
    return fits;
}

bool isFloat(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"));
    static const QStringList special = {QStringLiteral(".inf"), QStringLiteral(".Inf"), QStringLiteral(".INF"),
                                        QStringLiteral("+.inf"), QStringLiteral("+.Inf"), QStringLiteral("+.INF"),
                                        QStringLiteral("-.inf"), QStringLiteral("-.Inf"), QStringLiteral("-.INF"),
                                        QStringLiteral(".nan"), QStringLiteral(".NaN"), QStringLiteral(".NAN")};
    return isInteger(text) || special.contains(text) || number.match(QString(text).remove(u'_')).hasMatch();
}

bool isBool(const QString &text)
{
    static const QStringList words = {
        QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("YES"),
        QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("NO"),
        QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("false"),
        QStringLiteral("False"), QStringLiteral("FALSE"), QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"),
        QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF")};
    return words.contains(text);
}

// go-yaml's four layouts: 2006-1-2, 2006-1-2T15:4:5.999999999Z07:00 (t too),
// 2006-1-2 15:4:5.999999999.
bool isTimestamp(const QString &text)
{
    static const QRegularExpression timestamp(QStringLiteral(
        "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
        "(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})"
        "| ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?)?$"));
    const QRegularExpressionMatch match = timestamp.match(text);
    if (!match.hasMatch())
        return false;
    if (!QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()).isValid())
        return false;
    const int first = match.capturedLength(4) > 0 ? 4 : 7;
    return match.capturedLength(first) == 0
        || (match.captured(first).toInt() < 24 && match.captured(first + 1).toInt() < 60 && match.captured(first + 2).toInt() < 60);
}

bool isBase64(QString text)
{
    text.remove(u'\n').remove(u'\r');
    static const QRegularExpression base64(QStringLiteral("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"));
    return base64.match(text).hasMatch();
}

// Whether text is what its standard tag (the part after "tag:yaml.org,2002:") says.
bool fitsTag(const std::string &type, const QString &text)
{
    if (type == "int")
        return isInteger(text);
    if (type == "float")
        return isFloat(text);
    if (type == "bool")
        return isBool(text);
    if (type == "timestamp")
        return isTimestamp(text);
    if (type == "binary")
        return isBase64(text);
    return true;
}

enum class NodeKind { Null, Scalar, Sequence, Map };

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// go-yaml's anchor names: ASCII letters, digits, "-" and "_", ended by a blank
// or one of these indicators.
bool isAnchorCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
}

bool endsAnchor(QByteArrayView text, qsizetype at)
{
    return at >= text.size() || isBlank(text[at]) || QByteArrayView("?:,]}%@`").indexOf(text[at]) >= 0;
}

// The characters of a URI, which go-yaml allows in a tag.
bool isTagCharacter(char c)
{
    return isAnchorCharacter(c) || QByteArrayView(";/?:@&=+$,.!~*'()[]%").indexOf(c) >= 0;
}

// Follows yaml-cpp's events for the block's one document, with the bytes
// beside them for what the events leave out (quotes, commas, tabs).
class StrictEvents : public YAML::EventHandler
{
public:
    explicit StrictEvents(QByteArrayView text)
        : m_text(text)
    {
    }

    std::optional<Finding> finding;    // the earliest
    std::vector<qsizetype> quoteOpenings; // every quoted scalar's opening quote, in order

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const qsizetype at = mark.pos;
        const Role role = node(mark, NodeKind::Null);
        remember(anchor, NodeKind::Null);
        if (role.parent && at < m_text.size()) {
            // yaml-cpp reads "[a,, b]" and "{a: 1,, b: 2}" as holding a null;
            // go-yaml finds no node between the commas.
            if (m_text[at] == ',' && role.parent->flow && (role.key || !role.parent->map))
                report(at, QCoreApplication::translate("Postwright::FrontMatter", "There is nothing between these commas."));
            // ": value" in a block map: yaml-cpp takes a null key.
            if (m_text[at] == ':' && role.key && !role.parent->flow)
                report(at, QCoreApplication::translate("Postwright::FrontMatter", "This value has no key."));
            // A line without ":" ending a block map: yaml-cpp reads a key with
            // a null value, at the key's own position; go-yaml wants the ":".
            if (!role.key && role.parent->map && !role.parent->flow && at == role.parent->lastKey && !explicitKey(at))
                report(at, QCoreApplication::translate("Postwright::FrontMatter", "This key has no “:” after it."));
        }
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const qsizetype at = mark.pos;
        const auto known = m_anchors.find(anchor);
        node(mark, known == m_anchors.end() ? NodeKind::Null : known->second, Shape::Alias);
        qsizetype end = at + 1;
        while (end < m_text.size() && isAnchorCharacter(m_text[end]))
            ++end;
        if (end == at + 1 || !endsAnchor(m_text, end))
            reportName(at);
        for (const Frame &frame : m_open) {
            if (frame.anchor == anchor) {
                report(at, QCoreApplication::translate("Postwright::FrontMatter", "The alias %1 is used inside the value it names.")
                               .arg(QString::fromUtf8(m_text.sliced(at, end - at))));
                break;
            }
        }
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        const qsizetype at = mark.pos;
        const Role role = node(mark, NodeKind::Scalar);
        remember(anchor, NodeKind::Scalar);
        checkTagHandle(at, tag);
        const qsizetype start = afterProperties(at);
        if (start < m_text.size() && (m_text[start] == '"' || m_text[start] == '\''))
            quoteOpenings.push_back(start);
        // Inside [ ] or { } go-yaml reads ":" as the value indicator, always.
        if (role.parent && role.parent->flow && start < m_text.size() && m_text[start] == ':')
            report(start, QCoreApplication::translate("Postwright::FrontMatter",
                                                      "Inside [ ] or { }, a value cannot start with “:”; put it in quotes."));
        static const std::string standard = "tag:yaml.org,2002:";
        if (tag.starts_with(standard)) {
            const std::string type = tag.substr(standard.size());
            const QString text = QString::fromStdString(value);
            if (!fitsTag(type, text))
                report(at, QCoreApplication::translate("Postwright::FrontMatter", "“%1” is not a valid !!%2 value.")
                               .arg(text, QString::fromStdString(type)));
        }
        // A plain << (or one tagged !!merge) is a merge key for go-yaml.
        if (role.key && value == "<<" && (tag == "?" || tag == standard + "merge")) {
            role.parent->mergeValueNext = true;
            role.parent->mergeKey = at;
        }
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        const bool flow = style == YAML::EmitterStyle::Flow;
        const Role role = node(mark, NodeKind::Sequence, flow ? Shape::Plain : Shape::BlockSequence);
        remember(anchor, NodeKind::Sequence);
        checkTagHandle(mark.pos, tag);
        Frame frame{false, flow, anchor};
        if (role.mergeValue)
            frame.mergeList = role.parent->mergeKey;
        m_open.push_back(frame);
    }

    void OnSequenceEnd() override
    {
        if (!m_open.empty())
            m_open.pop_back();
    }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        node(mark, NodeKind::Map);
        remember(anchor, NodeKind::Map);
        checkTagHandle(mark.pos, tag);
        m_open.push_back(Frame{true, style == YAML::EmitterStyle::Flow, anchor});
    }

    void OnMapEnd() override
    {
        if (!m_open.empty())
            m_open.pop_back();
    }

private:
    struct Frame
    {
        bool map = false;
        bool flow = false;
        YAML::anchor_t anchor = 0;
        bool nextIsKey = true;       // a map: the next node is a key
        qsizetype lastKey = -1;      // a map: where its latest key is
        int lastKeyLine = -1;        // and its line and (byte) column
        int lastKeyColumn = -1;
        bool mergeValueNext = false; // a map: the key just read is <<
        qsizetype mergeKey = -1;     // where that << is
        qsizetype mergeList = -1;    // a sequence that is a << value: its key
    };

    struct Role
    {
        Frame *parent = nullptr;
        bool key = false;        // a map's key
        bool mergeValue = false; // the value of a << key
    };

    enum class Shape { Plain, Alias, BlockSequence };

    // Every node passes here first: where it stands in its parent, and the
    // checks that depend on that.
    Role node(const YAML::Mark &mark, NodeKind kind, Shape shape = Shape::Plain)
    {
        const qsizetype at = mark.pos;
        if (kind != NodeKind::Null && shape != Shape::Alias)
            checkProperties(at);
        Role role;
        if (m_open.empty())
            return role;
        Frame &parent = m_open.back();
        role.parent = &parent;
        if (parent.map) {
            role.key = parent.nextIsKey;
            parent.nextIsKey = !parent.nextIsKey;
            if (role.key) {
                parent.lastKey = at;
                parent.lastKeyLine = mark.line;
                parent.lastKeyColumn = mark.column;
            } else if (!parent.flow && kind != NodeKind::Null && shape != Shape::BlockSequence && mark.line > parent.lastKeyLine
                       && mark.column <= parent.lastKeyColumn && !explicitKey(parent.lastKey)) {
                // "key:" and the value below it, not indented: yaml-cpp takes
                // it (a quoted, flow or alias value); go-yaml only a "- " list.
                report(at, QCoreApplication::translate("Postwright::FrontMatter", "This value must be indented more than its key."));
            }
        } else if (!parent.flow) {
            tabAfterDash(at);
        }
        // go-yaml merges a map, an alias of one, or a list of those; yaml-cpp
        // keeps << as an ordinary key whatever its value.
        const QString mergeMessage = QCoreApplication::translate("Postwright::FrontMatter",
                                                                 "The merge key << needs a map, an alias of a map, or a list of those.");
        if (parent.map && !role.key && parent.mergeValueNext) {
            parent.mergeValueNext = false;
            role.mergeValue = kind == NodeKind::Sequence && shape != Shape::Alias;
            if (kind != NodeKind::Map && !role.mergeValue)
                report(parent.mergeKey, mergeMessage);
        }
        if (parent.mergeList >= 0 && kind != NodeKind::Map)
            report(parent.mergeList, mergeMessage);
        return role;
    }

    // go-yaml allows only spaces after a block list's dash ("-\titem"
    // and "- \titem" are refused); yaml-cpp takes tabs too.
    void tabAfterDash(qsizetype at)
    {
        qsizetype tab = -1;
        qsizetype i = qMin(at, m_text.size()) - 1;
        for (; i >= 0 && (m_text[i] == ' ' || m_text[i] == '\t'); --i)
            if (m_text[i] == '\t')
                tab = i;
        if (tab >= 0 && i >= 0 && m_text[i] == '-')
            report(tab, QCoreApplication::translate("Postwright::FrontMatter",
                                                    "A tab follows the list item's dash; YAML allows only spaces there."));
    }

    // "!name!suffix" needs a %TAG directive naming the handle, which front
    // matter cannot hold; only ! and !! are known without one.
    void checkTagHandle(qsizetype at, const std::string &tag)
    {
        static const QRegularExpression namedHandle(QStringLiteral("^![0-9A-Za-z-]+!"));
        if (tag.starts_with('!') && namedHandle.match(QString::fromStdString(tag)).hasMatch())
            report(at, QCoreApplication::translate("Postwright::FrontMatter", "The tag %1 uses a handle no %TAG directive defines.")
                           .arg(QString::fromStdString(tag)));
    }

    // Anchors and tags before a node as go-yaml scans them: yaml-cpp also
    // takes "&x.y" and "!--more-->".
    void checkProperties(qsizetype at)
    {
        while (at < m_text.size() && (m_text[at] == '&' || m_text[at] == '!')) {
            const qsizetype start = at++;
            if (m_text[start] == '&') {
                while (at < m_text.size() && isAnchorCharacter(m_text[at]))
                    ++at;
                if (at == start + 1 || !endsAnchor(m_text, at))
                    return reportName(start);
            } else {
                if (at < m_text.size() && m_text[at] == '<') { // verbatim: !<...>
                    while (at < m_text.size() && m_text[at] != '>' && m_text[at] != '\n')
                        ++at;
                    ++at;
                } else {
                    while (at < m_text.size() && isTagCharacter(m_text[at]))
                        ++at;
                }
                if (at < m_text.size() && !isBlank(m_text[at]))
                    return report(start, QCoreApplication::translate("Postwright::FrontMatter",
                                                                     "This tag holds a character YAML does not allow in tags."));
            }
            at = afterBlanks(at);
        }
    }

    void reportName(qsizetype at)
    {
        report(at, QCoreApplication::translate("Postwright::FrontMatter",
                                               "An anchor or alias name may hold only letters, digits, “-” and “_”."));
    }

    // Whether the key at at follows "?" (an explicit key, which needs no ":").
    bool explicitKey(qsizetype at) const
    {
        qsizetype i = qMin(at, m_text.size()) - 1;
        while (i >= 0 && isBlank(m_text[i]))
            --i;
        return i >= 0 && m_text[i] == '?';
    }

    // The first byte at or after at that is no blank, line break or comment.
    qsizetype afterBlanks(qsizetype at) const
    {
        while (at < m_text.size()) {
            if (isBlank(m_text[at])) {
                ++at;
            } else if (m_text[at] == '#') {
                while (at < m_text.size() && m_text[at] != '\n')
                    ++at;
            } else {
                break;
            }
        }
        return at;
    }

    // The node's first byte after its anchor and tag (and any blanks,
    // comments or line breaks between).
    qsizetype afterProperties(qsizetype at) const
    {
        while (at < m_text.size() && (m_text[at] == '&' || m_text[at] == '!')) {
            while (at < m_text.size() && !isBlank(m_text[at]))
                ++at;
            at = afterBlanks(at);
        }
        return at;
    }

    void remember(YAML::anchor_t anchor, NodeKind kind)
    {
        if (anchor != 0)
            m_anchors[anchor] = kind;
    }

    void report(qsizetype at, const QString &message) { keepEarliest(finding, Finding{at, message}); }

    QByteArrayView m_text;
    std::vector<Frame> m_open;
    std::unordered_map<YAML::anchor_t, NodeKind> m_anchors;
};

Problem errorAt(QByteArrayView text, int firstLine, const Finding &finding)
{
    const QByteArrayView before = text.first(qMin(finding.offset, text.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return Problem{finding.message, firstLine + int(before.count('\n')),
                   int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1};
}

} // namespace

std::optional<Problem> checkYamlStrictly(QByteArrayView content, int firstLine)
{
    // Bytes go-yaml would not read at all come first: yaml-cpp's events over
    // them mean little.
    if (const std::optional<Finding> character = forbiddenCharacter(content))
        return errorAt(content, firstLine, *character);

    StrictEvents events(content);
    try {
        std::istringstream stream(std::string(content.data(), size_t(content.size())));
        YAML::Parser parser(stream);
        parser.HandleNextDocument(events); // go-yaml reads only the first document too
    } catch (const YAML::Exception &) {
        // yaml-cpp's own errors are the reader's to report; what was found
        // before the error still stands.
    }
    std::optional<Finding> earliest = events.finding;

    // Quoted values must close before the block ends; where they span lines,
    // a line opening with % is inside one and no directive.
    std::vector<std::pair<qsizetype, qsizetype>> quoted;
    for (const qsizetype open : events.quoteOpenings) {
        const qsizetype end = quotedEnd(content, open);
        quoted.emplace_back(open, end < 0 ? content.size() : end);
        if (end < 0) {
            keepEarliest(earliest, Finding{open, QCoreApplication::translate("Postwright::FrontMatter",
                                                                             "The quoted value that starts here is never closed.")});
            break;
        }
    }

    // "%" opening a line is a directive to go-yaml, allowed only before a
    // "---" document start, and that line would end the front matter; yaml-cpp
    // takes directives without one, and one inside a document as its end.
    size_t span = 0;
    for (qsizetype line = 0; line < content.size();) {
        while (span < quoted.size() && quoted[span].second <= line)
            ++span;
        const bool inQuotes = span < quoted.size() && quoted[span].first < line;
        if (content[line] == '%' && !inQuotes) {
            keepEarliest(earliest, Finding{line, QCoreApplication::translate("Postwright::FrontMatter",
                                                                             "A line starting with % is a YAML directive, which front matter cannot hold.")});
            break;
        }
        const qsizetype lineEnd = content.indexOf('\n', line);
        if (lineEnd < 0)
            break;
        line = lineEnd + 1;
    }

    if (!earliest)
        return std::nullopt;
    return errorAt(content, firstLine, *earliest);
}

} // namespace Postwright
