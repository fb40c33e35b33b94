// One type says what went wrong and where: Result carries a value or a
// Problem, and the front matter's parse errors, lint findings, image problems,
// render warnings and failed writes are all Problems with a message and a line.
#include "document/atomicwriter.h"
#include "frontmatter/frontmatterdocument.h"
#include "frontmatter/frontmatterlint.h"
#include "images/imagecheck.h"
#include "problem.h"

#include <QTemporaryDir>
#include <QTest>

#include <type_traits>

using namespace Postwright;

static_assert(std::is_base_of_v<Problem, LintFinding>);
static_assert(std::is_base_of_v<Problem, ImageProblem>);
static_assert(std::is_same_v<decltype(FrontMatterDocument::errors)::value_type, Problem>);
static_assert(std::is_same_v<RenderWarning, Problem>);

namespace {

Result<int> half(int number)
{
    if (number % 2)
        return Problem{QStringLiteral("%1 is odd").arg(number), 4, 9};
    return number / 2;
}

} // namespace

class TestProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultHoldsAValue()
    {
        const Result<int> result = half(8);
        QVERIFY(result.ok());
        QVERIFY(result);
        QCOMPARE(*result, 4);
        QCOMPARE(result.value(), 4);

        Result<QString> text = QStringLiteral("chart.png");
        QCOMPARE(text->size(), 9);
        const QString moved = std::move(text).value();
        QCOMPARE(moved, QStringLiteral("chart.png"));
    }

    void resultHoldsAProblemWithMessageLineAndColumn()
    {
        const Result<int> result = half(7);
        QVERIFY(!result.ok());
        QVERIFY(!result);
        QCOMPARE(result.problem().message, QStringLiteral("7 is odd"));
        QCOMPARE(result.problem().line, 4);
        QCOMPARE(result.problem().column, 9);
    }

    void emptyResultIsSuccessOrAProblem()
    {
        const Result<> fine;
        QVERIFY(fine);
        const Result<> failed = Problem{QStringLiteral("no"), 2};
        QVERIFY(!failed);
        QCOMPARE(failed.problem().message, QStringLiteral("no"));
        QCOMPARE(failed.problem().line, 2);
        QCOMPARE(failed.problem().column, 0); // not known
    }

    void writeErrorsHaveNoLine()
    {
        QTemporaryDir dir;
        const Result<> written = AtomicWriter::write(dir.filePath(QStringLiteral("gone/post.md")), "x");
        QVERIFY(!written);
        QVERIFY2(written.problem().message.contains(u"does not exist"), qPrintable(written.problem().message));
        QCOMPARE(written.problem().line, 0);
        QCOMPARE(written.problem().column, 0);
    }

    void lintFindingIsAProblemAboutAKey()
    {
        const QList<LintFinding> findings =
            FrontMatterLint::check(QByteArrayView("---\ntitle: A\ndraft: false\ntitle: B\n---\n"), LintContext());
        QCOMPARE(findings.size(), 1);
        const Problem &problem = findings.first();
        QCOMPARE(problem.line, 4); // the second title
        QVERIFY2(problem.message.contains(u"more than once"), qPrintable(problem.message));
        QCOMPARE(findings.first().key, QStringLiteral("title"));
    }

    void imageProblemIsAProblemOfAKind()
    {
        ImageUse use;
        use.reference.line = 5;
        use.reference.src = QStringLiteral("chart.png");
        use.image.status = ResolvedImage::Local;
        const QList<ImageProblem> problems = ImageCheck::problems(use);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, ImageProblem::NoAltText);
        const Problem &problem = problems.first();
        QCOMPARE(problem.line, 5);
        QCOMPARE(problem.message, QStringLiteral("image without alt text: chart.png"));
    }

    void parseErrorIsAProblemWithLineAndColumn()
    {
        // The JSON reader places an error by its offset in the file.
        const FrontMatterDocument document = FrontMatterDocument::parse(QByteArrayView("{\n  \"title\": \"A\",\n  \"draft\": nope\n}\n"));
        QVERIFY(!document.errors.isEmpty());
        const Problem &problem = document.errors.first();
        QVERIFY(!problem.message.isEmpty());
        QCOMPARE(problem.line, 3);
        // Within "nope" (columns 12 to 15), where Qt's JSON parser gives up.
        QVERIFY2(problem.column >= 12 && problem.column <= 16, qPrintable(QString::number(problem.column)));
    }
};

QTEST_GUILESS_MAIN(TestProblem)

#include "tst_problem.moc"
