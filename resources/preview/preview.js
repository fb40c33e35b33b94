// The preview page's only script. It receives rendered HTML over QWebChannel,
// replaces only the top-level blocks that changed (so typing never reloads the
// page, moves the scroll position or reloads an image), and keeps the preview
// scrolled with the editor by source line (data-line), both ways.
"use strict";

(() => {
    let bridge = null;
    let content = null;
    let keys = [];               // per top-level block: its HTML without data-line
    let ignoreScrollUntil = 0;   // after scrolling for the editor, don't echo back

    const withoutLines = (html) => html.replace(/ data-line="\d+"/g, "");

    function applyHtml(html) {
        const template = document.createElement("template");
        template.innerHTML = html;
        const incoming = Array.from(template.content.children);
        const incomingKeys = incoming.map((node) => withoutLines(node.outerHTML));
        const current = Array.from(content.children);
        if (current.length !== keys.length) {   // never diverge from the DOM
            content.replaceChildren(...incoming);
            keys = incomingKeys;
            return;
        }
        // Unchanged blocks at both ends stay as they are; the middle is swapped.
        let start = 0;
        while (start < current.length && start < incoming.length && keys[start] === incomingKeys[start])
            ++start;
        let endOld = current.length, endNew = incoming.length;
        while (endOld > start && endNew > start && keys[endOld - 1] === incomingKeys[endNew - 1]) {
            --endOld;
            --endNew;
        }
        // Kept blocks may have moved lines: take the new numbers.
        const renumber = (kept, fresh) => {
            if (kept.getAttribute("data-line") !== fresh.getAttribute("data-line") && fresh.hasAttribute("data-line"))
                kept.setAttribute("data-line", fresh.getAttribute("data-line"));
            const keptInner = kept.querySelectorAll("[data-line]");
            const freshInner = fresh.querySelectorAll("[data-line]");
            for (let i = 0; i < keptInner.length && i < freshInner.length; ++i) {
                const line = freshInner[i].getAttribute("data-line");
                if (keptInner[i].getAttribute("data-line") !== line)
                    keptInner[i].setAttribute("data-line", line);
            }
        };
        for (let i = 0; i < start; ++i)
            renumber(current[i], incoming[i]);
        for (let i = 0; i < current.length - endOld; ++i)
            renumber(current[endOld + i], incoming[endNew + i]);
        const anchor = endOld < current.length ? current[endOld] : null;
        for (let i = start; i < endOld; ++i)
            current[i].remove();
        for (let i = start; i < endNew; ++i)
            content.insertBefore(incoming[i], anchor);
        keys = incomingKeys;
    }

    // The elements that carry source lines, in document order.
    function lineElements() {
        return Array.from(content.querySelectorAll("[data-line]"));
    }

    // Scrolls so that source line `line` (fractional) is at the top.
    function scrollToLine(line) {
        const elements = lineElements();
        if (elements.length === 0)
            return;
        let before = null, after = null;
        for (const element of elements) {
            const l = Number(element.getAttribute("data-line"));
            if (l <= line)
                before = { element, line: l };
            else {
                after = { element, line: l };
                break;
            }
        }
        const top = (e) => e.getBoundingClientRect().top + window.scrollY;
        let y = 0;
        if (before && after && after.line > before.line) {
            const fraction = (line - before.line) / (after.line - before.line);
            y = top(before.element) + fraction * (top(after.element) - top(before.element));
        } else if (before) {
            y = top(before.element);
        }
        ignoreScrollUntil = performance.now() + 150;
        window.scrollTo({ top: Math.max(0, y - 8), behavior: "instant" });
    }

    // The source line (fractional) at the top of the viewport.
    function lineAtTop() {
        const elements = lineElements();
        let previous = null;
        for (const element of elements) {
            const rect = element.getBoundingClientRect();
            const line = Number(element.getAttribute("data-line"));
            if (rect.top > 8) {
                if (!previous)
                    return line;
                const span = rect.top - previous.rect.top;
                const fraction = span > 0 ? (8 - previous.rect.top) / span : 0;
                return previous.line + Math.max(0, Math.min(1, fraction)) * (line - previous.line);
            }
            previous = { rect, line };
        }
        return previous ? previous.line : 1;
    }

    window.postwright = { scrollToLine, lineAtTop, applyHtml };

    window.addEventListener("DOMContentLoaded", () => {
        content = document.getElementById("content");
        new QWebChannel(qt.webChannelTransport, (channel) => {
            bridge = channel.objects.bridge;
            bridge.codeStyleChanged.connect((css) => {
                document.getElementById("code-style").textContent = css;
            });
            bridge.htmlChanged.connect((generation, html) => {
                applyHtml(html);
                bridge.contentShown(generation); // the DOM holds it; painting follows
            });
            bridge.scrollRequested.connect((line) => scrollToLine(line));
            bridge.userStyleChanged.connect((css) => {
                document.getElementById("user-style").textContent = css;
            });
            bridge.colorSchemeChanged.connect((dark) => {
                document.documentElement.dataset.scheme = dark ? "dark" : "light";
            });
            window.addEventListener("scroll", () => {
                if (performance.now() < ignoreScrollUntil)
                    return;
                bridge.previewScrolled(lineAtTop());
            }, { passive: true });
            bridge.pageReady();
        });
    });
})();
