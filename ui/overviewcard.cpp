#include "overviewcard.h"

#include <QGridLayout>
#include <QLabel>

namespace sinch::ui {

OverviewCard::OverviewCard(const QString &projectName, QWidget *parent)
    : QGroupBox(projectName, parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(3, 1);
    setMinimumWidth(260);
}

QLabel *OverviewCard::label(int row, int column, Qt::TextInteractionFlags flags)
{
    auto *l = new QLabel(this);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(flags);
    m_grid->addWidget(l, row, column, Qt::AlignTop | Qt::AlignLeft);
    return l;
}

void OverviewCard::setRow(int row, const QString &title, const QString &value, const QString &detail)
{
    while (m_rows.size() <= row) {
        const int at = int(m_rows.size());
        Row r;
        r.title = label(at, 0, Qt::NoTextInteraction);
        r.value = label(at, 1, Qt::TextSelectableByMouse);
        QFont bold = r.value->font();
        bold.setBold(true);
        r.value->setFont(bold);
        r.detail = label(at, 2, Qt::TextSelectableByMouse);
        r.detail->setForegroundRole(QPalette::PlaceholderText);
        m_rows.append(r);
    }
    // QLabel::setText does nothing for the same text: unchanged rows cost no layout.
    const Row &r = m_rows.at(row);
    r.title->setText(title);
    r.value->setText(value);
    r.detail->setText(detail);
    r.detail->setVisible(!detail.isEmpty());
}

QString OverviewCard::text() const
{
    QStringList lines;
    for (const Row &r : m_rows) {
        QString line = r.title->text() + QStringLiteral(": ") + r.value->text();
        if (!r.detail->text().isEmpty())
            line += QLatin1Char(' ') + r.detail->text();
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sinch::ui
