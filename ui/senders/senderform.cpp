#include "senderform.h"

#include "domain/enumtext.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "kakaotalkcategorypicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

namespace sinch::ui {

namespace {
const QStringList kCategoryPaths{QStringLiteral("details.topLevelCategoryCode"), QStringLiteral("details.midLevelCategoryCode"),
                                 QStringLiteral("details.subLevelCategoryCode")};

QString lastKey(const QString &path)
{
    return path.section(QLatin1Char('.'), -1);
}
} // namespace

SenderForm::SenderForm(EditSession *session, FieldBinder *binder, const SenderChannel &channel,
                       SenderChannel::Request request, Categories categories, QWidget *parent)
    : FormPart(session, binder,
               request == SenderChannel::Request::Create
                   ? (channel.channel() == SenderChannel::Channel::Whatsapp ? tr("New WhatsApp sender") : tr("New KakaoTalk sender"))
                   : tr("Sender details"),
               parent)
    , m_structure(QString::number(int(channel.channel())) + QLatin1Char('/') + QString::number(int(request)))
    , m_categories(std::move(categories))
{
    using Kind = SenderChannel::FormField::Kind;
    for (const SenderChannel::FormField &f : channel.formFields(request)) {
        const QString name = rules::SenderRules::label(lastKey(f.path));
        QWidget *field = nullptr;
        switch (f.kind) {
        case Kind::Line: {
            QLineEdit *line = binder->lineEdit(f.path, name, f.placeholder);
            field = line;
            break;
        }
        case Kind::Text: {
            QPlainTextEdit *text = binder->plainText(f.path, name);
            text->setTabChangesFocus(true);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            field = text;
            break;
        }
        case Kind::Choice: {
            QList<QPair<QString, QJsonValue>> items;
            items.append({tr("— not set —"), QString()});
            for (const QString &c : f.choices)
                items.append({EnumText::words(c), c});
            field = binder->combo(f.path, name, items);
            break;
        }
        case Kind::Category:
            addCategoryRow();
            break;
        case Kind::Check:
            form()->addRow(QString(), binder->check(f.path, f.placeholder));
            break;
        }
        if (field) {
            auto *label = new QLabel(name + QLatin1Char(':'));
            label->setBuddy(field);
            form()->addRow(label, field);
        }
        if (!f.hint.isEmpty())
            form()->addRow(QString(), hint(f.hint));
    }
}

void SenderForm::addCategoryRow()
{
    m_categoryPath = new QLabel;
    m_categoryPath->setObjectName(QStringLiteral("categoryPath"));
    m_categoryPath->setAccessibleName(tr("Category"));
    m_categoryPath->setWordWrap(true);
    m_categoryPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_categoryButton = new QPushButton(tr("C&hoose…"));
    m_categoryButton->setObjectName(QStringLiteral("chooseCategory"));
    m_categoryButton->setAccessibleName(tr("Choose category"));
    m_categoryButton->setToolTip(tr("Pick the category from Kakao's three-level list, with a search"));
    binder()->watchKeys(m_categoryButton);
    connect(m_categoryButton, &QPushButton::clicked, this, &SenderForm::chooseCategory);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_categoryPath, 1);
    row->addWidget(m_categoryButton);
    auto *label = new QLabel(tr("Category:"));
    label->setBuddy(m_categoryButton);
    form()->addRow(label, row);
    updateInPlace();
}

void SenderForm::updateInPlace()
{
    if (!m_categoryPath)
        return;
    QStringList codes;
    for (const QString &p : kCategoryPaths)
        if (const QString c = session()->value(p).toString(); !c.isEmpty())
            codes << c;
    if (codes.isEmpty()) {
        m_categoryPath->setText(tr("None chosen"));
        return;
    }
    const QStringList names = KakaotalkCategoryPicker::pathNames(m_categories ? m_categories() : QJsonArray(), codes);
    m_categoryPath->setText(names.isEmpty() ? codes.join(QStringLiteral(" › ")) : KakaotalkCategoryPicker::pathText(names));
}

void SenderForm::chooseCategory()
{
    QStringList current;
    for (const QString &p : kCategoryPaths)
        current << session()->value(p).toString();
    auto *picker = new KakaotalkCategoryPicker(m_categories ? m_categories() : QJsonArray(), current, window());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const QStringList codes = picker->codes();
        if (codes.size() != kCategoryPaths.size())
            return;
        session()->endTyping();
        session()->undoStack()->beginMacro(tr("Choose category %1").arg(KakaotalkCategoryPicker::pathText(picker->names())));
        for (int i = 0; i < codes.size(); ++i)
            session()->set(kCategoryPaths.at(i), codes.at(i));
        session()->undoStack()->endMacro();
        m_categoryButton->setFocus(Qt::OtherFocusReason);
    });
    picker->open();
}

} // namespace sinch::ui
