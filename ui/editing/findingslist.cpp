#include "findingslist.h"

#include "icons.h"

#include <QStyle>

namespace sinch::ui {

FindingsList::FindingsList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("findings"));
    setAccessibleName(tr("Findings"));
    setMinimumHeight(48);
    // A long message in a narrow column reads whole, not cut off behind a scroll bar.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit pathActivated(item->data(Qt::UserRole).toString());
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit pathActivated(item->data(Qt::UserRole).toString());
    });
}

void FindingsList::setFindings(const QList<rules::Finding> &findings)
{
    clear();
    for (const rules::Finding &f : findings) {
        const QString place = m_placeOf ? m_placeOf(f.path) : QString();
        auto *item = new QListWidgetItem(Icons::standard(f.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
                                         place.isEmpty() ? f.message : tr("%1: %2").arg(place, f.message));
        item->setData(Qt::UserRole, f.path);
        item->setToolTip(f.path.isEmpty() ? f.message : tr("%1\n(%2)").arg(f.message, f.path));
        addItem(item);
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems found."));
        item->setFlags(Qt::ItemIsEnabled);
        addItem(item);
    }
}

} // namespace sinch::ui
