#include "editorcomponent.h"

#include "spellchecking.h"

#include <KConfigGroup>
#include <KSharedConfig>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Postwright::EditorComponent {

namespace {

// KateDocumentConfig's swap file modes; 2 keeps them in "Swap Directory".
constexpr int SwapFilesInDirectory = 2;

} // namespace

QString swapDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/swap");
}

void configure()
{
    static bool configured = false;
    if (configured)
        return;
    configured = true;
    QDir().mkpath(swapDirectory());
    SpellChecking::useLocaleDictionary();
    // The editor component reads the application's configuration
    // (postwrightrc), filling it from Kate's katepartrc while it has no
    // "KTextEditor Editor" group; under QStandardPaths' test mode it reads
    // katepartrc-unittest instead. Entries written without the Persistent
    // flag hold for this process only: what the user set stays as it was.
    // They live in the shared config object, so it must live as long as the
    // process: KSharedConfig drops an object nobody holds, and the editor
    // would then read a fresh one from disk without our entries. (The main
    // config is held by KConfig itself; katepartrc-unittest is not, which
    // once made tests pass only where an old file in /tmp said the same.)
    static KSharedConfigPtr *held = nullptr;
    held = new KSharedConfigPtr(QStandardPaths::isTestModeEnabled()
        ? KSharedConfig::openConfig(QStringLiteral("katepartrc-unittest"), KConfig::SimpleConfig, QStandardPaths::TempLocation)
        : KSharedConfig::openConfig());
    qAddPostRoutine([] { // after the editor's own clean-up, registered later
        delete held;
        held = nullptr;
    });
    const KSharedConfigPtr &config = *held;
    const KConfigBase::WriteConfigFlags inMemory = {};
    KConfigGroup editor(config, QStringLiteral("KTextEditor Editor"));
    if (!editor.exists())
        editor.writeEntry("Postwright Defaults", true, inMemory); // Kate's settings are not ours to copy
    KConfigGroup group(config, QStringLiteral("KTextEditor Document"));
    // A file without a final newline keeps it so (trailing spaces are the
    // document's setting, in MarkdownEditor).
    group.writeEntry("Newline at End of File", false, inMemory);
    group.writeEntry("Swap File Mode", SwapFilesInDirectory, inMemory);
    group.writeEntry("Swap Directory", swapDirectory(), inMemory);
    group.writeEntry("Swap Sync Interval", SwapSyncSeconds, inMemory);
}

} // namespace Postwright::EditorComponent
