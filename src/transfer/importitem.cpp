#include "transfer/importitem.h"

namespace sinch {

QString ImportItem::kindText(Kind kind)
{
    switch (kind) {
    case Kind::WhatsappTemplate:
        return tr("WhatsApp template");
    case Kind::KakaotalkTemplate:
        return tr("KakaoTalk template");
    case Kind::Webhook:
        return tr("Webhook");
    }
    return QString();
}

QString ImportItem::actionText(Action action)
{
    switch (action) {
    case Action::Create:
        return tr("Create");
    case Action::Identical:
        return tr("Identical, skip");
    case Action::Conflict:
        return tr("Differs");
    case Action::Unavailable:
        return tr("Cannot import");
    }
    return QString();
}

QString ImportItem::actionWord(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Identical:
        return QStringLiteral("identical");
    case Action::Conflict:
        return QStringLiteral("conflict");
    case Action::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QString();
}

} // namespace sinch
