#pragma once

#include "editing/formpart.h"

#include <QString>

namespace sinch::ui {

class RemoteImageProbe;

// What every step of the RCS sender wizard knows about the sender being edited: whether it
// exists (region, billing category and use case are then fixed: the update takes only
// `details`) and its state (LAUNCHING and LAUNCHED senders take only what the contract's
// update lock allows, RcsSenderRules::updateLock()).
struct RcsWizardContext
{
    bool existing = false;
    QString state;
    RemoteImageProbe *images = nullptr; // fetches the logo and banner to check them (may be null)
};

// The base of the wizard's steps: a FormPart that shows a field the API would refuse to
// change as read-only, with the reason in its tooltip and accessible description.
class RcsWizardStep : public FormPart
{
    Q_OBJECT

public:
    RcsWizardStep(EditSession *session, FieldBinder *binder, const QString &title, const RcsWizardContext &context,
                  QWidget *parent = nullptr);

    const RcsWizardContext &context() const { return m_context; }
    // Why `path` cannot be changed (empty when it can).
    QString lockReason(const QString &path) const;

protected:
    // Makes `widget` (bound to `path`) read-only when the sender's state locks the path.
    // Returns whether it did.
    bool lockIfNeeded(QWidget *widget, const QString &path);
    static void makeReadOnly(QWidget *widget, const QString &reason);

private:
    RcsWizardContext m_context;
};

} // namespace sinch::ui
