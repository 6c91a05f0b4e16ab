#include "kakaotalkexamplerows.h"

#include "kakaotalktemplateedits.h"

#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "editing/formpart.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sinch::ui {

KakaotalkExampleRows::KakaotalkExampleRows(EditSession *session, FieldBinder *binder, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_binder(binder)
    , m_layout(new QFormLayout(this))
    , m_hint(new QLabel(tr("Examples: what reviewers read in place of each variable. Kept with the draft in this "
                           "console only; Kakao's API takes no examples.")))
{
    setObjectName(QStringLiteral("examples"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addRow(m_hint);
    update();
}

void KakaotalkExampleRows::removeRow(const QString &variable)
{
    const QString path = KakaotalkTemplateEdits::examplePath(variable);
    QWidget *edit = m_binder->widgetFor(path);
    m_binder->unbind(path);
    m_variables.removeOne(variable);
    if (!edit)
        return;
    FormPart::dropRow(m_layout, edit);
}

bool KakaotalkExampleRows::update()
{
    QStringList wanted;
    for (const QString &v : KakaotalkTemplateEdits::variables(m_session->json()))
        if (!KakaotalkTemplateEdits::examplePath(v).isEmpty())
            wanted << v;
    m_hint->setVisible(!wanted.isEmpty());
    if (wanted == m_variables)
        return false;
    for (const QString &v : QStringList(m_variables))
        if (!wanted.contains(v))
            removeRow(v);
    // The rows left are in the content's order; new ones go in at their variable's place.
    for (int i = 0; i < wanted.size(); ++i) {
        const QString &v = wanted.at(i);
        if (m_variables.value(i) == v)
            continue;
        if (m_variables.contains(v))
            removeRow(v); // moved: made again at its new place
        auto *edit = m_binder->lineEdit(KakaotalkTemplateEdits::examplePath(v), tr("Example of #{%1}").arg(v),
                                        tr("e.g. what a customer would see"));
        m_layout->insertRow(i + 1, QStringLiteral("#{%1}").arg(v), edit);
        m_variables.insert(i, v);
        edit->setText(m_session->value(KakaotalkTemplateEdits::examplePath(v)).toString());
    }
    return true;
}

} // namespace sinch::ui
