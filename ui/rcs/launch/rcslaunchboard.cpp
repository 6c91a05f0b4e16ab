#include "rcslaunchboard.h"

#include "rcslaunchtext.h"

#include "activity/activitytext.h"
#include "api/apijob.h"
#include "api/clock.h"
#include "api/clocktimer.h"
#include "domain/countrynames.h"
#include "messagebar.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

enum Column { NameColumn, StatusColumn, RemarkColumn, ChangedColumn };

} // namespace

RcsLaunchBoard::RcsLaunchBoard(ApiClient *client, const QString &projectKey, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_service(client, projectKey)
    , m_clock(Clock::orSystem(clock))
    , m_timer(new ClockTimer(clock, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new MessageBar(this);
    layout->addWidget(m_bar);
    m_state = new QLabel(this);
    m_state->setAccessibleName(tr("Launch state"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_needsAction = new QCheckBox(tr("Show only operators that &need action"), this);
    m_needsAction->setAccessibleName(tr("Needs action only"));
    m_needsAction->setToolTip(tr("Rejected, suspended or invalid in Google My Business: the launch stalls there until you act."));
    layout->addWidget(m_needsAction);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Launch board"));
    m_tree->setHeaderLabels({tr("Country / operator"), tr("Status"), tr("Remark"), tr("Last change")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RemarkColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ChangedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kPollIntervalMs);
    connect(m_timer, &ClockTimer::timeout, this, &RcsLaunchBoard::poll);
    connect(m_needsAction, &QCheckBox::toggled, this, &RcsLaunchBoard::rebuild);
    connect(m_bar, &MessageBar::retryRequested, this, &RcsLaunchBoard::poll);
}

bool RcsLaunchBoard::isPolling() const
{
    return m_timer->isActive() || m_polling;
}

void RcsLaunchBoard::setSender(const QJsonObject &sender)
{
    m_sender = sender;
    rebuild();
    // Polls while an operator is still deciding (a launch that every operator rejected
    // stays LAUNCHING, and nothing more will come), or while a launch has asked none yet.
    bool deciding = false;
    bool asked = false;
    for (const QJsonValue &c : sender.value(QLatin1String("countryStatus")).toArray())
        for (const QJsonValue &o : c.toObject().value(QLatin1String("operators")).toArray()) {
            const QString status = o.toObject().value(QLatin1String("status")).toString();
            asked = asked || status != QLatin1String("NOT_LAUNCHED");
            deciding = deciding || RcsLaunchText::undecided(status);
        }
    deciding = deciding || (!asked && sender.value(QLatin1String("state")).toString() == QLatin1String("LAUNCHING"));
    if (deciding && !m_polling)
        m_timer->start();
    else if (!deciding)
        m_timer->stop();
}

void RcsLaunchBoard::rebuild()
{
    m_tree->clear();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->msecsSinceEpoch(), Qt::UTC);
    const bool onlyAction = m_needsAction->isChecked();
    int operators = 0;
    int launched = 0;
    int deciding = 0;
    int action = 0;
    for (const QJsonValue &cv : m_sender.value(QLatin1String("countryStatus")).toArray()) {
        const QJsonObject c = cv.toObject();
        const QString countryStatus = c.value(QLatin1String("status")).toString();
        auto *country = new QTreeWidgetItem({CountryNames::display(c.value(QLatin1String("country")).toString()),
                                             RcsLaunchText::operatorStatus(countryStatus)});
        QFont bold = country->font(NameColumn);
        bold.setBold(true);
        country->setFont(NameColumn, bold);
        for (const QJsonValue &ov : c.value(QLatin1String("operators")).toArray()) {
            const QJsonObject o = ov.toObject();
            const QString status = o.value(QLatin1String("status")).toString();
            ++operators;
            launched += status == QLatin1String("LAUNCHED");
            deciding += RcsLaunchText::undecided(status);
            action += RcsLaunchText::needsAction(status);
            if (onlyAction && !RcsLaunchText::needsAction(status))
                continue;
            const QDateTime changed = QDateTime::fromString(o.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs);
            auto *op = new QTreeWidgetItem(country, {o.value(QLatin1String("name")).toString(), RcsLaunchText::operatorStatus(status),
                                                     o.value(QLatin1String("remark")).toString(),
                                                     changed.isValid() ? ActivityText::relativeTime(changed, now) : QString()});
            if (changed.isValid())
                op->setToolTip(ChangedColumn, ActivityText::exactTime(changed));
            op->setToolTip(RemarkColumn, op->text(RemarkColumn));
            if (RcsLaunchText::needsAction(status))
                op->setIcon(StatusColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (onlyAction && country->childCount() == 0) {
            delete country;
            continue;
        }
        m_tree->addTopLevelItem(country);
        country->setExpanded(true);
    }
    const QString state = RcsLaunchText::senderState(m_sender.value(QLatin1String("state")).toString());
    if (operators == 0) {
        m_state->setText(tr("<b>%1</b>. No operator has been asked yet: launch the sender to see their decisions here.").arg(state));
        return;
    }
    QString summary = tr("<b>%1</b>. Launched with %2 of %3 operators").arg(state).arg(launched).arg(operators);
    if (deciding)
        summary += deciding == 1 ? tr("; 1 is still deciding") : tr("; %1 are still deciding").arg(deciding);
    if (action)
        summary += action == 1 ? tr("; <b>1 needs action</b> (see its remark)") : tr("; <b>%1 need action</b> (see their remarks)").arg(action);
    m_state->setText(summary + QLatin1Char('.'));
}

void RcsLaunchBoard::poll()
{
    const QString id = m_sender.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return;
    m_polling = true;
    connect(m_service.get(id), &ApiJob::finished, this, [this](const ApiResult &result) {
        m_polling = false;
        if (!result.ok()) {
            m_bar->showError(result.error);
            m_bar->setRetryVisible(true);
            return;
        }
        m_bar->dismiss();
        setSender(result.json.object());
        emit senderChanged(m_sender);
    });
}

} // namespace sinch::ui
