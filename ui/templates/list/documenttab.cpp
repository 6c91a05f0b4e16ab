#include "documenttab.h"

#include "messagebox.h"

namespace sinch::ui {

DocumentTab::DocumentTab(QWidget *parent)
    : QWidget(parent)
{
}

DocumentTab::~DocumentTab() = default;

void DocumentTab::restoreDraft(const QString &, const QJsonObject &) {}

void DocumentTab::requestClose(MessageBox *box, std::function<void(bool)> done)
{
    if (!isDirty() || !box) {
        done(true);
        return;
    }
    MessageBox::Prompt p;
    p.kind = MessageBox::Kind::Question;
    p.title = tr("Close document");
    p.text = tr("“%1” has changes that are not saved. Close it and lose them?").arg(title());
    p.buttons = QMessageBox::Discard | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Cancel;
    box->ask(this, p, this, [done](QMessageBox::StandardButton answer) { done(answer == QMessageBox::Discard); });
}

} // namespace sinch::ui
