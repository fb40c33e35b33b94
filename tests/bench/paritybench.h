#pragma once
// Group "parity": Postwright's preview HTML against Hugo's on the corpus in
// tests/data/hugo-parity, block by block (tests/parity): hugo_parity is the
// share of blocks equal after the documented normalisation, against the
// recorded Hugo output, overall and per site.

#include "benchreport.h"
#include "benchsettings.h"

namespace Postwright {

BenchGroup benchParity(const BenchSettings &settings);

} // namespace Postwright
