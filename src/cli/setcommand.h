#pragma once
// `postwright set POST.md KEY=VALUE... [--string KEY=VALUE] [--unset KEY]`:
// changes front matter keys with the surgical writer and saves atomically;
// invalid front matter leaves the file untouched.

#include <QCoreApplication>
#include <QStringList>

namespace Postwright {

class SetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::SetCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace Postwright
