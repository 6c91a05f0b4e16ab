#include "whatsapptemplateedits.h"

#include "applycardstructurecommand.h"
#include "editing/editsession.h"

#include <QJsonArray>

namespace sinch::ui {

namespace {

const QString kComponents = QStringLiteral("details.components");

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString parentPath(const QString &path)
{
    const int dot = int(path.lastIndexOf(QLatin1Char('.')));
    return dot < 0 ? QString() : path.left(dot);
}

} // namespace

QString WhatsappTemplateEdits::category() const
{
    return m_session->value(QStringLiteral("category")).toString();
}

QString WhatsappTemplateEdits::componentPath(const QString &type) const
{
    return m_session->document().componentPath(type);
}

QString WhatsappTemplateEdits::buttonsPath() const
{
    const QString c = componentPath(QStringLiteral("BUTTONS"));
    return c.isEmpty() ? QString() : child(c, QStringLiteral("buttons"));
}

int WhatsappTemplateEdits::buttonCount() const
{
    return int(m_session->value(buttonsPath()).toArray().size());
}

QString WhatsappTemplateEdits::cardsPath() const
{
    const QString c = componentPath(QStringLiteral("CAROUSEL"));
    return c.isEmpty() ? QString() : child(c, QStringLiteral("cards"));
}

int WhatsappTemplateEdits::cardCount() const
{
    return cardsPath().isEmpty() ? 0 : int(m_session->value(cardsPath()).toArray().size());
}

QString WhatsappTemplateEdits::cardComponent(int card, const QString &type) const
{
    const QString cp = child(cardsPath(), QString::number(card)) + QStringLiteral(".components");
    const QJsonArray comps = m_session->value(cp).toArray();
    for (int i = 0; i < comps.size(); ++i)
        if (comps.at(i).toObject().value(QLatin1String("type")).toString() == type)
            return child(cp, QString::number(i));
    return QString();
}

bool WhatsappTemplateEdits::cardStructuresDiffer() const
{
    const QJsonArray cards = m_session->value(cardsPath()).toArray();
    if (cards.isEmpty())
        return false;
    const QString first = TemplateDocument::cardStructure(cards.at(0).toObject());
    for (int i = 1; i < cards.size(); ++i)
        if (TemplateDocument::cardStructure(cards.at(i).toObject()) != first)
            return true;
    return false;
}

void WhatsappTemplateEdits::fieldEdited(const QString &path, const QJsonValue &value, bool typing)
{
    // Text of a BODY: its examples follow the variables (extra ones go).
    if (path.endsWith(QLatin1String(".text"))) {
        const QString cp = parentPath(path);
        QJsonObject c = m_session->value(cp).toObject();
        if (c.value(QLatin1String("type")).toString() == QLatin1String("BODY") && c.contains(QLatin1String("examples"))) {
            c.insert(QStringLiteral("text"), value);
            const int vars = TemplateDocument::variableCount(value.toString());
            QJsonArray ex = c.value(QLatin1String("examples")).toArray();
            while (ex.size() > vars)
                ex.removeLast();
            c.insert(QStringLiteral("examples"), ex);
            m_session->set(cp, c, typing, tr("Edit text"));
            return;
        }
    }
    // An example of a variable that has none yet: the list grows to reach it.
    const QString listPath = parentPath(path);
    if (listPath.endsWith(QLatin1String(".examples"))) {
        const int i = path.section(QLatin1Char('.'), -1).toInt();
        QJsonArray ex = m_session->value(listPath).toArray();
        if (i >= ex.size()) {
            while (ex.size() < i)
                ex.append(QString());
            ex.append(value);
            m_session->set(listPath, ex, typing, tr("Edit example"));
            return;
        }
    }
    m_session->set(path, value, typing, tr("Edit %1").arg(path.section(QLatin1Char('.'), -1)));
}

void WhatsappTemplateEdits::insertComponent(const QJsonObject &component, const QString &text)
{
    const QString type = component.value(QLatin1String("type")).toString();
    if (!m_session->document().contains(QStringLiteral("details"))) {
        // A template without details gets them (always sent, see CLARIFICATIONS.md).
        m_session->set(QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{component}}}, false, text);
        return;
    }
    m_session->insert(kComponents, m_session->document().componentInsertIndex(type), component, text);
}

void WhatsappTemplateEdits::removeComponent(const QString &type, const QString &text)
{
    const int index = m_session->document().componentIndex(type);
    if (index >= 0)
        m_session->remove(kComponents, index, text);
}

int WhatsappTemplateEdits::addButton(const QString &type)
{
    const QJsonObject button = newButton(type);
    const QString list = buttonsPath();
    if (list.isEmpty()) {
        insertComponent(QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")}, {QStringLiteral("buttons"), QJsonArray{button}}},
                        tr("Add button"));
        return 0;
    }
    // Quick replies stay together: a new one goes after the last quick reply.
    const QJsonArray buttons = m_session->value(list).toArray();
    int at = int(buttons.size());
    if (type == QLatin1String("QUICK_REPLY")) {
        for (int i = int(buttons.size()) - 1; i >= 0; --i) {
            if (buttons.at(i).toObject().value(QLatin1String("type")).toString() == QLatin1String("QUICK_REPLY")) {
                at = i + 1;
                break;
            }
        }
    }
    m_session->insert(list, at, button, tr("Add %1 button").arg(buttonKindName(type)));
    return at;
}

void WhatsappTemplateEdits::removeButton(int index)
{
    if (index < 0 || index >= buttonCount())
        return;
    if (buttonCount() == 1)
        removeComponent(QStringLiteral("BUTTONS"), tr("Remove button"));
    else
        m_session->remove(buttonsPath(), index, tr("Remove button"));
}

bool WhatsappTemplateEdits::moveButton(int from, int to)
{
    const int count = buttonCount();
    if (from < 0 || to < 0 || from >= count || to >= count || from == to)
        return false;
    m_session->move(buttonsPath(), from, to, tr("Move button"));
    return true;
}

int WhatsappTemplateEdits::addCard()
{
    if (componentPath(QStringLiteral("CAROUSEL")).isEmpty()) {
        insertComponent(QJsonObject{{QStringLiteral("type"), QStringLiteral("CAROUSEL")}, {QStringLiteral("cards"), QJsonArray{defaultCard()}}},
                        tr("Add carousel"));
        return 0;
    }
    const int count = cardCount();
    const QJsonObject like = count ? TemplateDocument::emptyCardLike(m_session->value(cardsPath() + QStringLiteral(".0")).toObject())
                                   : defaultCard();
    m_session->insert(cardsPath(), count, like, tr("Add card"));
    return count;
}

int WhatsappTemplateEdits::duplicateCard(int index)
{
    if (index < 0 || index >= cardCount())
        return -1;
    m_session->insert(cardsPath(), index + 1, m_session->value(child(cardsPath(), QString::number(index))), tr("Duplicate card"));
    return index + 1;
}

void WhatsappTemplateEdits::removeCard(int index)
{
    if (index >= 0 && index < cardCount())
        m_session->remove(cardsPath(), index, tr("Remove card"));
}

bool WhatsappTemplateEdits::moveCard(int from, int to)
{
    const int count = cardCount();
    if (from < 0 || to < 0 || from >= count || to >= count || from == to)
        return false;
    m_session->move(cardsPath(), from, to, tr("Move card"));
    return true;
}

void WhatsappTemplateEdits::applyCardStructure(int sourceCard)
{
    const QString carousel = componentPath(QStringLiteral("CAROUSEL"));
    if (carousel.isEmpty())
        return;
    m_session->endTyping();
    auto *command = new ApplyCardStructureCommand(&m_session->document(), carousel, sourceCard, tr("Apply card structure"));
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_session->push(command);
}

void WhatsappTemplateEdits::addCardButton(int card, const QString &type)
{
    const QString list = child(cardComponent(card, QStringLiteral("BUTTONS")), QStringLiteral("buttons"));
    m_session->insert(list, int(m_session->value(list).toArray().size()), newButton(type), tr("Add card button"));
}

int WhatsappTemplateEdits::insertVariable(const QString &componentType, int cursorPos)
{
    const QString path = componentPath(componentType);
    if (path.isEmpty())
        return 0;
    int n = 0;
    const QJsonObject updated = TemplateDocument::withVariableInserted(m_session->value(path).toObject(), cursorPos, &n);
    m_session->set(path, updated, false, tr("Insert variable {{%1}}").arg(n));
    return n;
}

void WhatsappTemplateEdits::setHeaderFormat(const QString &format)
{
    const QString hp = componentPath(QStringLiteral("HEADER"));
    if (format.isEmpty()) {
        if (!hp.isEmpty())
            removeComponent(QStringLiteral("HEADER"), tr("Remove header"));
        return;
    }
    QJsonObject header = m_session->value(hp).toObject();
    if (!hp.isEmpty() && header.value(QLatin1String("format")).toString() == format)
        return;
    header.insert(QStringLiteral("type"), QStringLiteral("HEADER"));
    header.insert(QStringLiteral("format"), format);
    header.remove(QStringLiteral("text"));
    header.remove(QStringLiteral("example"));
    if (format == QLatin1String("TEXT"))
        header.insert(QStringLiteral("text"), QString());
    else if (format != QLatin1String("LOCATION"))
        header.insert(QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), QString()}});
    if (hp.isEmpty())
        insertComponent(header, tr("Add header"));
    else
        m_session->set(hp, header, false, tr("Change header"));
}

QJsonObject WhatsappTemplateEdits::newButton(const QString &type)
{
    QJsonObject b{{QStringLiteral("type"), type}, {QStringLiteral("text"), QString()}};
    if (type == QLatin1String("URL")) {
        b.insert(QStringLiteral("url"), QString());
    } else if (type == QLatin1String("PHONE_NUMBER")) {
        b.insert(QStringLiteral("phoneNumber"), QString());
    } else if (type == QLatin1String("OTP")) {
        b.insert(QStringLiteral("otpType"), QStringLiteral("COPY_CODE"));
    } else if (type == QLatin1String("FLOW")) {
        b.insert(QStringLiteral("flowId"), QString());
        b.insert(QStringLiteral("flowAction"), QStringLiteral("NAVIGATE"));
    }
    return b;
}

QJsonObject WhatsappTemplateEdits::defaultCard()
{
    return QJsonObject{{QStringLiteral("components"), QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")}, {QStringLiteral("format"), QStringLiteral("IMAGE")},
                    {QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), QString()}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), QString()}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                    {QStringLiteral("buttons"), QJsonArray{newButton(QStringLiteral("QUICK_REPLY"))}}}}}};
}

QString WhatsappTemplateEdits::buttonKindName(const QString &type)
{
    if (type == QLatin1String("QUICK_REPLY"))
        return tr("Quick reply");
    if (type == QLatin1String("URL"))
        return tr("Link (URL)");
    if (type == QLatin1String("PHONE_NUMBER"))
        return tr("Phone number");
    if (type == QLatin1String("OTP"))
        return tr("One-time password");
    if (type == QLatin1String("FLOW"))
        return tr("Flow");
    return type;
}

} // namespace sinch::ui
