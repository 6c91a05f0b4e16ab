#include "formpart.h"

#include "icons.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sinch::ui {

FormPart::FormPart(EditSession *session, FieldBinder *binder, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_binder(binder)
    , m_form(new QFormLayout)
{
    auto *page = new QVBoxLayout(this);
    page->addLayout(m_form);
    page->addStretch(1); // fields stay together at the top
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("partTitle"));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    heading->setFont(f);
    m_form->addRow(heading);
}

QPushButton *FormPart::actionButton(const QString &text, const std::function<void()> &onClick)
{
    auto *b = new QPushButton(text);
    b->setAccessibleName(text);
    connect(b, &QPushButton::clicked, this, [onClick] { onClick(); });
    return b;
}

QPushButton *FormPart::removeButton(const QString &text, const QString &accessibleName, const std::function<void()> &onClick)
{
    QPushButton *b = actionButton(text, onClick);
    b->setIcon(Icons::get(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    b->setAccessibleName(accessibleName);
    b->setToolTip(accessibleName);
    return b;
}

QHBoxLayout *FormPart::compactRow(QPushButton *button, bool right)
{
    // A form row would stretch the button across the page.
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *row = new QHBoxLayout;
    if (right)
        row->addStretch(1);
    row->addWidget(button);
    if (!right)
        row->addStretch(1);
    return row;
}

void FormPart::dropRow(QFormLayout *layout, QWidget *field)
{
    const QFormLayout::TakeRowResult row = layout->takeRow(field);
    for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
        if (!item)
            continue;
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
}

QLabel *FormPart::hint(const QString &text)
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QLabel *FormPart::fixedValue(const QString &objectName, const QString &text, const QString &accessibleName, const QString &tip)
{
    auto *l = new QLabel(text);
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setAccessibleDescription(tip);
    l->setToolTip(tip);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setFocusPolicy(Qt::StrongFocus);
    return l;
}

QLineEdit *FormPart::fixedIdentifier(const QString &objectName, const QString &text, const QString &accessibleName,
                                     const QString &tip)
{
    auto *e = new QLineEdit(text);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setAccessibleDescription(tip);
    e->setToolTip(tip);
    e->setReadOnly(true);
    e->setCursorPosition(0); // its start shown, as a label would
    return e;
}

} // namespace sinch::ui
