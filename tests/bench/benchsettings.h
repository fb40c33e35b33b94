#pragma once
// What the command line chose for a bench run.

#include <QString>
#include <QStringList>

namespace Postwright {

struct BenchSettings
{
    bool quick = false;     // smaller inputs: a smoke run, not figures to compare
    QString postwrightPath; // the postwright executable: export-site, the CLI timings, the app whose memory gui measures
    int threads = 0;        // the renderer's threads in the render and pathological groups; 0: all it wants
    QStringList cases;      // the pathological cases to run; empty: all
};

} // namespace Postwright
