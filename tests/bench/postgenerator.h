#pragma once
// Writes plausible technical blog posts for the bench: prose with emphasis,
// links and inline code, lists, tables and fenced code in ten languages. The
// same seed always gives the same bytes, so figures from different runs and
// machines describe the same input.

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace Postwright {

class PostGenerator
{
public:
    explicit PostGenerator(quint32 seed);

    // A long post of about targetBytes with YAML front matter; about a third
    // of its bytes are fenced code blocks.
    QByteArray technicalPost(qsizetype targetBytes);

    // A post of a few KB for a generated Hugo site: YAML front matter (title,
    // date, tags, draft), two fenced code blocks and a table.
    QByteArray sitePost(int number);

private:
    QByteArray word();
    QByteArray technicalWord();
    QByteArray words(int count);
    QByteArray identifier(bool camelCase);
    QByteArray typeName();
    QByteArray sentence();
    QByteArray paragraph();
    QByteArray heading(int level);
    QByteArray list();
    QByteArray table();
    QByteArray blockQuote();
    QByteArray codeBlock(const char *language);
    QByteArray codeBlock();
    QByteArray frontMatter(const QByteArray &title, const QByteArray &tags);

    int between(int lowest, int highest); // inclusive
    bool chance(int percent);

    QRandomGenerator m_random;
};

} // namespace Postwright
