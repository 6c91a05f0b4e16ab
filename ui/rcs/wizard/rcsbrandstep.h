#pragma once

#include "rcswizardstep.h"

class QLabel;
class QLineEdit;

namespace sinch::ui {

// Step 2: the brand as people see it in Google Messages: name, description, colour (typed
// as hex or picked in a QColorDialog, with the contrast of the chips' white text), logo and
// banner URLs, the privacy policy and terms, and 1 to 3 phones, emails and websites each
// with its label. Adding or removing a contact changes structure(): the host rebuilds the
// page after the click.
class RcsBrandStep : public RcsWizardStep
{
    Q_OBJECT

public:
    RcsBrandStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent = nullptr);

    QString structure() const override;
    void updateInPlace() override;

    // The colour picker (open while choosing), for tests.
    void chooseColour();

private:
    void addContactRows(const QString &list, const QString &title, const QString &valueName, const QString &addText,
                        const QString &placeholder);
    void addContact(const QString &list);
    void removeContact(const QString &list, int index);
    void updateContrast();

    QLineEdit *m_color = nullptr;
    QLabel *m_contrast = nullptr;
};

} // namespace sinch::ui
