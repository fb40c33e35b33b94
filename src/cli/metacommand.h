#pragma once
// `postwright meta POST.md [--json]`: the post's front matter as typed fields,
// for scripts: format, where the body starts, keys in file order, errors.

#include <QCoreApplication>
#include <QStringList>

namespace Postwright {

class MetaCommand
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::MetaCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace Postwright
