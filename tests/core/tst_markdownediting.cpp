#include "markdown/markdownediting.h"

#include <QStringList>
#include <QTest>

using namespace Postwright::MarkdownEditing;

class TestMarkdownEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void continuation_data();
    void continuation();
    void indent_data();
    void indent();
    void wrap_data();
    void wrap();
    void link_data();
    void link();
    void fences();
};

void TestMarkdownEditing::continuation_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("result"); // prefix, or the line after ending the list
    const int none = Continuation::None, cont = Continuation::Continue, end = Continuation::EndList;
    QTest::newRow("dash") << "- item" << cont << "- ";
    QTest::newRow("star-indented") << "    * item" << cont << "    * ";
    QTest::newRow("plus") << "+ item" << cont << "+ ";
    QTest::newRow("numbered") << "1. one" << cont << "2. ";
    QTest::newRow("numbered-paren") << "9) nine" << cont << "10) ";
    QTest::newRow("numbered-wide-gap") << "3.  three" << cont << "4.  ";
    QTest::newRow("task-done") << "- [x] done" << cont << "- [ ] ";
    QTest::newRow("task-open") << "- [ ] todo" << cont << "- [ ] ";
    QTest::newRow("quote") << "> quoted" << cont << "> ";
    QTest::newRow("nested-quote") << "> > deep" << cont << "> > ";
    QTest::newRow("list-in-quote") << "> - item" << cont << "> - ";
    QTest::newRow("empty-item-ends") << "- " << end << "";
    QTest::newRow("empty-numbered-ends") << "2. " << end << "";
    QTest::newRow("empty-task-ends") << "- [ ] " << end << "";
    QTest::newRow("empty-quote-ends") << "> " << end << "";
    QTest::newRow("empty-item-in-quote") << "> - " << end << "> ";
    QTest::newRow("paragraph") << "Just text" << none << "";
    QTest::newRow("emphasis-not-list") << "*emphasis*" << none << "";
    QTest::newRow("hr-not-list") << "---" << none << "";
}

void TestMarkdownEditing::continuation()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(QString, result);
    const Continuation c = continuationFor(line);
    QCOMPARE(int(c.kind), kind);
    if (kind == Continuation::Continue)
        QCOMPARE(c.prefix, result);
    if (kind == Continuation::EndList)
        QCOMPARE(c.line, result);
}

void TestMarkdownEditing::indent_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("outdent");
    QTest::addColumn<QString>("result"); // "none": not a list item
    QTest::newRow("indent") << "- a" << false << "  - a";
    QTest::newRow("indent-numbered") << "1. a" << false << "  1. a";
    QTest::newRow("outdent") << "    - a" << true << "  - a";
    QTest::newRow("outdent-at-left") << "- a" << true << "- a";
    QTest::newRow("not-a-list") << "text" << false << "none";
}

void TestMarkdownEditing::indent()
{
    QFETCH(QString, line);
    QFETCH(bool, outdent);
    QFETCH(QString, result);
    const std::optional<QString> r = indentListItem(line, outdent);
    QCOMPARE(r ? *r : QStringLiteral("none"), result);
}

void TestMarkdownEditing::wrap_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("selected");
    QTest::newRow("bold") << "make this bold" << 10 << 14 << "**" << "make this **bold**" << "bold";
    QTest::newRow("bold-off-outside") << "make this **bold**" << 12 << 16 << "**" << "make this bold" << "bold";
    QTest::newRow("bold-off-inside") << "make this **bold**" << 10 << 18 << "**" << "make this bold" << "bold";
    QTest::newRow("italic") << "an idea" << 3 << 7 << "*" << "an *idea*" << "idea";
    QTest::newRow("italic-not-from-bold") << "a **b**" << 4 << 5 << "*" << "a ***b***" << "b";
    QTest::newRow("code") << "run ls now" << 4 << 6 << "`" << "run `ls` now" << "ls";
    QTest::newRow("empty-selection") << "ab" << 1 << 1 << "**" << "a****b" << "";
}

void TestMarkdownEditing::wrap()
{
    QFETCH(QString, line);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, marker);
    QFETCH(QString, after);
    QFETCH(QString, selected);
    const Wrap w = toggleWrap(line, start, end, marker);
    QString result = line;
    result.replace(w.replaceStart, w.replaceEnd - w.replaceStart, w.text);
    QCOMPARE(result, after);
    QCOMPARE(result.mid(w.selectionStart, w.selectionLength), selected);
}

void TestMarkdownEditing::link_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("selected");
    QTest::newRow("text") << "see docs here" << 4 << 8 << "see [docs](url) here" << "url";
    QTest::newRow("url") << "https://gohugo.io" << 0 << 17 << "[](https://gohugo.io)" << "";
    QTest::newRow("unlink") << "see [docs](https://x) here" << 4 << 21 << "see docs here" << "docs";
}

void TestMarkdownEditing::link()
{
    QFETCH(QString, line);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, after);
    QFETCH(QString, selected);
    const Wrap w = toggleLink(line, start, end);
    QString result = line;
    result.replace(w.replaceStart, w.replaceEnd - w.replaceStart, w.text);
    QCOMPARE(result, after);
    QCOMPARE(result.mid(w.selectionStart, w.selectionLength), selected);
}

void TestMarkdownEditing::fences()
{
    const QStringList lines = {"text", "```go", "- not a list", "```", "- a list", "~~~~", "```", "x", "~~~~"};
    QVERIFY(!isInsideFence(lines, 0));
    QVERIFY(isInsideFence(lines, 2));
    QVERIFY(!isInsideFence(lines, 4));
    QVERIFY(isInsideFence(lines, 6));
    QVERIFY(isInsideFence(lines, 7));
    QVERIFY(!isInsideFence(lines, 9));
}

QTEST_GUILESS_MAIN(TestMarkdownEditing)
#include "tst_markdownediting.moc"
