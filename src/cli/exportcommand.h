#pragma once
// `postwright export POST.md -o OUT.html`: one post to a standalone page or a fragment.

#include <QCoreApplication>
#include <QStringList>

namespace Postwright {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ExportCommand)
public:
    // arguments start with the command name, as QCommandLineParser expects.
    static int run(const QStringList &arguments);
};

} // namespace Postwright
