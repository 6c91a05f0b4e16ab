#pragma once

#include "models/templatelistmodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace sinch {
class Clock;
class ClockTimer;
}

namespace sinch::ui {

class FilterEdit;

// The filters of WhatsApp › Templates, in the order a person narrows a list: a search of
// the loaded templates, the name prefix, state and pending changes (asked of the server;
// their values are the contract's enums), language and category (of the loaded templates),
// and the range of the analytics columns. The prefix is asked once typing rests, on the
// injected clock, or at once on Enter.
class TemplateFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateFilterBar(QWidget *parent = nullptr);
    ~TemplateFilterBar() override;
    // The clock the prefix's rest runs on (nullptr: the system clock).
    void setClock(Clock *clock);

    // What the server is asked for; a prefix still resting is taken now.
    TemplateListModel::Filter takeServerFilter();
    // Shows only the templates in `state` (WhatsappTemplateStatesEnum), or, for
    // "changes.status=STATUS", those never approved whose changes have that status (as
    // ProjectSummary counts them), every other filter cleared; false for a state the bar
    // does not offer.
    bool showOnlyState(const QString &state);
    bool filtersOnServer() const;   // a state or a status chosen
    bool filtersLocally() const;    // a search, a language, a category or "never approved"
    // "Never approved" chosen as the state: templates without one (their pending changes are
    // all there is). The server has no such filter: the list keeps them (TemplateFilterProxy).
    bool neverApprovedOnly() const;
    QString language() const;
    QString category() const;
    QString analyticsRange() const;
    // The languages the loaded templates have (the choice is kept when still there).
    void setLanguages(const QStringList &languages);
    void focusSearch();
    // The bar's fields in Tab order.
    QList<QWidget *> fields() const;

    QLineEdit *searchEdit() const;
    QLineEdit *namePrefixEdit() const { return m_prefix; }
    QComboBox *stateCombo() const { return m_state; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *rangeCombo() const { return m_range; }

signals:
    void searchChanged(const QString &text);
    void serverFilterChanged();
    void localFilterChanged();
    void analyticsRangeChanged(const QString &range);

private:
    FilterEdit *m_search;
    QLineEdit *m_prefix;
    ClockTimer *m_prefixRest = nullptr;
    QComboBox *m_state;
    QComboBox *m_status;
    QComboBox *m_language;
    QComboBox *m_category;
    QComboBox *m_range;
};

} // namespace sinch::ui
