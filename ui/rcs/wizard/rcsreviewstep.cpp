#include "rcsreviewstep.h"

#include "domain/enumtext.h"
#include "editing/editsession.h"
#include "rcs/launch/rcslaunchtext.h"
#include "rules/rcssenderrules.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>

namespace sinch::ui {

namespace {

QString listInWords(const QJsonArray &list, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : list) {
        if (v.isString()) {
            out << v.toString();
            continue;
        }
        const QJsonObject o = v.toObject();
        const QString label = o.value(QLatin1String("label")).toString();
        const QString value = o.value(key).toString();
        out << (label.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(value, label));
    }
    return out.join(QLatin1String(", "));
}

} // namespace

RcsReviewStep::RcsReviewStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent)
    : RcsWizardStep(session, binder, tr("Review"), context, parent)
{
    const struct { const char *path; QString label; bool choice = false; } rows[] = {
        {"region", tr("Region"), true},
        {"billingCategory", tr("Billing category"), true},
        {"useCase", tr("Use case"), true},
        {"details.brand.name", tr("Brand name")},
        {"details.brand.description", tr("Description")},
        {"details.brand.color", tr("Colour")},
        {"details.brand.logoUrl", tr("Logo")},
        {"details.brand.bannerUrl", tr("Banner")},
        {"details.brand.phones", tr("Phones")},
        {"details.brand.emails", tr("Emails")},
        {"details.brand.websites", tr("Websites")},
        {"details.brand.privacyPolicyUrl", tr("Privacy policy")},
        {"details.brand.termsOfServiceUrl", tr("Terms of service")},
        {"details.countries", tr("Countries")},
        {"details.testNumbers", tr("Test numbers")},
    };
    for (const auto &r : rows) {
        QLabel *value = fixedValue(QStringLiteral("review:") + QLatin1String(r.path), QString(), r.label, QString());
        value->setWordWrap(true);
        form()->addRow(r.label, value);
        m_values.append({QLatin1String(r.path), value, r.choice});
    }
    m_beforeLaunch = fixedValue(QStringLiteral("review:beforeLaunch"), QString(), tr("Before launch"), QString());
    m_beforeLaunch->setWordWrap(true);
    form()->addRow(tr("Before launch"), m_beforeLaunch);
    form()->addRow(QString(), hint(context.existing ? tr("Finish sends the details; region, billing category and use case stay.")
                                                    : tr("Finish creates the sender in the test state (%1).")
                                                          .arg(EnumText::words(QStringLiteral("IN_TEST")))));
    updateInPlace();
}

void RcsReviewStep::updateInPlace()
{
    for (const Row &row : std::as_const(m_values)) {
        const QJsonValue v = session()->value(row.path);
        const QString list = row.path.section(QLatin1Char('.'), -1);
        const QString text = v.isArray() ? listInWords(v.toArray(), rules::RcsSenderRules::contactKey(list))
                           : row.choice  ? EnumText::words(v.toString())
                                         : v.toString();
        row.value->setText(text.isEmpty() ? tr("—") : text);
    }
    // The launch checklist of the sender this request makes, as its launch panel will show it.
    QStringList missing;
    for (const RcsLaunchChecklist::Item &item : RcsLaunchChecklist::check(session()->json()))
        missing << QStringLiteral("• ") + RcsLaunchText::item(item);
    m_beforeLaunch->setText(missing.isEmpty() ? tr("Nothing is missing for a launch.")
                                              : tr("Finish saves the sender without these; its launch asks for them:")
                                                    + QLatin1Char('\n') + missing.join(QLatin1Char('\n')));
}

} // namespace sinch::ui
