#include "rcsupscalespanel.h"

#include "upscaletext.h"

#include "activity/activitytext.h"
#include "api/apijob.h"
#include "api/clock.h"
#include "api/clocktimer.h"
#include "api/pager.h"
#include "domain/countrynames.h"
#include "domain/jsonpath.h"
#include "editing/busybutton.h"
#include "messagebar.h"
#include "messagebox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <memory>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {
enum Column { CountryColumn, SenderColumn, NumberColumn, StateColumn, UpdatedColumn };
const int kUpscaleRole = Qt::UserRole + 1;
}

RcsUpscalesPanel::RcsUpscalesPanel(ApiClient *client, const QString &projectKey, MessageBox *box, Clock *clock,
                                   QWidget *parent)
    : QWidget(parent)
    , m_service(client, projectKey)
    , m_box(box)
    , m_clock(Clock::orSystem(clock))
    , m_timer(new ClockTimer(clock, this))
{
    auto *layout = new QVBoxLayout(this);
    m_bar = new MessageBar(this);
    layout->addWidget(m_bar);
    auto *intro = new QLabel(tr("An upscale joins a launched RCS sender to an SMS number in one country, so that "
                                "messages fall back to SMS where RCS is not available."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Upscales"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Country"), tr("RCS sender"), tr("SMS number"), tr("State"), tr("Updated")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setAccessibleName(tr("Upscale details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *actions = new QHBoxLayout;
    m_refresh = new QPushButton(tr("R&efresh"), this);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_refresh->setAccessibleName(tr("Refresh upscales"));
    m_retry->setAccessibleName(tr("Retry upscale"));
    m_delete->setAccessibleName(tr("Delete upscale"));
    for (QPushButton *b : {m_refresh, m_retry, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *createBox = new QGroupBox(tr("New upscale"), this);
    auto *form = new QFormLayout(createBox);
    m_sender = new QComboBox(createBox);
    m_sender->setAccessibleName(tr("RCS sender to upscale"));
    m_country = new QComboBox(createBox);
    m_country->setAccessibleName(tr("Upscale country"));
    for (const QString &code : CountryNames::byName(RcsUpscaleService::countries()))
        m_country->addItem(CountryNames::display(code), code);
    m_numberId = new QLineEdit(createBox);
    m_numberId->setAccessibleName(tr("SMS number ID"));
    m_numberId->setPlaceholderText(tr("32 hexadecimal digits, from the Numbers dashboard"));
    m_numberHint = new QLabel(createBox);
    m_numberHint->setWordWrap(true);
    m_numberHint->setAccessibleName(tr("SMS number ID problem"));
    m_create = new QPushButton(tr("&Create upscale"), createBox);
    m_create->setAccessibleName(tr("Create upscale"));
    form->addRow(tr("RCS &sender:"), m_sender);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("SMS &number ID:"), m_numberId);
    form->addRow(QString(), m_numberHint);
    form->addRow(QString(), m_create);
    layout->addWidget(createBox);
    m_busy = new QLabel(this);
    m_busy->setAccessibleName(tr("Upscale progress"));
    layout->addWidget(m_busy);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kPollIntervalMs);
    connect(m_timer, &ClockTimer::timeout, this, &RcsUpscalesPanel::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RcsUpscalesPanel::updateButtons);
    connect(m_numberId, &QLineEdit::textChanged, this, &RcsUpscalesPanel::updateButtons);
    connect(m_sender, &QComboBox::currentIndexChanged, this, &RcsUpscalesPanel::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, &RcsUpscalesPanel::reload);
    connect(m_retry, &QPushButton::clicked, this, &RcsUpscalesPanel::retry);
    connect(m_delete, &QPushButton::clicked, this, &RcsUpscalesPanel::remove);
    connect(m_create, &QPushButton::clicked, this, &RcsUpscalesPanel::create);
    connect(m_bar, &MessageBar::retryRequested, this, &RcsUpscalesPanel::reload);
    updateButtons();
}

void RcsUpscalesPanel::setSender(const QJsonObject &sender)
{
    m_preferredSender = sender.value(QLatin1String("id")).toString();
    const int i = m_sender->findData(m_preferredSender);
    if (i >= 0)
        m_sender->setCurrentIndex(i);
}

void RcsUpscalesPanel::reload()
{
    m_sendersFailed = false;
    busy(true, tr("Loading the upscales…"));
    // Every page of both lists, shown once whole (a partial list would look like deletions).
    const auto readAll = [this](QPointer<Pager> *slot, const ApiRequest &list, std::function<void(const QJsonArray &)> show) {
        if (*slot) {
            (*slot)->disconnect(this);
            (*slot)->cancel();
            (*slot)->deleteLater();
        }
        Pager *pager = m_service.allPages(list, this);
        *slot = pager;
        auto items = std::make_shared<QJsonArray>();
        connect(pager, &Pager::pageReceived, this, [items](const QJsonArray &page) {
            for (const QJsonValue &v : page)
                items->append(v);
        });
        connect(pager, &Pager::finished, this, [pager, items, show] {
            pager->deleteLater();
            show(*items);
        });
        connect(pager, &Pager::failed, this, [this, pager](const ApiError &error) {
            pager->deleteLater();
            if (pager == m_senderPages)
                m_sendersFailed = true; // the form says so, not that none is launched
            busy(false);
            m_bar->showError(error);
            m_bar->setRetryVisible(true);
        });
        pager->fetchAll();
    };
    readAll(&m_upscalePages, RcsUpscaleService::listRequest(), [this](const QJsonArray &all) {
        busy(false);
        showUpscales(all);
    });
    readAll(&m_senderPages, RcsUpscaleService::senderListRequest(), [this](const QJsonArray &all) { showSenders(all); });
}

void RcsUpscalesPanel::showUpscales(const QJsonArray &upscales)
{
    const QString keep = selected().value(QLatin1String("id")).toString();
    m_list->clear();
    bool working = false;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->msecsSinceEpoch(), Qt::UTC);
    for (const QJsonValue &v : upscales) {
        const QJsonObject u = v.toObject();
        const QString state = u.value(QLatin1String("state")).toString();
        working = working || UpscaleText::working(state);
        QString number = JsonPath::value(u, QStringLiteral("details.sms.details.number")).toString();
        if (number.isEmpty())
            number = JsonPath::value(u, QStringLiteral("details.sms.numberId")).toString();
        const QDateTime updated = QDateTime::fromString(u.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem(m_list, {CountryNames::display(u.value(QLatin1String("countryCode")).toString()),
                                                  senderText(JsonPath::value(u, QStringLiteral("details.rcs.senderId")).toString()), number,
                                                  UpscaleText::state(state),
                                                  updated.isValid() ? ActivityText::relativeTime(updated, now) : QString()});
        item->setData(CountryColumn, kUpscaleRole, u);
        if (u.value(QLatin1String("id")).toString() == keep)
            m_list->setCurrentItem(item);
    }
    if (working)
        m_timer->start();
    updateButtons();
}

void RcsUpscalesPanel::showSenders(const QJsonArray &senders)
{
    const QString keep = m_sender->currentData().toString();
    m_sender->clear();
    for (const QJsonValue &v : senders) {
        const QJsonObject s = v.toObject();
        m_senderNames.insert(s.value(QLatin1String("id")).toString(), JsonPath::value(s, QStringLiteral("details.brand.name")).toString());
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setText(SenderColumn, senderText(JsonPath::value(item->data(CountryColumn, kUpscaleRole).toJsonObject(),
                                                               QStringLiteral("details.rcs.senderId")).toString()));
    }
    for (const QJsonValue &v : senders) {
        const QJsonObject s = v.toObject();
        // Only a launched sender can be upscaled, and only once.
        if (s.value(QLatin1String("state")).toString() != QLatin1String("LAUNCHED") || s.value(QLatin1String("isUpscaled")).toBool())
            continue;
        const QString id = s.value(QLatin1String("id")).toString();
        const QString name = JsonPath::value(s, QStringLiteral("details.brand.name")).toString();
        m_sender->addItem(name.isEmpty() ? id : tr("%1 (%2)").arg(name, id), id);
    }
    for (const QString &want : {m_preferredSender, keep}) {
        const int i = m_sender->findData(want);
        if (!want.isEmpty() && i >= 0) {
            m_sender->setCurrentIndex(i);
            break;
        }
    }
    updateButtons();
}

QString RcsUpscalesPanel::senderText(const QString &id) const
{
    const QString name = m_senderNames.value(id);
    return name.isEmpty() ? id : tr("%1 (%2)").arg(name, id);
}

QJsonObject RcsUpscalesPanel::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(CountryColumn, kUpscaleRole).toJsonObject() : QJsonObject();
}

void RcsUpscalesPanel::updateButtons()
{
    const QJsonObject u = selected();
    const bool idle = m_busy->text().isEmpty();
    const QString state = u.value(QLatin1String("state")).toString();
    m_details->setText(u.isEmpty() ? tr("Select an upscale to read it in words.") : UpscaleText::describe(u, m_senderNames.value(
                                 JsonPath::value(u, QStringLiteral("details.rcs.senderId")).toString())));
    const QString none = tr("Select an upscale first.");
    const QString wait = tr("Wait for the current request to finish.");
    BusyButton::setEnabled(m_retry, idle && UpscaleText::failed(state));
    m_retry->setToolTip(u.isEmpty() ? none : !idle ? wait
                        : UpscaleText::failed(state) ? tr("Try the failed step again")
                                                     : tr("Only a failed upscale can be retried; this one is: %1.")
                                                           .arg(UpscaleText::state(state)));
    BusyButton::setEnabled(m_delete, idle && !u.isEmpty() && !UpscaleText::working(state));
    m_delete->setToolTip(u.isEmpty() ? none : !idle ? wait
                         : UpscaleText::working(state) ? tr("Wait until the server finishes: %1.").arg(UpscaleText::state(state))
                                                       : tr("Detach the SMS number from the RCS sender"));
    const QString id = m_numberId->text().trimmed();
    QString problem;
    if (m_sender->count() == 0 && m_sendersFailed)
        problem = tr("The RCS senders could not be read: see the message above.");
    else if (m_sender->count() == 0)
        problem = tr("No launched RCS sender without an upscale: launch a sender first.");
    else if (id.isEmpty())
        problem = tr("Type the ID of the SMS number (32 hexadecimal digits, no dashes).");
    else if (!RcsUpscaleService::smsNumberIdProblem(id).isEmpty())
        problem = tr("“%1” is not an SMS number ID: it has 32 hexadecimal digits (0-9, a-f) and no dashes.").arg(id);
    // An empty field is no mistake yet; a missing sender is worth saying at once.
    m_numberHint->setText(id.isEmpty() && m_sender->count() ? QString() : problem);
    BusyButton::setEnabled(m_create, idle && problem.isEmpty());
    m_create->setToolTip(!idle ? wait : problem.isEmpty() ? tr("Join the sender to the SMS number") : problem);
    BusyButton::setEnabled(m_refresh, idle);
}

void RcsUpscalesPanel::busy(bool on, const QString &what)
{
    m_busy->setText(on ? what : QString());
    updateButtons();
}

bool RcsUpscalesPanel::failed(const ApiResult &result)
{
    if (result.ok())
        return false;
    m_bar->showError(result.error);
    return true;
}

void RcsUpscalesPanel::create()
{
    m_bar->dismiss();
    busy(true, tr("Creating the upscale…"));
    connect(m_service.create(m_country->currentData().toString(), m_sender->currentData().toString(), m_numberId->text().trimmed()),
            &ApiJob::finished, this, [this](const ApiResult &result) {
                busy(false);
                if (failed(result))
                    return; // what was typed stays
                m_numberId->clear();
                m_preferredSender.clear();
                reload();
            });
}

void RcsUpscalesPanel::retry()
{
    const QString id = selected().value(QLatin1String("id")).toString();
    m_bar->dismiss();
    busy(true, tr("Retrying the upscale…"));
    connect(m_service.retry(id), &ApiJob::finished, this, [this](const ApiResult &result) {
        busy(false);
        if (!failed(result))
            reload();
    });
}

void RcsUpscalesPanel::remove()
{
    const QJsonObject u = selected();
    m_box->confirm(this, tr("Delete upscale"),
                   tr("Delete this upscale? %1 Messages no longer fall back to SMS.").arg(UpscaleText::describe(
                       u, m_senderNames.value(JsonPath::value(u, QStringLiteral("details.rcs.senderId")).toString()))),
                   tr("Delete"), this, [this, id = u.value(QLatin1String("id")).toString()] {
                       m_bar->dismiss();
                       busy(true, tr("Deleting the upscale…"));
                       connect(m_service.remove(id), &ApiJob::finished, this, [this](const ApiResult &result) {
                           busy(false);
                           if (!failed(result))
                               reload();
                       });
                   });
}

} // namespace sinch::ui
