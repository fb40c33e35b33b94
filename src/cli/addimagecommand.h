#pragma once
// `postwright add-image POST.md IMAGE --alt TEXT [--line N] [--style S]
// [--class C] [--title T] [--caption C] [--name FILE] [--json]`: imports the
// image into the post's site with the editor's rules (ImageImporter), inserts
// the reference with an atomic save, and prints the reference and where the
// image was stored.

#include <QCoreApplication>
#include <QStringList>

namespace Postwright {

class AddImageCommand
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::AddImageCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace Postwright
