#pragma once
// The status bar's words, characters and reading time of the current post.

#include <QLabel>

namespace Postwright {

struct RenderResult;

class CountsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CountsLabel(QWidget *parent = nullptr);

    // The counts of an analysis (none: zeros). Changes only this label: its
    // size only grows, since a status bar widget whose size changes makes
    // the whole window lay itself out again, docks and toolbars included,
    // and the counts change on every keystroke.
    void showCounts(const RenderResult *counts);
};

} // namespace Postwright
