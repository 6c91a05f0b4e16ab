#include "rcstestnumberspanel.h"

#include "testnumbertext.h"

#include "activity/activitytext.h"
#include "domain/testmessage.h"
#include "api/apijob.h"
#include "api/clock.h"
#include "messagebar.h"
#include "messagebox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {
enum Column { NumberColumn, StateColumn, SubmittedColumn };
const int kStateRole = Qt::UserRole + 1;
}

RcsTestNumbersPanel::RcsTestNumbersPanel(ApiClient *client, const QString &projectKey, MessageBox *box, Clock *clock,
                                         QWidget *parent)
    : QWidget(parent)
    , m_service(client, projectKey)
    , m_box(box)
    , m_clock(Clock::orSystem(clock))
{
    auto *layout = new QVBoxLayout(this);
    m_bar = new MessageBar(this);
    layout->addWidget(m_bar);

    auto *title = new QLabel(tr("<b>Test devices</b>"), this);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Phones that receive this sender's messages before it launches. Each tester "
                                "accepts an invite on the phone first."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Test numbers"));
    m_list->setHeaderLabels({tr("Number"), tr("State"), tr("Submitted")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SubmittedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *actions = new QHBoxLayout;
    m_resend = new QPushButton(tr("&Resend invite"), this);
    m_capabilities = new QPushButton(tr("Show &capabilities"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_resend->setAccessibleName(tr("Resend invite"));
    m_capabilities->setAccessibleName(tr("Show capabilities"));
    m_delete->setAccessibleName(tr("Delete test number"));
    for (QPushButton *b : {m_resend, m_capabilities, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_capabilitiesText = new QLabel(this);
    m_capabilitiesText->setWordWrap(true);
    m_capabilitiesText->setAccessibleName(tr("Device capabilities"));
    m_capabilitiesText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capabilitiesText->hide();
    layout->addWidget(m_capabilitiesText);

    auto *addRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&New test number:"), this);
    m_newNumber = new QLineEdit(this);
    m_newNumber->setAccessibleName(tr("New test number"));
    m_newNumber->setPlaceholderText(tr("+447700900123"));
    label->setBuddy(m_newNumber);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setAccessibleName(tr("Add test number"));
    addRow->addWidget(label);
    addRow->addWidget(m_newNumber, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    m_newNumberHint = new QLabel(this);
    m_newNumberHint->setWordWrap(true);
    m_newNumberHint->setAccessibleName(tr("New test number problem"));
    layout->addWidget(m_newNumberHint);
    m_busy = new QLabel(this);
    m_busy->setAccessibleName(tr("Test number progress"));
    layout->addWidget(m_busy);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_capabilitiesText->hide();
        updateButtons();
    });
    connect(m_newNumber, &QLineEdit::textChanged, this, &RcsTestNumbersPanel::updateNewNumber);
    connect(m_newNumber, &QLineEdit::returnPressed, this, [this] {
        if (m_add->isEnabled())
            add();
    });
    connect(m_add, &QPushButton::clicked, this, &RcsTestNumbersPanel::add);
    connect(m_resend, &QPushButton::clicked, this, &RcsTestNumbersPanel::resend);
    connect(m_capabilities, &QPushButton::clicked, this, &RcsTestNumbersPanel::showCapabilities);
    connect(m_delete, &QPushButton::clicked, this, &RcsTestNumbersPanel::remove);
    connect(m_bar, &MessageBar::retryRequested, this, &RcsTestNumbersPanel::reload);
    updateNewNumber();
    updateButtons();
}

void RcsTestNumbersPanel::setSender(const QJsonObject &sender)
{
    const QString keep = selectedNumber();
    m_sender = sender;
    m_list->clear();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->msecsSinceEpoch(), Qt::UTC);
    for (const QJsonValue &v : sender.value(QLatin1String("testNumberStates")).toArray()) {
        const QJsonObject n = v.toObject();
        const QString state = n.value(QLatin1String("state")).toString();
        const QDateTime submitted = QDateTime::fromString(n.value(QLatin1String("submitted")).toString(), Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem(m_list, {n.value(QLatin1String("number")).toString(), TestNumberText::state(state),
                                                  submitted.isValid() ? ActivityText::relativeTime(submitted, now) : tr("not yet")});
        item->setData(StateColumn, kStateRole, state);
        if (submitted.isValid())
            item->setToolTip(SubmittedColumn, ActivityText::exactTime(submitted));
        if (item->text(NumberColumn) == keep)
            m_list->setCurrentItem(item);
    }
    updateNewNumber();
    updateButtons();
}

QString RcsTestNumbersPanel::selectedNumber() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NumberColumn) : QString();
}

QString RcsTestNumbersPanel::selectedState() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(StateColumn, kStateRole).toString() : QString();
}

QString RcsTestNumbersPanel::stateOf(const QString &number) const
{
    // The same phone in another spelling ("+44 7700 900123", "+447700900123") is the same:
    // the server keeps numbers as they came.
    const QString wanted = TestMessage::normalizedNumber(number);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (TestMessage::normalizedNumber(m_list->topLevelItem(i)->text(NumberColumn)) == wanted)
            return m_list->topLevelItem(i)->data(StateColumn, kStateRole).toString();
    return QString();
}

void RcsTestNumbersPanel::updateNewNumber()
{
    const QString number = m_newNumber->text().trimmed();
    QString problem;
    QString warning;
    if (m_sender.isEmpty())
        problem = tr("Open a sender first.");
    else if (number.isEmpty())
        problem = tr("Type a number in E.164 format: + and the country code, then up to 15 digits in all.");
    else if (!RcsSenderService::testNumberProblem(number).isEmpty())
        problem = tr("%1 is not in E.164 format: start with + and the country code, then the number (e.g. +447700900123).")
                      .arg(number);
    else if (stateOf(number) == QLatin1String("VERIFIED"))
        warning = tr("%1 is already verified: adding it again makes it unverified until the tester accepts a new invite.")
                      .arg(number);
    else if (!stateOf(number).isEmpty())
        problem = tr("%1 is already a test number.").arg(number);
    else if (m_list->topLevelItemCount() >= RcsSenderService::maxTestNumbers())
        problem = tr("A sender has at most %n test numbers: delete one first.", nullptr, RcsSenderService::maxTestNumbers());
    m_add->setEnabled(problem.isEmpty() && m_busy->text().isEmpty());
    m_add->setToolTip(problem.isEmpty() ? tr("Add %1 and send it an invite").arg(number) : problem);
    // An empty field is no mistake yet: the hint speaks only once something is typed.
    m_newNumberHint->setText(number.isEmpty() ? QString() : (problem.isEmpty() ? warning : problem));
}

void RcsTestNumbersPanel::updateButtons()
{
    const QString number = selectedNumber();
    const bool idle = m_busy->text().isEmpty();
    const QString none = tr("Select a test number first.");
    const QString wait = tr("Wait for the current request to finish.");
    const bool verified = selectedState() == QLatin1String("VERIFIED");
    m_resend->setEnabled(idle && !number.isEmpty() && !verified);
    m_resend->setToolTip(number.isEmpty() ? none : !idle ? wait
                         : verified ? tr("%1 is verified: there is no invite to resend.").arg(number)
                                    : tr("Send the invite to %1 again").arg(number));
    m_capabilities->setEnabled(idle && verified);
    m_capabilities->setToolTip(number.isEmpty() ? none : !idle ? wait
                               : !verified ? tr("Only a verified device reports what it supports.")
                                           : tr("Ask what %1 supports").arg(number));
    m_delete->setEnabled(idle && !number.isEmpty());
    m_delete->setToolTip(number.isEmpty() ? none : !idle ? wait : tr("Remove %1 from the testers").arg(number));
}

void RcsTestNumbersPanel::busy(bool on, const QString &what)
{
    m_busy->setText(on ? what : QString());
    setCursor(on ? Qt::BusyCursor : Qt::ArrowCursor);
    updateNewNumber();
    updateButtons();
}

bool RcsTestNumbersPanel::failed(const ApiResult &result)
{
    if (result.ok())
        return false;
    m_bar->showError(result.error);
    return true;
}

void RcsTestNumbersPanel::add()
{
    const QString number = m_newNumber->text().trimmed();
    const QString id = m_sender.value(QLatin1String("id")).toString();
    m_bar->dismiss();
    busy(true, tr("Adding %1…").arg(number));
    connect(m_service.addTestNumbers(id, {number}), &ApiJob::finished, this, [this, number](const ApiResult &result) {
        busy(false);
        if (failed(result))
            return; // the typed number stays in the field
        if (m_newNumber->text().trimmed() == number)
            m_newNumber->clear();
        reload();
    });
}

void RcsTestNumbersPanel::resend()
{
    const QString number = selectedNumber();
    m_bar->dismiss();
    busy(true, tr("Sending the invite to %1 again…").arg(number));
    connect(m_service.resendInvite(m_sender.value(QLatin1String("id")).toString(), number), &ApiJob::finished, this,
            [this, number](const ApiResult &result) {
                busy(false);
                if (failed(result))
                    return;
                m_bar->showMessage(MessageBar::Level::Info, tr("The invite was sent to %1 again.").arg(number));
                reload();
            });
}

void RcsTestNumbersPanel::showCapabilities()
{
    const QString number = selectedNumber();
    m_bar->dismiss();
    busy(true, tr("Asking what %1 supports…").arg(number));
    connect(m_service.capabilities(m_sender.value(QLatin1String("id")).toString(), number), &ApiJob::finished, this,
            [this, number](const ApiResult &result) {
                busy(false);
                if (failed(result))
                    return;
                QStringList words;
                for (const QJsonValue &f : result.json.object().value(QLatin1String("features")).toArray())
                    words << TestNumberText::feature(f.toString());
                m_capabilitiesText->setText(words.isEmpty()
                                                ? tr("%1 reports no RCS features.").arg(number)
                                                : tr("%1 supports: %2.").arg(number, words.join(tr(", "))));
                m_capabilitiesText->show();
            });
}

void RcsTestNumbersPanel::remove()
{
    const QString number = selectedNumber();
    m_box->confirm(this, tr("Delete test number"),
                   tr("Remove %1 from this sender's testers? The device stops receiving test messages.").arg(number),
                   tr("Delete"), this, [this, number] {
                       m_bar->dismiss();
                       busy(true, tr("Deleting %1…").arg(number));
                       connect(m_service.removeTestNumber(m_sender.value(QLatin1String("id")).toString(), number),
                               &ApiJob::finished, this, [this](const ApiResult &result) {
                                   busy(false);
                                   if (!failed(result))
                                       reload();
                               });
                   });
}

void RcsTestNumbersPanel::reload()
{
    const QString id = m_sender.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return;
    busy(true, tr("Loading the test numbers…"));
    connect(m_service.get(id), &ApiJob::finished, this, [this](const ApiResult &result) {
        busy(false);
        if (failed(result)) {
            m_bar->setRetryVisible(true);
            return;
        }
        setSender(result.json.object());
        emit senderChanged(m_sender);
    });
}

} // namespace sinch::ui
