// The preview page's only script: receives rendered HTML from the editor over
// QWebChannel and reports back once it is on screen.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
    new QWebChannel(qt.webChannelTransport, (channel) => {
        const bridge = channel.objects.bridge;
        const content = document.getElementById("content");
        bridge.codeStyleChanged.connect((css) => {
            document.getElementById("code-style").textContent = css;
        });
        bridge.htmlChanged.connect((generation, html) => {
            content.innerHTML = html;
            // Two frames: the first lays the new DOM out, the second paints it.
            requestAnimationFrame(() => requestAnimationFrame(() => bridge.contentShown(generation)));
        });
        bridge.pageReady();
    });
});
