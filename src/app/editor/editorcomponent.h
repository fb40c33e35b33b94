#pragma once
// Sets up Kate's editor component for Postwright before its first use: swap
// files on, kept in our own state folder (never beside the post, where Hugo
// and git would see them), synced every few seconds. The settings live in
// memory only, so the user's Kate and KWrite settings stay untouched.

#include <QString>

namespace Postwright::EditorComponent {

// Idempotent; must run before KTextEditor::Editor::instance() is first called.
void configure();

// Where KTextEditor's swap files go: AppLocalDataLocation/swap.
QString swapDirectory();

// How often, in seconds, swap files are synced to disk.
constexpr int SwapSyncSeconds = 3;

} // namespace Postwright::EditorComponent
