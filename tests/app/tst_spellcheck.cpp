// Spell check in the editor: on by default, in the locale's language (never
// "C"), remembered when turned off, and only prose gets the wavy underline.
// The underline is looked for where KTextEditor draws it, in the view's
// pixels: a word in code, math, a shortcode, Liquid, a URL or a front matter
// key is misspelled on purpose and must stay clean while a misspelled word of
// prose on the same line is underlined.
//
// Run under LANG=de_DE.UTF-8 too (CMake registers it twice).

#include "editor/markdowneditor.h"
#include "editor/spellchecking.h"
#include "settings.h"

#include <KActionCollection>
#include <KTextEditor/Document>
#include <KTextEditor/Editor>
#include <KTextEditor/View>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractButton>
#include <QAction>
#include <QImage>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <Sonnet/Speller>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

const QString ToggleAction = QStringLiteral("tools_toggle_automatic_spell_checking");

QStringList buttonTexts(const QWidget *widget)
{
    QStringList texts;
    for (const QAbstractButton *button : widget->findChildren<QAbstractButton *>())
        if (button->isVisible())
            texts << button->text().remove(QLatin1Char('&'));
    return texts;
}

// A post in a shown editor, and the wavy underline KTextEditor draws in it.
class ShownPost
{
public:
    explicit ShownPost(const QStringList &lines)
        : m_lines(lines)
    {
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(m_editor.view());
        m_window.resize(1000, 700);
        m_window.show();
        m_editor.document()->setText(lines.join(QLatin1Char('\n')));
    }

    QWidget *window() { return &m_window; }

    // Pixels of the wavy underline below the word at line, column: the
    // spelling colour (red in every Breeze theme) blended into the
    // background by antialiasing, in the lower part of the line and just
    // below it, where KTextEditor draws it under the baseline. -1 when the
    // word is not on the screen.
    int underlined(int line, int column, int length) const
    {
        const KTextEditor::View *view = m_editor.view();
        const QPoint from = view->cursorToCoordinate({line, column});
        const QPoint to = view->cursorToCoordinate({line, column + length});
        // Lines do not wrap here: each is as high as the first.
        const int height = view->cursorToCoordinate({1, 0}).y() - view->cursorToCoordinate({0, 0}).y();
        if (from.x() < 0 || to.x() <= from.x() || height <= 0)
            return -1;
        QWidget *canvas = view->focusProxy() ? view->focusProxy() : m_editor.view();
        const QImage image = canvas->grab().toImage();
        const QPoint origin = canvas->mapFrom(view, from);
        int count = 0;
        for (int y = origin.y() + height * 2 / 3; y < origin.y() + height * 3 / 2 && y < image.height(); ++y)
            for (int x = origin.x(); x < origin.x() + (to.x() - from.x()) && x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() - std::max(c.green(), c.blue()) >= 60 && std::abs(c.green() - c.blue()) <= 25)
                    ++count;
            }
        return count;
    }

    // The first occurrence of word on line.
    int underlined(int line, const QString &word) const
    {
        const int at = int(m_lines[line].indexOf(word));
        return at < 0 ? -1 : underlined(line, at, int(word.size()));
    }

    QColor spellingColor() const
    {
        return m_editor.view()->theme().editorColor(KSyntaxHighlighting::Theme::SpellChecking);
    }

private:
    QStringList m_lines;
    QWidget m_window;
    MarkdownEditor m_editor{&m_window};
};

} // namespace

class TestSpellCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void onWhileTypingByDefault()
    {
        QWidget window;
        MarkdownEditor editor(&window);
        // The view's Tools > Spelling > Automatic Spell Checking shows the
        // document's state (KTextEditor's own configValue does not).
        QAction *toggle = editor.view()->actionCollection()->action(ToggleAction);
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        QCOMPARE(editor.document()->highlightingMode(), QStringLiteral("Postwright Markdown"));
    }

    // Turned off in Tools > Spelling, it stays off for the posts opened after
    // (and back on when turned on again).
    void turningItOffIsRemembered()
    {
        {
            QWidget window;
            MarkdownEditor editor(&window);
            QAction *toggle = editor.view()->actionCollection()->action(ToggleAction);
            toggle->trigger();
            QVERIFY(!toggle->isChecked());
        }
        QCOMPARE(Settings().spellCheckWhileTyping(), false);
        {
            QWidget window;
            MarkdownEditor editor(&window);
            QAction *toggle = editor.view()->actionCollection()->action(ToggleAction);
            QVERIFY(!toggle->isChecked());
            toggle->trigger();
            QVERIFY(toggle->isChecked());
        }
        QCOMPARE(Settings().spellCheckWhileTyping(), true);
        QWidget window;
        MarkdownEditor editor(&window);
        QVERIFY(editor.view()->actionCollection()->action(ToggleAction)->isChecked());
    }

    void dictionaryFor_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("dictionary");
        const QStringList debian = {"de_BE", "de_DE", "de_LU", "en_US"};
        QTest::newRow("German") << "de_DE" << "de_DE" << debian << "de_DE";
        QTest::newRow("English") << "en_US" << "en_US" << debian << "en_US";
        QTest::newRow("C names no language: English") << "C" << "C" << debian << "en_US";
        QTest::newRow("Austrian German: the language's main country") << "de_AT" << "de_AT" << debian << "de_DE";
        QTest::newRow("Luxembourg's own") << "de_LU" << "de_LU" << debian << "de_LU";
        QTest::newRow("the desktop's choice first") << "en_US" << "de_DE" << debian << "en_US";
        QTest::newRow("British English, none installed") << "en_GB" << "en_GB" << debian << "en_US";
        QTest::newRow("French, none installed") << "fr_FR" << "fr_FR" << debian << "en_US";
        QTest::newRow("any German") << "de_CH" << "de_CH" << QStringList{"de_BE", "en_GB"} << "de_BE";
        QTest::newRow("any English") << "C" << "C" << QStringList{"de_DE", "en_AU"} << "en_AU";
        QTest::newRow("nothing fits") << "C" << "C" << QStringList{"fr_FR"} << "";
        QTest::newRow("nothing installed") << "de_DE" << "de_DE" << QStringList{} << "";
    }

    void dictionaryFor()
    {
        QFETCH(QString, asked);
        QFETCH(QString, locale);
        QFETCH(QStringList, available);
        QFETCH(QString, dictionary);
        QCOMPARE(SpellChecking::dictionaryFor(asked, QLocale(locale), available), dictionary);
    }

    // What the status bar shows: the locale's dictionary, English under C.
    void dictionaryIsTheLocales()
    {
        const QHash<QString, QString> expected = {
            {QStringLiteral("C"), QStringLiteral("en_US")},
            {QStringLiteral("en_US"), QStringLiteral("en_US")},
            {QStringLiteral("de_DE"), QStringLiteral("de_DE")},
        };
        const QString locale = QLocale::system().name();
        QVERIFY2(expected.contains(locale), qPrintable(QStringLiteral("run under C, en_US or de_DE, not ") + locale));
        QVERIFY2(Sonnet::Speller().availableLanguages().contains(expected[locale]),
                 "Debian's hunspell-en-us and hunspell-de-de and sonnet6-plugins are not installed");
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        MarkdownEditor editor(&window);
        layout->addWidget(editor.view());
        window.resize(900, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY2(buttonTexts(editor.view()).contains(expected[locale]), qPrintable(buttonTexts(editor.view()).join(u", ")));
        QVERIFY(!buttonTexts(editor.view()).contains(QStringLiteral("C")));
    }

    void onlyProseIsUnderlined_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("skipped");     // a misspelling that must stay clean
        QTest::addColumn<QStringList>("correct"); // words that are no misspellings
        // Each line also starts with "speling", which must be underlined.
        QTest::newRow("inline code") << "speling and `wrold` here" << "wrold" << QStringList{"and", "here"};
        QTest::newRow("inline math") << "speling and $wrold + 1$ here" << "wrold" << QStringList{"and", "here"};
        QTest::newRow("paren math") << "speling and \\(wrold\\) here" << "wrold" << QStringList{"and", "here"};
        QTest::newRow("shortcode argument") << "speling {{< figure caption=\"wrold\" >}} here" << "wrold" << QStringList{"here"};
        QTest::newRow("Liquid") << "speling {% include wrold.html %} here" << "wrold" << QStringList{"here"};
        QTest::newRow("link destination") << "speling [a link](/posts/wrold/) here" << "wrold" << QStringList{"link", "here"};
        QTest::newRow("bare URL") << "speling at https://example.com/wrold here" << "wrold" << QStringList{"at", "here"};
        QTest::newRow("autolink") << "speling at <https://example.com/wrold> here" << "wrold" << QStringList{"at", "here"};
        // A word alone between two spans is checked in the post's language
        // too (Sonnet guesses the language of so short a stretch from its
        // default language: never "C").
        QTest::newRow("words between shortcodes")
            << "speling {{< wrold >}} and {{< y >}} text {{% z %}} Good" << "wrold" << QStringList{"and", "text", "Good"};
        QTest::newRow("words between Liquid") << "speling {% wrold %} and {{ y }} here" << "wrold" << QStringList{"and", "here"};
    }

    void onlyProseIsUnderlined()
    {
        QFETCH(QString, line);
        QFETCH(QString, skipped);
        QFETCH(QStringList, correct);
        // Front matter, a fence and display math around the line of the row.
        const QStringList lines = {
            QStringLiteral("---"),
            QStringLiteral("title: speling wrold"),
            QStringLiteral("wroldkey: value"),
            QStringLiteral("---"),
            QString(),
            QStringLiteral("```"),
            QStringLiteral("wrold in a fence"),
            QStringLiteral("```"),
            QString(),
            QStringLiteral("$$"),
            QStringLiteral("wrold"),
            QStringLiteral("$$"),
            QString(),
            line,
            QString(),
            QStringLiteral("The last speling."),
        };
        ShownPost post(lines);
        QVERIFY(QTest::qWaitForWindowExposed(post.window()));
        const QColor spelling = post.spellingColor();
        QVERIFY2(spelling.red() - std::max(spelling.green(), spelling.blue()) > 100, qPrintable(spelling.name()));

        // The last line is checked last: once it is underlined, all are.
        const int last = int(lines.size()) - 1;
        QTRY_VERIFY_WITH_TIMEOUT(post.underlined(last, u"speling"_s) > 0, 15000);
        const int row = 13;
        QVERIFY2(post.underlined(row, u"speling"_s) > 0, "the prose of the row's line");
        QCOMPARE(post.underlined(row, skipped), 0);
        for (const QString &word : correct)
            QVERIFY2(post.underlined(row, word) == 0, qPrintable(word));
        // Around it: the title's words are prose; key, fence and math are not.
        QVERIFY2(post.underlined(1, u"speling"_s) > 0, "the title");
        QVERIFY2(post.underlined(1, u"wrold"_s) > 0, "the title");
        QCOMPARE(post.underlined(2, u"wroldkey"_s), 0);
        QCOMPARE(post.underlined(6, u"wrold"_s), 0);
        QCOMPARE(post.underlined(10, u"wrold"_s), 0);
    }

    // Sonnet guesses the language of a stretch too short to tell (a word
    // between two shortcodes) from the one before it and its default
    // language. First in a post there is none before it: under a C locale
    // such words were checked as German ("and" underlined).
    void aWordAloneIsCheckedInThePostsLanguage()
    {
        const QStringList words = QLocale::system().language() == QLocale::German
            ? QStringList{u"Gut"_s, u"und"_s, u"Text"_s, u"hier"_s}
            : QStringList{u"Good"_s, u"and"_s, u"text"_s, u"here"_s};
        const QStringList lines = {
            QStringLiteral("%1 {{< x >}} %2 {{< y >}} %3 {{% z %}} %4.").arg(words[0], words[1], words[2], words[3]),
            QString(),
            QStringLiteral("The last speling."),
        };
        ShownPost post(lines);
        QVERIFY(QTest::qWaitForWindowExposed(post.window()));
        QTRY_VERIFY_WITH_TIMEOUT(post.underlined(2, u"speling"_s) > 0, 15000);
        for (const QString &word : words)
            QVERIFY2(post.underlined(0, word) == 0, qPrintable(word));
    }
};

QTEST_MAIN(TestSpellCheck)
#include "tst_spellcheck.moc"
