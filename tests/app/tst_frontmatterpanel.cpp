// The front matter form over the editor's text: a form edit changes that
// key's line only (one undo step, cursor kept), typing in the text updates the
// form, and broken front matter makes the form read-only with the message.
#include "editor/markdowneditor.h"
#include "panels/frontmatterpanel.h"
#include "testfiles.h"

#include <KActionCollection>
#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Postwright;

namespace {

const QByteArray HugoPost = "---\n"
                            "title: \"Reading JSON logs\" # shown in lists\n"
                            "date: \"2021-04-11\"\n"
                            "draft: true\n"
                            "tags: [\"jq\", \"logs\"]\n"
                            "theme_option: compact\n"
                            "---\n"
                            "\n"
                            "Body text.\n";

const QByteArray JekyllPost = "---\n"
                              "layout: post\n"
                              "title: \"Training a First Model\"\n"
                              "published: false   # still a draft\n"
                              "categories: [AIML] # choose from [AIML, Career, Data-Science]\n"
                              "---\n"
                              "\n"
                              "Body.\n";

struct Fixture
{
    QTemporaryDir dir;
    QWidget window;
    MarkdownEditor *editor = nullptr;
    FrontMatterPanel *panel = nullptr;

    bool open(const QByteArray &text, bool jekyll = false)
    {
        if (jekyll)
            TestFiles::write(dir.filePath(QStringLiteral("_config.yml")), "title: Site\n");
        else
            TestFiles::write(dir.filePath(QStringLiteral("hugo.toml")), "title = \"Site\"\n");
        const QString path = dir.filePath(jekyll ? QStringLiteral("_posts/2021-04-11-post.md") : QStringLiteral("content/posts/post.md"));
        TestFiles::write(path, text);
        editor = new MarkdownEditor(&window);
        panel = new FrontMatterPanel(&window);
        if (!editor->openFile(path))
            return false;
        panel->setEditor(editor);
        // The form shows the post's first analysis, made on a worker thread.
        return QTest::qWaitFor([this] { return editor->session()->analysis() != nullptr; }, 10000);
    }
    QString text() const { return editor->document()->text(); }
    template<typename T>
    T *field(const QString &key) const { return qobject_cast<T *>(panel->fieldEditor(key)); }
};

// The lines where two texts differ.
QList<int> changedLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n'), b = after.split(u'\n');
    QList<int> lines;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            lines.append(int(i));
    return lines;
}

} // namespace

class TestFrontMatterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formShowsTheKeys()
    {
        Fixture f;
        QVERIFY(f.open(HugoPost));
        QCOMPARE(f.field<QLineEdit>(QStringLiteral("title"))->text(), QStringLiteral("Reading JSON logs"));
        QCOMPARE(f.field<QLineEdit>(QStringLiteral("tags"))->text(), QStringLiteral("jq, logs"));
        QVERIFY(!f.field<QCheckBox>(QStringLiteral("draft"))->isChecked()); // draft: true is not published
        QCOMPARE(f.panel->otherKeys(), QStringList{QStringLiteral("theme_option")});
        QVERIFY(!f.panel->isReadOnly());
    }

    void editTitleChangesThatLineOnlyAndUndoRestores()
    {
        Fixture f;
        QVERIFY(f.open(HugoPost));
        f.editor->view()->setCursorPosition({8, 5});
        const QString before = f.text();
        QLineEdit *title = f.field<QLineEdit>(QStringLiteral("title"));
        title->setText(QStringLiteral("Reading JSON logs with jq"));
        Q_EMIT title->editingFinished();
        QCOMPARE(changedLines(before, f.text()), QList<int>{1});
        QCOMPARE(f.text().section(u'\n', 1, 1), QStringLiteral("title: \"Reading JSON logs with jq\" # shown in lists"));
        QCOMPARE(f.editor->view()->cursorPosition(), KTextEditor::Cursor(8, 5));
        f.editor->view()->actionCollection()->action(QStringLiteral("edit_undo"))->trigger();
        QCOMPARE(f.text(), before);
    }

    // From Title asks the one slug rule (tst_slug: New Post and the image
    // folder give the same for "Straße und Öl").
    void fromTitleMakesTheSlugEveryOtherPlaceMakes()
    {
        Fixture f;
        QVERIFY(f.open("---\ntitle: \"Straße und Öl\"\nslug: old\n---\n\nBody.\n"));
        QLineEdit *slug = f.field<QLineEdit>(QStringLiteral("slug"));
        QVERIFY(slug);
        QToolButton *fromTitle = nullptr;
        for (QToolButton *button : slug->parentWidget()->findChildren<QToolButton *>())
            if (button->text() == u"From Title")
                fromTitle = button;
        QVERIFY(fromTitle);
        fromTitle->click();
        QCOMPARE(slug->text(), QStringLiteral("strasse-und-ol"));
        QCOMPARE(f.text().section(u'\n', 2, 2), QStringLiteral("slug: strasse-und-ol"));
    }

    void publishedSwitchWritesDraftWithTheRightPolarity()
    {
        Fixture f;
        QVERIFY(f.open(HugoPost));
        QCheckBox *published = f.field<QCheckBox>(QStringLiteral("draft"));
        published->click();
        QCOMPARE(f.text().section(u'\n', 3, 3), QStringLiteral("draft: false"));
        QVERIFY(published->isChecked());
    }

    void jekyllPublishedKeepsItsComment()
    {
        Fixture f;
        QVERIFY(f.open(JekyllPost, true));
        QCheckBox *published = f.field<QCheckBox>(QStringLiteral("published"));
        QVERIFY(!published->isChecked());
        published->click();
        QCOMPARE(f.text().section(u'\n', 3, 3), QStringLiteral("published: true   # still a draft"));
    }

    void typedTagInTheTextShowsInTheForm()
    {
        Fixture f;
        QVERIFY(f.open(HugoPost));
        const int line = 4; // tags: ["jq", "logs"]
        const int column = int(f.editor->document()->line(line).indexOf(u']'));
        f.editor->document()->insertText({line, column}, QStringLiteral(", \"shell\""));
        QTRY_COMPARE(f.field<QLineEdit>(QStringLiteral("tags"))->text(), QStringLiteral("jq, logs, shell"));
    }

    void tagsEditedInTheFormKeepTheirQuotes()
    {
        Fixture f;
        QVERIFY(f.open(HugoPost));
        QLineEdit *tags = f.field<QLineEdit>(QStringLiteral("tags"));
        tags->setText(QStringLiteral("jq, logs, shell"));
        Q_EMIT tags->editingFinished();
        QCOMPARE(f.text().section(u'\n', 4, 4), QStringLiteral("tags: [\"jq\", \"logs\", \"shell\"]"));
    }

    void brokenFrontMatterMakesTheFormReadOnly()
    {
        Fixture f;
        QVERIFY(f.open(HugoPost));
        f.editor->document()->insertText({4, 6}, QStringLiteral("["));
        QTRY_VERIFY(f.panel->isReadOnly());
        QVERIFY2(f.panel->errorText().contains(u"Line "), qPrintable(f.panel->errorText()));
        f.panel->resize(340, 700);
        f.panel->show();
        TestFiles::snapshot(f.panel, QStringLiteral("frontmatter-read-only"));
        const QString before = f.text();
        QLineEdit *title = f.field<QLineEdit>(QStringLiteral("title"));
        title->setText(QStringLiteral("Ignored"));
        Q_EMIT title->editingFinished();
        QCOMPARE(f.text(), before); // the text is never rewritten
    }

    void addFrontMatterInsertsTheTemplate()
    {
        Fixture f;
        QVERIFY(f.open("# Just a heading\n\nText.\n"));
        auto *add = f.panel->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add && !add->isHidden());
        add->click();
        QTRY_VERIFY(f.text().startsWith(u"---\ntitle: "));
        QVERIFY(f.text().endsWith(u"---\n# Just a heading\n\nText.\n"));
        QTRY_VERIFY(add->isHidden());
    }

    void lintFindingsAreListed()
    {
        Fixture f;
        QVERIFY(f.open("---\ndate: 2021-02-30\n---\nText.\n"));
        const QString findings = f.panel->findings().join(u'\n');
        QVERIFY2(findings.contains(u"no title") && findings.contains(u"not a date"), qPrintable(findings));
    }

    void unclosedQuoteMakesTheFormReadOnly()
    {
        // Hugo refuses this post; yaml-cpp read the lines after the quote as the title.
        Fixture f;
        QVERIFY(f.open("---\ntitle: \"Unterminated quote\ndate: 2024-03-01\ntags: [a, b]\ndraft: false\n---\n\nBody.\n"));
        QTRY_VERIFY(f.panel->isReadOnly());
        QVERIFY2(f.panel->errorText().contains(u"Line 2, column 8") && f.panel->errorText().contains(u"never closed"),
                 qPrintable(f.panel->errorText()));
        // The position is a link to the opening quote.
        auto *label = f.panel->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(label);
        QSignalSpy activated(f.panel, &FrontMatterPanel::lineActivated);
        Q_EMIT label->linkActivated(QRegularExpression(QStringLiteral("href=\"([^\"]*)\"")).match(label->text()).captured(1));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first(), QVariantList({2, 8}));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestFrontMatterPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_frontmatterpanel.moc"
