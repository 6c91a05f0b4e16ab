#include "accountdetailsview.h"

#include "domain/enumtext.h"

#include "whatsappwords.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

QFormLayout *section(QVBoxLayout *page, const QString &title, QWidget **box = nullptr)
{
    auto *group = new QGroupBox(title);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    page->addWidget(group);
    if (box)
        *box = group;
    return form;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

AccountDetailsView::AccountDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountDetails"));
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    QFormLayout *account = section(page, tr("Account"));
    m_state = addValue(account, tr("State"));
    m_manager = addValue(account, tr("Business manager"));
    m_waba = addValue(account, tr("WhatsApp Business Account ID"));
    m_embedded = addValue(account, tr("Created through Embedded Signup"));
    m_analytics = addValue(account, tr("Template analytics"));
    m_regions = addValue(account, tr("Conversation API regions"));
    m_location = addValue(account, tr("Primary business location"));
    m_ban = addValue(account, tr("Ban"));
    QFormLayout *details = section(page, tr("Company"), &m_companyBox);
    m_name = addValue(details, tr("Company legal name"));
    m_bmId = addValue(details, tr("Meta Business Manager ID"));
    QFormLayout *changes = section(page, tr("Pending changes"), &m_changesBox);
    m_changeStatus = addValue(changes, tr("Review"));
    m_changeName = addValue(changes, tr("New company legal name"));
    m_changeBmId = addValue(changes, tr("New Business Manager ID"));
    page->addStretch(1);
    // One column of labels across the sections, so the values line up.
    int widest = 0;
    const QList<QFormLayout *> forms{account, details, changes};
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole); label && label->widget())
                widest = std::max(widest, label->widget()->sizeHint().width());
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole); label && label->widget())
                label->widget()->setMinimumWidth(widest);
}

QLabel *AccountDetailsView::addValue(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(label);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    form->addRow(label + QLatin1Char(':'), value);
    return value;
}

void AccountDetailsView::setValue(QLabel *value, const QString &text)
{
    value->setText(text);
    // A row without a value is hidden with its label: no "—" rows for what the account lacks.
    auto *form = qobject_cast<QFormLayout *>(value->parentWidget()->layout());
    if (form)
        form->setRowVisible(value, !text.isEmpty());
}

void AccountDetailsView::setAccount(const QJsonObject &account)
{
    setValue(m_state, WhatsappWords::accountState(str(account, "state")));
    setValue(m_manager, WhatsappWords::businessManager(str(account, "businessManager")));
    setValue(m_waba, str(account, "wabaId"));
    setValue(m_embedded, EnumText::yesNo(account.value(QLatin1String("isEmbeddedSignup")).toBool()));
    setValue(m_analytics, account.value(QLatin1String("wabaEnabledForInsights")).toBool()
                              ? tr("On: Meta's template insights are collected")
                              : tr("Off"));
    QStringList regions;
    for (const QJsonValue &r : account.value(QLatin1String("compatibleRegions")).toArray())
        regions << r.toString();
    setValue(m_regions, regions.join(QLatin1String(", ")));
    setValue(m_location, str(account, "primaryBusinessLocation"));
    const QString ban = str(account, "wabaBanState");
    const QString banDate = str(account, "wabaBanDate");
    setValue(m_ban, ban.isEmpty() ? QString()
                                  : banDate.isEmpty() ? WhatsappWords::banState(ban)
                                                      : tr("%1 since %2").arg(WhatsappWords::banState(ban), banDate));
    const QJsonObject details = account.value(QLatin1String("details")).toObject();
    setValue(m_name, str(details, "companyLegalName"));
    setValue(m_bmId, str(details, "clientBusinessManagerId"));
    // A new account has its details only as pending changes until Meta accepts them.
    m_companyBox->setVisible(!details.isEmpty());
    const QJsonObject changes = account.value(QLatin1String("changes")).toObject();
    const QJsonObject changed = changes.value(QLatin1String("details")).toObject();
    m_changesBox->setVisible(!changes.isEmpty());
    setValue(m_changeStatus, changes.isEmpty() ? QString() : WhatsappWords::changeStatus(str(changes, "status")));
    setValue(m_changeName, str(changed, "companyLegalName"));
    setValue(m_changeBmId, str(changed, "clientBusinessManagerId"));
}

QString AccountDetailsView::valueOf(const QString &label) const
{
    const auto *value = findChild<QLabel *>(label);
    return value && value->isVisibleTo(this) ? value->text() : QString();
}

} // namespace sinch::ui
