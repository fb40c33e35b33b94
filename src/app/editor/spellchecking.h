#pragma once
// Spell checking as a post needs it, with KTextEditor's own checker (Sonnet):
// on while typing unless the user turned it off, in the locale's language.
// What is checked is decided by the highlighting mode: KTextEditor checks
// only text whose highlighting attribute asks for it, and offers no other
// way to leave ranges out. "Postwright Markdown"
// (resources/syntax/postwright-markdown.xml) leaves out code, math,
// shortcodes, Liquid, URLs and front matter keys, as PostLexer finds them
// (tests/core/tst_spellcheckhighlighting holds the two together).

#include <QLocale>
#include <QString>
#include <QStringList>

namespace KTextEditor {
class View;
} // namespace KTextEditor

namespace Postwright::SpellChecking {

// The highlighting mode of every post.
QString highlightingMode();

// The dictionary to check a post with, among those installed: the one asked
// for (Sonnet's default language: the user's choice in the desktop's
// settings, else the locale's name), else the locale's language, in the
// locale's country or the language's main one first; else English (American
// first). Empty when nothing fits.
QString dictionaryFor(const QString &asked, const QLocale &locale, const QStringList &available);

// Makes the locale's dictionary (dictionaryFor) Sonnet's default for this
// process when the default names none, as under a C locale. Call before the
// editor component's first use (EditorComponent::configure does).
void useLocaleDictionary();

// Spell checking while typing in the view's document as the user last chose
// (Settings), remembered again when the user toggles it in the view's Tools >
// Spelling menu.
void setUp(KTextEditor::View *view);

} // namespace Postwright::SpellChecking
