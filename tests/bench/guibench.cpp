#include "guibench.h"

#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "panels/panelmanager.h"
#include "markdown/markdownrenderer.h"
#include "postgenerator.h"
#include "preview/previewview.h"
#include "processtreememory.h"

#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace Postwright {

namespace {

using Clock = std::chrono::steady_clock;

constexpr quint32 Seed = 20261123;
constexpr int WindowWidth = 1200;
constexpr int WindowHeight = 800;
constexpr int PreviewTimeoutMs = 60000;
constexpr int IdleTimeoutMs = 10000;
constexpr int RenderRuns = 7;
constexpr int SettleMs = 8000;
constexpr int PreviewSettleMs = 1000; // at most, for the preview's frame after an update
constexpr int PreviewQuietMs = 40;    // no preview paint for this long: it has drawn the update
// Ordinary prose, so word completion and highlighting see what a writer gives them.
constexpr char TypedText[] = "the preview keeps up with typing ";
// The TeX of the display formula math_preview_ms types into.
const QString FormulaLine = QStringLiteral("\\sum_{i=1}^{n} \\frac{x_i^2}{\\sigma} + y");

double millisecondsBetween(Clock::time_point start, Clock::time_point end)
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

// The nearest-rank percentile: the smallest sample that at least `percent`
// percent of the samples do not exceed.
std::optional<double> percentile(std::vector<double> samples, double percent)
{
    if (samples.empty())
        return std::nullopt;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(percent / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

// Runs the event loop until one pass over it finds nothing to do: the moment
// the window would handle the next key at once. Timers due later (the
// window's render delay) do not count as work. False if it never got there.
bool processEventsUntilIdle(int timeoutMs = IdleTimeoutMs)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const QDeadlineTimer deadline(timeoutMs);
    while (dispatcher->processEvents(QEventLoop::AllEvents)) {
        if (deadline.hasExpired())
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A JavaScript string literal holding text.
QString javaScriptString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString pageTextContains(const QString &needle)
{
    return QStringLiteral("document.body.textContent.includes(%1)").arg(javaScriptString(needle));
}

// Counts the paint events of the widgets it watches.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// A main window on screen, 1200x800, and what the bench needs to know of it:
// how often and when the preview reported an update, and what its page shows.
// Which update shows which text is read from the page itself, so the bench
// does not depend on how the window numbers its renders.
class MeasuredWindow
{
public:
    MeasuredWindow()
        : m_window(std::make_unique<MainWindow>())
    {
        m_window->resize(WindowWidth, WindowHeight);
        QObject::connect(m_window.get(), &MainWindow::previewUpdated, m_window.get(), [this] {
            m_lastUpdateAt = Clock::now();
            ++m_updates;
        });
    }

    ~MeasuredWindow()
    {
        // Nothing is saved: the generated post stays as it was written.
        document()->setModified(false);
        m_window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        processEventsUntilIdle();
    }

    MainWindow &window() { return *m_window; }
    KTextEditor::Document *document() const { return m_window->editor()->document(); }
    KTextEditor::View *view() const { return m_window->editor()->view(); }

    // Shows the window with every dock open and in view (the pairs the
    // window tabs are split, so each dock updates as the user would see it).
    bool show()
    {
        const QList<QDockWidget *> &docks = m_window->panels()->docks();
        for (qsizetype i = 0; i + 1 < docks.size(); i += 2) {
            // A tabbed dock would be split as another tab: it leaves first.
            const Qt::DockWidgetArea area = m_window->dockWidgetArea(docks[i]);
            m_window->removeDockWidget(docks[i + 1]);
            m_window->addDockWidget(area, docks[i + 1]);
            m_window->splitDockWidget(docks[i], docks[i + 1], Qt::Vertical);
        }
        for (QDockWidget *dock : docks)
            dock->show();
        m_window->show();
        m_window->activateWindow();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // The docks in view, by title.
    QStringList openDocks() const
    {
        QStringList open;
        for (QDockWidget *dock : m_window->panels()->docks())
            if (dock->isVisible() && !dock->visibleRegion().isEmpty())
                open << dock->windowTitle().remove(u'&');
        return open;
    }

    // How many updates the preview has reported so far.
    int updateCount() const { return m_updates; }

    // Runs the event loop until the preview has drawn what its page last
    // reported: the page reports an update once its DOM holds it, and the
    // frame that shows it reaches the window a little later. Settled is no
    // paint of the preview's widgets for a frame or two.
    void waitForPreviewToSettle()
    {
        for (QWidget *widget : m_window->preview()->findChildren<QWidget *>())
            widget->installEventFilter(&m_previewPaints); // once per widget: Qt keeps one of each filter
        const QDeadlineTimer deadline(PreviewSettleMs);
        int paints = -1;
        while (paints != m_previewPaints.paints && !deadline.hasExpired()) {
            paints = m_previewPaints.paints;
            QTest::qWait(PreviewQuietMs);
        }
    }

    // Runs the event loop until an update reported after the first
    // `afterUpdate` ones leaves the page with condition (JavaScript) true, and
    // returns when that update was reported; nothing if none did in time.
    std::optional<Clock::time_point> waitForPreviewWhere(const QString &condition, int afterUpdate)
    {
        const QDeadlineTimer deadline(PreviewTimeoutMs);
        int checked = afterUpdate;
        while (!deadline.hasExpired()) {
            if (m_updates == checked) {
                waitForUpdate(deadline);
                continue;
            }
            checked = m_updates;
            const Clock::time_point reportedAt = m_lastUpdateAt;
            if (evaluate(condition, deadline).value_or(false))
                return reportedAt;
        }
        return std::nullopt;
    }

    // The line near the middle of the post that typing goes to: prose (it
    // starts with a letter), outside fenced code.
    int lineMidPost() const
    {
        KTextEditor::Document *doc = document();
        bool inFence = false;
        for (int line = 0; line < doc->lines(); ++line) {
            const QString text = doc->line(line);
            if (text.startsWith(QLatin1String("```")))
                inFence = !inFence;
            else if (line >= doc->lines() / 2 && !inFence && !text.isEmpty() && text.front().isLetter())
                return line;
        }
        return doc->lines() / 2;
    }

    // Where a key press goes: the view's internal widget.
    QWidget *keyTarget() const { return view()->focusProxy() ? view()->focusProxy() : view(); }

private:
    void waitForUpdate(const QDeadlineTimer &deadline)
    {
        QEventLoop loop;
        QObject::connect(m_window.get(), &MainWindow::previewUpdated, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }

    std::optional<bool> evaluate(const QString &script, const QDeadlineTimer &deadline)
    {
        // The page may answer after the wait gave up: the answer must not
        // land in a stack frame that is gone.
        auto result = std::make_shared<std::optional<bool>>();
        QEventLoop loop;
        QPointer<QEventLoop> waiting(&loop);
        m_window->preview()->page()->runJavaScript(script, [result, waiting](const QVariant &value) {
            *result = value.toBool();
            if (waiting)
                waiting->quit();
        });
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
        return *result;
    }

    std::unique_ptr<MainWindow> m_window;
    PaintCounter m_previewPaints;
    int m_updates = 0;
    Clock::time_point m_lastUpdateAt;
};

struct TypingRun
{
    std::vector<double> keystrokeMs; // key event until the event loop is idle
    std::vector<double> previewMs;   // key event until the preview shows the change
};

// Any update at all: the page has loaded.
const QString PageIsLoaded = QStringLiteral("true");
// Some text of the post is on the page: it has been rendered once.
const QString PostIsShown = QStringLiteral("document.body.textContent.trim().length > 0");
// A word found nowhere else in a generated post; what is typed follows it, so
// the page can be asked whether it shows a keystroke.
const QString TypingMarker = QStringLiteral(" Zqxjv ");

// Types `keystrokes` characters at the end of a line in the middle of the
// post at postPath. Each key is pressed once the preview shows the one
// before, so it lands on a settled window: its figure is its own cost, not a
// wait behind a render.
TypingRun typeIntoPost(const QString &postPath, const QString &label, int keystrokes, QStringList &notes)
{
    TypingRun run;
    MeasuredWindow window;
    if (!window.show() || !window.window().openPath(postPath)) {
        notes << QStringLiteral("%1: the window did not appear or did not open the post").arg(label);
        return run;
    }
    if (!window.waitForPreviewWhere(PostIsShown, 0)) {
        notes << QStringLiteral("%1: the preview never showed the post").arg(label);
        return run;
    }
    notes << QStringLiteral("%1: docks open while typing: %2").arg(label, window.openDocks().join(QStringLiteral(", ")));
    const int line = window.lineMidPost();
    window.view()->setFocus();
    window.view()->setCursorPosition(KTextEditor::Cursor(line, window.document()->lineLength(line)));
    const int beforeMarker = window.updateCount();
    window.document()->insertText(window.view()->cursorPosition(), TypingMarker);
    QString typed = TypingMarker;
    if (!window.waitForPreviewWhere(pageTextContains(typed.trimmed()), beforeMarker)) {
        notes << QStringLiteral("%1: the preview never showed the first edit").arg(label);
        return run;
    }
    window.waitForPreviewToSettle();
    processEventsUntilIdle();

    QWidget *target = window.keyTarget();
    int neverIdle = 0;
    for (int i = 0; i < keystrokes; ++i) {
        const char character = TypedText[i % (sizeof(TypedText) - 1)];
        typed += QLatin1Char(character);
        const int updatesBefore = window.updateCount();
        const Clock::time_point pressed = Clock::now();
        QTest::keyClick(target, character);
        if (!processEventsUntilIdle())
            ++neverIdle;
        run.keystrokeMs.push_back(millisecondsBetween(pressed, Clock::now()));
        // The page drops a space at the end of a line, so after a space it
        // is asked for the text before it: the first update after the key.
        const std::optional<Clock::time_point> shown =
            window.waitForPreviewWhere(pageTextContains(typed.trimmed()), updatesBefore);
        if (!shown) {
            notes << QStringLiteral("%1: the preview did not show keystroke %2 within %3 s")
                         .arg(label)
                         .arg(i + 1)
                         .arg(PreviewTimeoutMs / 1000);
            break;
        }
        run.previewMs.push_back(millisecondsBetween(pressed, *shown));
        // The next key lands on a settled window: the preview's frame for
        // this one is drawn, so it is not counted in the next key's time.
        window.waitForPreviewToSettle();
        processEventsUntilIdle();
    }
    if (neverIdle > 0)
        notes << QStringLiteral("%1: after %2 keystroke(s) the event loop was still busy after %3 s")
                     .arg(label)
                     .arg(neverIdle)
                     .arg(IdleTimeoutMs / 1000);
    return run;
}

// Types `keystrokes` letters at the end of the TeX of a display formula in
// the post at postPath, each once the page shows the one before: from the key
// event until KaTeX has drawn the formula with it (KaTeX's TeX annotation in
// the page holds it).
std::vector<double> typeIntoFormula(const QString &postPath, int keystrokes, QStringList &notes)
{
    std::vector<double> times;
    MeasuredWindow window;
    if (!window.show() || !window.window().openPath(postPath) || !window.waitForPreviewWhere(PostIsShown, 0)) {
        notes << QStringLiteral("math: the window did not show the post");
        return times;
    }
    KTextEditor::Document *doc = window.document();
    int line = 0;
    while (line < doc->lines() && doc->line(line) != FormulaLine)
        ++line;
    const auto drawn = [](const QString &tex) {
        return QStringLiteral("Array.from(document.querySelectorAll('.math.display annotation'))"
                              ".some(a => a.textContent.includes(%1))")
            .arg(javaScriptString(tex));
    };
    if (line == doc->lines() || !window.waitForPreviewWhere(drawn(FormulaLine), 0)) {
        notes << QStringLiteral("math: the preview never drew the formula (KaTeX missing?)");
        return times;
    }
    window.view()->setFocus();
    window.view()->setCursorPosition(KTextEditor::Cursor(line, doc->lineLength(line)));
    processEventsUntilIdle();
    QString tex = FormulaLine;
    for (int i = 0; i < keystrokes; ++i) {
        const char letter = char('a' + i % 26);
        tex += QLatin1Char(letter);
        const int updatesBefore = window.updateCount();
        const Clock::time_point pressed = Clock::now();
        QTest::keyClick(window.keyTarget(), letter);
        const std::optional<Clock::time_point> shown = window.waitForPreviewWhere(drawn(tex), updatesBefore);
        if (!shown) {
            notes << QStringLiteral("math: the preview did not draw keystroke %1 within %2 s").arg(i + 1).arg(PreviewTimeoutMs / 1000);
            break;
        }
        times.push_back(millisecondsBetween(pressed, *shown));
        processEventsUntilIdle();
    }
    doc->setModified(false);
    return times;
}

// Opens the post at postPath in a window already on screen, whose empty
// preview has loaded, until the window takes input again.
std::optional<double> timeOpening(const QString &postPath, QStringList &notes)
{
    MeasuredWindow window;
    if (!window.show() || !window.waitForPreviewWhere(PageIsLoaded, 0)) {
        notes << QStringLiteral("open: an empty window did not appear or its preview never loaded");
        return std::nullopt;
    }
    processEventsUntilIdle();

    const int updatesBefore = window.updateCount();
    const Clock::time_point start = Clock::now();
    const bool opened = window.window().openPath(postPath);
    const bool idle = processEventsUntilIdle();
    const double openMs = millisecondsBetween(start, Clock::now());
    if (!opened || !idle) {
        notes << (opened ? QStringLiteral("open: the event loop was still busy %1 s after opening").arg(IdleTimeoutMs / 1000)
                         : QStringLiteral("open: the window could not open %1").arg(postPath));
        return std::nullopt;
    }
    // The render the post started must not slow the next run down.
    window.waitForPreviewWhere(PostIsShown, updatesBefore);
    return openMs;
}

// The bare render of a post as the window asks for it, median of RenderRuns.
std::optional<double> renderMs(const QByteArray &post)
{
    RenderOptions options;
    options.sourceLines = true;
    MarkdownRenderer().render(post, options); // warms caches and the highlighting repository
    std::vector<double> times;
    for (int run = 0; run < RenderRuns; ++run) {
        const Clock::time_point start = Clock::now();
        MarkdownRenderer().render(post, options);
        times.push_back(millisecondsBetween(start, Clock::now()));
    }
    return percentile(times, 50);
}

// One app's settled memory, or a note saying why there is none.
std::optional<double> settledMemory(const QString &app, const QString &program, const QStringList &arguments,
                                    const QString &workPath, QStringList &notes)
{
    QTextStream err(stderr);
    err << "gui: " << app << " running for " << SettleMs / 1000 << " s to measure its memory\n";
    err.flush();
    // -geometry (Qt's X11 option) gives both apps the window the bench uses.
    const QStringList withGeometry =
        QStringList{QStringLiteral("-geometry"), QStringLiteral("%1x%2").arg(WindowWidth).arg(WindowHeight)} + arguments;
    const TreeMemory memory = ProcessTreeMemory::measureSettled(program, withGeometry, SettleMs, workPath + u'/' + app,
                                                                workPath + u'/' + app + QStringLiteral(".log"));
    if (!memory.pssMb) {
        notes << QStringLiteral("%1 could not be measured: %2").arg(app, memory.error);
        return std::nullopt;
    }
    notes << QStringLiteral("%1: PSS summed over %2 processes (VmRSS summed: %3 MB)")
                 .arg(app)
                 .arg(memory.processes)
                 .arg(memory.rssMb, 0, 'f', 1);
    return memory.pssMb;
}

} // namespace

BenchGroup benchGui(const BenchSettings &settings)
{
    BenchGroup group{QStringLiteral("gui"), {}, {}};
    const int keystrokes = settings.quick ? 20 : 100;
    const int previewSamples = settings.quick ? 10 : 30;
    const int openRuns = settings.quick ? 1 : 3;
    if (settings.quick)
        group.notes << QStringLiteral("quick run: %1 keystrokes, %2 preview samples and %3 open instead of 100, 30 and 3")
                           .arg(keystrokes)
                           .arg(previewSamples)
                           .arg(openRuns);
    group.notes << (qgetenv("QT_QUICK_BACKEND") == "software"
                        ? QStringLiteral("compositing: Qt Quick's software renderer (OpenGL here is emulated on the CPU); "
                                         "ghostwriter's memory is measured with it too")
                        : QStringLiteral("compositing: OpenGL"));
    // Editor settings and caches go to a test folder, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QTextStream err(stderr);

    QTemporaryDir work;
    const QString smallPost = work.filePath(QStringLiteral("post-20kb.md"));
    const QString largePost = work.filePath(QStringLiteral("post-1mb.md"));
    const QString hugePost = work.filePath(QStringLiteral("post-5mb.md"));
    const QByteArray smallBytes = PostGenerator(Seed).technicalPost(20 * 1024);
    const QByteArray largeBytes = PostGenerator(Seed).technicalPost(1024 * 1024);
    if (!work.isValid() || !writeFile(smallPost, smallBytes) || !writeFile(largePost, largeBytes)
        || !writeFile(hugePost, PostGenerator(Seed).technicalPost(5 * 1024 * 1024))) {
        group.notes << QStringLiteral("could not write the generated posts below %1").arg(work.path());
        return group;
    }

    // Memory first, while nothing else of the bench runs.
    std::optional<double> postwrightMb;
    if (QFileInfo(settings.postwrightPath).isExecutable())
        postwrightMb = settledMemory(QStringLiteral("postwright"), settings.postwrightPath,
                                     {QStringLiteral(POSTWRIGHT_EXAMPLES "/site")}, work.path(), group.notes);
    else
        group.notes << QStringLiteral("no postwright executable at %1 (see --postwright)").arg(settings.postwrightPath);
    std::optional<double> ghostwriterMb;
    if (const QString ghostwriter = QStandardPaths::findExecutable(QStringLiteral("ghostwriter")); !ghostwriter.isEmpty())
        ghostwriterMb = settledMemory(
            QStringLiteral("ghostwriter"), ghostwriter,
            {QStringLiteral(POSTWRIGHT_EXAMPLES "/site/content/posts/measuring-build-times-with-ninja.md")},
            work.path(), group.notes);
    else
        group.notes << QStringLiteral("ghostwriter is not in PATH, so there is nothing to compare with");

    err << "gui: typing " << keystrokes << " characters into a 1 MB post\n";
    err.flush();
    const TypingRun large = typeIntoPost(largePost, QStringLiteral("1 MB post"), keystrokes, group.notes);
    err << "gui: typing " << previewSamples << " characters into a 20 KB post\n";
    err.flush();
    const TypingRun small = typeIntoPost(smallPost, QStringLiteral("20 KB post"), previewSamples, group.notes);

    group.notes << QStringLiteral("keystrokes: each pressed once the preview showed the one before and had drawn it "
                                  "(no preview paint for %1 ms), timed from the key event until the event loop was "
                                  "idle (repaint included)").arg(PreviewQuietMs)
                << QStringLiteral("preview: from the key event until the page reported the update that put the "
                                  "typed text into its DOM");

    // A 20 KB post ending in a display formula, typed into.
    const QString mathPost = work.filePath(QStringLiteral("post-20kb-math.md"));
    const QByteArray mathBytes = smallBytes + "\n\nInline $a^2 + b^2$ math, and a display formula:\n\n$$\n"
                                 + FormulaLine.toUtf8() + "\n$$\n";
    std::vector<double> mathTimes;
    if (writeFile(mathPost, mathBytes)) {
        err << "gui: typing " << previewSamples << " letters into a formula of a 20 KB post\n";
        err.flush();
        mathTimes = typeIntoFormula(mathPost, previewSamples, group.notes);
    }
    group.notes << QStringLiteral("math_preview: from the key event inside a display formula until KaTeX had drawn it "
                                  "with the new letter");

    err << "gui: opening a 5 MB post " << openRuns << " time(s)\n";
    err.flush();
    std::vector<double> openTimes;
    for (int run = 0; run < openRuns; ++run)
        if (const std::optional<double> ms = timeOpening(hugePost, group.notes))
            openTimes.push_back(*ms);

    err << "gui: rendering the 20 KB and 1 MB posts " << RenderRuns << " times each\n";
    err.flush();
    group.add(QStringLiteral("keystroke_1mb_p50_ms"), percentile(large.keystrokeMs, 50), 2);
    group.add(QStringLiteral("keystroke_1mb_p99_ms"), percentile(large.keystrokeMs, 99), 2, BenchGoal::below(16));
    group.add(QStringLiteral("preview_20kb_p50_ms"), percentile(small.previewMs, 50), 1, BenchGoal::below(30));
    group.add(QStringLiteral("render_20kb_ms"), renderMs(smallBytes), 2);
    group.add(QStringLiteral("math_preview_ms"), percentile(mathTimes, 50), 1, BenchGoal::below(50));
    group.add(QStringLiteral("preview_1mb_p50_ms"), percentile(large.previewMs, 50), 1, BenchGoal::below(150));
    group.add(QStringLiteral("render_1mb_ms"), renderMs(largeBytes), 2);
    group.add(QStringLiteral("open_5mb_ms"), percentile(openTimes, 50), 0, BenchGoal::below(700));
    group.add(QStringLiteral("rss_mb"), postwrightMb, 1);
    group.add(QStringLiteral("ghostwriter_rss_mb"), ghostwriterMb, 1);
    group.add(QStringLiteral("rss_vs_ghostwriter"), ratioOf(postwrightMb, ghostwriterMb), 2);
    return group;
}

} // namespace Postwright
