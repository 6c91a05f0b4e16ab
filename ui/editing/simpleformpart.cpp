#include "simpleformpart.h"

#include "editing/fieldbinder.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sinch::ui {

SimpleFormPart::SimpleFormPart(EditSession *session, FieldBinder *binder, const QString &title,
                               const QList<SimpleField> &fields, QWidget *parent)
    : FormPart(session, binder, title, parent)
{
    for (const SimpleField &f : fields) {
        QWidget *input = nullptr;
        if (!f.choices.isEmpty()) {
            input = binder->combo(f.path, f.accessibleName, f.choices);
        } else {
            // No cut at the rule's length: a longer paste stays whole, and the finding says by
            // how much it is over (a cut dropped what was pasted without a word).
            QLineEdit *edit = binder->lineEdit(f.path, f.accessibleName, f.placeholder);
            if (f.secret) {
                // Pasted from Meta, never shown back; QLineEdit refuses to copy a masked text.
                edit->setEchoMode(QLineEdit::Password);
                edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
            }
            input = edit;
        }
        auto *label = new QLabel(f.label);
        label->setBuddy(input);
        form()->addRow(label, input);
        if (!f.hint.isEmpty())
            form()->addRow(QString(), hint(f.hint));
    }
}

} // namespace sinch::ui
