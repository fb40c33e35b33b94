#pragma once
// The command line's WebEngine work, in a process of its own: the CLI runs
// on a QCoreApplication without Chromium, so `export --pdf` starts
// `postwright --web-worker print PAGE.html OUT.pdf SIZE MARGINS_MM` and
// export's diagrams `postwright --web-worker diagrams IN.json OUT.json`, which
// load the editor module and work here, on the offscreen platform when there
// is no display. Exit status 0, or 1 with the reason on stderr.

namespace Postwright::WebWorker {

int run(int argc, char *argv[]);

} // namespace Postwright::WebWorker
