#pragma once
// Measures Postwright's body HTML against Hugo's, block by block: splits both
// into top-level blocks, normalises them (the rules are in the README, section
// "Parity with Hugo", and at normaliseBlock below), aligns the two sequences
// and reports which blocks differ. Measurement tooling for tst_hugoparity and
// postwright-bench, not part of the product.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postwright::HugoParity {

// One top-level block of a body: its normalised HTML and a key that names it
// across edits of other blocks ("h2: Getting Started", "p: The migration
// checklist, as it stood", with "#2" for the second block of that name).
struct Block
{
    QByteArray html; // normalised
    QString key;
    QString tag;       // the element's name, or "text", "comment", "markup"
    QStringList words; // of its text, to pair unequal blocks
};

// The body's top-level blocks, normalised.
QList<Block> splitBlocks(const QByteArray &html);

struct BlockDifference
{
    enum Kind { Changed, Missing, Extra };
    Kind kind = Changed;
    QString key;       // the Hugo block's key; for Extra, "+" and Postwright's block's key
    QByteArray hugo;   // normalised; empty for Extra
    QByteArray actual; // normalised; empty for Missing

    // A few lines for a person: the key, and both sides with the first
    // differing place marked.
    QString describe() const;
};

struct PostComparison
{
    QString post; // "site/name"
    int total = 0; // aligned places: equal, changed, missing and extra blocks
    int equal = 0;
    QList<BlockDifference> differences;
};

// Aligns the blocks (longest common subsequence of equal blocks; unequal
// runs between two equal blocks are paired in order, the rest are missing
// or extra) and compares them.
PostComparison compare(const QString &post, const QByteArray &hugoHtml, const QByteArray &postwrightHtml);

// A post of the corpus: its Markdown inside its site and Hugo's recorded body.
struct CorpusPost
{
    QString site;
    QString name;
    QString markdownPath;
    QString expectedPath;
    QString id() const { return site + u'/' + name; }
};

// Every post of the corpus: each folder of corpusDir with a hugo.toml, plus
// examplesSite as the site "examples". expectedDir holds <site>/<name>.html.
QList<CorpusPost> corpusPosts(const QString &corpusDir, const QString &examplesSite, const QString &expectedDir);

// Postwright's body for the post, rendered as the preview renders it (site
// detected from the post's path, source lines on).
QByteArray renderWithPostwright(const CorpusPost &post);

struct KnownDifference
{
    QString post;
    QString key;
    QString reason;
};

// known-differences.tsv: POST<TAB>KEY<TAB>REASON, '#' starts a comment line.
QList<KnownDifference> readKnownDifferences(const QString &path, QString *error);

struct CorpusComparison
{
    QList<PostComparison> posts;
    int total = 0;
    int equal = 0;
    QStringList errors; // a post or expectation that could not be read
    double share() const { return total > 0 ? double(equal) / total : 0.0; }
};

// Compares every post of the corpus against its recorded expectation.
CorpusComparison compareCorpus(const QString &corpusDir, const QString &examplesSite);

} // namespace Postwright::HugoParity
