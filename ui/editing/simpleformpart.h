#pragma once

#include "editing/formpart.h"

#include <QJsonValue>
#include <QList>
#include <QPair>

namespace sinch::ui {

// One field of a flat form: a line edit, a masked line edit (a secret the user pastes),
// or a combo box of `choices` (text, value).
struct SimpleField
{
    QString path;
    QString label;          // with its mnemonic: "Company &legal name"
    QString accessibleName; // what a screen reader says: "Company legal name"
    QString placeholder;
    QList<QPair<QString, QJsonValue>> choices; // a combo box when set
    bool secret = false;
    QString hint;           // a sentence under the field
};

// The page of a small editor whose document is a few flat fields (the WhatsApp account,
// a solution): one row each, in the given order.
class SimpleFormPart : public FormPart
{
    Q_OBJECT
public:
    SimpleFormPart(EditSession *session, FieldBinder *binder, const QString &title, const QList<SimpleField> &fields,
                   QWidget *parent = nullptr);
};

} // namespace sinch::ui
