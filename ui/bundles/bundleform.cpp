#include "bundleform.h"

#include "domain/enumtext.h"
#include "editing/spinrangeguard.h"

#include "services/bundleservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sinch::ui {

namespace {

template<class W>
W *named(W *widget, const QString &accessibleName)
{
    widget->setAccessibleName(accessibleName);
    return widget;
}

// A region as people know it, with the contract's code beside it.
QString regionWords(const QString &code)
{
    if (code == QLatin1String("BR"))
        return BundleForm::tr("Brazil (BR)");
    if (code == QLatin1String("EU"))
        return BundleForm::tr("Europe (EU)");
    if (code == QLatin1String("US"))
        return BundleForm::tr("United States (US)");
    return code;
}

} // namespace

BundleForm::BundleForm(QWidget *parent)
    : QWidget(parent)
    , m_name(named(new QLineEdit, tr("Bundle name")))
    , m_region(named(new QComboBox, tr("Region")))
    , m_subproject(named(new QCheckBox(tr("Create a subproject")), tr("Create a subproject")))
    , m_smsApp(named(new QCheckBox(tr("Create an SMS app")), tr("Create an SMS app")))
    , m_convApp(named(new QGroupBox(tr("Create a Conversation API app")), tr("Create a Conversation API app")))
    , m_appName(named(new QLineEdit, tr("Conversation app name")))
    , m_mode(named(new QComboBox, tr("Processing mode")))
    , m_retentionType(named(new QComboBox, tr("Retention policy")))
    , m_ttl(named(new QSpinBox, tr("Retention days")))
{
    m_name->setPlaceholderText(tr("Also names the subproject and apps"));
    m_name->setToolTip(tr("Names the subproject and apps unless they have their own"));
    // No region until one is chosen: where the resources live cannot be changed later, and
    // the first of the list (Brazil) would be a guess.
    for (const QString &region : BundleService::regions())
        m_region->addItem(regionWords(region), region);
    m_region->setCurrentIndex(-1);
    m_region->setPlaceholderText(tr("Where the resources are created"));
    m_appName->setPlaceholderText(tr("The bundle's name when empty"));
    // The contract's values in words; the value itself is the item's data.
    for (const QString &mode : BundleService::processingModes())
        m_mode->addItem(EnumText::words(mode), mode);
    m_mode->setCurrentIndex(m_mode->findData(BundleService::defaultProcessingMode()));
    m_convApp->setCheckable(true);
    m_convApp->setChecked(true);
    m_ttl->setSuffix(tr(" days"));
    SpinRangeGuard::watch(m_ttl);
    // Its text field is what takes the keys: a screen reader names it too.
    if (auto *text = m_ttl->findChild<QLineEdit *>())
        text->setAccessibleName(m_ttl->accessibleName());
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BundleForm::followProcessingMode);
    for (QLineEdit *e : {m_name, m_appName})
        connect(e, &QLineEdit::textChanged, this, &BundleForm::edited);
    for (QComboBox *c : {m_region, m_mode, m_retentionType})
        connect(c, &QComboBox::currentIndexChanged, this, &BundleForm::edited);
    for (QCheckBox *c : {m_subproject, m_smsApp})
        connect(c, &QCheckBox::toggled, this, &BundleForm::edited);
    connect(m_convApp, &QGroupBox::toggled, this, &BundleForm::edited);
    connect(m_ttl, &QSpinBox::valueChanged, this, &BundleForm::edited);
    followProcessingMode();

    auto *app = new QFormLayout(m_convApp);
    app->addRow(tr("&App name"), m_appName);
    app->addRow(tr("Processing &mode"), m_mode);
    app->addRow(tr("Retention p&olicy"), m_retentionType);
    app->addRow(tr("Retention &time"), m_ttl);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Region"), m_region);
    form->addRow(QString(), m_subproject);
    form->addRow(QString(), m_smsApp);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_convApp);
}

void BundleForm::followProcessingMode()
{
    // Each mode has its own policies and limits: the other mode's values would be refused.
    const BundleService::Retention r = BundleService::retention(m_mode->currentData().toString());
    m_retentionType->clear();
    for (const QString &type : r.types)
        m_retentionType->addItem(EnumText::words(type), type);
    m_retentionType->setCurrentIndex(m_retentionType->findData(r.defaultType));
    m_ttl->setRange(r.minDays, r.maxDays);
    m_ttl->setValue(r.defaultDays);
    m_ttl->setToolTip(tr("%1 to %2 days").arg(r.minDays).arg(r.maxDays));
}

QJsonObject BundleForm::request() const
{
    QJsonObject bundle{{QStringLiteral("region"), m_region->currentData().toString()}};
    if (!m_name->text().trimmed().isEmpty())
        bundle.insert(QStringLiteral("name"), m_name->text().trimmed());
    if (m_subproject->isChecked())
        bundle.insert(QStringLiteral("subproject"), true);
    if (m_smsApp->isChecked())
        bundle.insert(QStringLiteral("smsApp"), true);
    if (m_convApp->isChecked()) {
        QJsonObject app{{QStringLiteral("processingMode"), m_mode->currentData().toString()},
                        {QStringLiteral("retentionPolicy"),
                         QJsonObject{{QStringLiteral("retentionPolicyType"), m_retentionType->currentData().toString()},
                                     {QStringLiteral("ttl"), m_ttl->value()}}}};
        if (!m_appName->text().trimmed().isEmpty())
            app.insert(QStringLiteral("name"), m_appName->text().trimmed());
        bundle.insert(QStringLiteral("convApp"), app);
    }
    return bundle;
}

QString BundleForm::problem() const
{
    if (!m_subproject->isChecked() && !m_smsApp->isChecked() && !m_convApp->isChecked())
        return tr("Choose at least one thing for the bundle to create.");
    if (m_region->currentIndex() < 0)
        return tr("Choose a region: the bundle's subproject and apps are created there.");
    // The contract: without a name of their own, the parts take the bundle's name.
    if (m_name->text().trimmed().isEmpty()
        && (m_subproject->isChecked() || m_smsApp->isChecked() || (m_convApp->isChecked() && m_appName->text().trimmed().isEmpty())))
        return tr("Enter a name: the subproject and apps are named after the bundle.");
    // Kept whole as typed or pasted (no cut without a word): said here instead.
    const int max = BundleService::nameMaxLength();
    for (const QLineEdit *name : {m_name, m_appName})
        if (name->text().size() > max)
            return tr("%1 is %2 characters long; the most is %3.").arg(name->accessibleName()).arg(name->text().size()).arg(max);
    return QString();
}

} // namespace sinch::ui
