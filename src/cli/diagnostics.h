#pragma once
// How the command line reports problems: compiler-style lines on stderr,
// "FILE:LINE: warning: message", so editors and CI can jump to them.

#include "problem.h"

#include <QString>

namespace Postwright::Diagnostics {

void warning(const QString &file, int line, const QString &message);
void error(const QString &file, int line, const QString &message);
// The same for a problem, at its line (the column is not shown).
void warning(const QString &file, const Problem &problem);
void error(const QString &file, const Problem &problem);
// "postwright COMMAND: message" for usage and input errors.
void fatal(const QString &command, const QString &message);

} // namespace Postwright::Diagnostics
