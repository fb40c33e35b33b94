// GoldmarkStyle::removeGlue: the renderer's glue between a block's end and
// what follows goes, with the line break right before it, and nothing else.

#include "markdown/goldmarkstyle.h"

#include <QTest>

using namespace Postwright;

class TestGoldmarkStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removeGlue_data();
    void removeGlue();
};

void TestGoldmarkStyle::removeGlue_data()
{
    const QByteArray g = GoldmarkStyle::Glue;
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << QByteArray("<p>a</p>\n") << QByteArray("<p>a</p>\n");
    QTest::newRow("after a line break") << "<pre>x</pre>\n" + g + "&#160;<a>b</a></li>"
                                        << QByteArray("<pre>x</pre>&#160;<a>b</a></li>");
    QTest::newRow("one line break only") << "a\n\n" + g + "b" << QByteArray("a\nb");
    QTest::newRow("without a line break") << "a" + g + "b" << QByteArray("ab");
    QTest::newRow("at the start") << g + "b" << QByteArray("b");
    QTest::newRow("at the end") << "a\n" + g << QByteArray("a");
    QTest::newRow("one after another") << g + "\n" + g + "x" << QByteArray("x");
    QTest::newRow("several") << "<ul>\n" + g + "<li>1</li>\n" + g + "<li>2</li>\n</ul>\n"
                             << QByteArray("<ul><li>1</li><li>2</li>\n</ul>\n");
}

void TestGoldmarkStyle::removeGlue()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QCOMPARE(GoldmarkStyle::removeGlue(html), expected);
}

QTEST_GUILESS_MAIN(TestGoldmarkStyle)
#include "tst_goldmarkstyle.moc"
