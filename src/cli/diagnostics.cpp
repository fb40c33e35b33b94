#include "diagnostics.h"

#include <QTextStream>

namespace Postwright::Diagnostics {

namespace {
void report(const QString &file, int line, const char *kind, const QString &message)
{
    QTextStream err(stderr);
    err << file;
    if (line > 0)
        err << ':' << line;
    err << ": " << kind << ": " << message << '\n';
}
} // namespace

void warning(const QString &file, int line, const QString &message)
{
    report(file, line, "warning", message);
}

void error(const QString &file, int line, const QString &message)
{
    report(file, line, "error", message);
}

void warning(const QString &file, const Problem &problem)
{
    warning(file, problem.line, problem.message);
}

void error(const QString &file, const Problem &problem)
{
    error(file, problem.line, problem.message);
}

void fatal(const QString &command, const QString &message)
{
    QTextStream(stderr) << "postwright " << command << ": " << message << '\n';
}

} // namespace Postwright::Diagnostics
