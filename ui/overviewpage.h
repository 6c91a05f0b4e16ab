#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUuid>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace sinch {
class ApiClient;
class ProjectSummary;
}

namespace sinch::ui {

class OverviewCard;
class ProjectManager;

// The Overview: every ready project side by side, one card each, with the numbers read
// from the real list operations (webhooks; WhatsApp templates and senders, KakaoTalk and
// RCS senders and upscales by state); a row's title opens its list.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(ProjectManager *projects, QWidget *parent = nullptr);

    void refresh();
    // Makes sure the card of this project exists and shows it first.
    void setCurrentProject(const QUuid &id);
    ProjectSummary *summary(const QUuid &id) const { return m_summaries.value(id); }
    QString cardText(const QUuid &id) const;
    // Every card shows its numbers (or why it has none): no section is loading any more.
    bool showsCounts() const;

signals:
    // A card's row was clicked: `areaId`'s list of `project`; a state's number: that list
    // showing only `state` (a value of the contract's enum; empty: every item).
    void openRequested(const QUuid &project, const QString &areaId, const QString &state);

protected:
    // Coming back to the overview reads again what could not be read: the list may have
    // loaded on its page since, and "not read" would stay until F5.
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void scheduleCard(const QUuid &id);
    void updateCard(const QUuid &id);
    QString sectionTitle(const QString &sectionId) const;
    // The area that lists what a section counts ("whatsappTemplates": "whatsapp.templates").
    static QString sectionArea(const QString &sectionId);
    // A state's number's words, as the section's list says the state.
    static QString stateWords(const QString &sectionId, const QString &state);

    QPointer<ProjectManager> m_projects;
    QUuid m_current;
    QLabel *m_hint;
    QWidget *m_cards;
    QGridLayout *m_grid;
    QHash<QUuid, ProjectSummary *> m_summaries;
    QHash<QUuid, OverviewCard *> m_cardsById;
    // What the cards show: each ready project's ID and name, in order.
    QStringList m_shownCards;
    QSet<QUuid> m_pendingCards;   // cards whose numbers changed since they were last shown
};

} // namespace sinch::ui
