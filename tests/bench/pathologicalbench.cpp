#include "pathologicalbench.h"

#include "markdown/markdownrenderer.h"
#include "postgenerator.h"
#include "renderbench.h"

#include <cmark-gfm-core-extensions.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

namespace Postwright {

namespace {

constexpr char ChildOption[] = "--pathological-child";
constexpr quint32 Seed = 20261123;

// How far the group goes. Bare cmark-gfm sets each case's size; Postwright is
// run at that size and at twice it only while the time it is predicted to
// need fits the budget.
struct Limits
{
    double cmarkTargetMs;    // a case grows until bare cmark-gfm needs this
    qsizetype maxBytes;      // ... or reaches this size
    int cmarkRuns;           // median of, at the case's size and at twice it
    double budgetMs;         // a Postwright render predicted to take longer is not started
    double deadlineMs;       // a Postwright render still running after this is stopped
    qsizetype smallestBytes; // Postwright's smallest size: the ladder up to the case's size starts here
};

constexpr Limits FullLimits{50, 32 * 1024 * 1024, 5, 6000, 20000, 2 * 1024};
constexpr Limits QuickLimits{10, 2 * 1024 * 1024, 3, 1500, 5000, 2 * 1024};
constexpr qsizetype StartBytes = 16 * 1024;
constexpr int SizingRuns = 3;            // median of, while a case grows
constexpr int PostwrightRuns = 3;        // median of, per size ...
constexpr double OneRunFromMs = 1000;    // ... but one run of a slow size is enough
constexpr int LadderSteps = 8;           // sizes down to 1/256 of the case's, for the prediction
constexpr double UnknownGrowth = 4;      // assumed for the first doubling, before one is measured
constexpr double RatioGoal = 3.0;        // Postwright against bare cmark-gfm on the same bytes
constexpr double DoublingGoal = 2.2;     // twice the bytes, at most twice the time (and noise)
constexpr std::size_t FittedSizes = 3; // the largest sizes run, for the growth
constexpr double BeyondCmark = 1.1;      // a doubling ratio this much over cmark-gfm's is Postwright's own

using Generator = QByteArray (*)(qsizetype bytes);

struct PathologicalCase
{
    const char *name;   // the figures' stem, e.g. "nested_brackets"
    Generator generate; // about `bytes` bytes of input
};

// unit repeated to fill about bytes, between prefix and suffix.
QByteArray repeated(QByteArrayView unit, qsizetype bytes, QByteArrayView prefix = {}, QByteArrayView suffix = {})
{
    const qsizetype count = std::max<qsizetype>(1, (bytes - prefix.size() - suffix.size()) / unit.size());
    QByteArray out;
    out.reserve(prefix.size() + count * unit.size() + suffix.size());
    out.append(prefix);
    for (qsizetype i = 0; i < count; ++i)
        out.append(unit);
    out.append(suffix);
    return out;
}

// The same in short lines, so that stopping at the line's end does not save
// a scanner that looks for a closer in the rest of the post.
QByteArray repeatedLines(QByteArrayView unit, qsizetype bytes)
{
    constexpr int UnitsPerLine = 16;
    const qsizetype count = std::max<qsizetype>(1, bytes / unit.size());
    QByteArray out;
    out.reserve(count * unit.size() + count / UnitsPerLine + 1);
    for (qsizetype i = 1; i <= count; ++i) {
        out.append(unit);
        if (i % UnitsPerLine == 0)
            out.append('\n');
    }
    return out;
}

// open k times, middle, close k times.
QByteArray nested(QByteArrayView open, QByteArrayView middle, QByteArrayView close, qsizetype bytes)
{
    const qsizetype count = std::max<qsizetype>(1, (bytes - middle.size()) / (open.size() + close.size()));
    QByteArray out;
    out.reserve(count * (open.size() + close.size()) + middle.size());
    for (qsizetype i = 0; i < count; ++i)
        out.append(open);
    out.append(middle);
    for (qsizetype i = 0; i < count; ++i)
        out.append(close);
    return out;
}

// "* a" one level deeper on every line.
QByteArray deeplyNestedList(qsizetype bytes)
{
    QByteArray out;
    for (qsizetype level = 0; out.size() < bytes; ++level)
        out.append(QByteArray(2 * level, ' ')).append("* a\n");
    return out;
}

// "e`", "e``", "e```", ...: every run of backticks is a code span opener
// with no closer of its length.
QByteArray backtickRuns(qsizetype bytes)
{
    QByteArray out;
    for (qsizetype run = 1; out.size() < bytes; ++run)
        out.append('e').append(QByteArray(run, '`'));
    return out;
}

QByteArray linkReferences(qsizetype bytes)
{
    QByteArray out;
    for (qsizetype i = 0; out.size() < bytes; ++i) {
        const QByteArray label = "r" + QByteArray::number(i);
        out.append("[" + label + "]: /u\n\n[" + label + "]\n\n");
    }
    return out;
}

// cmark-gfm's own (test/pathological_tests.py), then the spans Postwright
// protects before cmark-gfm sees the post, unclosed and nested.
const PathologicalCase Cases[] = {
    {"nested_strong_emph", [](qsizetype n) { return nested("*a **a ", "b", " a** a*", n); }},
    {"emph_closers_no_openers", [](qsizetype n) { return repeated("a_ ", n); }},
    {"emph_openers_no_closers", [](qsizetype n) { return repeated("_a ", n); }},
    {"link_closers_no_openers", [](qsizetype n) { return repeated("a]", n); }},
    {"link_openers_no_closers", [](qsizetype n) { return repeated("[a", n); }},
    {"mismatched_openers_closers", [](qsizetype n) { return repeated("*a_ ", n); }},
    {"openers_closers_multiple_of_3", [](qsizetype n) { return repeated("c* ", n, "a**b"); }},
    {"link_openers_emph_closers", [](qsizetype n) { return repeated("[ a_", n); }},
    {"bracket_paren", [](qsizetype n) { return repeated("[ (](", n); }},
    {"image_brackets", [](qsizetype n) { return repeated("![[]()", n); }},
    {"nested_brackets", [](qsizetype n) { return nested("[", "a", "]", n); }},
    {"nested_block_quotes", [](qsizetype n) { return repeated("> ", n, {}, "a"); }},
    {"deeply_nested_lists", deeplyNestedList},
    {"backtick_runs", backtickRuns},
    {"unclosed_links_angle", [](qsizetype n) { return repeated("[a](<b", n); }},
    {"unclosed_links", [](qsizetype n) { return repeated("[a](b", n); }},
    {"unclosed_comments_inline", [](qsizetype n) { return repeated("<!--", n, "</"); }},
    {"tables", [](qsizetype n) { return repeated("aaa\rbbb\n-\v\n", n); }},
    {"link_references", linkReferences},
    {"emph_alternation", [](qsizetype n) { return repeated("*_", n); }},
    {"entities_unterminated", [](qsizetype n) { return repeated("&#9999", n); }},
    {"unclosed_tags", [](qsizetype n) { return repeated("<a ", n); }},
    {"html_attribute_runs", [](qsizetype n) { return repeated(" a=\"b\"", n, "<img src=\"a.png\"", ">"); }},
    {"code_span_unclosed", [](qsizetype n) { return repeated("`a ", n); }},
    {"dollar_math_unclosed", [](qsizetype n) { return repeated("$a ", n); }},
    {"dollar_runs", [](qsizetype n) { return repeated("$$", n); }},
    {"display_math_across_blank_lines", [](qsizetype n) { return repeated("$$a\n\n", n); }},
    {"paren_math_unclosed", [](qsizetype n) { return repeated("\\(a ", n); }},
    {"bracket_math_unclosed", [](qsizetype n) { return repeated("\\[a ", n); }},
    {"bracket_math_unclosed_lines", [](qsizetype n) { return repeatedLines("\\[a ", n); }},
    {"shortcode_unclosed", [](qsizetype n) { return repeated("{{< a ", n); }},
    {"shortcode_unclosed_lines", [](qsizetype n) { return repeatedLines("{{< a ", n); }},
    {"shortcode_percent_unclosed", [](qsizetype n) { return repeated("{{% a ", n); }},
    {"shortcode_tags", [](qsizetype n) { return repeated("{{< a >}} ", n); }},
    {"nested_shortcodes", [](qsizetype n) { return nested("{{< a >}}", "x", "{{< /a >}}", n); }},
    {"liquid_output_unclosed", [](qsizetype n) { return repeated("{{ a ", n); }},
    {"liquid_output_unclosed_lines", [](qsizetype n) { return repeatedLines("{{ a ", n); }},
    {"liquid_tag_unclosed", [](qsizetype n) { return repeated("{% a ", n); }},
    {"liquid_tag_unclosed_lines", [](qsizetype n) { return repeatedLines("{% a ", n); }},
    {"nested_liquid", [](qsizetype n) { return nested("{% if a %}", "x", "{% endif %}", n); }},
    {"comment_unclosed_paragraphs", [](qsizetype n) { return repeated("a <!-- b\n\n", n); }},
    // Openers of the image references the Images dock lists, unclosed.
    {"image_title_unclosed", [](qsizetype n) { return repeated("![a](b \"", n); }},
    {"img_quote_unclosed", [](qsizetype n) { return repeated("<img a=\"", n); }},
    {"figure_quote_unclosed", [](qsizetype n) { return repeated("{{< figure src=\"", n); }},
    {"liquid_raw_openers", [](qsizetype n) { return repeated("{% raw %}", n); }},
    {"highlight_openers", [](qsizetype n) { return repeated("{{< highlight >}}", n); }},
};

const PathologicalCase *findCase(const char *name)
{
    for (const PathologicalCase &c : Cases)
        if (std::strcmp(c.name, name) == 0)
            return &c;
    return nullptr;
}

QString sizeText(qsizetype bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', bytes % (1024 * 1024) ? 1 : 0);
    return QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', bytes % 1024 ? 1 : 0);
}

QString secondsText(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1) : QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
}

double cmarkMs(const QByteArray &input, int runs)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        renderWithBareCmark(input);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return medianOf(times);
}

// What the child reported: Postwright's times by size, and why it stopped.
struct ChildOutcome
{
    std::map<qsizetype, std::vector<double>> times; // by the bytes asked for
    std::map<qsizetype, std::vector<double>> cmarkTimes; // bare cmark-gfm beside each run, in the same process
    std::optional<qsizetype> skipped;               // the first size not started, over the budget
    double predictedMs = 0;                         // ... for that size
    std::optional<qsizetype> stopped;               // the size whose render passed the deadline
    bool emptyHtml = false;
    QString failure;

    std::optional<double> medianAt(qsizetype bytes) const { return medianIn(times, bytes); }
    std::optional<double> cmarkMedianAt(qsizetype bytes) const { return medianIn(cmarkTimes, bytes); }

    static std::optional<double> medianIn(const std::map<qsizetype, std::vector<double>> &runs, qsizetype bytes)
    {
        const auto it = runs.find(bytes);
        if (it == runs.end() || it->second.empty())
            return std::nullopt;
        return medianOf(it->second);
    }
};

ChildOutcome renderInChild(const PathologicalCase &c, const BenchSettings &settings, const Limits &limits,
                           const std::vector<qsizetype> &sizes)
{
    ChildOutcome outcome;
    QStringList arguments{QString::fromLatin1(ChildOption), QString::fromLatin1(c.name),
                          QString::number(settings.threads), QString::number(limits.budgetMs)};
    for (qsizetype bytes : sizes)
        arguments << QString::number(bytes);
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments(arguments);
    child.setStandardInputFile(QProcess::nullDevice());
    child.setStandardErrorFile(QProcess::nullDevice());
    child.start();
    if (!child.waitForStarted(-1)) {
        outcome.failure = QStringLiteral("could not start the child: %1").arg(child.errorString());
        return outcome;
    }
    QElapsedTimer renderTimer;
    std::optional<qsizetype> rendering;
    const auto readReports = [&] {
        while (child.canReadLine()) {
            const QList<QByteArray> fields = child.readLine().trimmed().split(' ');
            const QByteArray &what = fields.constFirst();
            if (what == "start" && fields.size() == 2) {
                rendering = fields.at(1).toLongLong();
                renderTimer.start();
            } else if (what == "run" && fields.size() == 4) {
                outcome.times[fields.at(1).toLongLong()].push_back(fields.at(2).toDouble());
                outcome.emptyHtml = outcome.emptyHtml || fields.at(3).toLongLong() == 0;
                rendering.reset();
            } else if (what == "cmark" && fields.size() == 3) {
                outcome.cmarkTimes[fields.at(1).toLongLong()].push_back(fields.at(2).toDouble());
            } else if (what == "skip" && fields.size() == 3) {
                outcome.skipped = fields.at(1).toLongLong();
                outcome.predictedMs = fields.at(2).toDouble();
            }
        }
    };
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(100);
        readReports();
        if (rendering && double(renderTimer.elapsed()) > limits.deadlineMs) {
            outcome.stopped = rendering;
            child.kill();
            child.waitForFinished(-1);
            return outcome;
        }
    }
    readReports();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        outcome.failure = rendering ? QStringLiteral("the child crashed rendering %1").arg(sizeText(*rendering))
                                    : QStringLiteral("the child failed (exit status %1)").arg(child.exitCode());
    return outcome;
}

// The time for twice the bytes over once, from a least-squares fit of
// log2(time) on log2(size) over sizes (each twice the one before); null
// with fewer than two times.
template<typename MedianAt>
std::optional<double> doublingOver(const std::vector<qsizetype> &sizes, MedianAt medianAt)
{
    std::vector<std::pair<double, double>> points;
    for (qsizetype bytes : sizes)
        if (const std::optional<double> ms = medianAt(bytes); ms && *ms > 0)
            points.emplace_back(std::log2(double(bytes)), std::log2(*ms));
    if (points.size() < 2)
        return std::nullopt;
    double meanX = 0, meanY = 0;
    for (const auto &[x, y] : points) {
        meanX += x / double(points.size());
        meanY += y / double(points.size());
    }
    double sxy = 0, sxx = 0;
    for (const auto &[x, y] : points) {
        sxy += (x - meanX) * (y - meanY);
        sxx += (x - meanX) * (x - meanX);
    }
    return sxx > 0 ? std::optional<double>(std::exp2(sxy / sxx)) : std::nullopt;
}

struct CaseTotals
{
    int cases = 0;
    int overRatio = 0;
    int superlinear = 0;
    int superlinearBeyondCmark = 0; // cmark-gfm itself is not always linear at these sizes
    int cutShort = 0;
    std::optional<double> worstRatio;
    std::optional<double> worstDoubling;

    void count(std::optional<double> ratio, std::optional<double> doubling, double cmarkDoubling)
    {
        if (ratio && *ratio > RatioGoal)
            ++overRatio;
        if (doubling && *doubling > DoublingGoal)
            ++superlinear;
        if (doubling && *doubling > DoublingGoal && *doubling > BeyondCmark * cmarkDoubling)
            ++superlinearBeyondCmark;
        if (ratio)
            worstRatio = std::max(worstRatio.value_or(0), *ratio);
        if (doubling)
            worstDoubling = std::max(worstDoubling.value_or(0), *doubling);
    }
};

void benchCase(const PathologicalCase &c, const BenchSettings &settings, const Limits &limits, BenchGroup &group,
               CaseTotals &totals)
{
    QTextStream err(stderr);
    const QString name = QString::fromLatin1(c.name);
    const auto add = [&](const char *figure, std::optional<double> value, int decimals, BenchGoal goal = {}) {
        group.add(name + u'_' + QLatin1String(figure), value, decimals, goal);
    };

    // The size: doubled until bare cmark-gfm needs the target time.
    qsizetype bytes = StartBytes;
    while (bytes < limits.maxBytes && cmarkMs(c.generate(bytes), SizingRuns) < limits.cmarkTargetMs)
        bytes *= 2;
    const QByteArray input = c.generate(bytes);
    const double cmark = cmarkMs(input, limits.cmarkRuns);
    const double cmarkDouble = cmarkMs(c.generate(2 * bytes), limits.cmarkRuns);
    if (bytes >= limits.maxBytes && cmark < limits.cmarkTargetMs)
        group.notes << QStringLiteral("%1: bare cmark-gfm needs only %2 ms at the %3 cap")
                           .arg(name, QString::number(cmark, 'f', 1), sizeText(bytes));
    err << "pathological: " << name << ": " << sizeText(bytes) << ", cmark-gfm " << QString::number(cmark, 'f', 1)
        << " ms; postwright ";
    err.flush();

    // Postwright: from a small size up to the case's size and twice it,
    // each step run only when the time the smaller ones predict fits.
    std::vector<qsizetype> ladder;
    for (int step = LadderSteps; step >= 1; --step)
        if ((bytes >> step) >= limits.smallestBytes)
            ladder.push_back(bytes >> step);
    ladder.push_back(bytes);
    ladder.push_back(2 * bytes);
    const ChildOutcome outcome = renderInChild(c, settings, limits, ladder);

    // The largest size measured up to the case's, and the growth over the
    // largest sizes run: a least-squares fit of log time on log size over
    // the last (up to) three, as the ratio for twice the bytes. One pair of
    // sizes alone moved by a third between runs here.
    std::optional<qsizetype> measured;
    std::size_t lastRun = 0;
    for (std::size_t i = 0; i < ladder.size() && outcome.medianAt(ladder[i]); ++i) {
        if (ladder[i] <= bytes)
            measured = ladder[i];
        lastRun = i;
    }
    std::vector<qsizetype> fitted;
    if (measured)
        for (std::size_t i = lastRun >= FittedSizes - 1 ? lastRun - (FittedSizes - 1) : 0; i <= lastRun; ++i)
            fitted.push_back(ladder[i]);
    const std::optional<double> doubling = doublingOver(fitted, [&](qsizetype b) { return outcome.medianAt(b); });
    const qsizetype doublingFrom = fitted.empty() ? 0 : fitted.front();
    const qsizetype doublingTo = fitted.empty() ? 0 : fitted.back();
    const std::optional<double> postwright = measured ? outcome.medianAt(*measured) : std::nullopt;
    // Beside cmark-gfm on the very bytes Postwright rendered, run just before
    // each render in the same process.
    const std::optional<double> cmarkThere = measured ? outcome.cmarkMedianAt(*measured) : std::nullopt;
    const std::optional<double> ratio = ratioOf(postwright, cmarkThere);

    add("bytes", double(input.size()), 0);
    add("cmark_ms", cmark, 1);
    add("cmark_paired_ms", cmarkThere, 1);
    if (measured && *measured != bytes)
        add("postwright_bytes", double(c.generate(*measured).size()), 0);
    add("postwright_ms", postwright, 1);
    add("vs_cmark", ratio, 2, BenchGoal::atMost(RatioGoal));
    std::optional<double> estimate;
    if (measured && *measured != bytes && postwright) {
        // Labelled as what it is: the time at the case's size, extrapolated
        // with the growth measured at the largest sizes that were run.
        const double exponent = doubling ? std::max(1.0, std::log2(*doubling)) : 2.0;
        const double estimatedMs = *postwright * std::pow(double(bytes) / double(*measured), exponent);
        estimate = estimatedMs / cmark;
        add("postwright_ms_estimate", estimatedMs, 0);
        add("vs_cmark_estimate", estimate, 1, BenchGoal::atMost(RatioGoal));
    }
    add("doubling", doubling, 2, BenchGoal::atMost(DoublingGoal));
    add("cmark_doubling", cmark > 0 ? std::optional<double>(cmarkDouble / cmark) : std::nullopt, 2);
    // cmark-gfm's own over the same sizes, run beside the renders.
    const std::optional<double> cmarkPairedDoubling =
        doublingOver(fitted, [&](qsizetype b) { return outcome.cmarkMedianAt(b); });
    add("cmark_paired_doubling", cmarkPairedDoubling, 2);

    // Notes say which figures are not what their name promises.
    QString whyNot = outcome.failure;
    if (outcome.stopped)
        whyNot = QStringLiteral("a render of %1 was stopped after %2")
                     .arg(sizeText(*outcome.stopped), secondsText(limits.deadlineMs));
    else if (outcome.skipped)
        whyNot = QStringLiteral("%1 was predicted to take %2, over the %3 budget, and not run")
                     .arg(sizeText(*outcome.skipped), secondsText(outcome.predictedMs), secondsText(limits.budgetMs));
    const QString doublingText = doubling ? QString::number(*doubling, 'f', 2) : QStringLiteral("(none)");
    if (measured && *measured != bytes)
        group.notes << QStringLiteral("%1: postwright measured up to %2 only (%3); vs_cmark is at %2, beside cmark-gfm "
                                      "there; the estimate for %4 extrapolates with the doubling ratio %5 measured "
                                      "from %6 to %2, it was not run")
                           .arg(name, sizeText(*measured), whyNot, sizeText(bytes), doublingText, sizeText(doublingFrom));
    else if (measured && doublingTo != 2 * bytes)
        group.notes << QStringLiteral("%1: postwright ran %2 but not %3 (%4); doubling is fitted from %5 to %2")
                           .arg(name, sizeText(bytes), sizeText(2 * bytes), whyNot, sizeText(doublingFrom));
    if (!measured)
        group.notes << QStringLiteral("%1: postwright measured nothing: %2")
                           .arg(name, whyNot.isEmpty() ? QStringLiteral("no render reported") : whyNot);
    else if (!outcome.failure.isEmpty() && doublingTo == 2 * bytes) // otherwise said above
        group.notes << QStringLiteral("%1: %2").arg(name, outcome.failure);
    if (outcome.emptyHtml)
        group.notes << QStringLiteral("%1: a postwright render produced no HTML").arg(name);

    ++totals.cases;
    if (!measured || *measured != bytes || !outcome.medianAt(2 * bytes))
        ++totals.cutShort;
    totals.count(estimate ? estimate : ratio, doubling,
                 cmarkPairedDoubling ? *cmarkPairedDoubling : cmark > 0 ? cmarkDouble / cmark : 0);

    if (postwright)
        err << secondsText(*postwright) << " at " << sizeText(*measured);
    else
        err << "nothing measured";
    if (cmarkThere)
        err << " (cmark-gfm beside it " << QString::number(*cmarkThere, 'f', 1) << " ms)";
    if (ratio)
        err << ", " << QString::number(*ratio, 'f', 1) << "x";
    if (doubling)
        err << ", doubling " << QString::number(*doubling, 'f', 2);
    err << '\n';
    err.flush();
}

} // namespace

BenchGroup benchPathological(const BenchSettings &settings)
{
    const Limits &limits = settings.quick ? QuickLimits : FullLimits;
    BenchGroup group{QStringLiteral("pathological"), {}, {}};
    group.notes << QStringLiteral(
                       "each case grows (doubling from %1) until bare cmark-gfm needs %2 ms (at most %3); _bytes, "
                       "_cmark_ms: there, median of %4; _cmark_doubling: cmark-gfm at twice the bytes over that")
                       .arg(sizeText(StartBytes))
                       .arg(limits.cmarkTargetMs)
                       .arg(sizeText(limits.maxBytes))
                       .arg(limits.cmarkRuns)
                << QStringLiteral(
                       "postwright renders in a child process, %1, median of %2 runs per size (one when over %3): "
                       "sizes from 1/256 of the case's up to it and twice it, each run only when the time the "
                       "smaller ones predict fits %4; a render still running after %5 is stopped")
                       .arg(settings.threads == 1   ? QStringLiteral("held to one thread (RenderOptions::parallel off)")
                            : settings.threads > 1 ? QStringLiteral("on at most %1 threads").arg(settings.threads)
                                                   : QStringLiteral("on all threads"))
                       .arg(PostwrightRuns)
                       .arg(secondsText(OneRunFromMs), secondsText(limits.budgetMs), secondsText(limits.deadlineMs))
                << QStringLiteral("_vs_cmark: postwright over bare cmark-gfm on the same bytes (goal <= %1), cmark-gfm "
                                  "run in the child just before each render (_cmark_paired_ms, median): a pair sees the "
                                  "same machine; _doubling: postwright at twice the bytes over once (goal <= %2: linear, "
                                  "with noise)")
                       .arg(RatioGoal, 0, 'f', 1)
                       .arg(DoublingGoal, 0, 'f', 1)
                << QStringLiteral("bare cmark-gfm's own doubling ratio is often over %1 at these sizes (allocation, "
                                  "caches); cases_superlinear_beyond_cmark counts the cases whose doubling is also "
                                  "more than %2x cmark-gfm's over the same sizes in the same child (_cmark_paired_doubling)")
                       .arg(DoublingGoal, 0, 'f', 1)
                       .arg(BeyondCmark, 0, 'f', 1)
                << QStringLiteral("_doubling: fitted (least squares, log time on log size) over the %1 largest sizes "
                                  "run, so one noisy pair of runs does not decide it")
                       .arg(FittedSizes);
    if (settings.quick)
        group.notes << QStringLiteral("quick run: cmark-gfm sized to %1 ms, postwright budget %2")
                           .arg(limits.cmarkTargetMs)
                           .arg(secondsText(limits.budgetMs));

    cmark_gfm_core_extensions_ensure_registered();
    QElapsedTimer timer;
    timer.start();
    BenchGroup cases{group.name, {}, {}};
    CaseTotals totals;
    for (const QString &name : settings.cases)
        if (!findCase(qPrintable(name)))
            group.notes << QStringLiteral("no pathological case is called %1").arg(name);
    for (const PathologicalCase &c : Cases)
        if (settings.cases.isEmpty() || settings.cases.contains(QLatin1String(c.name)))
            benchCase(c, settings, limits, cases, totals);
    if (!settings.cases.isEmpty())
        group.notes << QStringLiteral("only the cases asked for with --case: %1").arg(settings.cases.join(QStringLiteral(", ")));

    // The summary first, then each case's figures.
    group.add(QStringLiteral("cases"), totals.cases, 0);
    group.add(QStringLiteral("cases_over_3x"), totals.overRatio, 0, BenchGoal::atMost(0));
    group.add(QStringLiteral("cases_superlinear"), totals.superlinear, 0, BenchGoal::atMost(0));
    group.add(QStringLiteral("cases_superlinear_beyond_cmark"), totals.superlinearBeyondCmark, 0, BenchGoal::atMost(0));
    group.add(QStringLiteral("cases_cut_short"), totals.cutShort, 0);
    group.add(QStringLiteral("worst_vs_cmark"), totals.worstRatio, 1, BenchGoal::atMost(RatioGoal));
    group.add(QStringLiteral("worst_doubling"), totals.worstDoubling, 2, BenchGoal::atMost(DoublingGoal));
    group.add(QStringLiteral("group_s"), double(timer.elapsed()) / 1000, 0);
    group.figures.append(cases.figures);
    group.notes.append(cases.notes);
    return group;
}

bool isPathologicalChildInvocation(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], ChildOption) == 0;
}

// Renders one case at each size in turn and reports each run on standard
// output as it ends ("start BYTES", "run BYTES MS HTML_BYTES"), so the parent
// keeps what was measured when it stops a render; a size the growth so far
// predicts over the budget is reported ("skip BYTES PREDICTED_MS") and ends it.
int pathologicalChildMain(int argc, char **argv)
{
    const PathologicalCase *c = argc > 5 ? findCase(argv[2]) : nullptr;
    if (!c) {
        std::fprintf(stderr, "usage: %s %s CASE THREADS BUDGET_MS BYTES...\n", argv[0], ChildOption);
        return 2;
    }
    const int threads = std::atoi(argv[3]);
    const double budgetMs = std::atof(argv[4]);
    QCoreApplication app(argc, argv);
    RenderOptions options;
    options.parallel = threads != 1;
    if (threads > 1)
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
    // Loads the highlighting repository and warms the allocator, as the
    // editor has done long before a post is typed.
    MarkdownRenderer().render(PostGenerator(Seed).technicalPost(32 * 1024), options);

    double lastMs = -1;
    double growth = UnknownGrowth;
    for (int i = 5; i < argc; ++i) {
        const qsizetype bytes = std::atoll(argv[i]);
        if (lastMs >= 0) {
            const double predictedMs = lastMs * std::max(2.0, growth);
            if (predictedMs > budgetMs) {
                std::printf("skip %lld %.1f\n", static_cast<long long>(bytes), predictedMs);
                break;
            }
        }
        const QByteArray input = c->generate(bytes);
        std::vector<double> times;
        for (int run = 0; run < PostwrightRuns; ++run) {
            // Bare cmark-gfm just before each render, in this process: the
            // pair sees the same machine (a busy neighbour, memory the
            // kernel is reclaiming), which moves both by as much.
            QElapsedTimer cmarkTimer;
            cmarkTimer.start();
            renderWithBareCmark(input);
            std::printf("cmark %lld %.3f\n", static_cast<long long>(bytes), double(cmarkTimer.nsecsElapsed()) / 1e6);
            std::printf("start %lld\n", static_cast<long long>(bytes));
            std::fflush(stdout);
            QElapsedTimer timer;
            timer.start();
            const RenderResult result = MarkdownRenderer().render(input, options);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            std::printf("run %lld %.3f %lld\n", static_cast<long long>(bytes), ms,
                        static_cast<long long>(result.html.size()));
            std::fflush(stdout);
            times.push_back(ms);
            if (ms >= OneRunFromMs)
                break;
        }
        const double ms = medianOf(times);
        if (lastMs > 0)
            growth = ms / lastMs;
        lastMs = ms;
    }
    return 0;
}

} // namespace Postwright
