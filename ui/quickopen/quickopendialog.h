#pragma once

#include "quickopenindex.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sinch::ui {

// Quick open (Ctrl+K): type part of a name (or an ID) and press Enter. Results come from
// a QuickOpenIndex over every project and update as its lists arrive; Up/Down move in
// the results while typing, Enter opens the current one, Esc closes.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuickOpenDialog(QuickOpenIndex *index, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *resultList() const { return m_results; }
    QString statusText() const;
    // The entries shown, best first (indexes into the index's entries()).
    QList<int> shown() const { return m_shown; }

    // Clears the query and shows the dialog over the top of `window`.
    void popUp(QWidget *window);

signals:
    void activated(const sinch::ui::QuickOpenEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateResults();
    void updateStatus();
    void activateCurrent();

    QuickOpenIndex *m_index;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QLabel *m_status;
    QList<int> m_shown;
};

} // namespace sinch::ui
