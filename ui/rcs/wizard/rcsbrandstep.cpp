#include "rcsbrandstep.h"

#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "rcsimagecheck.h"
#include "rules/imagerequirement.h"
#include "rules/rcssenderrules.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sinch::ui {

namespace {
const QString kBrand = QStringLiteral("details.brand");
QString at(const QString &key) { return kBrand + QLatin1Char('.') + key; }
} // namespace

RcsBrandStep::RcsBrandStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent)
    : RcsWizardStep(session, binder, tr("Brand"), context, parent)
{
    using rules::RcsSenderRules;
    const RcsSenderRules::Limits &l = RcsSenderRules::limits();
    const auto line = [&](const QString &key, const QString &label, const QString &name, const QString &placeholder) {
        QLineEdit *edit = binder->lineEdit(at(key), name, placeholder);
        lockIfNeeded(edit, at(key));
        auto *l = new QLabel(label);
        l->setBuddy(edit);
        form()->addRow(l, edit);
        return edit;
    };
    line(QStringLiteral("name"), tr("Brand na&me"), tr("Brand name"), tr("As people see it, at most %1 characters").arg(l.nameMax));
    line(QStringLiteral("description"), tr("&Description"), tr("Description"), tr("One sentence, at most %1 characters").arg(l.descriptionMax));

    m_color = binder->lineEdit(at(QStringLiteral("color")), tr("Brand colour"), tr("#RRGGBB"));
    auto *pick = actionButton(tr("C&hoose…"), [this] { chooseColour(); });
    pick->setObjectName(QStringLiteral("chooseColour"));
    pick->setAccessibleName(tr("Choose brand colour"));
    pick->setToolTip(tr("Pick the colour in a colour dialog"));
    if (lockIfNeeded(m_color, at(QStringLiteral("color"))))
        makeReadOnly(pick, lockReason(at(QStringLiteral("color"))));
    auto *colorRow = new QHBoxLayout;
    colorRow->setContentsMargins(0, 0, 0, 0);
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(pick);
    auto *colorLabel = new QLabel(tr("&Colour"));
    colorLabel->setBuddy(m_color);
    form()->addRow(colorLabel, colorRow);
    m_contrast = hint(QString());
    m_contrast->setObjectName(QStringLiteral("colourContrast"));
    form()->addRow(QString(), m_contrast);
    updateContrast();

    // The images' requirements are the contract's words on the field.
    const auto image = [&](const QString &key, const QString &label, const QString &name, const QString &what,
                           const QString &inSentence) {
        const rules::ImageRequirement requirement = rules::ImageRequirement::of(QStringLiteral("RcsSenderDetailsBrandInputDto"), key);
        QLineEdit *edit = line(key, label, name, tr("https://… %1").arg(requirement.summary()));
        auto *check = new RcsImageCheck(session, edit, at(key), what, inSentence, requirement, context.images);
        check->setObjectName(key + QStringLiteral("Check"));
        form()->addRow(QString(), check);
    };
    image(QStringLiteral("logoUrl"), tr("&Logo URL"), tr("Logo URL"), tr("Logo"), tr("logo", "inside a sentence"));
    image(QStringLiteral("bannerUrl"), tr("Banne&r URL"), tr("Banner URL"), tr("Banner"), tr("banner", "inside a sentence"));

    addContactRows(QStringLiteral("phones"), tr("Phones"), tr("Phone number"), tr("Add phone number"), tr("+442071234567 or 2071234567"));
    addContactRows(QStringLiteral("emails"), tr("Emails"), tr("Email address"), tr("Add email address"), tr("support@example.com"));
    addContactRows(QStringLiteral("websites"), tr("Websites"), tr("Website URL"), tr("Add website"), tr("https://example.com"));

    line(QStringLiteral("privacyPolicyUrl"), tr("&Privacy policy URL"), tr("Privacy policy URL"), tr("https://example.com/privacy"));
    line(QStringLiteral("termsOfServiceUrl"), tr("&Terms of service URL"), tr("Terms of service URL"), tr("https://example.com/terms"));
}

QString RcsBrandStep::structure() const
{
    QStringList counts;
    for (const QString &list : rules::RcsSenderRules::contactLists())
        counts << QString::number(session()->value(at(list)).toArray().size());
    return counts.join(QLatin1Char(','));
}

void RcsBrandStep::updateInPlace()
{
    updateContrast();
}

void RcsBrandStep::addContactRows(const QString &list, const QString &title, const QString &valueName, const QString &addText,
                                  const QString &placeholder)
{
    using rules::RcsSenderRules;
    const RcsSenderRules::Limits &l = RcsSenderRules::limits();
    const QString listPath = at(list);
    const QString key = RcsSenderRules::contactKey(list);
    const QJsonArray rows = session()->value(listPath).toArray();
    const QString reason = lockReason(listPath);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    form()->addRow(heading);
    for (int i = 0; i < rows.size(); ++i) {
        const QString rowPath = listPath + QLatin1Char('.') + QString::number(i);
        QLineEdit *label = binder()->lineEdit(rowPath + QStringLiteral(".label"), tr("%1 %2 label").arg(valueName).arg(i + 1),
                                              tr("Label (at most %1)").arg(l.labelMax));
        QLineEdit *value = binder()->lineEdit(rowPath + QLatin1Char('.') + key, tr("%1 %2").arg(valueName).arg(i + 1), placeholder);
        auto *remove = removeButton(QString(), tr("Remove: %1 %2").arg(valueName).arg(i + 1), [this, list, i] { removeContact(list, i); });
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(value, 3);
        row->addWidget(label, 2);
        row->addWidget(remove);
        if (!reason.isEmpty()) {
            makeReadOnly(label, reason);
            makeReadOnly(value, reason);
            makeReadOnly(remove, reason);
        }
        auto *rowLabel = new QLabel(tr("%1 %2").arg(valueName).arg(i + 1));
        rowLabel->setBuddy(value);
        form()->addRow(rowLabel, row);
    }
    auto *add = actionButton(addText, [this, list] { addContact(list); });
    add->setObjectName(QStringLiteral("add-") + list);
    if (!reason.isEmpty())
        makeReadOnly(add, reason);
    else if (rows.size() >= l.contactsMax) {
        add->setEnabled(false);
        add->setToolTip(tr("At most %1 entries are allowed.").arg(l.contactsMax));
    }
    form()->addRow(QString(), compactRow(add, false));
}

void RcsBrandStep::addContact(const QString &list)
{
    const QString listPath = at(list);
    const QJsonArray rows = session()->value(listPath).toArray();
    const QJsonObject row{{QStringLiteral("label"), QString()}, {rules::RcsSenderRules::contactKey(list), QString()}};
    session()->endTyping();
    if (rows.isEmpty())
        session()->set(listPath, QJsonArray{row}, false, tr("Add a contact"));
    else
        session()->insert(listPath, rows.size(), row, tr("Add a contact"));
}

void RcsBrandStep::removeContact(const QString &list, int index)
{
    const QString listPath = at(list);
    session()->endTyping();
    // The last row takes the list with it: the contract wants 1 to 3 entries or none (null
    // in an update deletes the server's list).
    if (session()->value(listPath).toArray().size() <= 1)
        session()->set(listPath, QJsonValue::Null, false, tr("Remove a contact"));
    else
        session()->remove(listPath, index, tr("Remove a contact"));
}

void RcsBrandStep::chooseColour()
{
    if (m_color->isReadOnly())
        return;
    auto *dialog = new QColorDialog(QColor(m_color->text()), this);
    dialog->setObjectName(QStringLiteral("brandColourDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Brand colour"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &c) {
        session()->endTyping();
        session()->set(at(QStringLiteral("color")), c.name().toUpper(), false, tr("Choose the brand colour"));
    });
    dialog->open();
}

void RcsBrandStep::updateContrast()
{
    const QString color = session()->value(at(QStringLiteral("color"))).toString();
    const double ratio = rules::RcsSenderRules::contrastWithWhite(color);
    if (ratio <= 0) {
        m_contrast->setText(tr("The colour of the buttons and icons on the card (default black)."));
        return;
    }
    m_contrast->setText(ratio < rules::RcsSenderRules::kMinContrast
                            ? tr("⚠ White text on this colour: contrast %1:1, hard to read (aim for %2:1).")
                                  .arg(ratio, 0, 'f', 1).arg(rules::RcsSenderRules::kMinContrast, 0, 'f', 1)
                            : tr("White text on this colour: contrast %1:1, easy to read.").arg(ratio, 0, 'f', 1));
}

} // namespace sinch::ui
