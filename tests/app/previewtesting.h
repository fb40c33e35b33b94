#pragma once
// What GUI tests share about the preview: reading its DOM.

#include "preview/previewview.h"

#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

namespace Postwright::PreviewTesting {

// Runs JavaScript in the preview page and waits for its result; the string
// "<timeout>" when none came within 10 s.
inline QVariant evaluate(PreviewView *preview, const QString &script)
{
    QVariant result;
    bool done = false;
    preview->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

} // namespace Postwright::PreviewTesting
