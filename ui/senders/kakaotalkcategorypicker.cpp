#include "kakaotalkcategorypicker.h"

#include "kakaotalkcategorytree.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

KakaotalkCategoryPicker::KakaotalkCategoryPicker(const QJsonArray &categories, const QStringList &current, QWidget *parent)
    : QDialog(parent)
    , m_categories(new KakaotalkCategoryTree)
    , m_path(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("kakaotalkCategoryPicker"));
    setWindowTitle(tr("Choose the sender's category"));
    setAccessibleName(tr("Category picker"));
    m_categories->setCategories(categories);

    m_path->setObjectName(QStringLiteral("categoryPath"));
    m_path->setAccessibleName(tr("Chosen category"));
    m_path->setWordWrap(true);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("C&hoose"));
    ok->setAccessibleName(tr("Choose category"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KakaotalkCategoryPicker::chooseCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_categories, &KakaotalkCategoryTree::currentChanged, this, &KakaotalkCategoryPicker::currentChanged);
    connect(m_categories, &KakaotalkCategoryTree::leafChosen, this, &KakaotalkCategoryPicker::chooseCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_categories, 1);
    layout->addWidget(m_path);
    layout->addWidget(m_buttons);
    resize(460, 520);

    // The category chosen so far, selected and shown.
    m_categories->select(current);
    currentChanged();
    m_categories->searchEdit()->setFocus();
}

KakaotalkCategoryPicker::~KakaotalkCategoryPicker() = default;

QLineEdit *KakaotalkCategoryPicker::searchEdit() const
{
    return m_categories->searchEdit();
}

QTreeView *KakaotalkCategoryPicker::tree() const
{
    return m_categories->tree();
}

QStringList KakaotalkCategoryPicker::codes() const
{
    return m_categories->codes();
}

QStringList KakaotalkCategoryPicker::names() const
{
    return m_categories->names();
}

void KakaotalkCategoryPicker::currentChanged()
{
    const bool leaf = m_categories->currentIsLeaf();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(leaf);
    ok->setToolTip(leaf ? tr("Use this category (Enter)")
                        : tr("Choose a category of the third level: open a branch (→) and pick one of its entries."));
    if (m_categories->codes().isEmpty())
        m_path->setText(m_categories->matchesNothing() ? tr("No category matches “%1”.").arg(m_categories->search())
                                                       : tr("No category chosen."));
    else
        m_path->setText(leaf ? tr("Chosen: %1").arg(pathText(names())) : tr("%1 › … (choose one of its entries)").arg(pathText(names())));
}

void KakaotalkCategoryPicker::chooseCurrent()
{
    if (m_categories->currentIsLeaf())
        accept();
}

QStringList KakaotalkCategoryPicker::pathNames(const QJsonArray &categories, const QStringList &codes)
{
    QStringList out;
    QJsonArray level = categories;
    for (const QString &code : codes) {
        bool found = false;
        for (const QJsonValue &v : std::as_const(level)) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("code")).toString() == code) {
                out << c.value(QLatin1String("name")).toString();
                level = c.value(QLatin1String("subcategories")).toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return {};
    }
    return out;
}

QString KakaotalkCategoryPicker::pathText(const QStringList &names)
{
    return names.join(QStringLiteral(" › "));
}

} // namespace sinch::ui
