#include "rcswizardstep.h"

#include "editing/fieldbinder.h"
#include "rcs/rcsupdatelocktext.h"
#include "rules/rcssenderrules.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace sinch::ui {

RcsWizardStep::RcsWizardStep(EditSession *session, FieldBinder *binder, const QString &title, const RcsWizardContext &context,
                             QWidget *parent)
    : FormPart(session, binder, title, parent)
    , m_context(context)
{
}

QString RcsWizardStep::lockReason(const QString &path) const
{
    using rules::RcsSenderRules;
    if (!m_context.existing)
        return {};
    if (!path.startsWith(QLatin1String("details")))
        return tr("Fixed once the sender exists: an update changes only its details.");
    if (RcsSenderRules::isLocked(path, m_context.state))
        return tr("Read-only: %1").arg(RcsUpdateLockText::reason(m_context.state));
    return {};
}

bool RcsWizardStep::lockIfNeeded(QWidget *widget, const QString &path)
{
    const QString reason = lockReason(path);
    if (reason.isEmpty() || !widget)
        return false;
    makeReadOnly(widget, reason);
    return true;
}

void RcsWizardStep::makeReadOnly(QWidget *widget, const QString &reason)
{
    // A line edit stays focusable and selectable (the value can be read and copied);
    // other controls cannot be read-only and are disabled.
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->setReadOnly(true);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        text->setReadOnly(true);
    else
        widget->setEnabled(false);
    FieldBinder::setBaseToolTip(widget, reason);
    widget->setAccessibleDescription(reason);
}

} // namespace sinch::ui
