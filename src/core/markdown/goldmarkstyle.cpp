#include "goldmarkstyle.h"

#include "cmarknodes.h"

#include <cmark-gfm.h>

#include <QHash>

#include <cstring>
#include <memory>
#include <vector>

namespace Postwright::GoldmarkStyle {

namespace {

struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

using CmarkNodes::newCustomBlock;

// Goldmark's ids: the first reference to note 3 is fnref:3, the next fnref1:3.
QByteArray referenceId(int index, const QByteArray &number)
{
    return "fnref" + (index > 0 ? QByteArray::number(index) : QByteArray()) + ':' + number;
}

} // namespace

void rewriteFootnotes(cmark_node *document, bool xhtml, const InlineHtml &inlineHtml)
{
    std::vector<cmark_node *> references, notes;
    {
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(document));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(it.get());
            if (ev != CMARK_EVENT_ENTER)
                continue;
            if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE)
                references.push_back(node);
            else if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION)
                notes.push_back(node);
        }
    }
    if (notes.empty())
        return;
    // cmark-gfm keeps only the notes something refers to, at the document's
    // end in the order of their first reference: their place is their number,
    // as in Goldmark.
    QHash<cmark_node *, int> numberOf;
    for (size_t i = 0; i < notes.size(); ++i)
        numberOf.insert(notes[i], int(i) + 1);
    QHash<cmark_node *, int> referenceCount;
    for (cmark_node *reference : references) {
        cmark_node *note = cmark_node_parent_footnote_def(reference);
        const int number = numberOf.value(note);
        if (!number)
            continue;
        const QByteArray n = QByteArray::number(number);
        const QByteArray html = "<sup id=\"" + referenceId(referenceCount[note]++, n) + "\"><a href=\"#fn:" + n
                                + "\" class=\"footnote-ref\" role=\"doc-noteref\">" + n + "</a></sup>";
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, inlineHtml(html).constData());
        if (cmark_node_insert_before(reference, text))
            cmark_node_free(reference);
        else
            cmark_node_free(text);
    }

    cmark_node *list = newCustomBlock("<div class=\"footnotes\" role=\"doc-endnotes\">\n" + QByteArray(xhtml ? "<hr />" : "<hr>")
                                          + "\n<ol>",
                                      "</ol>\n</div>");
    for (cmark_node *note : notes) {
        const QByteArray n = QByteArray::number(numberOf.value(note));
        QByteArray backlinks;
        for (int k = 0; k < referenceCount.value(note); ++k)
            backlinks += "&#160;<a href=\"#" + referenceId(k, n)
                         + "\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>";
        cmark_node *last = cmark_node_last_child(note);
        const bool inParagraph = last && cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH;
        // After a paragraph the backlinks go inside it; after anything else
        // they follow its end tag on the same line.
        cmark_node *item = newCustomBlock("<li id=\"fn:" + n + "\">", (inParagraph ? QByteArray() : Glue + backlinks) + "</li>");
        if (inParagraph && !backlinks.isEmpty()) {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, inlineHtml(backlinks).constData());
            if (!cmark_node_append_child(last, text))
                cmark_node_free(text);
        }
        while (cmark_node *child = cmark_node_first_child(note))
            if (!cmark_node_append_child(item, child))
                break;
        cmark_node_append_child(list, item);
        if (!cmark_node_first_child(note)) // else cmark refused a move: the rest stays where it was
            cmark_node_free(note);
    }
    if (!cmark_node_append_child(document, list))
        cmark_node_free(list);
}

bool setLinkifyProtocol(cmark_node *link, QByteArrayView protocol)
{
    const char *url = cmark_node_get_url(link);
    const QByteArrayView address = url ? QByteArrayView(url) : QByteArrayView();
    static constexpr QByteArrayView prefix = "http://www.";
    if (!address.startsWith(prefix))
        return false;
    cmark_node *text = cmark_node_first_child(link);
    if (!text || cmark_node_next(text) || cmark_node_get_type(text) != CMARK_NODE_TEXT)
        return false;
    // The extension's link shows its address without the protocol, and its
    // source is about as long (cmark-gfm's columns may count one more); a
    // written [www.a.org](http://www.a.org) is at least four longer.
    const QByteArrayView shown(cmark_node_get_literal(text));
    if (shown != address.sliced(7))
        return false;
    const int start = cmark_node_get_start_column(link);
    if (start > 0 && cmark_node_get_end_column(link) - start + 1 >= shown.size() + 4)
        return false;
    if (protocol.isEmpty() || protocol == "http")
        return true;
    const QByteArray written = protocol.toByteArray() + "://" + shown.toByteArray();
    cmark_node_set_url(link, written.constData());
    return true;
}

bool unwrapStandaloneImage(cmark_node *paragraph)
{
    cmark_node *image = cmark_node_first_child(paragraph);
    if (!image || cmark_node_next(image) || cmark_node_get_type(image) != CMARK_NODE_IMAGE)
        return false;
    CmarkNodes::ownLiterals(image); // its alt text lives in the paragraph, which goes
    cmark_node *block = newCustomBlock({}, {});
    if (!cmark_node_replace(paragraph, block)) {
        cmark_node_free(block);
        return false;
    }
    cmark_node_append_child(block, image);
    cmark_node_free(paragraph);
    return true;
}

QByteArray tableAlignment(QByteArray tableHtml)
{
    return tableHtml.replace(" style=\"text-align: ", " style=\"text-align:");
}

namespace {

// Glue starts with a byte that text seldom holds (a private-use character's
// first): memchr finds the candidates.
qsizetype indexOfGlue(QByteArrayView html, qsizetype from)
{
    const QByteArrayView glue(Glue);
    while (from < html.size()) {
        const void *found = std::memchr(html.data() + from, glue.front(), size_t(html.size() - from));
        if (!found)
            return -1;
        const qsizetype at = static_cast<const char *>(found) - html.data();
        if (html.sliced(at).startsWith(glue))
            return at;
        from = at + 1;
    }
    return -1;
}

} // namespace

QByteArray removeGlue(QByteArray html)
{
    qsizetype at = indexOfGlue(html, 0);
    if (at < 0)
        return html;
    // One pass: each Glue goes, with the line break right before it.
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0;
    for (; at >= 0; at = indexOfGlue(html, copied)) {
        const qsizetype cut = at > copied && html[at - 1] == '\n' ? at - 1 : at;
        out.append(QByteArrayView(html).sliced(copied, cut - copied));
        copied = at + qsizetype(sizeof(Glue) - 1);
    }
    out.append(QByteArrayView(html).sliced(copied));
    return out;
}

} // namespace Postwright::GoldmarkStyle
