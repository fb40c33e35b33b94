#pragma once
// `postwright export-site SITE -o DIR`: every post of a site, in parallel.

#include <QCoreApplication>
#include <QStringList>

namespace Postwright {

class ExportSiteCommand
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::ExportSiteCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace Postwright
