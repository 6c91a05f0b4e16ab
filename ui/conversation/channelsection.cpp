#include "channelsection.h"

#include "api/apiresult.h"
#include "domain/enumtext.h"
#include "models/resourcelistmodel.h"

#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

// A field of a channel in words; one the console does not know yet by its own name, split
// ("globalBrandPageName" -> "Global brand page name").
QString label(const QString &field)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "ID")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Name")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Username")},
        {QStringLiteral("biography"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Biography")},
        {QStringLiteral("followersCount"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Followers")},
        {QStringLiteral("followsCount"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Following")},
        {QStringLiteral("mediaCount"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Posts")},
        {QStringLiteral("profilePictureUrl"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Profile picture")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Website")},
        {QStringLiteral("globalBrandPageName"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Global brand page")},
        {QStringLiteral("canJoinGroups"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Can join groups")},
        {QStringLiteral("canReadAllGroupMessages"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Reads all group messages")},
        {QStringLiteral("supportsInlineQueries"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Supports inline queries")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Category")},
        {QStringLiteral("subcategory"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Subcategory")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Country")},
        {QStringLiteral("subscribersCount"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Subscribers")},
        {QStringLiteral("uri"), QT_TRANSLATE_NOOP("sinch::ui::ChannelSection", "Bot URI")},
    };
    if (const char *word = words.value(field))
        return ChannelSection::tr(word);
    QString out;
    for (const QChar c : field) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char(' ') + c.toLower();
        else
            out += c;
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

} // namespace

ChannelSection::ChannelSection(ConversationChannelService::Channel channel, QWidget *parent)
    : QGroupBox(ConversationChannelService::displayName(channel), parent)
    , m_channel(channel)
    , m_name(ConversationChannelService::displayName(channel))
    , m_status(new QLabel)
    , m_fields(new QFormLayout)
{
    setObjectName(QStringLiteral("channel.") + m_name.toLower());
    setAccessibleName(m_name);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("%1 status").arg(m_name));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(m_fields);
    layout->addStretch(1);
    clear();
}

QString ChannelSection::statusText() const
{
    return m_status->text();
}

QString ChannelSection::valueOf(const QString &field) const
{
    auto *value = findChild<QLabel *>(QStringLiteral("value:") + field);
    return value ? value->text() : QString();
}

void ChannelSection::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ChannelSection::clearFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
}

void ChannelSection::clear()
{
    clearFields();
    setStatus(tr("Enter a Conversation app ID to see its %1 channel.").arg(m_name));
}

void ChannelSection::setLoading()
{
    clearFields();
    setStatus(tr("Loading…"));
}

void ChannelSection::setResult(const ApiResult &result)
{
    clearFields();
    if (result.error.errorCode == QLatin1String("conversation_app_not_found")) {
        setStatus(tr("No such app.")); // the page says more, once
        return;
    }
    if (result.httpStatus == 404) {
        setStatus(tr("No %1 channel on this app.").arg(m_name));
        return;
    }
    if (!result.ok()) {
        setStatus(result.error.userText());
        return;
    }
    const QJsonObject info = result.json.object();
    QString status = EnumText::words(info.value(QLatin1String("status")).toString());
    const QString why = info.value(QLatin1String("statusDescription")).toString();
    if (!why.isEmpty())
        status += QStringLiteral(" · ") + why;
    setStatus(status);
    QStringList shown{QStringLiteral("status"), QStringLiteral("statusDescription")};
    auto addRow = [this](const QString &field, const QJsonValue &v, const QString &description) {
        auto *value = new QLabel(ResourceListModel::displayText(v));
        value->setObjectName(QStringLiteral("value:") + field);
        value->setAccessibleName(QStringLiteral("%1 %2").arg(m_name, label(field)));
        value->setToolTip(description);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_fields->addRow(label(field), value);
    };
    for (const ConversationChannelService::Field &f : ConversationChannelService::fields(m_channel)) {
        if (shown.contains(f.name) || !info.contains(f.name))
            continue;
        shown << f.name;
        addRow(f.name, info.value(f.name), f.description);
    }
    // Fields the contract does not list yet are shown too, after the known ones.
    for (auto it = info.begin(); it != info.end(); ++it)
        if (!shown.contains(it.key()))
            addRow(it.key(), it.value(), QString());
}

} // namespace sinch::ui
