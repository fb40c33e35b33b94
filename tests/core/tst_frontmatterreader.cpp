#include "frontmatter/frontmatterreader.h"

#include <QTest>

using namespace Postwright;

class TestFrontMatterReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aliasCyclesAndBombsDoNotHang()
    {
        // An alias inside its own anchor is a cycle; aliases of aliases multiply.
        // Hugo refuses the cycle ("anchor 'base' value contains itself"), so
        // it is an error at the alias; the values are still read.
        const FrontMatterData cycle = readFrontMatter("---\ntitle: T\nbase: &base\n  a: 1\n  <<: *base\n---\n");
        QVERIFY(cycle.error);
        QCOMPARE(cycle.error->line, 5);
        QCOMPARE(cycle.error->column, 7);
        QCOMPARE(cycle.values.value(QStringLiteral("title")).toString(), QStringLiteral("T"));
        QByteArray bomb = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'k'; ++c)
            bomb += QByteArray(1, c) + ": &" + c + " [" + QByteArray("*") + char(c - 1) + ", *" + char(c - 1) + ", *"
                + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1)
                + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
        bomb += "title: Bomb\n---\n";
        const FrontMatterData exploded = readFrontMatter(bomb);
        QVERIFY(exploded.error);
        QVERIFY2(exploded.error->message.contains(u"too many"), qPrintable(exploded.error->message));
    }

    void readsYamlWithComments();
    void readsToml();
    void readsJson();
    void reportsErrorPosition_data();
    void reportsErrorPosition();
    void noFrontMatterIsNoError();
    void wholeFloatsStayFloats_data();
    void wholeFloatsStayFloats();
    void integerFormsReadAlikeInYamlAndToml_data();
    void integerFormsReadAlikeInYamlAndToml();
    void unclosedBlockIsBodyWithANotice();
};

void TestFrontMatterReader::readsYamlWithComments()
{
    const QByteArray text = "---\n"
                            "title: \"Hello\"   # the title\n"
                            "draft: false\n"
                            "tags: [\"a\", \"b\"]\n"
                            "categories: [AIML] # choose from [AIML, Career]\n"
                            "date: \"2021-04-11\"\n"
                            "weight: 3\n"
                            "excerpt_separator: <!--end-->\n"
                            "---\nBody\n";
    const FrontMatterData data = readFrontMatter(text);
    QVERIFY(!data.error);
    QCOMPARE(data.string(QStringLiteral("title")), QStringLiteral("Hello"));
    QCOMPARE(data.values.value(QStringLiteral("draft")), QVariant(false));
    QCOMPARE(data.stringList(QStringLiteral("tags")), QStringList({"a", "b"}));
    QCOMPARE(data.stringList(QStringLiteral("categories")), QStringList({"AIML"}));
    QCOMPARE(data.string(QStringLiteral("date")), QStringLiteral("2021-04-11"));
    QCOMPARE(data.values.value(QStringLiteral("weight")), QVariant(qlonglong(3)));
    QCOMPARE(data.string(QStringLiteral("excerpt_separator")), QStringLiteral("<!--end-->"));
}

void TestFrontMatterReader::readsToml()
{
    const QByteArray text = "+++\n"
                            "title = \"T\"\n"
                            "date = 2023-11-02T09:30:00+01:00\n"
                            "draft = true\n"
                            "tags = [\"x\"]\n"
                            "[params]\n  series = \"s\"\n"
                            "+++\n";
    const FrontMatterData data = readFrontMatter(text);
    QVERIFY(!data.error);
    QCOMPARE(data.string(QStringLiteral("title")), QStringLiteral("T"));
    QCOMPARE(data.string(QStringLiteral("date")), QStringLiteral("2023-11-02T09:30:00+01:00"));
    QCOMPARE(data.values.value(QStringLiteral("draft")), QVariant(true));
    QCOMPARE(data.values.value(QStringLiteral("params")).toMap().value(QStringLiteral("series")),
             QVariant(QStringLiteral("s")));
}

void TestFrontMatterReader::readsJson()
{
    const FrontMatterData data = readFrontMatter("{\"title\": \"J\", \"tags\": [\"q\"]}\nBody\n");
    QVERIFY(!data.error);
    QCOMPARE(data.string(QStringLiteral("title")), QStringLiteral("J"));
    QCOMPARE(data.stringList(QStringLiteral("tags")), QStringList({"q"}));
}

void TestFrontMatterReader::reportsErrorPosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("yaml") << QByteArray("---\ntitle: ok\ntags: [a, b\n---\n") << 4;
    QTest::newRow("toml") << QByteArray("+++\ntitle = \"ok\"\ndate = \n+++\n") << 3;
    QTest::newRow("json") << QByteArray("{\n\"a\": 1,\n\"b\" 2\n}\n") << 3;
}

void TestFrontMatterReader::reportsErrorPosition()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const FrontMatterData data = readFrontMatter(text);
    QVERIFY(data.error.has_value());
    QCOMPARE(data.error->line, line);
    QVERIFY(!data.error->message.isEmpty());
}

void TestFrontMatterReader::noFrontMatterIsNoError()
{
    const FrontMatterData data = readFrontMatter("# Just a body\n");
    QVERIFY(!data.error);
    QVERIFY(data.values.isEmpty());
}

void TestFrontMatterReader::unclosedBlockIsBodyWithANotice()
{
    // Before: an error ("not closed") that made export fail while the
    // preview showed the text; now both read it as body, with a notice.
    const FrontMatterData data = readFrontMatter("---\ntitle: x\n");
    QVERIFY(!data.error);
    QVERIFY(!data.block.exists());
    QCOMPARE(data.block.notice, FrontMatterNotice::Unclosed);
    QVERIFY(data.values.isEmpty());
}

void TestFrontMatterReader::wholeFloatsStayFloats_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("yaml") << QByteArray("---\nversion: 3.0\n---\n");
    QTest::newRow("toml") << QByteArray("+++\nversion = 3.0\n+++\n");
    QTest::newRow("json") << QByteArray("{\"version\": 3.0}\n");
}

void TestFrontMatterReader::wholeFloatsStayFloats()
{
    QFETCH(QByteArray, text);
    const FrontMatterData data = readFrontMatter(text);
    QVERIFY(!data.error);
    QCOMPARE(data.values.value(QStringLiteral("version")).typeId(), QMetaType::Double);
    QCOMPARE(data.values.value(QStringLiteral("version")).toDouble(), 3.0);
}

// Hugo reads these YAML forms as integers (go-yaml v2), as toml++ reads them in TOML.
void TestFrontMatterReader::integerFormsReadAlikeInYamlAndToml_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<qlonglong>("expected");
    QTest::newRow("hex") << QByteArray("0x1F") << qlonglong(31);
    QTest::newRow("octal") << QByteArray("0o17") << qlonglong(15);
    QTest::newRow("binary") << QByteArray("0b101") << qlonglong(5);
    QTest::newRow("underscores") << QByteArray("1_000") << qlonglong(1000);
    QTest::newRow("sign") << QByteArray("+12") << qlonglong(12);
}

void TestFrontMatterReader::integerFormsReadAlikeInYamlAndToml()
{
    QFETCH(QByteArray, written);
    QFETCH(qlonglong, expected);
    const FrontMatterData yaml = readFrontMatter("---\nn: " + written + "\n---\n");
    const FrontMatterData toml = readFrontMatter("+++\nn = " + written + "\n+++\n");
    QVERIFY(!yaml.error && !toml.error);
    QCOMPARE(yaml.values.value(QStringLiteral("n")), QVariant(expected));
    QCOMPARE(toml.values.value(QStringLiteral("n")), QVariant(expected));
}

QTEST_GUILESS_MAIN(TestFrontMatterReader)
#include "tst_frontmatterreader.moc"
