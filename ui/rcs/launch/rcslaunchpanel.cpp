#include "rcslaunchpanel.h"

#include "rcslaunchboard.h"
#include "rcs/rcsupdatelocktext.h"
#include "rcslaunchtext.h"

#include "api/apijob.h"
#include "domain/rcslaunchchecklist.h"
#include "messagebar.h"
#include "messagebox.h"
#include "rules/rcssenderrules.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace sinch::ui {

namespace {
const int kFieldRole = Qt::UserRole + 1;
}

RcsLaunchPanel::RcsLaunchPanel(ApiClient *client, const QString &projectKey, MessageBox *box, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_service(client, projectKey)
    , m_box(box)
{
    auto *layout = new QVBoxLayout(this);
    m_bar = new MessageBar(this);
    layout->addWidget(m_bar);

    auto *head = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Launch checklist summary"));
    m_launch = new QPushButton(tr("&Launch"), this);
    m_launch->setAccessibleName(tr("Launch"));
    head->addWidget(m_summary, 1);
    head->addWidget(m_launch, 0, Qt::AlignTop);
    layout->addLayout(head);

    m_checklist = new QListWidget(this);
    m_checklist->setAccessibleName(tr("Launch checklist"));
    m_checklist->setToolTip(tr("Double-click an item (or press Enter) to go to its field."));
    m_checklist->setWordWrap(true);
    layout->addWidget(m_checklist);

    auto *boardTitle = new QLabel(tr("<b>Operators</b>"), this);
    layout->addWidget(boardTitle);
    m_board = new RcsLaunchBoard(client, projectKey, clock, this);
    layout->addWidget(m_board, 1);

    connect(m_checklist, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString field = item->data(kFieldRole).toString();
        if (!field.isEmpty())
            emit fieldRequested(field);
    });
    connect(m_launch, &QPushButton::clicked, this, &RcsLaunchPanel::launch);
    connect(m_board, &RcsLaunchBoard::senderChanged, this, [this](const QJsonObject &sender) {
        setSender(sender);
        emit senderChanged(sender);
    });
    updateLaunchButton();
}

void RcsLaunchPanel::setSender(const QJsonObject &sender)
{
    m_sender = sender;
    m_checklist->clear();
    const QList<RcsLaunchChecklist::Item> items = RcsLaunchChecklist::check(sender);
    int missing = 0;
    for (const RcsLaunchChecklist::Item &i : items) {
        auto *item = new QListWidgetItem(style()->standardIcon(i.blocking ? QStyle::SP_MessageBoxCritical
                                                                          : QStyle::SP_MessageBoxWarning),
                                         RcsLaunchText::item(i), m_checklist);
        item->setData(kFieldRole, i.field);
        item->setToolTip(i.blocking ? tr("Needed before the launch. Field: %1").arg(i.field)
                                    : tr("A warning: the launch is allowed. Field: %1").arg(i.field));
        missing += i.blocking;
    }
    const int warnings = int(items.size()) - missing;
    const QString state = sender.value(QLatin1String("state")).toString();
    // Once the launch is asked for, the checklist has done its work: the board speaks.
    const bool beforeLaunch = state.isEmpty() || state == QLatin1String("DRAFT") || state == QLatin1String("IN_PROGRESS")
                           || state == QLatin1String("IN_TEST");
    if (state == QLatin1String("LAUNCHED"))
        m_summary->setText(tr("Launched. The operators' decisions are below."));
    else if (!beforeLaunch)
        m_summary->setText(tr("Launch requested. The operators' decisions are below."));
    else if (missing)
        m_summary->setText((missing == 1 ? tr("<b>1 item is missing before this sender can launch.</b>")
                                         : tr("<b>%1 items are missing before this sender can launch.</b>").arg(missing))
                           + QLatin1Char(' ') + tr("Press Enter on one (or double-click it) to go to its field."));
    else if (warnings)
        m_summary->setText(warnings == 1 ? tr("Ready to launch, with 1 warning to consider.")
                                         : tr("Ready to launch, with %1 warnings to consider.").arg(warnings));
    else
        m_summary->setText(tr("Ready to launch: nothing is missing."));
    m_checklist->setVisible(beforeLaunch && !items.isEmpty());
    // As tall as its items (up to eight lines), so a short list leaves no empty box.
    const int rowHeight = m_checklist->count() ? m_checklist->sizeHintForRow(0) : 0;
    m_checklist->setFixedHeight(std::min<int>(m_checklist->count(), 8) * rowHeight + 2 * m_checklist->frameWidth() + 4);
    m_board->setSender(sender);
    updateLaunchButton();
}

void RcsLaunchPanel::updateLaunchButton()
{
    const QString state = m_sender.value(QLatin1String("state")).toString();
    const int missing = int(RcsLaunchChecklist::blocking(m_sender).size());
    QString why;
    if (m_sender.isEmpty())
        why = tr("Open a sender first.");
    else if (m_launching)
        why = tr("The launch request is on its way.");
    else if (state != QLatin1String("IN_TEST"))
        why = tr("Only a sender in test can launch; this one is: %1.").arg(RcsLaunchText::senderState(state));
    else if (missing)
        why = missing == 1 ? tr("1 checklist item is missing: fix it first (press Enter on it to go to its field).")
                           : tr("%1 checklist items are missing: fix them first (press Enter on one to go to its field).").arg(missing);
    m_launch->setEnabled(why.isEmpty());
    m_launch->setToolTip(why.isEmpty() ? tr("Ask the operators of every chosen country to launch this sender") : why);
}

void RcsLaunchPanel::launch()
{
    if (!RcsLaunchChecklist::canLaunch(m_sender))
        return; // the button is disabled then; never send a launch the server must refuse
    QStringList countries;
    for (const QJsonValue &c : m_sender.value(QLatin1String("details")).toObject().value(QLatin1String("countries")).toArray())
        countries << c.toString();
    const QString name = m_sender.value(QLatin1String("details")).toObject().value(QLatin1String("brand")).toObject()
                             .value(QLatin1String("name")).toString();
    m_box->confirm(this, tr("Launch sender"),
                   tr("Launch \"%1\" in %2? The operators of each country review it, and from then on only "
                      "%3 can change.")
                       .arg(name, countries.join(QStringLiteral(", ")), RcsUpdateLockText::updatable()),
                   tr("&Launch"), this, [this] { sendLaunch(); });
}

void RcsLaunchPanel::sendLaunch()
{
    if (m_launching || !RcsLaunchChecklist::canLaunch(m_sender))
        return;
    m_launching = true;
    m_bar->dismiss();
    updateLaunchButton();
    m_launch->setText(tr("Launching…"));
    connect(m_service.launch(m_sender.value(QLatin1String("id")).toString()), &ApiJob::finished, this,
            [this](const ApiResult &result) {
                m_launching = false;
                m_launch->setText(tr("&Launch"));
                if (!result.ok()) {
                    m_bar->showError(result.error);
                    updateLaunchButton();
                    return;
                }
                setSender(result.json.object());
                emit senderChanged(m_sender);
            });
}

} // namespace sinch::ui
