// The executable's MathEngine: KaTeX in a QJSEngine from postwright-math.so,
// loaded the first time a post has math. Being defined here, the link takes
// this instead of the core's katexengine.cpp, so the executable itself needs
// no Qt Qml (modules.h).

#include "math/mathengine.h"
#include "modules.h"

#include <QCoreApplication>

#include <mutex>

namespace Postwright {

std::unique_ptr<MathEngine> MathEngine::create(QString *error)
{
    using Create = MathEngine *(*)(QString *);
    static Create create = nullptr;
    static QString loadError;
    static std::once_flag once;
    std::call_once(once, [] {
        create = reinterpret_cast<Create>(Modules::symbol("postwright-math.so", "postwright_create_math_engine", &loadError));
    });
    if (!create) {
        *error = QCoreApplication::translate("Postwright::MathEngine", "cannot load the math module (%1)").arg(loadError);
        return nullptr;
    }
    return std::unique_ptr<MathEngine>(create(error));
}

} // namespace Postwright
