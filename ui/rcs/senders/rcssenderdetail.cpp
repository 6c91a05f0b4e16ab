#include "rcssenderdetail.h"

#include "domain/credentialfields.h"
#include "domain/enumtext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace sinch::ui {

namespace {

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

QString nextStepOf(const QString &state)
{
    if (state == QLatin1String("IN_TEST"))
        return RcsSenderDetail::tr("Testing: add test numbers, answer the questionnaire, then launch.");
    if (state == QLatin1String("LAUNCHING"))
        return RcsSenderDetail::tr("Launching: the operators review the sender; only the countries can change.");
    if (state == QLatin1String("LAUNCHED"))
        return RcsSenderDetail::tr("Launched: messages reach people in the launched countries; only the countries can change.");
    if (state == QLatin1String("UNLAUNCHED"))
        return RcsSenderDetail::tr("Unlaunched: the sender no longer reaches people.");
    return QString();
}

} // namespace

RcsSenderDetail::RcsSenderDetail(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("rcsSenderDetail"));
    m_state = row(QStringLiteral("state"), tr("State"));
    m_brand = row(QStringLiteral("brand"), tr("Brand"));
    m_kind = row(QStringLiteral("kind"), tr("Use case"));
    m_hosting = row(QStringLiteral("hosting"), tr("Region"));
    m_contacts = row(QStringLiteral("contacts"), tr("Contacts"));
    m_countries = row(QStringLiteral("countries"), tr("Countries"));
    m_testNumbers = row(QStringLiteral("testNumbers"), tr("Test numbers"));
    m_app = row(QStringLiteral("conversationApp"), tr("Conversation app"));
    m_authName = row(QStringLiteral("authName"), tr("Auth name"));
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("authToken"));
    m_token->setAccessibleName(tr("Auth token"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_reveal = new QToolButton;
    m_reveal->setObjectName(QStringLiteral("revealToken"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setAccessibleName(tr("Reveal auth token"));
    m_reveal->setToolTip(tr("Show the token until another sender is chosen"));
    m_reveal->setCheckable(true);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Reveal"));
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_reveal);
    auto *tokenLabel = new QLabel(tr("Auth to&ken"));
    tokenLabel->setBuddy(m_token);
    m_form->addRow(tokenLabel, tokenRow);
    setSender(QJsonObject());
}

QLabel *RcsSenderDetail::row(const QString &objectName, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    return value;
}

void RcsSenderDetail::setAppDescriber(std::function<QString(const QString &)> describe)
{
    m_describeApp = std::move(describe);
    setSender(m_sender);
}

void RcsSenderDetail::setSender(const QJsonObject &sender)
{
    m_sender = sender;
    const QJsonObject details = sender.value(QLatin1String("details")).toObject();
    const QJsonObject brand = details.value(QLatin1String("brand")).toObject();
    const QString state = str(sender, "state");
    // The next step names the state itself ("Launched: messages reach …"); a state without
    // one is said in words.
    const QString next = nextStepOf(state);
    m_state->setText(state.isEmpty() ? tr("Choose a sender.") : !next.isEmpty() ? next : EnumText::words(state));
    // The description only where there is one (a dash before nothing read as a typo).
    const QString name = str(brand, "name");
    const QString description = str(brand, "description");
    m_brand->setText(name.isEmpty()          ? QString()
                     : description.isEmpty() ? tr("%1 (colour %2)").arg(name, str(brand, "color"))
                                             : tr("%1 — %2 (colour %3)").arg(name, description, str(brand, "color")));
    m_kind->setText(sender.isEmpty() ? QString()
                                     : tr("%1, billed as %2").arg(EnumText::words(str(sender, "useCase")),
                                                                  EnumText::words(str(sender, "billingCategory"))));
    m_hosting->setText(sender.isEmpty() ? QString()
                                        : tr("%1; hosted by Google in %2").arg(str(sender, "region"), EnumText::words(str(sender, "hostingRegion"))));
    QStringList contacts;
    for (const auto &[list, key] : {std::pair{"phones", "number"}, std::pair{"emails", "address"}, std::pair{"websites", "url"}})
        for (const QJsonValue &v : brand.value(QLatin1String(list)).toArray())
            contacts << tr("%1: %2").arg(str(v.toObject(), "label"), str(v.toObject(), key));
    m_contacts->setText(contacts.join(QLatin1Char('\n')));
    QStringList countries;
    for (const QJsonValue &v : sender.value(QLatin1String("countryStatus")).toArray())
        countries << tr("%1: %2").arg(str(v.toObject(), "country").isEmpty() ? str(v.toObject(), "countryCode") : str(v.toObject(), "country"),
                                      EnumText::words(str(v.toObject(), "status")));
    if (countries.isEmpty())
        for (const QJsonValue &v : details.value(QLatin1String("countries")).toArray())
            countries << v.toString();
    m_countries->setText(countries.join(QLatin1String(", ")));
    QStringList numbers;
    for (const QJsonValue &v : sender.value(QLatin1String("testNumberStates")).toArray())
        numbers << tr("%1: %2").arg(str(v.toObject(), "phoneNumber").isEmpty() ? str(v.toObject(), "number") : str(v.toObject(), "phoneNumber"),
                                    EnumText::words(str(v.toObject(), "state")));
    m_testNumbers->setText(numbers.join(QLatin1String(", ")));
    const QJsonObject app = sender.value(QLatin1String("conversationApiAppDetails")).toObject();
    const QString appId = str(app, "id").isEmpty() ? str(sender, "conversationApiApp") : str(app, "id");
    const QString described = appId.isEmpty() || !m_describeApp ? QString() : m_describeApp(appId);
    m_app->setText(appId.isEmpty() ? (sender.isEmpty() ? QString() : tr("None connected yet"))
                   : described.isEmpty() ? appId : described);
    m_app->setToolTip(appId.isEmpty() ? QString() : tr("App ID %1").arg(appId));
    m_authName->setText(str(sender, "authName"));
    // Not remembered: every sender shown starts masked.
    m_reveal->setChecked(false);
    m_token->setEchoMode(CredentialFields::isCredentialName(u"authToken") ? QLineEdit::Password : QLineEdit::Normal);
    m_token->setText(str(sender, "authToken"));
    // No token (no sender chosen): a greyed box, not an empty one that looks as if it took typing.
    m_token->setEnabled(!m_token->text().isEmpty());
    m_reveal->setEnabled(!m_token->text().isEmpty());
}

} // namespace sinch::ui
