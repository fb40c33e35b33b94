// Markdown actions on a real KTextEditor view in a window with the format
// actions, driven by key presses; every action is one undo step.

#include "editor/markdownactions.h"

#include <KActionCollection>

#include <KTextEditor/Document>
#include <KTextEditor/Editor>
#include <KTextEditor/View>

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace Postwright;

class TestMarkdownActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keyDoesActionAndUndoRestores_data();
    void keyDoesActionAndUndoRestores();

private:
    KTextEditor::Document *m_doc = nullptr;
    KTextEditor::View *m_view = nullptr;
    QWidget *m_window = nullptr;
};

void TestMarkdownActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMarkdownActions::init()
{
    m_doc = KTextEditor::Editor::instance()->createDocument(nullptr);
    m_doc->setHighlightingMode(QStringLiteral("Markdown"));
    // As in the main window: the format keys are the window's actions,
    // the view gives them up.
    m_window = new QWidget;
    m_view = m_doc->createView(m_window);
    (new QVBoxLayout(m_window))->addWidget(m_view);
    auto *actions = new MarkdownActions(m_view);
    auto *collection = new KActionCollection(m_window);
    MarkdownActions::addWindowActions(collection, [actions] { return actions; });
    collection->addAssociatedWidget(m_window);
    QList<QKeySequence> keys;
    for (const QAction *action : collection->actions())
        keys += action->shortcuts();
    actions->releaseShortcutsOfTheView(keys);
    m_window->resize(800, 600);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_view->setFocus();
}

void TestMarkdownActions::cleanup()
{
    delete m_view;
    delete m_doc;
    delete m_window;
}

void TestMarkdownActions::keyDoesActionAndUndoRestores_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("from");   // selection start column on `line`
    QTest::addColumn<int>("to");     // selection end column (== from: just the cursor)
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("expected");

    const int none = Qt::NoModifier, ctrl = Qt::ControlModifier, ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    QTest::newRow("enter-continues-list") << "- apples" << 0 << 8 << 8 << int(Qt::Key_Return) << none << "- apples\n- ";
    QTest::newRow("enter-numbers-on") << "1. first" << 0 << 8 << 8 << int(Qt::Key_Return) << none << "1. first\n2. ";
    QTest::newRow("enter-continues-quote") << "> said" << 0 << 6 << 6 << int(Qt::Key_Return) << none << "> said\n> ";
    QTest::newRow("enter-task") << "- [x] done" << 0 << 10 << 10 << int(Qt::Key_Return) << none << "- [x] done\n- [ ] ";
    QTest::newRow("enter-ends-list") << "- a\n- " << 1 << 2 << 2 << int(Qt::Key_Return) << none << "- a\n";
    QTest::newRow("enter-in-fence-is-plain") << "```\n- x" << 1 << 3 << 3 << int(Qt::Key_Return) << none << "```\n- x\n";
    QTest::newRow("tab-indents-item") << "- a" << 0 << 3 << 3 << int(Qt::Key_Tab) << none << "  - a";
    QTest::newRow("backtab-outdents-item") << "    - a" << 0 << 7 << 7 << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << "  - a";
    QTest::newRow("bold") << "a word" << 0 << 2 << 6 << int(Qt::Key_B) << ctrl << "a **word**";
    QTest::newRow("bold-off") << "a **word**" << 0 << 4 << 8 << int(Qt::Key_B) << ctrl << "a word";
    QTest::newRow("italic") << "a word" << 0 << 2 << 6 << int(Qt::Key_I) << ctrl << "a *word*";
    QTest::newRow("code") << "run ls" << 0 << 4 << 6 << int(Qt::Key_QuoteLeft) << ctrl << "run `ls`";
    QTest::newRow("link") << "see docs" << 0 << 4 << 8 << int(Qt::Key_K) << ctrl << "see [docs](url)";
    QTest::newRow("code-block") << "" << 0 << 0 << 0 << int(Qt::Key_C) << ctrlShift << "```\n\n```";
    QTest::newRow("code-block-around-lines") << "a\nb" << 0 << 0 << -1 << int(Qt::Key_C) << ctrlShift << "```\na\nb\n```";
}

void TestMarkdownActions::keyDoesActionAndUndoRestores()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, expected);

    m_doc->setText(text);
    if (to < 0) // select everything
        m_view->setSelection(m_doc->documentRange());
    else if (to != from)
        m_view->setSelection(KTextEditor::Range(line, from, line, to));
    m_view->setCursorPosition(KTextEditor::Cursor(line, to < 0 ? 0 : to));
    QWidget *input = m_view->focusProxy() ? m_view->focusProxy() : m_view;
    QTest::keyClick(input, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(m_doc->text(), expected);
    // One undo step, as the user takes it.
    QTest::keyClick(input, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->text(), text);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestMarkdownActions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_markdownactions.moc"
