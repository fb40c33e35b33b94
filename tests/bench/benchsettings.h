#pragma once
// What the command line chose for a bench run.

#include <QString>

namespace Postwright {

struct BenchSettings
{
    bool quick = false;     // smaller inputs: a smoke run, not figures to compare
    QString postwrightPath; // the postwright executable: export-site, and the app whose memory gui measures
};

} // namespace Postwright
