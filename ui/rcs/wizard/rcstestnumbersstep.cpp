#include "rcstestnumbersstep.h"

#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "rules/rcssenderrules.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sinch::ui {

namespace {
const QString kPath = QStringLiteral("details.testNumbers");
}

RcsTestNumbersStep::RcsTestNumbersStep(EditSession *session, FieldBinder *binder, const RcsWizardContext &context, QWidget *parent)
    : RcsWizardStep(session, binder, tr("Test numbers"), context, parent)
{
    const int max = rules::RcsSenderRules::limits().testNumbersMax;
    const QString reason = lockReason(kPath);
    const QJsonArray numbers = session->value(kPath).toArray();
    for (int i = 0; i < numbers.size(); ++i) {
        QLineEdit *edit = binder->lineEdit(kPath + QLatin1Char('.') + QString::number(i), tr("Test number %1").arg(i + 1),
                                           tr("+46701234567"));
        edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        auto *remove = removeButton(QString(), tr("Remove test number %1").arg(i + 1), [this, i] { this->remove(i); });
        if (!reason.isEmpty()) {
            makeReadOnly(edit, reason);
            makeReadOnly(remove, reason);
        }
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(edit, 1);
        row->addWidget(remove);
        auto *label = new QLabel(tr("Number %1").arg(i + 1));
        label->setBuddy(edit);
        form()->addRow(label, row);
    }
    auto *addButton = actionButton(tr("&Add test number"), [this] { add(); });
    addButton->setObjectName(QStringLiteral("addTestNumber"));
    addButton->setAccessibleName(tr("Add test number"));
    if (!reason.isEmpty())
        makeReadOnly(addButton, reason);
    else if (numbers.size() >= max) {
        addButton->setEnabled(false);
        addButton->setToolTip(tr("At most %1 test numbers are allowed.").arg(max));
    }
    form()->addRow(QString(), compactRow(addButton, false));
    form()->addRow(QString(), hint(tr("Up to %1 phones in E.164 (+ and the country code) that may try the sender before "
                                      "it launches. Each owner accepts a tester invite; a number added again is unverified "
                                      "again.").arg(max)));
}

QString RcsTestNumbersStep::structure() const
{
    return QString::number(session()->value(kPath).toArray().size());
}

void RcsTestNumbersStep::add()
{
    const QJsonArray numbers = session()->value(kPath).toArray();
    session()->endTyping();
    if (numbers.isEmpty())
        session()->set(kPath, QJsonArray{QString()}, false, tr("Add a test number"));
    else
        session()->insert(kPath, numbers.size(), QString(), tr("Add a test number"));
}

void RcsTestNumbersStep::remove(int index)
{
    session()->endTyping();
    session()->remove(kPath, index, tr("Remove a test number"));
}

} // namespace sinch::ui
