#include "buttonfields.h"

#include "flowlist.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "templates/editor/whatsapptemplateedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalBlocker>

namespace sinch::ui {

namespace {

QString child(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

// The flow picker's entries: "choose", the project's flows, and the current id when it
// is none of them (yet).
QList<QPair<QString, QJsonValue>> flowItems(const FlowList *flows, const QString &current)
{
    QList<QPair<QString, QJsonValue>> items{{ButtonFields::tr("Choose a flow"), QString()}};
    bool known = current.isEmpty();
    if (flows) {
        for (const auto &f : flows->flows()) {
            items.append({ButtonFields::tr("%1 (%2)").arg(f.name, f.id), f.id});
            known = known || f.id == current;
        }
    }
    if (!known)
        items.append({current, current});
    return items;
}

} // namespace

QString ButtonFields::structure(const TemplateFormContext &ctx, const QString &bp)
{
    const QJsonObject b = ctx.session->value(bp).toObject();
    return QStringList{b.value(QLatin1String("type")).toString(), b.value(QLatin1String("otpType")).toString(),
                       b.value(QLatin1String("flowAction")).toString()}.join(QLatin1Char(':'));
}

void ButtonFields::add(QWidget *owner, QFormLayout *form, const TemplateFormContext &ctx, const QString &bp, int index, bool inCard)
{
    FieldBinder *binder = ctx.binder;
    const QString type = ctx.session->value(child(bp, "type")).toString();
    const QString kind = WhatsappTemplateEdits::buttonKindName(type);
    if (!inCard)
        form->addRow(tr("Kind:"), new QLabel(kind));
    // Named as a screen reader should say it: "Button 2 text", not the JSON key.
    const QString prefix = tr("Button %1 ").arg(index + 1);
    form->addRow(inCard ? tr("Button %1 (%2):").arg(index + 1).arg(kind) : tr("&Text:"),
                 binder->lineEdit(child(bp, "text"), prefix + tr("text"), tr("Up to 25 characters")));
    if (type == QLatin1String("URL")) {
        form->addRow(tr("URL:"), binder->lineEdit(child(bp, "url"), prefix + tr("URL"), tr("https://shop.example.com/track/{{1}}")));
        form->addRow(tr("Example URL:"), binder->lineEdit(child(bp, "example"), prefix + tr("example URL"),
                                                         tr("Needed when the URL ends with {{1}}")));
    } else if (type == QLatin1String("PHONE_NUMBER")) {
        form->addRow(tr("Phone number:"), binder->lineEdit(child(bp, "phoneNumber"), prefix + tr("phone number"), tr("+46701234567")));
    } else if (type == QLatin1String("OTP")) {
        const QList<QPair<QString, QJsonValue>> otp{{tr("Copy code"), QStringLiteral("COPY_CODE")},
                                                    {tr("One tap autofill"), QStringLiteral("ONE_TAP")},
                                                    {tr("Zero tap"), QStringLiteral("ZERO_TAP")}};
        form->addRow(tr("&Code delivery:"), binder->combo(child(bp, "otpType"), tr("One-time password type"), otp));
        const QString otpType = ctx.session->value(child(bp, "otpType")).toString();
        if (otpType != QLatin1String("COPY_CODE")) {
            form->addRow(tr("Autofill text:"), binder->lineEdit(child(bp, "autofillText"), tr("Autofill text")));
            form->addRow(tr("App package:"), binder->lineEdit(child(bp, "supportedApps.0.packageName"),
                                                             tr("Supported app package name"), tr("com.example.app")));
            form->addRow(tr("Signature hash:"), binder->lineEdit(child(bp, "supportedApps.0.signatureHash"),
                                                                tr("Supported app signature hash")));
        }
        if (otpType == QLatin1String("ZERO_TAP"))
            form->addRow(QString(), binder->check(child(bp, "zeroTapTermsAccepted"), tr("I accept the zero-tap terms of service")));
    } else if (type == QLatin1String("FLOW")) {
        const QString flowPath = child(bp, "flowId");
        QPointer<QComboBox> picker = binder->combo(flowPath, tr("Flow"), flowItems(ctx.flows, ctx.session->value(flowPath).toString()));
        form->addRow(tr("F&low:"), picker);
        if (ctx.flows) {
            // The project's flows may arrive while the user is in another field of this
            // page (or has a list open): the picker fills itself in place.
            QObject::connect(ctx.flows, &FlowList::changed, owner, [picker, ctx, flowPath] {
                if (!picker)
                    return;
                const QSignalBlocker block(picker);
                picker->clear();
                for (const auto &item : flowItems(ctx.flows, ctx.session->value(flowPath).toString()))
                    picker->addItem(item.first, item.second.toVariant());
                ctx.binder->refresh(ctx.session->document());
            });
            ctx.flows->request();
        }
        const QList<QPair<QString, QJsonValue>> actions{{tr("Navigate to a screen"), QStringLiteral("NAVIGATE")},
                                                        {tr("Data exchange"), QStringLiteral("DATA_EXCHANGE")}};
        form->addRow(tr("Action:"), binder->combo(child(bp, "flowAction"), tr("Flow action"), actions));
        if (ctx.session->value(child(bp, "flowAction")).toString() == QLatin1String("NAVIGATE"))
            form->addRow(tr("Screen:"), binder->lineEdit(child(bp, "navigateScreen"), tr("Flow screen")));
    }
}

} // namespace sinch::ui
