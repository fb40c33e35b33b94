// Postwright's preview HTML against Hugo's, block by block, on the corpus in
// tests/data/hugo-parity (issue 16): the recorded Hugo output must be what
// Debian 13's hugo renders today, and every block where Postwright differs
// must be listed in known-differences.tsv with its reason, and only those.

#include "hugoparity.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using namespace Postwright::HugoParity;

Q_DECLARE_METATYPE(Postwright::HugoParity::CorpusPost)

namespace {

const QString corpusDir = QStringLiteral(POSTWRIGHT_HUGO_PARITY);
const QString exampleSite = QStringLiteral(POSTWRIGHT_EXAMPLE_SITE);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Relative path -> bytes of every file below dir.
QMap<QString, QByteArray> filesBelow(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readAll(path));
    }
    return files;
}

} // namespace

class TestHugoParity : public QObject
{
    Q_OBJECT

private slots:
    // The normalisation hides only what it says it hides.
    void normalisation_data()
    {
        QTest::addColumn<QByteArray>("hugo");
        QTest::addColumn<QByteArray>("postwright");
        QTest::addColumn<bool>("equal");
        QTest::newRow("whitespace between blocks") << QByteArray("<ul>\n<li>a</li>\n</ul>\n") << QByteArray("<ul><li>a</li></ul>") << true;
        QTest::newRow("whitespace at a block's end") << QByteArray("<p>a </p>") << QByteArray("<p>a</p>") << true;
        QTest::newRow("whitespace inside text") << QByteArray("<p>a b</p>") << QByteArray("<p>a  b</p>") << false;
        QTest::newRow("line break inside text") << QByteArray("<p>a\nb</p>") << QByteArray("<p>a b</p>") << false;
        QTest::newRow("space between inline elements") << QByteArray("<p><em>a</em> <b>b</b></p>") << QByteArray("<p><em>a</em><b>b</b></p>") << false;
        QTest::newRow("attribute order") << QByteArray("<input checked=\"\" disabled=\"\" type=\"checkbox\">")
                                         << QByteArray("<input type=\"checkbox\" checked=\"\" disabled=\"\" />") << true;
        QTest::newRow("attribute value") << QByteArray("<h2 id=\"a\">A</h2>") << QByteArray("<h2 id=\"b\">A</h2>") << false;
        QTest::newRow("data-line dropped") << QByteArray("<p>a</p>") << QByteArray("<p data-line=\"3\">a</p>") << true;
        QTest::newRow("other data attributes kept") << QByteArray("<p>a</p>") << QByteArray("<p data-kind=\"3\">a</p>") << false;
        QTest::newRow("references decoded") << QByteArray("<p>&ldquo;a&rdquo; &#169; &#x2014;</p>") << QByteArray("<p>“a” © —</p>") << true;
        QTest::newRow("curly and straight quotes differ") << QByteArray("<p>&ldquo;a&rdquo;</p>") << QByteArray("<p>&quot;a&quot;</p>") << false;
        QTest::newRow("markup characters stay escaped") << QByteArray("<p>&lt;b&gt;</p>") << QByteArray("<p><b></b></p>") << false;
        QTest::newRow("void element spelling") << QByteArray("<p>a<br>\nb</p><hr>") << QByteArray("<p>a<br />\nb</p>\n<hr />") << true;
        QTest::newRow("comment kept") << QByteArray("<!-- raw HTML omitted -->") << QByteArray("") << false;
        QTest::newRow("highlighted code as language and text")
            << QByteArray("<div class=\"highlight\"><pre tabindex=\"0\" style=\"color:#f8f8f2\"><code class=\"language-go\" "
                          "data-lang=\"go\"><span style=\"display:flex;\"><span><span style=\"color:#66d9ef\">func</span> "
                          "main() {}\n</span></span></code></pre></div>")
            << QByteArray("<pre class=\"code\" data-line=\"4\"><code class=\"language-go\"><span class=\"k\">func</span> main() {}\n</code></pre>")
            << true;
        QTest::newRow("code language differs") << QByteArray("<pre><code class=\"language-go\">x</code></pre>")
                                               << QByteArray("<pre><code class=\"language-rust\">x</code></pre>") << false;
        QTest::newRow("code text differs") << QByteArray("<pre><code>a &quot;b&quot;</code></pre>")
                                           << QByteArray("<pre><code>a “b”</code></pre>") << false;
        QTest::newRow("line numbers are not code") << QByteArray("<pre><code><span class=\"ln\">1</span>x\n</code></pre>")
                                                   << QByteArray("<pre><code>x</code></pre>") << true;
    }
    void normalisation()
    {
        QFETCH(QByteArray, hugo);
        QFETCH(QByteArray, postwright);
        QFETCH(bool, equal);
        const PostComparison result = compare(QStringLiteral("row"), hugo, postwright);
        QString diffs;
        for (const BlockDifference &d : result.differences)
            diffs += d.describe();
        QVERIFY2(result.differences.isEmpty() == equal, qPrintable(diffs));
    }

    // One extra block shifts nothing: the blocks after it still pair up.
    void alignmentSurvivesAnExtraBlock()
    {
        const QByteArray hugo = "<h2 id=\"a\">A</h2>\n<p>one</p>\n<p>two</p>\n<p>three</p>\n";
        const QByteArray ours = "<h2 id=\"a\">A</h2>\n<div class=\"x\">new</div>\n<p>one</p>\n<p>TWO</p>\n<p>three</p>\n";
        const PostComparison result = compare(QStringLiteral("row"), hugo, ours);
        QCOMPARE(result.equal, 3);
        QCOMPARE(result.total, 5);
        QCOMPARE(result.differences.size(), 2);
        QCOMPARE(result.differences[0].kind, BlockDifference::Extra);
        QCOMPARE(result.differences[0].key, QStringLiteral("+div: new"));
        QCOMPARE(result.differences[1].kind, BlockDifference::Changed);
        QCOMPARE(result.differences[1].key, QStringLiteral("p: two"));
    }

    void unclosedRawHtmlSwallowsNothing()
    {
        const QList<Block> blocks = splitBlocks("<div class=\"note\">\n<p>a</p>\n<p>b</p>\n");
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[0].html, QByteArray("<div class=\"note\">"));
    }

    void keysAreUniqueWithinAPost()
    {
        const QList<Block> blocks = splitBlocks("<h2 id=\"a\">Same</h2><h2 id=\"a-1\">Same</h2><hr><img src=\"/x.png\">");
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks[0].key, QStringLiteral("h2: Same"));
        QCOMPARE(blocks[1].key, QStringLiteral("h2: Same #2"));
        QCOMPARE(blocks[2].key, QStringLiteral("hr"));
        QCOMPARE(blocks[3].key, QStringLiteral("img: /x.png"));
    }

    // (a) The recorded expectation is what hugo renders today.
    void recordedHugoOutputIsCurrent()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty())
            QSKIP("hugo is not on PATH");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("expected"));
        QProcess record;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POSTWRIGHT_RECORD_IN_ENV"), QStringLiteral("1")); // hugo is here; never re-enter
        record.setProcessEnvironment(env);
        record.start(corpusDir + QStringLiteral("/record-hugo-output"), {fresh});
        QVERIFY2(record.waitForFinished(240000), "record-hugo-output did not finish in 4 minutes");
        QVERIFY2(record.exitStatus() == QProcess::NormalExit && record.exitCode() == 0,
                 qPrintable(QString::fromUtf8(record.readAllStandardError())));
        const QMap<QString, QByteArray> recorded = filesBelow(corpusDir + QStringLiteral("/expected"));
        const QMap<QString, QByteArray> current = filesBelow(fresh);
        QVERIFY(!current.isEmpty());
        QStringList stale;
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            if (recorded.value(it.key()) != it.value())
                stale.append(it.key());
        for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
            if (!current.contains(it.key()))
                stale.append(it.key() + QStringLiteral(" (no such post any more)"));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("expected/ is stale; run tests/data/hugo-parity/record-hugo-output "
                                                            "and review the diff: %1").arg(stale.join(QStringLiteral(", ")))));
    }

    // (b) Every block Postwright renders unlike Hugo is a known difference,
    // and every known difference still differs.
    void differencesAreKnown_data()
    {
        QTest::addColumn<CorpusPost>("post");
        const QList<CorpusPost> posts = corpusPosts(corpusDir, exampleSite, corpusDir + QStringLiteral("/expected"));
        QVERIFY(posts.size() >= 10);
        for (const CorpusPost &post : posts)
            QTest::newRow(qPrintable(post.id())) << post;
    }
    void differencesAreKnown()
    {
        QFETCH(CorpusPost, post);
        QString error;
        const QList<KnownDifference> known = readKnownDifferences(corpusDir + QStringLiteral("/known-differences.tsv"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray expected = readAll(post.expectedPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no recorded Hugo output: %1").arg(post.expectedPath)));
        const PostComparison result = compare(post.id(), expected, renderWithPostwright(post));

        QSet<QString> listed;
        for (const KnownDifference &k : known)
            if (k.post == post.id())
                listed.insert(k.key);
        QSet<QString> differing;
        QString unlisted, unlistedRows;
        for (const BlockDifference &d : result.differences) {
            differing.insert(d.key);
            if (!listed.contains(d.key)) {
                unlisted += d.describe();
                unlistedRows += post.id() + u'\t' + d.key + QStringLiteral("\t?\n");
            }
        }
        QStringList nowEqual;
        for (const QString &key : std::as_const(listed))
            if (!differing.contains(key))
                nowEqual.append(key);
        nowEqual.sort();
        QVERIFY2(unlisted.isEmpty(), qPrintable(QStringLiteral("blocks unlike Hugo's that known-differences.tsv does not list:\n%1"
                                                               "rows to add, with their reason:\n%2").arg(unlisted, unlistedRows)));
        QVERIFY2(nowEqual.isEmpty(), qPrintable(QStringLiteral("listed in known-differences.tsv but equal to Hugo's now "
                                                               "(or no such block): remove them: %1")
                                                    .arg(nowEqual.join(QStringLiteral(" | ")))));
    }

    // A row for a post the corpus does not have would never be checked.
    void knownDifferencesNameRealPosts()
    {
        QString error;
        const QList<KnownDifference> known = readKnownDifferences(corpusDir + QStringLiteral("/known-differences.tsv"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> ids;
        for (const CorpusPost &post : corpusPosts(corpusDir, exampleSite, corpusDir + QStringLiteral("/expected")))
            ids.insert(post.id());
        QSet<std::pair<QString, QString>> seen;
        for (const KnownDifference &k : known) {
            QVERIFY2(ids.contains(k.post), qPrintable(QStringLiteral("no post %1 in the corpus").arg(k.post)));
            QVERIFY2(!seen.contains({k.post, k.key}), qPrintable(QStringLiteral("listed twice: %1 %2").arg(k.post, k.key)));
            seen.insert({k.post, k.key});
        }
    }
};

QTEST_GUILESS_MAIN(TestHugoParity)
#include "tst_hugoparity.moc"
