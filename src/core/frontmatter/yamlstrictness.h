#pragma once
// What Hugo's YAML reader (go-yaml, a port of libyaml) refuses and yaml-cpp
// reads anyway: a quoted value never closed, control characters, directives,
// a tab after a list dash, empty flow entries, a value without a key, an
// alias inside its own anchor, a merge key without a map, a value that is not
// what its tag says. Checked on yaml-cpp's event stream and the block's bytes,
// so that front matter Hugo would not build is an error here too.

#include "frontmatterreader.h"

#include <QByteArrayView>

#include <optional>

namespace Postwright {

// content: the YAML between the delimiters, which yaml-cpp has read without
// error; firstLine: the file line (1-based) content starts on. The first
// thing in it that Hugo refuses, with its file line and column, or nothing.
std::optional<Problem> checkYamlStrictly(QByteArrayView content, int firstLine);

} // namespace Postwright
