// The preview's block diff: where a body is cut, and which blocks a change swaps.
#include "markdown/htmlblocks.h"
#include "markdown/markdownrenderer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Postwright;

class TestHtmlBlocks : public QObject
{
    Q_OBJECT

    static QList<QByteArray> pieces(const QByteArray &html)
    {
        QList<QByteArray> out;
        for (const HtmlBlock &block : HtmlBlocks::split(html))
            out.append(html.mid(block.offset, block.length));
        return out;
    }

    static QByteArray render(const QByteArray &post)
    {
        RenderOptions options;
        options.sourceLines = true;
        return MarkdownRenderer().render(post, options).html;
    }

private Q_SLOTS:
    void splitsAtTopLevelElements()
    {
        const QByteArray html = "<h1 data-line=\"1\">A</h1>\n<p data-line=\"3\">b <em>c</em></p>\n"
                                "<ul data-line=\"5\">\n<li data-line=\"5\">x</li>\n<li data-line=\"6\">y</li>\n</ul>\n"
                                "<hr />\n<pre data-line=\"8\"><code>&lt;p&gt;\n<span>z</span>\n</code></pre>\n";
        QCOMPARE(pieces(html), (QList<QByteArray>{
                                   "<h1 data-line=\"1\">A</h1>\n",
                                   "<p data-line=\"3\">b <em>c</em></p>\n",
                                   "<ul data-line=\"5\">\n<li data-line=\"5\">x</li>\n<li data-line=\"6\">y</li>\n</ul>\n",
                                   "<hr />\n",
                                   "<pre data-line=\"8\"><code>&lt;p&gt;\n<span>z</span>\n</code></pre>\n",
                               }));
    }

    void unbalancedRawHtmlStaysInOneBlock_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<int>("blocks");
        // The div is closed three blocks later: all of it is one block.
        QTest::newRow("div around markdown") << QByteArray("<div class=\"note\">\n<p>a</p>\n<p>b</p>\n</div>\n<p>c</p>\n") << 2;
        // Never closed: everything after it belongs to it.
        QTest::newRow("unclosed") << QByteArray("<p>a</p>\n<section>\n<p>b</p>\n<p>c</p>\n") << 2;
        // A stray end tag closes nothing.
        QTest::newRow("stray end tag") << QByteArray("<div>\n</p>\n<p>x</p>\n</div>\n<p>y</p>\n") << 2;
        // Tags inside comments, scripts and attributes are not tags.
        QTest::newRow("comment") << QByteArray("<!-- <div>\n<p> -->\n<p>a</p>\n") << 2;
        QTest::newRow("script") << QByteArray("<script>\nif (a<b)\n<div>\n</script>\n<p>a</p>\n") << 2;
        QTest::newRow("attribute") << QByteArray("<img alt=\"a > b <div>\" src=\"x\">\n<p>a</p>\n") << 2;
        QTest::newRow("upper case") << QByteArray("<DIV>\n<p>a</p>\n</div>\n<p>b</p>\n") << 2;
        QTest::newRow("void and self-closing") << QByteArray("<br>\n<img src=\"a\"/>\n<x-y/>\n<p>a</p>\n") << 4;
    }

    void unbalancedRawHtmlStaysInOneBlock()
    {
        QFETCH(QByteArray, html);
        QFETCH(int, blocks);
        const QList<QByteArray> cut = pieces(html);
        QCOMPARE(cut.size(), blocks);
        QCOMPARE(cut.join(), html);
    }

    void blocksCoverTheBodyExactly()
    {
        // Whatever the input, the blocks are contiguous and cover every byte.
        QRandomGenerator random(7);
        const QList<QByteArray> parts{"<p>",  "</p>", "<div>", "</div>", "\n", "text ", "<!--", "-->",
                                      "<br>", "<a href=\"", "\">", "<script>", "</script>", "<", "'"};
        for (int round = 0; round < 500; ++round) {
            QByteArray html;
            for (int k = 0; k < 40; ++k)
                html += parts[random.bounded(int(parts.size()))];
            qsizetype next = 0;
            for (const HtmlBlock &block : HtmlBlocks::split(html)) {
                QCOMPARE(block.offset, next);
                QVERIFY(block.length > 0);
                next = block.offset + block.length;
            }
            QCOMPARE(next, html.size());
        }
    }

    void keysIgnoreWhereABlockIs()
    {
        const QList<HtmlBlock> a = HtmlBlocks::split("<p data-line=\"3\">x</p>\n<ul data-line=\"5\">\n<li data-line=\"5\">a</li>\n<li data-line=\"7\">b</li>\n</ul>\n");
        const QList<HtmlBlock> b = HtmlBlocks::split("<p data-line=\"4\">x</p>\n<ul data-line=\"9\">\n<li data-line=\"9\">a</li>\n<li data-line=\"11\">b</li>\n</ul>\n");
        // Same list, the second item further down: not the same block.
        const QList<HtmlBlock> c = HtmlBlocks::split("<p data-line=\"4\">x</p>\n<ul data-line=\"9\">\n<li data-line=\"9\">a</li>\n<li data-line=\"12\">b</li>\n</ul>\n");
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].key, b[0].key);
        QCOMPARE(a[1].key, b[1].key);
        QCOMPARE(a[1].line, 5);
        QCOMPARE(b[1].line, 9);
        QVERIFY(a[1].key != c[1].key);
    }

    void typingInAParagraphSwapsOnlyThatParagraph()
    {
        QByteArray post = "# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n```cpp\nint x;\n```\n\nLast.\n";
        const QList<HtmlBlock> before = HtmlBlocks::split(render(post));
        post.replace("Second", "Secondly");
        const QList<HtmlBlock> after = HtmlBlocks::split(render(post));
        const BlockPatch patch = HtmlBlocks::diff(before, after);
        QCOMPARE(patch.start, 2);
        QCOMPARE(patch.removed, 1);
        QCOMPARE(patch.inserted, 1);
        QVERIFY(patch.shifts.isEmpty());
    }

    void aNewLineMovesTheBlocksBelow()
    {
        // Lines 9 and 11 become 10 and 12: the blocks' lengths change too.
        QByteArray post = "# Title\n\n\n\n\n\nOne.\n\nTwo.\n\nThree.\n";
        const QList<HtmlBlock> before = HtmlBlocks::split(render(post));
        QCOMPARE(before.at(2).line, 9);
        post.replace("One.\n", "One.\n\n");
        const QList<HtmlBlock> after = HtmlBlocks::split(render(post));
        const BlockPatch patch = HtmlBlocks::diff(before, after);
        // Nothing to swap: two blocks kept, one line further down.
        QCOMPARE(patch.removed, 0);
        QCOMPARE(patch.inserted, 0);
        QCOMPARE(patch.shifts.size(), 1);
        QCOMPARE(patch.shifts[0].first, 2);
        QCOMPARE(patch.shifts[0].count, 2);
        QCOMPARE(patch.shifts[0].delta, 1);
    }

    void patchRebuildsTheNewBody()
    {
        // Applying a patch to the old blocks' text gives the new body, lines
        // included, for random edits of a real post.
        const QByteArray base = QByteArray("---\ntitle: t\n---\n# A\n\nPara *one*.\n\n- a\n- b\n\n> quote\n\n")
                                + "<div class=\"x\">\n\ninside\n\n</div>\n\n```sh\necho hi\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nEnd.\n";
        const QList<QByteArray> edits{"\n", "x", "\n\n", "# ", "- ", "```", "<div>", "</div>", "> ", "|"};
        QRandomGenerator random(11);
        QByteArray post = base;
        QByteArray html = render(post);
        for (int round = 0; round < 200; ++round) {
            QByteArray next = post;
            const int at = random.bounded(int(next.size()) + 1);
            if (random.bounded(3) == 0 && at < next.size())
                next.remove(at, 1 + random.bounded(qMin<int>(5, int(next.size()) - at)));
            else
                next.insert(at, edits[random.bounded(int(edits.size()))]);
            const QByteArray nextHtml = render(next);
            const QList<HtmlBlock> before = HtmlBlocks::split(html), after = HtmlBlocks::split(nextHtml);
            const BlockPatch patch = HtmlBlocks::diff(before, after);

            // What a page does: keep, shift lines, swap the middle.
            QList<QByteArray> blocks;
            for (const HtmlBlock &b : before)
                blocks.append(html.mid(b.offset, b.length));
            blocks.remove(patch.start, patch.removed);
            for (int k = 0; k < patch.inserted; ++k)
                blocks.insert(patch.start + k, nextHtml.mid(after[patch.start + k].offset, after[patch.start + k].length));
            for (const LineShift &shift : patch.shifts) {
                for (int k = shift.first; k < shift.first + shift.count; ++k) {
                    QByteArray moved;
                    qsizetype pos = 0;
                    for (qsizetype found; (found = blocks[k].indexOf(" data-line=\"", pos)) >= 0;) {
                        const qsizetype digits = found + 12;
                        const qsizetype quote = blocks[k].indexOf('"', digits);
                        moved += blocks[k].mid(pos, digits - pos)
                                 + QByteArray::number(blocks[k].mid(digits, quote - digits).toInt() + shift.delta);
                        pos = quote;
                    }
                    blocks[k] = moved + blocks[k].mid(pos);
                }
            }
            QCOMPARE(blocks.join(), nextHtml);
            post = next;
            html = nextHtml;
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlBlocks)
#include "tst_htmlblocks.moc"
