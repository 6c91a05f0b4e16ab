#pragma once

#include <QTextBrowser>

class QModelIndex;

namespace sinch::ui {

// The templates page's detail pane: for a language row the template's summary (state,
// what a rejection means and what to change) and all its fields; for a name row its
// languages and the ones it is not yet in.
class TemplateDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TemplateDetailView(QWidget *parent = nullptr);

    // Shows the row `current` of the template list (an invalid index: nothing).
    void showRow(const QModelIndex &current);
    void clearRow();

private:
    // What is shown: a model's dataChanged for another row leaves it (and the reader's
    // scroll position and selection) as it is.
    QString m_shown;
};

} // namespace sinch::ui
