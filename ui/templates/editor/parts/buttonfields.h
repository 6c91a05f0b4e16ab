#pragma once

#include "templateformcontext.h"

#include <QCoreApplication>

class QFormLayout;
class QWidget;

namespace sinch::ui {

// The rows of one button (text and, by kind, URL and example, phone number, one-time
// password delivery and app, flow, action and screen), added to a form: the page of a
// template button and each button of a carousel card use the same rows. Named as a screen
// reader says them ("Button 2 URL").
class ButtonFields
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::ButtonFields)
public:
    // `owner` is the page the rows live on; `inCard` buttons have no kind label of their own.
    static void add(QWidget *owner, QFormLayout *form, const TemplateFormContext &ctx, const QString &buttonPath,
                    int index, bool inCard);
    // The structure the rows depend on (kind, delivery, flow action).
    static QString structure(const TemplateFormContext &ctx, const QString &buttonPath);
};

} // namespace sinch::ui
