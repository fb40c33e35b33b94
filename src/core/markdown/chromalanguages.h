#pragma once
// The languages Hugo's highlighter (Chroma) knows, by name, alias and file
// name pattern, as Chroma itself looks a fence's language up: so a post
// highlighted by Hugo is never reported here as in an unknown language, and
// the code highlighter can pick the KSyntaxHighlighting definition that
// matches what Chroma uses.

#include <QString>
#include <QStringList>

namespace Postwright {

struct ChromaLanguage
{
    QString name;          // "Go HTML Template"
    QStringList aliases;   // "go-html-template"
    QStringList filenames; // "*.go"

    // The language a fence names, found as Chroma's registry finds it: by
    // name or alias (exactly, then ignoring case), then as an extension
    // ("txt" is "filename.txt"), then as a file name ("Dockerfile");
    // nullptr when Chroma does not know it (Hugo shows such code plain).
    static const ChromaLanguage *find(const QString &language);
};

} // namespace Postwright
