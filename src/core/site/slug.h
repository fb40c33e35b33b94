#pragma once
// The one slug rule: what a title or a file name becomes in a URL, a post's
// file name and an image folder. New Post, the image placement and the front
// matter form's From Title all ask here, so "Straße und Öl" is
// "strasse-und-ol" wherever it is made.

#include <QString>

namespace Postwright::Slug {

// Lowercase letters and digits with single hyphens between words: accents
// dropped ("é" -> "e"), the letters that do not decompose spelled out
// ("ß" -> "ss", "æ" -> "ae"), other scripts' letters kept ("日本語"), one
// hyphen for each run of spaces and separators (- _ . / \ , ; : |), other
// punctuation and symbols dropped ("What's new in C++20?" ->
// "whats-new-in-c20"); at most 80 characters, no hyphen at either end. Empty
// when nothing is left; never "." or "..", never a path separator.
QString fromText(const QString &text);

// fromText, or "post" when it is empty: for a name that must exist.
QString fromTextOrPost(const QString &text);

} // namespace Postwright::Slug
