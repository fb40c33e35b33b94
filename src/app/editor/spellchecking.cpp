#include "spellchecking.h"

#include "settings.h"

#include <KActionCollection>
#include <KTextEditor/View>
#include <Sonnet/Settings>
#include <Sonnet/Speller>

#include <QAction>

namespace Postwright::SpellChecking {

namespace {

QString languageOf(const QString &dictionary)
{
    return dictionary.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
}

} // namespace

QString highlightingMode()
{
    return QStringLiteral("Postwright Markdown");
}

QString dictionaryFor(const QString &asked, const QLocale &locale, const QStringList &available)
{
    if (available.contains(asked))
        return asked;
    QList<QStringList> preferences;
    // The C locale names no language: English, as its messages are.
    if (locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage) {
        // QLocale(language) is the language in its main country: de_DE, en_US.
        preferences.append({locale.name(), QLocale::languageToCode(locale.language()), QLocale(locale.language()).name()});
    }
    preferences.append({QStringLiteral("en_US"), QStringLiteral("en"), QStringLiteral("en_GB")});
    for (const QStringList &names : std::as_const(preferences)) {
        for (const QString &name : names)
            if (available.contains(name))
                return name;
        // The language in any country.
        for (const QString &dictionary : available)
            if (languageOf(dictionary) == languageOf(names.first()))
                return dictionary;
    }
    return {};
}

void useLocaleDictionary()
{
    // Sonnet's default language is what KTextEditor checks with, shows in
    // its status bar, and hints to Sonnet's language guess for short
    // stretches of text (a word between two shortcodes): under a C locale it
    // is "C", no dictionary, and Sonnet then checks such words as German or
    // whatever dictionary comes first. Set for this process only (never
    // saved), and only when it names no installed dictionary: a language the
    // user chose in the desktop's settings stays.
    Sonnet::Settings settings;
    const QString asked = settings.defaultLanguage();
    const QString dictionary = dictionaryFor(asked, QLocale::system(), Sonnet::Speller().availableLanguages());
    if (!dictionary.isEmpty() && dictionary != asked)
        settings.setDefaultLanguage(dictionary);
}

void setUp(KTextEditor::View *view)
{
    // A new document checks as KTextEditor's settings say (off, unless the
    // user's Kate turned it on); the view's Tools > Spelling > Automatic Spell
    // Checking switches it for the document, as the user would.
    QAction *toggle = view->actionCollection()->action(QStringLiteral("tools_toggle_automatic_spell_checking"));
    if (!toggle) {
        qWarning("postwright: KTextEditor's view has no automatic spell checking action; spell check stays as it is");
        return;
    }
    if (toggle->isChecked() != Settings().spellCheckWhileTyping())
        toggle->trigger();
    // The user's toggle holds for this post (KTextEditor) and for every post
    // opened after (Settings).
    QObject::connect(toggle, &QAction::triggered, view, [](bool on) { Settings().setSpellCheckWhileTyping(on); });
}

} // namespace Postwright::SpellChecking
