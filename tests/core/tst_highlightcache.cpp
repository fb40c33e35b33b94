// HighlightCache: a post's highlighted code blocks kept between renders. A
// render with the cache gives the very bytes a render without it gives, also
// after lines moved the blocks; a block found in the cache is not highlighted
// again; what a render did not use goes.

#include "markdown/highlightcache.h"
#include "markdown/markdownrenderer.h"

#include <QTest>

#include <memory>

using namespace Postwright;

namespace {

// Enough code to take the renderer's parallel path (64 KB of code and up)
// as well as small posts the one-thread path.
QByteArray postWithCode(int blocks, const QByteArray &before = {})
{
    QByteArray post = "---\ntitle: Code\n---\n\n" + before;
    for (int i = 0; i < blocks; ++i) {
        post += "Block " + QByteArray::number(i) + ":\n\n```cpp {hl_lines=[2]}\n";
        for (int line = 0; line < 40; ++line)
            post += "int value" + QByteArray::number(line) + " = compute(" + QByteArray::number(i) + "); // a comment\n";
        post += "```\n\n```python\nprint(" + QByteArray::number(i) + ")\n```\n\n";
    }
    return post;
}

RenderOptions options(std::shared_ptr<HighlightCache> cache)
{
    RenderOptions options;
    options.sourceLines = true; // attributes that move with the lines
    options.highlightCache = std::move(cache);
    return options;
}

} // namespace

class TestHighlightCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameHtmlWithTheCache_data();
    void sameHtmlWithTheCache();
    void cachedBlocksAreNotHighlightedAgain();
    void unusedBlocksGo();
};

void TestHighlightCache::sameHtmlWithTheCache_data()
{
    QTest::addColumn<int>("blocks");
    QTest::newRow("one thread") << 3;
    QTest::newRow("parallel") << 80;
}

void TestHighlightCache::sameHtmlWithTheCache()
{
    QFETCH(int, blocks);
    const auto cache = std::make_shared<HighlightCache>();
    const QByteArray post = postWithCode(blocks);
    const QByteArray first = MarkdownRenderer().render(post, options(cache)).html;
    cache->endRender();
    QCOMPARE(cache->size(), qsizetype(2 * blocks));
    QCOMPARE(first, MarkdownRenderer().render(post, options(nullptr)).html);
    QVERIFY(first.contains("<pre class=\"code\" data-line=\"7\"><code class=\"language-cpp\">"));
    // Again, from the cache.
    QCOMPARE(MarkdownRenderer().render(post, options(cache)).html, first);
    cache->endRender();
    // Three lines more above every block: each block's data-line moves, its
    // highlighted code does not.
    const QByteArray moved = postWithCode(blocks, "New paragraph\nof two lines.\n\n");
    const QByteArray html = MarkdownRenderer().render(moved, options(cache)).html;
    cache->endRender();
    QCOMPARE(html, MarkdownRenderer().render(moved, options(nullptr)).html);
    QVERIFY(html.contains("<pre class=\"code\" data-line=\"10\"><code class=\"language-cpp\">"));
}

void TestHighlightCache::cachedBlocksAreNotHighlightedAgain()
{
    const auto cache = std::make_shared<HighlightCache>();
    const QByteArray post = "Text.\n\n```cpp\nint x = 1;\n```\n";
    QVERIFY(MarkdownRenderer().render(post, options(cache)).html.contains("int"));
    cache->endRender();
    QCOMPARE(cache->size(), qsizetype(1));
    // What the cache holds for the block is what the page gets, with the
    // block's line in its tag.
    RenderOptions plain;
    const QByteArray key = HighlightCache::key(plain.lightTheme, plain.darkTheme, "cpp", "int x = 1;\n");
    QVERIFY(cache->find(key));
    cache->insert(key, "<pre class=\"code\"><code>from the cache</code></pre>\n");
    const QByteArray html = MarkdownRenderer().render(post, options(cache)).html;
    QVERIFY2(html.contains("<pre class=\"code\" data-line=\"3\"><code>from the cache</code></pre>"), html.constData());
}

void TestHighlightCache::unusedBlocksGo()
{
    const auto cache = std::make_shared<HighlightCache>();
    MarkdownRenderer().render(postWithCode(3), options(cache));
    cache->endRender();
    QCOMPARE(cache->size(), qsizetype(6));
    // The post lost all but its first two blocks: the others are forgotten.
    MarkdownRenderer().render(postWithCode(1), options(cache));
    cache->endRender();
    QCOMPARE(cache->size(), qsizetype(2));
    // A render that used nothing leaves nothing.
    MarkdownRenderer().render("No code.\n", options(cache));
    cache->endRender();
    QCOMPARE(cache->size(), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestHighlightCache)
#include "tst_highlightcache.moc"
