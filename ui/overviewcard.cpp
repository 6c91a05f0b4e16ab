#include "overviewcard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
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
    // The numbers are copied with the card's Copy, not selected in its labels: a selectable
    // label lays its text out as a document (QWidgetTextControl) at every width a layout
    // pass tries, as a rich-text one does, and a card has a dozen of them.
    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setFocusPolicy(Qt::TabFocus);
}

QLabel *OverviewCard::label(int row, int column)
{
    auto *l = new QLabel(this);
    l->setTextFormat(Qt::PlainText);
    m_grid->addWidget(l, row, column, Qt::AlignTop | Qt::AlignLeft);
    return l;
}

void OverviewCard::setRow(int row, const QString &title, const QString &value, const QString &detail)
{
    while (m_rows.size() <= row) {
        const int at = int(m_rows.size());
        Row r;
        r.title = label(at, 0);
        r.value = label(at, 1);
        QFont bold = r.value->font();
        bold.setBold(true);
        r.value->setFont(bold);
        r.detail = label(at, 2);
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
