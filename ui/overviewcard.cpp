#include "overviewcard.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QGridLayout>
#include <QHBoxLayout>
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

QToolButton *OverviewCard::linkButton(const std::function<void()> &clicked)
{
    auto *b = new QToolButton(this);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setCursor(Qt::PointingHandCursor);
    b->setFocusPolicy(Qt::TabFocus);
    connect(b, &QToolButton::clicked, this, clicked);
    showAsLink(b);
    return b;
}

void OverviewCard::setRow(int row, const QString &title, const QString &value, const QString &note,
                          const QList<StateCount> &states)
{
    while (m_rows.size() <= row) {
        const int at = int(m_rows.size());
        Row r;
        r.title = linkButton([this, at] { emit rowActivated(at); });
        // Centred in the row: the row's title is a button, a little taller than a label.
        m_grid->addWidget(r.title, at, 0, Qt::AlignVCenter | Qt::AlignLeft);
        r.value = new QLabel(this);
        r.value->setTextFormat(Qt::PlainText);
        QFont bold = r.value->font();
        bold.setBold(true);
        r.value->setFont(bold);
        m_grid->addWidget(r.value, at, 1, Qt::AlignVCenter | Qt::AlignLeft);
        auto *detail = new QHBoxLayout;
        detail->setSpacing(0);
        r.note = new QLabel(this);
        r.note->setTextFormat(Qt::PlainText);
        r.note->setForegroundRole(QPalette::PlaceholderText);
        detail->addWidget(r.note);
        r.stateRow = detail;
        m_grid->addLayout(detail, at, 2, Qt::AlignVCenter | Qt::AlignLeft);
        m_rows.append(r);
    }
    // QLabel::setText does nothing for the same text: unchanged rows cost no layout.
    Row &r = m_rows[row];
    // A title is a product's name: no letter of it is a mnemonic.
    r.title->setText(QString(title).replace(QLatin1Char('&'), QLatin1String("&&")));
    r.title->setToolTip(tr("Open the list of %1").arg(title));
    r.title->setAccessibleName(r.title->toolTip());
    r.value->setText(value);
    r.note->setText(note);
    r.note->setVisible(!note.isEmpty());
    setStates(r, row, states);
}

void OverviewCard::setStates(Row &r, int row, const QList<StateCount> &states)
{
    while (r.states.size() < states.size()) {
        const int index = int(r.states.size());
        QToolButton *b = linkButton([this, row, index] { emit stateActivated(row, m_rows.at(row).counted.value(index)); });
        r.stateRow->addWidget(b);
        r.states.append(b);
    }
    for (int i = 0; i < r.states.size(); ++i) {
        QToolButton *b = r.states.at(i);
        if (i >= states.size()) {
            b->hide();
            continue;
        }
        const StateCount &c = states.at(i);
        b->setText(QString(c.text).replace(QLatin1Char('&'), QLatin1String("&&")));
        // A state its list cannot show alone is said, not offered: grey, out of the Tab order.
        b->setEnabled(c.opens);
        b->setToolTip(c.opens ? tr("Open the list showing only these: %1").arg(c.text)
                              : tr("The list cannot be filtered to exactly these: open it with the row's title."));
        b->setAccessibleName(c.opens ? b->toolTip() : c.text);
        b->show();
    }
    r.counted.clear();
    for (const StateCount &c : states)
        r.counted << c.state;
}

void OverviewCard::showAsLink(QToolButton *button) const
{
    // Only its text's colour, and only while it can be clicked: the rest of its palette,
    // and its disabled look, still follow the theme's.
    QPalette link;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        link.setColor(group, QPalette::ButtonText, palette().color(group, QPalette::Link));
    button->setPalette(link);
}

void OverviewCard::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // a theme chosen: its link colour
        for (const Row &r : std::as_const(m_rows)) {
            showAsLink(r.title);
            for (QToolButton *b : r.states)
                showAsLink(b);
        }
    }
}

QToolButton *OverviewCard::opener(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : nullptr;
}

QToolButton *OverviewCard::stateOpener(int row, int index) const
{
    if (row < 0 || row >= m_rows.size() || index < 0 || index >= m_rows.at(row).counted.size())
        return nullptr;
    return m_rows.at(row).states.at(index);
}

QString OverviewCard::text() const
{
    const auto plain = [](const QToolButton *b) { return b->text().replace(QLatin1String("&&"), QLatin1String("&")); };
    QStringList lines;
    for (const Row &r : m_rows) {
        QString line = plain(r.title) + QStringLiteral(": ") + r.value->text();
        if (!r.note->text().isEmpty())
            line += QLatin1Char(' ') + r.note->text();
        QStringList states;
        for (int i = 0; i < r.counted.size(); ++i)
            states << plain(r.states.at(i));
        if (!states.isEmpty())
            line += QStringLiteral(" (%1)").arg(states.join(QStringLiteral(", ")));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sinch::ui
