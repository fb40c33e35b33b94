// The preview page's own script. It receives the changed top-level blocks of
// the rendered HTML over QWebChannel and swaps only those (so typing never reloads the
// page, moves the scroll position or reloads an image), keeps the preview
// scrolled with the editor by source line (data-line), both ways, and draws
// the math (KaTeX) and diagrams (Mermaid) of the blocks it inserts, so typing
// in a formula draws that formula again and nothing else.
"use strict";

(() => {
    // Mermaid is large: loaded, with this script's nonce, when a post has a diagram.
    const nonce = document.currentScript.nonce;
    let mermaidLoading = null;
    let diagramCount = 0;
    let dark = false;
    let bridge = null;
    let content = null;
    let blocks = [];             // per top-level block of the body: the nodes its HTML made
    let ignoreScrollUntil = 0;   // after scrolling for the editor, don't echo back
    const blocked = new Set();   // what the page's policy refused, reported once each
    let unreported = [];         // refused before the bridge was there

    // The page's Content-Security-Policy refused something a post brought (a
    // script, a handler, a frame from the web): the app hears of it, so it can
    // say why it is missing.
    document.addEventListener("securitypolicyviolation", (event) => {
        const report = [event.effectiveDirective, event.blockedURI];
        if (blocked.has(report.join(" ")))
            return;
        blocked.add(report.join(" "));
        if (bridge)
            bridge.contentBlocked(...report);
        else
            unreported.push(report);
    });

    function moveLines(element, delta) {
        element.setAttribute("data-line", Number(element.getAttribute("data-line")) + delta);
    }

    // Applies one patch from the bridge: the blocks at `start` that changed
    // are swapped for the inserted HTML, every other node stays as it is (so
    // nothing reloads, flashes or scrolls), and kept blocks take their new
    // source lines. Returns false when the patch does not fit what the page
    // holds.
    function applyBlocks(start, removed, inserted, shifts) {
        if (removed < 0) {
            content.replaceChildren();
            blocks = [];
            start = 0;
            removed = 0;
        }
        if (start + removed > blocks.length)
            return false;
        let anchor = null;
        for (let k = start + removed; k < blocks.length && !anchor; ++k)
            anchor = blocks[k].length ? blocks[k][0] : null;
        for (let k = start; k < start + removed; ++k)
            for (const node of blocks[k])
                node.remove();
        const fragment = document.createDocumentFragment();
        const fresh = inserted.map((html) => {
            const template = document.createElement("template");
            template.innerHTML = html;
            const nodes = Array.from(template.content.childNodes);
            fragment.append(...nodes);
            return nodes;
        });
        content.insertBefore(fragment, anchor);
        draw(fresh.flat());
        blocks = blocks.slice(0, start).concat(fresh, blocks.slice(start + removed));
        for (let s = 0; s + 2 < shifts.length; s += 3) {
            const [first, count, delta] = [shifts[s], shifts[s + 1], shifts[s + 2]];
            for (let k = first; k < first + count && k < blocks.length; ++k) {
                for (const node of blocks[k]) {
                    if (node.nodeType !== Node.ELEMENT_NODE)
                        continue;
                    if (node.hasAttribute("data-line"))
                        moveLines(node, delta);
                    for (const inner of node.querySelectorAll("[data-line]"))
                        moveLines(inner, delta);
                }
            }
        }
        return true;
    }

    // KaTeX's drawing of each formula below root (the renderer wrote its TeX
    // in data-tex); a TeX error shows KaTeX's message where the formula was.
    function drawMath(elements) {
        if (!window.katex)
            return;
        for (const element of elements) {
            try {
                katex.render(element.dataset.tex, element, {
                    displayMode: element.classList.contains("display"),
                    throwOnError: true,
                });
            } catch (error) {
                const message = document.createElement("span");
                message.className = "math-error";
                message.textContent = error.message;
                element.replaceChildren(message);
            }
        }
    }

    function loadMermaid() {
        if (!mermaidLoading) {
            mermaidLoading = new Promise((resolve) => {
                const script = document.createElement("script");
                script.nonce = nonce;
                script.src = "mermaid.min.js";
                script.onload = () => resolve(window.mermaid || null);
                script.onerror = () => resolve(null);
                document.head.append(script);
            });
        }
        return mermaidLoading;
    }

    // Mermaid's drawing of each ```mermaid block; a syntax error shows
    // Mermaid's message above the diagram's text. Drawings run one after the
    // other (Mermaid draws one at a time): a redraw waits for the drawing
    // before it.
    let drawing = Promise.resolve();

    function drawDiagrams(diagrams) {
        if (diagrams.length > 0)
            drawing = drawing.then(() => drawNow(diagrams));
    }

    async function drawNow(diagrams) {
        const mermaid = await loadMermaid();
        if (!mermaid) {
            for (const pre of diagrams)
                pre.dataset.drawn = "missing";
            return;
        }
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
        for (const pre of diagrams) {
            if (!pre.isConnected)
                continue; // replaced by a newer render of its block
            const source = pre.dataset.source ?? pre.textContent;
            const id = "postwright-diagram-" + ++diagramCount;
            pre.dataset.source = source;
            pre.dataset.drawn = "pending";
            try {
                const { svg } = await mermaid.render(id, source);
                pre.innerHTML = svg;
                pre.dataset.drawn = "svg";
            } catch (error) {
                const message = document.createElement("div");
                message.className = "diagram-error";
                message.textContent = String(error && error.message ? error.message : error);
                pre.replaceChildren(message, document.createTextNode(source));
                pre.dataset.drawn = "error";
                // Mermaid leaves its error picture in the body.
                document.getElementById("d" + id)?.remove();
            }
        }
    }

    // Mermaid's colours are in its SVG: a new scheme draws every diagram again.
    function redrawDiagrams() {
        drawing = drawing.then(() => drawNow(Array.from(content.querySelectorAll("pre.mermaid[data-drawn]"))));
    }

    // The elements matching selector among nodes and inside them.
    function matching(nodes, selector) {
        const found = [];
        for (const node of nodes) {
            if (node.nodeType !== Node.ELEMENT_NODE)
                continue;
            if (node.matches(selector))
                found.push(node);
            found.push(...node.querySelectorAll(selector));
        }
        return found;
    }

    function draw(nodes) {
        drawMath(matching(nodes, ".math[data-tex]"));
        drawDiagrams(matching(nodes, "pre.mermaid"));
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

    // The source line of the block at viewport height y: where something
    // dropped there goes.
    function lineAt(y) {
        let line = 1;
        for (const element of lineElements()) {
            if (element.getBoundingClientRect().top > y)
                break;
            line = Number(element.getAttribute("data-line"));
        }
        return line;
    }

    // Whether everything drawn after the blocks arrived is drawn: fonts
    // (KaTeX's among them) loaded, every diagram drawn or refused.
    function settled() {
        return document.body.offsetHeight >= 0 // layout first: it asks for the fonts the text needs
            && document.fonts.status === "loaded"
            && !content.querySelector("pre.mermaid:not([data-drawn=svg]):not([data-drawn=error]):not([data-drawn=missing])");
    }

    window.postwright = { scrollToLine, lineAtTop, lineAt, settled };

    window.addEventListener("DOMContentLoaded", () => {
        content = document.getElementById("content");
        new QWebChannel(qt.webChannelTransport, (channel) => {
            bridge = channel.objects.bridge;
            for (const report of unreported)
                bridge.contentBlocked(...report);
            unreported = [];
            bridge.codeStyleChanged.connect((css) => {
                document.getElementById("code-style").textContent = css;
            });
            bridge.blocksChanged.connect((generation, start, removed, inserted, shifts) => {
                if (applyBlocks(start, removed, inserted, shifts))
                    bridge.contentShown(generation); // the DOM holds it; painting follows
                else
                    bridge.pageReady(); // out of step: start over with every block
            });
            bridge.scrollRequested.connect((line) => scrollToLine(line));
            bridge.userStyleChanged.connect((css) => {
                document.getElementById("user-style").textContent = css;
            });
            bridge.colorSchemeChanged.connect((isDark) => {
                document.documentElement.dataset.scheme = isDark ? "dark" : "light";
                if (isDark !== dark) {
                    dark = isDark;
                    redrawDiagrams();
                }
            });
            // The post's title, date and tags above the body, as the blog's
            // page shows them; empty: hidden (View > Show Post Header).
            bridge.headerChanged.connect((html) => {
                const header = document.getElementById("post-header");
                header.innerHTML = html;
                header.hidden = html.length === 0;
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
