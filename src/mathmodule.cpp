// The entry point of postwright-math.so: KaTeX in a QJSEngine, for the
// executable's mathloader.cpp.

#include "math/mathengine.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT Postwright::MathEngine *postwright_create_math_engine(QString *error)
{
    return Postwright::MathEngine::create(error).release();
}
