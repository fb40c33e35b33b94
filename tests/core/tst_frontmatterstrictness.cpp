// Front matter is as strict as Hugo: each post in tests/data/frontmatter-strictness
// is an error here exactly when Debian 13's hugo refused to build it, as recorded
// in verdicts.tsv by record-hugo-verdicts beside the posts.

#include "frontmatter/frontmatterdocument.h"
#include "frontmatter/frontmatterreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

namespace {

const QString corpusDir = QStringLiteral(POSTWRIGHT_TEST_DATA "/frontmatter-strictness");

struct Verdict
{
    QString name;
    bool hugoAccepts = false;
    QString hugoError;
};

// The rows of verdicts.tsv; empty when the table is missing.
QList<Verdict> readVerdicts()
{
    QFile file(corpusDir + QStringLiteral("/verdicts.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Verdict> verdicts;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2)
            continue;
        verdicts.append({fields[0], fields[1] == u"accept", fields.value(2)});
    }
    return verdicts;
}

QByteArray readPost(const QString &name)
{
    QFile file(corpusDir + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file lines the front matter occupies, delimiters included.
std::pair<int, int> blockLines(QByteArrayView text, const FrontMatterBlock &block)
{
    const int last = block.terminated ? block.bodyLine - 1 : int(text.count('\n')) + 1;
    return {1, qMax(1, last)};
}

QString describe(const Problem &error)
{
    return QStringLiteral("%1:%2: %3").arg(error.line).arg(error.column).arg(error.message);
}

// Whether error points at a line of the block and a column of that line (one
// past its end allowed: "end of line" positions).
bool insideBlock(QByteArrayView text, const FrontMatterBlock &block, const Problem &error)
{
    const auto [first, last] = blockLines(text, block);
    if (error.line < first || error.line > last || error.column < 1)
        return false;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    const QString line = QString::fromUtf8(lines.value(error.line - 1)).remove(u'\r');
    return error.column <= line.size() + 1;
}

} // namespace

class TestFrontMatterStrictness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdictsCoverTheCorpus();
    void errorExactlyWhenHugoRefuses_data();
    void errorExactlyWhenHugoRefuses();
    void recordedVerdictsAreHugosToday();
};

void TestFrontMatterStrictness::verdictsCoverTheCorpus()
{
    const QList<Verdict> verdicts = readVerdicts();
    QVERIFY2(verdicts.size() >= 40,
             qPrintable(QStringLiteral("%1/verdicts.tsv is missing or has %2 rows (at least 40 wanted); "
                                       "record it with record-hugo-verdicts")
                            .arg(corpusDir)
                            .arg(verdicts.size())));
    QStringList named;
    for (const Verdict &verdict : verdicts)
        named.append(verdict.name);
    named.sort();
    QStringList posts = QDir(corpusDir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    posts.removeOne(QStringLiteral("README.md"));
    QCOMPARE(named, posts);
    int refused = 0;
    for (const Verdict &verdict : verdicts)
        refused += verdict.hugoAccepts ? 0 : 1;
    QVERIFY2(refused >= 10 && verdicts.size() - refused >= 10, "the corpus wants both kinds of post");
}

void TestFrontMatterStrictness::errorExactlyWhenHugoRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hugoAccepts");
    QTest::addColumn<QString>("hugoError");
    const QList<Verdict> verdicts = readVerdicts();
    if (verdicts.isEmpty())
        QTest::newRow("verdicts.tsv") << QString() << false << QString();
    for (const Verdict &verdict : verdicts)
        QTest::newRow(qPrintable(verdict.name)) << verdict.name << verdict.hugoAccepts << verdict.hugoError;
}

void TestFrontMatterStrictness::errorExactlyWhenHugoRefuses()
{
    QFETCH(QString, name);
    QFETCH(bool, hugoAccepts);
    QFETCH(QString, hugoError);
    QVERIFY2(!name.isEmpty(), "verdicts.tsv is missing or empty");
    const QByteArray text = readPost(name);
    QVERIFY2(!text.isEmpty(), qPrintable(name));

    // A post that only opens like front matter (never closed, or no map of
    // keys) may be read as body text with a notice instead of an error: that
    // too tells the user Hugo refuses it. Everything Hugo builds is front matter.
    const FrontMatterData data = readFrontMatter(text);
    if (!data.block.exists()) {
        QVERIFY2(!hugoAccepts, "hugo builds it, yet it is not read as front matter");
        return;
    }
    if (hugoAccepts) {
        QVERIFY2(!data.error, qPrintable(QStringLiteral("hugo accepts it, readFrontMatter says ") + describe(*data.error)));
    } else {
        QVERIFY2(data.error, qPrintable(QStringLiteral("hugo refuses it (") + hugoError + QStringLiteral("), readFrontMatter accepts it")));
        QVERIFY2(insideBlock(text, data.block, *data.error), qPrintable(describe(*data.error)));
        QVERIFY2(!data.error->message.isEmpty(), "an error says what is wrong");
    }

    const FrontMatterDocument document = FrontMatterDocument::parse(text);
    QCOMPARE(document.isValid(), hugoAccepts);
    for (const Problem &error : document.errors)
        QVERIFY2(insideBlock(text, document.block, error), qPrintable(describe(error)));
}

// A table recorded with an older hugo, or posts changed since, show here: a few
// posts are built again when hugo is installed (it is in the build environment).
void TestFrontMatterStrictness::recordedVerdictsAreHugosToday()
{
    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    if (hugo.isEmpty())
        QSKIP("hugo is not installed");
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QDir dir(site.path());
    QVERIFY(dir.mkpath(QStringLiteral("content/posts")) && dir.mkpath(QStringLiteral("layouts/_default")) && dir.mkpath(QStringLiteral("home")));
    const auto write = [&](const QString &path, const QByteArray &bytes) {
        QFile file(dir.filePath(path));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("hugo.toml"),
                  "baseURL = \"https://example.org/\"\ntitle = \"T\"\n"
                  "disableKinds = [\"rss\", \"sitemap\", \"taxonomy\", \"term\", \"robotsTXT\", \"404\"]\n"));
    QVERIFY(write(QStringLiteral("layouts/_default/single.html"), "{{ .Title }}"));
    QVERIFY(write(QStringLiteral("layouts/_default/list.html"), "{{ .Title }}"));
    QVERIFY(write(QStringLiteral("layouts/index.html"), "{{ .Title }}"));

    QHash<QString, bool> recorded;
    for (const Verdict &verdict : readVerdicts())
        recorded.insert(verdict.name, verdict.hugoAccepts);
    const QStringList sample = {QStringLiteral("yaml-unterminated-double-quote.md"), QStringLiteral("yaml-hugo-basic.md"),
                                QStringLiteral("yaml-duplicate-key.md"), QStringLiteral("yaml-tab-indentation.md")};
    for (const QString &name : sample) {
        QVERIFY2(recorded.contains(name), qPrintable(name));
        const QString post = dir.filePath(QStringLiteral("content/posts/post.md"));
        QFile::remove(post);
        QVERIFY(write(QStringLiteral("content/posts/post.md"), readPost(name)));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("HUGO_CACHEDIR"), dir.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(site.path());
        process.start(hugo, {QStringLiteral("--quiet"), QStringLiteral("--noBuildLock"), QStringLiteral("--buildDrafts"),
                             QStringLiteral("--buildFuture"), QStringLiteral("--buildExpired")});
        QVERIFY(process.waitForFinished(60000));
        const bool accepts = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        QVERIFY2(accepts == recorded.value(name),
                 qPrintable(name + QStringLiteral(": hugo now says ") + (accepts ? QStringLiteral("accept") : QStringLiteral("refuse"))
                            + QStringLiteral("; record verdicts.tsv again\n") + QString::fromUtf8(process.readAll())));
    }
}

QTEST_GUILESS_MAIN(TestFrontMatterStrictness)
#include "tst_frontmatterstrictness.moc"
