#pragma once
// `postwright lint POST.md|SITE`: front matter findings as
// "FILE:LINE: warning: message"; exit 1 when there are any.

#include <QCoreApplication>
#include <QStringList>

namespace Postwright {

class LintCommand
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::LintCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace Postwright
