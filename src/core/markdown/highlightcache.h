#pragma once
// Highlighted code blocks kept between renders of one post. A keystroke
// changes one block at most; the post's other code blocks (hundreds in a
// long post) come back as they were highlighted, instead of going through
// KSyntaxHighlighting again on every render. Safe to use from the threads
// one render highlights on.

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <optional>

namespace Postwright {

class HighlightCache
{
public:
    // What identifies a block's HTML: the highlighter's themes (as
    // RenderOptions names them), the fence's info string as written and the
    // code.
    static QByteArray key(const QString &lightTheme, const QString &darkTheme, QByteArrayView info, QByteArrayView code);

    // The HTML highlighted for key, if this render or the one before it
    // highlighted it.
    std::optional<QByteArray> find(const QByteArray &key);
    void insert(const QByteArray &key, const QByteArray &html);
    // A render is over: what it did not use goes.
    void endRender();

    // Blocks kept (after endRender: the blocks the last render used).
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_current;  // used by the render under way
    QHash<QByteArray, QByteArray> m_previous; // used by the render before
};

} // namespace Postwright
