#include "examplerows.h"

#include "domain/templatedocument.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "editing/formpart.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sinch::ui {

ExampleRows::ExampleRows(EditSession *session, FieldBinder *binder, const QString &componentPath, bool header,
                         const QString &owner, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_binder(binder)
    , m_component(componentPath)
    , m_header(header)
    , m_owner(owner)
    , m_layout(new QFormLayout(this))
{
    setObjectName(QStringLiteral("examples"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!header) {
        m_hint = new QLabel(tr("Examples: what reviewers see in place of each variable."));
        m_hint->setWordWrap(true);
        m_hint->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addRow(m_hint);
    }
    update();
}

bool ExampleRows::update()
{
    const int count = TemplateDocument::variableCount(m_session->value(m_component + QStringLiteral(".text")).toString());
    const int wanted = m_header ? qMin(count, 1) : count;
    const int had = int(m_paths.size());
    while (m_paths.size() < wanted) {
        const int i = int(m_paths.size());
        if (m_header) {
            const QString path = m_component + QStringLiteral(".example");
            m_layout->addRow(tr("Example of {{1}}:"), m_binder->lineEdit(path, tr("Example of header variable 1")));
            m_paths.append(path);
        } else {
            const QString path = m_component + QStringLiteral(".examples.%1").arg(i);
            const QString name = m_owner.isEmpty() ? tr("Example of variable %1").arg(i + 1)
                                                   : tr("%1 example of variable %2").arg(m_owner).arg(i + 1);
            m_layout->addRow(QStringLiteral("{{%1}}").arg(i + 1), m_binder->lineEdit(path, name));
            m_paths.append(path);
        }
    }
    while (m_paths.size() > wanted) {
        const QString path = m_paths.takeLast();
        QWidget *edit = m_binder->widgetFor(path);
        m_binder->unbind(path);
        if (!edit)
            continue;
        FormPart::dropRow(m_layout, edit);
    }
    if (m_hint)
        m_hint->setVisible(wanted > 0);
    return int(m_paths.size()) != had;
}

} // namespace sinch::ui
