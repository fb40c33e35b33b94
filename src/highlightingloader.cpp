// The executable's HighlightingEngine: the KSyntaxHighlighting engine from
// postwright-highlighting.so, loaded the first time a post has code. Being
// defined here, the link takes this instead of the core's ksyntaxengine.cpp,
// so the executable itself needs no KSyntaxHighlighting (modules.h).

#include "markdown/highlightingengine.h"
#include "modules.h"

#include <QCoreApplication>
#include <QTextStream>

#include <mutex>

namespace Postwright {

namespace {

struct Entries
{
    HighlightingEngine *(*create)(const QString &, const QString &) = nullptr;
    QStringList (*themeNames)() = nullptr;
};

// Loaded once, from whichever thread asks first; a module that cannot be
// loaded is reported once, and code stays plain text.
const Entries &entries()
{
    static Entries loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        QString error;
        loaded.create = reinterpret_cast<decltype(Entries::create)>(
            Modules::symbol("postwright-highlighting.so", "postwright_create_highlighting_engine", &error));
        loaded.themeNames = reinterpret_cast<decltype(Entries::themeNames)>(
            Modules::symbol("postwright-highlighting.so", "postwright_highlighting_theme_names", &error));
        if (!loaded.create || !loaded.themeNames) {
            loaded = {};
            QTextStream(stderr) << QCoreApplication::translate("Postwright::HighlightingLoader",
                                                               "postwright: cannot load code highlighting (%1); "
                                                               "code is shown as plain text")
                                       .arg(error)
                                << '\n';
        }
    });
    return loaded;
}

} // namespace

std::unique_ptr<HighlightingEngine> HighlightingEngine::create(const QString &lightTheme, const QString &darkTheme)
{
    const Entries &loaded = entries();
    return std::unique_ptr<HighlightingEngine>(loaded.create ? loaded.create(lightTheme, darkTheme) : nullptr);
}

QStringList HighlightingEngine::themeNames()
{
    const Entries &loaded = entries();
    return loaded.themeNames ? loaded.themeNames() : QStringList();
}

} // namespace Postwright
