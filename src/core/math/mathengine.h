#pragma once
// The seam between the renderer and KaTeX: math rendered to HTML at export,
// so an exported page needs KaTeX's stylesheet and fonts but runs no script.
// The engine is KaTeX's own renderToString run in a QJSEngine (Qt Qml). The
// command line loads it from a module (postwright-math.so) the first time a
// post has math, so no other run loads Qt Qml (src/mathloader.cpp);
// everything else links katexengine.cpp in. One engine per thread: a
// QJSEngine is used on the thread that made it.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>

namespace Postwright {

class MathEngine
{
public:
    struct Result
    {
        QByteArray html; // KaTeX's markup; empty when error is set
        QString error;   // KaTeX's message ("KaTeX parse error: ...")
    };

    virtual ~MathEngine() = default;
    virtual Result render(QStringView tex, bool display) = 0;

    // KaTeX from katexDirectory(); null with *error set when it cannot be had.
    static std::unique_ptr<MathEngine> create(QString *error);
};

} // namespace Postwright
