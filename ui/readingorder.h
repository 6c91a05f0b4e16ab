#pragma once

#include <QList>
#include <QWidget>

namespace sinch::ui {

// A part of a window (the main window's central area) whose Tab goes in reading order: the
// order of its layouts (a box from its first item to its last, a grid or form row by row, a
// splitter's and a tab widget's panes in turn, a scroll area's contents), the order the eye
// reads them in. Qt's own chain is the order widgets were made in, and a widget made later
// (a form rebuilt for the row chosen, an editor put beside a list, a filter a page adds
// after its base class made the list) lands at the end of the window's chain: Tab jumped
// from a list to the filter above it, or through an editor's buttons before its fields.
// Tab and Shift+Tab inside the area (where no widget keeps them, as a text box does) go to
// the next stop of the layout as it is at that moment; past the last one, out of the area
// as Qt would (the toolbar's project box, the status bar's buttons). A focused part hidden
// (an editor closed after its save) leaves the focus in the area, on the nearest stop.
class ReadingOrderArea : public QWidget
{
public:
    explicit ReadingOrderArea(QWidget *parent = nullptr);

    // The widgets under `root` Tab may stop at, in layout order (hidden ones included).
    static QList<QWidget *> stops(QWidget *root);
    // Focus comes in from outside (Tab from the toolbar): to the first stop, or with
    // Shift+Tab to the last.
    void enter(bool next);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    // The first widget after (or before) the area in the window's chain that takes focus.
    QWidget *outside(bool next) const;
};

} // namespace sinch::ui
