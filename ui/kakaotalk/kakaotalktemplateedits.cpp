#include "kakaotalktemplateedits.h"

#include "domain/kakaotalktemplateview.h"
#include "editing/editsession.h"
#include "rules/kakaotalktemplaterules.h"
#include "services/kakaotalktemplateservice.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUndoStack>

namespace sinch::ui {

const QString KakaotalkTemplateEdits::kExamplesKey = QStringLiteral("consoleExamples");
const QString KakaotalkTemplateEdits::kButtons = QStringLiteral("details.buttons");

namespace {

using Rules = rules::KakaotalkTemplateRules;

const QStringList kLinkKeys{QStringLiteral("linkMo"), QStringLiteral("linkPc"), QStringLiteral("schemeIos"),
                            QStringLiteral("schemeAndroid")};

// Drops what the contract reads as "not given": nulls and empty optional texts.
QJsonObject withoutEmpty(QJsonObject o, const QStringList &keep)
{
    for (const QString &key : o.keys()) {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty() && !keep.contains(key)))
            o.remove(key);
    }
    return o;
}

} // namespace

QJsonObject KakaotalkTemplateEdits::newTemplate()
{
    const QStringList languages = Rules::limits().languages;
    const QString korean = QStringLiteral("KO");
    return QJsonObject{{QStringLiteral("details"),
                        QJsonObject{{QStringLiteral("name"), QString()},
                                    {QStringLiteral("language"), languages.isEmpty() || languages.contains(korean) ? korean : languages.first()},
                                    {QStringLiteral("content"), QString()},
                                    {QStringLiteral("messageType"), QStringLiteral("BASIC")},
                                    {QStringLiteral("emphasizeType"), QStringLiteral("EMPHASIZE_TYPE_NONE")},
                                    {QStringLiteral("securityFlag"), false},
                                    {QStringLiteral("buttons"), QJsonArray()}}}};
}

QJsonObject KakaotalkTemplateEdits::fromServer(const QJsonObject &serverTemplate)
{
    QJsonObject details = KakaotalkTemplateService::editedDetails(serverTemplate);
    // Output-only fields of KakaotalkTemplateDetailsDto that an input does not take.
    details.remove(QStringLiteral("ad"));
    if (!details.contains(QLatin1String("buttons")))
        details.insert(QStringLiteral("buttons"), QJsonArray());
    QJsonArray buttons;
    for (const QJsonValue &b : details.value(QLatin1String("buttons")).toArray())
        buttons << withoutEmpty(b.toObject(), {QStringLiteral("name")});
    details.insert(QStringLiteral("buttons"), buttons);
    return QJsonObject{{QStringLiteral("details"), details}};
}

QJsonObject KakaotalkTemplateEdits::request(const QJsonObject &document)
{
    QJsonObject details = withoutEmpty(document.value(QLatin1String("details")).toObject(),
                                       {QStringLiteral("name"), QStringLiteral("content")});
    if (details.contains(QLatin1String("buttons"))) {
        QJsonArray buttons;
        for (const QJsonValue &b : details.value(QLatin1String("buttons")).toArray())
            buttons << withoutEmpty(b.toObject(), {QStringLiteral("name")});
        details.insert(QStringLiteral("buttons"), buttons);
    }
    return QJsonObject{{QStringLiteral("details"), details}};
}

QStringList KakaotalkTemplateEdits::variables(const QJsonObject &document)
{
    QStringList out;
    const QString content = document.value(QLatin1String("details")).toObject().value(QLatin1String("content")).toString();
    for (const QString &v : Rules::variables(content))
        if (!v.isEmpty() && !out.contains(v))
            out << v;
    return out;
}

QString KakaotalkTemplateEdits::examplePath(const QString &variable)
{
    // A dot would split the path; such a name gets no example row.
    if (variable.isEmpty() || variable.contains(QLatin1Char('.')))
        return QString();
    return kExamplesKey + QLatin1Char('.') + variable;
}

int KakaotalkTemplateEdits::buttonCount() const
{
    return int(m_session->value(kButtons).toArray().size());
}

QString KakaotalkTemplateEdits::buttonPath(int index) const
{
    return kButtons + QLatin1Char('.') + QString::number(index);
}

QStringList KakaotalkTemplateEdits::freeButtonTypes() const
{
    QStringList used;
    for (const QJsonValue &b : m_session->value(kButtons).toArray())
        used << b.toObject().value(QLatin1String("type")).toString();
    QStringList out;
    for (const QString &type : Rules::limits().buttonTypes)
        if (!used.contains(type))
            out << type;
    return out;
}

int KakaotalkTemplateEdits::buttonOf(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^details\\.buttons\\.(\\d+)(\\.|$)"));
    const auto m = re.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void KakaotalkTemplateEdits::fieldEdited(const QString &path, const QJsonValue &value, bool typing)
{
    const QJsonValue v = value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    const int button = buttonOf(path);
    if (button < 0 || path != buttonPath(button) + QStringLiteral(".type")) {
        m_session->set(path, v, typing);
        return;
    }
    // Another kind of button: the links it does not have go with the change, in one step.
    const QStringList keep = KakaotalkTemplateView::linkFields(v.toString());
    m_session->endTyping();
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Make button %1 a %2 button").arg(button + 1).arg(KakaotalkTemplateView::buttonTypeWord(v.toString())));
    m_session->set(path, v);
    for (const QString &key : kLinkKeys) {
        const QString linkPath = buttonPath(button) + QLatin1Char('.') + key;
        if (!keep.contains(key) && m_session->document().contains(linkPath))
            m_session->set(linkPath, QJsonValue(QJsonValue::Undefined));
    }
    stack->endMacro();
}

int KakaotalkTemplateEdits::addButton(const QString &type)
{
    const int count = buttonCount();
    if (count >= Rules::limits().maxButtons)
        return -1;
    QJsonObject button{{QStringLiteral("ordering"), count + 1},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("name"), QString()}};
    if (!KakaotalkTemplateView::linkFields(type).isEmpty())
        button.insert(QStringLiteral("linkMo"), QString());
    m_session->endTyping();
    m_session->insert(kButtons, count, button, tr("Add a %1 button").arg(KakaotalkTemplateView::buttonTypeWord(type)));
    return count;
}

void KakaotalkTemplateEdits::removeButton(int index)
{
    if (index < 0 || index >= buttonCount())
        return;
    m_session->endTyping();
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Remove button %1").arg(index + 1));
    m_session->remove(kButtons, index, tr("Remove button %1").arg(index + 1));
    renumber();
    stack->endMacro();
}

bool KakaotalkTemplateEdits::moveButton(int from, int to)
{
    const int count = buttonCount();
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    m_session->endTyping();
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Move button %1 to position %2").arg(from + 1).arg(to + 1));
    m_session->move(kButtons, from, to, tr("Move button"));
    renumber();
    stack->endMacro();
    return true;
}

void KakaotalkTemplateEdits::renumber()
{
    const QJsonArray buttons = m_session->value(kButtons).toArray();
    for (int i = 0; i < buttons.size(); ++i)
        if (buttons.at(i).toObject().value(QLatin1String("ordering")).toInt() != i + 1)
            m_session->set(buttonPath(i) + QStringLiteral(".ordering"), i + 1);
}

} // namespace sinch::ui
