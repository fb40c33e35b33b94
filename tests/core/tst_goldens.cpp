// Reviewed expected outputs: every post in tests/data/golden and every example
// post renders to the HTML (and the warnings) stored beside it. Run with
// POSTWRIGHT_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.

#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "testfiles.h"

using namespace Postwright;

namespace {

const QString goldenDir = QStringLiteral(POSTWRIGHT_TEST_DATA "/golden");


QByteArray warningsText(const RenderResult &result)
{
    QByteArray text;
    for (const RenderWarning &w : result.warnings)
        text += QByteArray::number(w.line) + ": " + w.message.toUtf8() + '\n';
    return text;
}

} // namespace

class TestGoldens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReviewedOutput_data();
    void matchesReviewedOutput();
};

void TestGoldens::matchesReviewedOutput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedBase");
    for (const QFileInfo &info : QDir(goldenDir).entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(info.fileName())) << info.absoluteFilePath()
                                                   << goldenDir + u'/' + info.completeBaseName();
    for (const QString &site : {QStringLiteral("site"), QStringLiteral("jekyll")}) {
        QDirIterator it(QStringLiteral(POSTWRIGHT_EXAMPLES "/") + site, {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList posts;
        while (it.hasNext()) {
            const QString post = it.next();
            if (!post.contains(u"/archetypes/"))
                posts.append(post);
        }
        posts.sort();
        for (const QString &post : posts) {
            const QString name = site + u'-' + QFileInfo(post).completeBaseName();
            QTest::newRow(qPrintable(name)) << post << goldenDir + QStringLiteral("/examples/") + name;
        }
    }
}

void TestGoldens::matchesReviewedOutput()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedBase);
    RenderOptions options;
    options.postPath = input;
    const RenderResult result = MarkdownRenderer().render(TestFiles::read(input), options);
    const QByteArray warnings = warningsText(result);

    if (qEnvironmentVariableIsSet("POSTWRIGHT_UPDATE_GOLDEN")) {
        QFile html(expectedBase + QStringLiteral(".html"));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write(result.html);
        QFile warn(expectedBase + QStringLiteral(".warnings"));
        QVERIFY(warn.open(QIODevice::WriteOnly));
        warn.write(warnings);
        QSKIP("golden files rewritten; review the diff");
    }
    const QByteArray expected = TestFiles::read(expectedBase + QStringLiteral(".html"));
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing ") + expectedBase + QStringLiteral(".html; run with POSTWRIGHT_UPDATE_GOLDEN=1")));
    QCOMPARE(QString::fromUtf8(result.html), QString::fromUtf8(expected));
    QCOMPARE(QString::fromUtf8(warnings), QString::fromUtf8(TestFiles::read(expectedBase + QStringLiteral(".warnings"))));
}

QTEST_GUILESS_MAIN(TestGoldens)
#include "tst_goldens.moc"
