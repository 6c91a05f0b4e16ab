#include "overviewpage.h"

#include "overviewcard.h"

#include "areapages.h"

#include "projects/projectmanager.h"
#include "domain/enumtext.h"
#include "domain/whatsapptemplateview.h"
#include "models/projectsummary.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sinch::ui {

OverviewPage::OverviewPage(ProjectManager *projects, QWidget *parent)
    : QWidget(parent)
    , m_projects(projects)
    , m_hint(new QLabel(this))
    , m_cards(new QWidget)
    , m_grid(new QGridLayout(m_cards))
{
    setObjectName(QStringLiteral("page.overview"));
    setAccessibleName(tr("Overview"));
    m_hint->setObjectName(QStringLiteral("overviewHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);
    scroll->setAccessibleName(tr("Projects"));

    auto *title = new QLabel(tr("Overview"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);

    if (m_projects) {
        connect(m_projects, &ProjectManager::projectsChanged, this, &OverviewPage::rebuild);
        connect(m_projects, &ProjectManager::projectReady, this, [this](const QUuid &) { rebuild(); });
    }
    rebuild();
}

QString OverviewPage::sectionTitle(const QString &id) const
{
    if (id == QLatin1String("webhooks")) return tr("Webhooks");
    if (id == QLatin1String("whatsappTemplates")) return tr("WhatsApp templates");
    if (id == QLatin1String("whatsappSenders")) return tr("WhatsApp senders");
    if (id == QLatin1String("kakaotalkSenders")) return tr("KakaoTalk senders");
    if (id == QLatin1String("rcsSenders")) return tr("RCS senders");
    if (id == QLatin1String("rcsUpscales")) return tr("RCS upscales");
    return id;
}

QString OverviewPage::sectionArea(const QString &id)
{
    static const QHash<QString, QString> areas{
        {QStringLiteral("webhooks"), QStringLiteral("webhooks")},
        {QStringLiteral("whatsappTemplates"), QStringLiteral("whatsapp.templates")},
        {QStringLiteral("whatsappSenders"), QStringLiteral("whatsapp.senders")},
        {QStringLiteral("kakaotalkSenders"), QStringLiteral("kakaotalk.senders")},
        {QStringLiteral("rcsSenders"), QStringLiteral("rcs.senders")},
        {QStringLiteral("rcsUpscales"), QStringLiteral("rcs.upscales")},
    };
    return areas.value(id);
}

void OverviewPage::rebuild()
{
    if (!m_projects)
        return;
    // Cards for every ready project; summaries of projects that went away are dropped.
    QList<QUuid> ready;
    for (const Project &p : m_projects->projects()) {
        if (m_projects->isReady(p.id))
            ready << p.id;
    }
    for (auto it = m_summaries.begin(); it != m_summaries.end();) {
        if (!ready.contains(it.key())) {
            it.value()->deleteLater();
            it = m_summaries.erase(it);
        } else {
            ++it;
        }
    }
    m_hint->setText(ready.isEmpty()
                        ? tr("No project is ready yet. Add one with Project → Add project (Ctrl+Shift+N).")
                        : tr("Numbers of each project, read from its lists. Refresh with F5."));
    // The cards stay when the same projects, of the same names, are ready: the console
    // asks for this a dozen times while it starts (every project that changes, every page
    // shown), and a card built anew lays out and draws all its rows again.
    QStringList shown;
    for (const QUuid &id : std::as_const(ready))
        shown << id.toString() + m_projects->project(id)->displayName;
    if (shown == m_shownCards)
        return;
    m_shownCards = shown;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cardsById.clear();
    int column = 0;
    for (const QUuid &id : ready) {
        const Project p = *m_projects->project(id);
        auto *card = new OverviewCard(p.displayName, m_cards);
        card->setAccessibleName(tr("Project %1").arg(p.displayName));
        m_grid->addWidget(card, 0, column++, Qt::AlignTop);
        m_cardsById.insert(id, card);
        connect(card, &OverviewCard::rowActivated, this, [this, id](int row) {
            const ProjectSummary *summary = m_summaries.value(id);
            if (summary && row < summary->sections().size())
                emit openRequested(id, sectionArea(summary->sections().at(row).id), QString());
        });
        connect(card, &OverviewCard::stateActivated, this, [this, id](int row, const QString &state) {
            const ProjectSummary *summary = m_summaries.value(id);
            if (summary && row < summary->sections().size())
                emit openRequested(id, sectionArea(summary->sections().at(row).id), state);
        });
        if (!m_summaries.contains(id)) {
            auto *summary = new ProjectSummary(m_projects->client(), ProjectManager::keyFor(id), this);
            m_summaries.insert(id, summary);
            connect(summary, &ProjectSummary::sectionChanged, this, [this, id]() { scheduleCard(id); });
            summary->refresh();
        }
        updateCard(id);
    }
    m_grid->setColumnStretch(column, 1);
    m_grid->setRowStretch(1, 1);
}

void OverviewPage::scheduleCard(const QUuid &id)
{
    // Once per turn of the event loop: the sections of a card answer in a burst (six lists,
    // each loading, then read), and each change would lay out every row again.
    if (m_pendingCards.isEmpty())
        QMetaObject::invokeMethod(this, [this] {
            const QSet<QUuid> pending = std::exchange(m_pendingCards, {});
            for (const QUuid &card : pending)
                updateCard(card);
        }, Qt::QueuedConnection);
    m_pendingCards.insert(id);
}

void OverviewPage::updateCard(const QUuid &id)
{
    OverviewCard *card = m_cardsById.value(id);
    ProjectSummary *summary = m_summaries.value(id);
    if (!card || !summary)
        return;
    int row = 0;
    for (const ProjectSummary::Section &s : summary->sections()) {
        QString value, note;
        QList<OverviewCard::StateCount> states;
        if (s.loading && !s.loaded) {
            value = tr("loading…");
        } else if (s.error.isError() && s.error.httpStatus == 404) {
            value = tr("not set up");
        } else if (s.error.isError()) {
            // Short in the bold column; what went wrong beside it, with the way to try again.
            value = tr("not read");
            note = tr("(%1) Refresh with F5 to try again.").arg(s.error.summary());
        } else {
            value = QString::number(s.total);
            // Asked once a section, and only of one with a state to offer: the area catalogue
            // is built anew for it, and the card changes a dozen times while the console starts.
            const bool pageFilters = !s.filterableStates.isEmpty() && AreaPages::canShowOnlyState(sectionArea(s.id));
            for (auto it = s.byState.cbegin(); it != s.byState.cend(); ++it)
                states.append({QStringLiteral("%1 %2").arg(QLocale().toString(it.value()), stateWords(s.id, it.key())),
                               it.key(), pageFilters && s.filterableStates.contains(it.key())});
        }
        card->setRow(row++, sectionTitle(s.id), value, note, states);
    }
}

QString OverviewPage::stateWords(const QString &sectionId, const QString &state)
{
    // A template's as its State column says it, and one never approved (counted by its
    // pending changes' status) as the templates page's filter for it says it.
    if (sectionId == QLatin1String("whatsappTemplates")) {
        static const QLatin1String kPending("changes.status=");
        if (state.startsWith(kPending))
            return WhatsappTemplateView::neverApprovedCountWord(state.mid(kPending.size()));
        if (const QString words = WhatsappTemplateView::stateWord(state); words != state)
            return words;
    }
    return EnumText::words(state);
}

QString OverviewPage::cardText(const QUuid &id) const
{
    const OverviewCard *card = m_cardsById.value(id);
    return card ? card->text() : QString();
}

bool OverviewPage::showsCounts() const
{
    return !m_cardsById.isEmpty() && m_pendingCards.isEmpty()
        && std::none_of(m_summaries.cbegin(), m_summaries.cend(), [](const ProjectSummary *s) { return s->isLoading(); });
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    for (ProjectSummary *s : std::as_const(m_summaries))
        s->retryFailed();
}

void OverviewPage::refresh()
{
    for (ProjectSummary *s : std::as_const(m_summaries))
        s->refresh();
}

void OverviewPage::setCurrentProject(const QUuid &id)
{
    m_current = id;
    rebuild();
}

} // namespace sinch::ui
