// MathEngine with KaTeX's renderToString in a QJSEngine: KaTeX's own
// output, the same as the preview's, with no browser.

#include "mathengine.h"

#include "katexfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJSEngine>
#include <QJSValue>
#include <QLoggingCategory>

#include <mutex>

namespace Postwright {

namespace {

// Qt's JavaScript compiler lints what it loads: KaTeX's minified code gets
// hundreds of "used before its declaration" notes, which say nothing to a
// writer. That category alone is silenced; every other filter stays.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void withoutLintNotes(QLoggingCategory *category)
{
    if (qstrcmp(category->categoryName(), "qt.qml.usedbeforedeclared") == 0)
        category->setEnabled(QtWarningMsg, false);
    else if (previousFilter)
        previousFilter(category);
}

class KatexEngine final : public MathEngine
{
public:
    bool load(QString *error)
    {
        static std::once_flag once;
        std::call_once(once, [] { previousFilter = QLoggingCategory::installFilter(withoutLintNotes); });
        const QString dir = KatexFiles::directory();
        QFile script(dir + QStringLiteral("/katex.min.js"));
        if (dir.isEmpty() || !script.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Postwright::MathEngine",
                                                 "KaTeX is not installed (Debian's libjs-katex)");
            return false;
        }
        const QJSValue loaded = m_engine.evaluate(QString::fromUtf8(script.readAll()), script.fileName());
        m_render = m_engine.globalObject().property(QStringLiteral("katex")).property(QStringLiteral("renderToString"));
        if (loaded.isError() || !m_render.isCallable()) {
            *error = QCoreApplication::translate("Postwright::MathEngine", "KaTeX could not be loaded: %1")
                         .arg(loaded.isError() ? loaded.toString() : QStringLiteral("no katex.renderToString"));
            return false;
        }
        m_katex = m_engine.globalObject().property(QStringLiteral("katex"));
        return true;
    }

    Result render(QStringView tex, bool display) override
    {
        QJSValue options = m_engine.newObject();
        options.setProperty(QStringLiteral("displayMode"), display);
        options.setProperty(QStringLiteral("throwOnError"), true);
        options.setProperty(QStringLiteral("output"), QStringLiteral("htmlAndMathml"));
        const QJSValue html = m_render.callWithInstance(m_katex, {QJSValue(tex.toString()), options});
        if (m_engine.hasError() || html.isError()) {
            // KaTeX's ParseError: its message says where ("... at position 3: x^}̲").
            const QJSValue thrown = m_engine.hasError() ? m_engine.catchError() : html;
            const QString message = thrown.property(QStringLiteral("message")).toString();
            return {{}, message.isEmpty() ? thrown.toString() : message};
        }
        return {html.toString().toUtf8(), {}};
    }

private:
    QJSEngine m_engine;
    QJSValue m_katex;
    QJSValue m_render;
};

} // namespace

std::unique_ptr<MathEngine> MathEngine::create(QString *error)
{
    auto engine = std::make_unique<KatexEngine>();
    if (!engine->load(error))
        return nullptr;
    return engine;
}

} // namespace Postwright
