#include "overviewcard.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

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
    // Centred in the row: the row's title is a button, a little taller than a label.
    m_grid->addWidget(l, row, column, Qt::AlignVCenter | Qt::AlignLeft);
    return l;
}

void OverviewCard::setRow(int row, const QString &title, const QString &value, const QString &detail)
{
    while (m_rows.size() <= row) {
        const int at = int(m_rows.size());
        Row r;
        r.title = new QToolButton(this);
        r.title->setAutoRaise(true);
        r.title->setToolButtonStyle(Qt::ToolButtonTextOnly);
        r.title->setCursor(Qt::PointingHandCursor);
        r.title->setFocusPolicy(Qt::TabFocus);
        connect(r.title, &QToolButton::clicked, this, [this, at] { emit rowActivated(at); });
        showAsLink(r.title);
        m_grid->addWidget(r.title, at, 0, Qt::AlignVCenter | Qt::AlignLeft);
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
    // A title is a product's name: no letter of it is a mnemonic.
    r.title->setText(QString(title).replace(QLatin1Char('&'), QLatin1String("&&")));
    r.title->setToolTip(tr("Open the list of %1").arg(title));
    r.title->setAccessibleName(r.title->toolTip());
    r.value->setText(value);
    r.detail->setText(detail);
    r.detail->setVisible(!detail.isEmpty());
}

void OverviewCard::showAsLink(QToolButton *button) const
{
    // Only its text's colour: the rest of its palette still follows the theme's.
    QPalette link;
    link.setColor(QPalette::ButtonText, palette().color(QPalette::Link));
    button->setPalette(link);
}

void OverviewCard::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // a theme chosen: its link colour
        for (const Row &r : std::as_const(m_rows))
            showAsLink(r.title);
    }
}

QToolButton *OverviewCard::opener(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : nullptr;
}

QString OverviewCard::text() const
{
    QStringList lines;
    for (const Row &r : m_rows) {
        QString line = r.title->text().replace(QLatin1String("&&"), QLatin1String("&")) + QStringLiteral(": ") + r.value->text();
        if (!r.detail->text().isEmpty())
            line += QLatin1Char(' ') + r.detail->text();
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sinch::ui
