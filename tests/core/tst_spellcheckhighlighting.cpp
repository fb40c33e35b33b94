// The editor spell checks only prose. KTextEditor decides what to check by
// the highlighting alone (an attribute's spellChecking flag), so the editor's
// "Postwright Markdown" definition (resources/syntax/postwright-markdown.xml)
// restates where PostLexer finds code, math, shortcodes, Liquid and link
// destinations. Here both run over the test posts: a letter inside a span
// the lexer names that the highlighting would spell check fails, so the two
// cannot drift apart unnoticed. And prose must stay checked.

#include "markdown/postlexer.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Postwright;
namespace KSH = KSyntaxHighlighting;

namespace {

const QString DefinitionName = QStringLiteral("Postwright Markdown");

// Per line and UTF-16 column: whether KTextEditor would spell check it.
class SpellCheckMap : public KSH::AbstractHighlighter
{
public:
    QList<QList<bool>> run(const QStringList &lines)
    {
        QList<QList<bool>> map;
        KSH::State state;
        for (const QString &line : lines) {
            m_line = QList<bool>(line.size(), true); // unformatted text is checked
            state = highlightLine(line, state);
            map.append(m_line);
        }
        return map;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_line.size(); ++i)
            m_line[i] = format.spellCheck();
    }

private:
    QList<bool> m_line;
};

struct Post
{
    QByteArray bytes;
    QList<qsizetype> lineStarts; // byte offset of each line
    QStringList lines;
    QList<QList<bool>> checked;

    // 0-based line and UTF-16 column of a byte offset.
    std::pair<int, int> position(qsizetype offset) const
    {
        const auto after = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), offset);
        const int line = int(after - lineStarts.cbegin()) - 1;
        QByteArray part = bytes.mid(lineStarts[line], offset - lineStarts[line]);
        if (part.endsWith('\r'))
            part.chop(1);
        return {line, int(QString::fromUtf8(part).size())};
    }
};

Post highlight(const QByteArray &bytes, const KSH::Definition &definition)
{
    Post post;
    post.bytes = bytes;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        post.lineStarts.append(start);
        QByteArray line = bytes.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        post.lines.append(QString::fromUtf8(line));
        start = end + 1;
    }
    SpellCheckMap map;
    map.setDefinition(definition);
    post.checked = map.run(post.lines);
    return post;
}

struct Span
{
    qsizetype start;
    qsizetype end;
    const char *kind;
};

// What the lexer says is no prose.
QList<Span> notProse(const LexedPost &lexed)
{
    QList<Span> out;
    for (const CodeBlock &block : lexed.codeBlocks)
        out.append({block.start, block.end, "code block"});
    for (qsizetype i = 0; i + 1 < lexed.codeSpans.size(); i += 2)
        out.append({lexed.codeSpans[i], lexed.codeSpans[i + 1], "code span"});
    for (const auto &[start, end] : lexed.linkDestinations)
        out.append({start, end, "link destination"});
    for (const LexedSpan &span : lexed.spans) {
        switch (span.kind) {
        case LexedSpan::Shortcode:
        case LexedSpan::EscapedShortcode:
            out.append({span.start, span.end, "shortcode"});
            break;
        case LexedSpan::LiquidTag:
        case LexedSpan::LiquidOutput:
            out.append({span.start, span.end, "Liquid"});
            break;
        case LexedSpan::MathInline:
        case LexedSpan::MathDisplay:
            out.append({span.start, span.end, "math"});
            break;
        case LexedSpan::ExcerptSeparator:
        case LexedSpan::SummaryDivider:
            break;
        }
        // Between {{< highlight >}} and its closer, or Liquid's: code.
        if (span.opensPair() && span.verbatim && span.name == "highlight")
            out.append({span.end, lexed.spans[span.pair].start, "highlighted code"});
    }
    return out;
}

QStringList corpus()
{
    QStringList files;
    for (const QString &root : {QStringLiteral(POSTWRIGHT_TEST_DATA), QStringLiteral(POSTWRIGHT_EXAMPLES)}) {
        QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    std::sort(files.begin(), files.end());
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestSpellCheckHighlighting : public QObject
{
    Q_OBJECT

private:
    KSH::Repository m_repository;
    KSH::Definition m_definition;

private Q_SLOTS:
    void initTestCase()
    {
        // The editor loads the file from its resources
        // (:/org.kde.syntax-highlighting/syntax-addons); the same file from
        // the source tree here, as KSyntaxHighlighting reads PATH/syntax/.
        m_repository.addCustomSearchPath(QStringLiteral(POSTWRIGHT_SOURCE_DIR "/resources"));
        m_definition = m_repository.definitionForName(DefinitionName);
        QVERIFY2(m_definition.isValid(), "resources/syntax/postwright-markdown.xml did not load");
        QCOMPARE(m_definition.filePath(), QStringLiteral(POSTWRIGHT_SOURCE_DIR "/resources/syntax/postwright-markdown.xml"));
    }

    void lexerSpansAreNotSpellChecked_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = corpus();
        QVERIFY(files.size() >= 40);
        for (const QString &path : files)
            QTest::newRow(qPrintable(QDir(QStringLiteral(POSTWRIGHT_SOURCE_DIR)).relativeFilePath(path))) << path;
    }

    void lexerSpansAreNotSpellChecked()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readFile(path);
        const Post post = highlight(bytes, m_definition);
        const LexedPost lexed = PostLexer::lex(post.bytes);
        QStringList failures;
        for (const Span &span : notProse(lexed)) {
            const auto [fromLine, fromColumn] = post.position(span.start);
            const auto [toLine, toColumn] = post.position(span.end);
            for (int line = fromLine; line <= toLine && line < post.lines.size(); ++line) {
                const int from = line == fromLine ? fromColumn : 0;
                const int to = line == toLine ? toColumn : int(post.lines[line].size());
                for (int column = from; column < to && column < post.lines[line].size(); ++column) {
                    if (!post.lines[line][column].isLetterOrNumber() || !post.checked[line][column])
                        continue;
                    failures << QStringLiteral("line %1, column %2, in a %3: %4")
                                    .arg(line + 1)
                                    .arg(column + 1)
                                    .arg(QLatin1String(span.kind), post.lines[line]);
                    break;
                }
            }
        }
        if (failures.size() > 10)
            failures = failures.mid(0, 10) << QStringLiteral("…");
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("spell checked although the lexer says it is no prose:\n")
                                                + failures.join(QLatin1Char('\n'))));
    }

    // The corpus holds every kind of span the test compares.
    void corpusHasEveryKind()
    {
        QSet<QByteArray> kinds;
        for (const QString &path : corpus()) {
            const QByteArray bytes = readFile(path);
            for (const Span &span : notProse(PostLexer::lex(bytes)))
                kinds.insert(span.kind);
        }
        for (const char *kind : {"code block", "code span", "link destination", "shortcode", "Liquid", "math", "highlighted code"})
            QVERIFY2(kinds.contains(kind), kind);
    }

    void wordIsCheckedOrNot_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("line"); // the first line holding this text
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("checked");
        const QString post = QStringLiteral("every-construct.md");
        QTest::newRow("title value") << post << "title:" << "wrold" << true;
        QTest::newRow("front matter key") << post << "wroldkey:" << "wroldkey" << false;
        QTest::newRow("slug value") << post << "slug:" << "wrold" << false;
        QTest::newRow("tag value") << post << "tags:" << "wrold" << true;
        QTest::newRow("prose") << post << "The wrold in prose" << "wrold" << true;
        QTest::newRow("inline code") << post << "Inline code" << "wrold" << false;
        QTest::newRow("text beside code") << post << "Inline code" << "stay" << true;
        QTest::newRow("fenced code") << post << "wrold = " << "wrold" << false;
        QTest::newRow("comment in fenced code") << post << "wrold = " << "comment" << false;
        QTest::newRow("tilde fence") << post << "wrold in tildes" << "tildes" << false;
        QTest::newRow("indented code") << post << "    wrold indented" << "indented" << false;
        QTest::newRow("inline math") << post << "Math inline" << "wrold" << false;
        QTest::newRow("paren math") << post << "Math inline" << "\\(wrold" << false;
        QTest::newRow("display math") << post << "wrold^2" << "wrold" << false;
        QTest::newRow("bracket math") << post << "\\mathrm" << "wrold" << false;
        QTest::newRow("shortcode argument") << post << "A shortcode" << "caption=\"wrold" << false;
        QTest::newRow("shortcode name") << post << "A shortcode" << "figure" << false;
        QTest::newRow("text inside a markdown shortcode pair") << post << "A shortcode" << "text" << true;
        QTest::newRow("highlight shortcode body") << post << "func wrold" << "wrold" << false;
        QTest::newRow("Liquid tag") << post << "Liquid {%" << "wrold" << false;
        QTest::newRow("Liquid highlight body") << post << "def wrold" << "wrold" << false;
        QTest::newRow("link text") << post << "A [link text]" << "link" << true;
        QTest::newRow("link destination") << post << "A [link text]" << "example" << false;
        QTest::newRow("link title") << post << "A [link text]" << "title" << true;
        QTest::newRow("image alt") << post << "A [link text]" << "alt" << true;
        QTest::newRow("image destination") << post << "A [link text]" << "images" << false;
        QTest::newRow("ref shortcode destination") << post << "[a ref]" << "wrold" << false;
        QTest::newRow("autolink") << post << "[a ref]" << "<https://example.com/wrold" << false;
        QTest::newRow("bare URL") << post << "[a ref]" << "wrold/path" << false;
        QTest::newRow("list item text") << post << "- a list item" << "list" << true;
        QTest::newRow("code in a list item") << post << "- a list item" << "wrold" << false;
        QTest::newRow("indented list continuation") << post << "      not code" << "wrold" << true;
        QTest::newRow("numbered item code") << post << "1. numbered" << "wrold" << false;
        QTest::newRow("math in a quote") << post << "> a quote" << "wrold" << false;
        QTest::newRow("quote text") << post << "> a quote" << "quote" << true;
        QTest::newRow("heading text") << post << "# A heading" << "heading" << true;
        QTest::newRow("code in a heading") << post << "# A heading" << "wrold" << false;
        QTest::newRow("code in strong") << post << "**strong" << "wrold" << false;
        QTest::newRow("strong text") << post << "**strong" << "strong" << true;
        QTest::newRow("emphasis text") << post << "**strong" << "emphasis" << true;
        QTest::newRow("math in emphasis") << post << "**strong" << "$wrold" << false;
        QTest::newRow("reference definition") << post << "[wrold-ref]:" << "wrold" << false;
        QTest::newRow("TOML title") << "toml-front-matter.md" << "title =" << "wrold" << true;
        QTest::newRow("TOML key") << "toml-front-matter.md" << "wroldkey" << "wroldkey" << false;
        QTest::newRow("TOML table key") << "toml-front-matter.md" << "wroldparam" << "wroldparam" << false;
        QTest::newRow("TOML post body code") << "toml-front-matter.md" << "Body" << "wrold" << false;
        QTest::newRow("TOML post body") << "toml-front-matter.md" << "Body" << "Body" << true;
        QTest::newRow("JSON title") << "json-front-matter.md" << "\"title\"" << "wrold" << true;
        QTest::newRow("JSON key") << "json-front-matter.md" << "\"wroldkey\"" << "wroldkey" << false;
        QTest::newRow("JSON post body math") << "json-front-matter.md" << "Body" << "wrold" << false;
    }

    // Each row names a word by the text it starts with (a prefix such as
    // "caption=\"" picks one occurrence); the word's letters are compared.
    void wordIsCheckedOrNot()
    {
        QFETCH(QString, file);
        QFETCH(QString, line);
        QFETCH(QString, word);
        QFETCH(bool, checked);
        const Post post = highlight(readFile(QStringLiteral(POSTWRIGHT_TEST_DATA "/spellcheck/") + file), m_definition);
        const auto found = std::find_if(post.lines.cbegin(), post.lines.cend(), [&](const QString &l) { return l.trimmed().startsWith(line.trimmed()); });
        QVERIFY2(found != post.lines.cend(), qPrintable(line));
        const int index = int(found - post.lines.cbegin());
        const int at = int(found->indexOf(word));
        QVERIFY2(at >= 0, qPrintable(word));
        int letters = 0;
        for (int column = at; column < at + word.size(); ++column) {
            if (!found->at(column).isLetterOrNumber())
                continue;
            ++letters;
            QVERIFY2(post.checked[index][column] == checked,
                     qPrintable(QStringLiteral("column %1 of \"%2\"").arg(column + 1).arg(*found)));
        }
        QVERIFY(letters > 0);
    }
};

QTEST_GUILESS_MAIN(TestSpellCheckHighlighting)
#include "tst_spellcheckhighlighting.moc"
