#include "kakaotalktemplateform.h"

#include "kakaotalkbuttonrows.h"
#include "kakaotalkexamplerows.h"
#include "kakaotalktemplateedits.h"

#include "domain/kakaotalktemplateview.h"
#include "domain/templatedocument.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "storage/uilanguage.h"
#include "rules/kakaotalktemplaterules.h"
#include "services/kakaotalktemplatecategories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace sinch::ui {

namespace {

using Rules = rules::KakaotalkTemplateRules;

QString detail(const QString &key) { return QStringLiteral("details.") + key; }

bool has(const EditSession &s, const char *key)
{
    return !s.value(detail(QLatin1String(key))).toString().isEmpty();
}

// Which optional rows the page shows: a kind that needs them, or a value already there
// (so a value the kind hides can still be seen and removed).
QString optionalRows(const EditSession &s)
{
    const QString emphasis = s.value(detail(QStringLiteral("emphasizeType"))).toString();
    const QString type = s.value(detail(QStringLiteral("messageType"))).toString();
    const bool text = emphasis == QLatin1String("EMPHASIZE_TYPE_TEXT") || has(s, "title") || has(s, "subtitle");
    const bool image = emphasis == QLatin1String("EMPHASIZE_TYPE_IMAGE") || has(s, "imageName") || has(s, "imageUrl");
    const bool extra = type == QLatin1String("EXTRA_INFORMATION") || type == QLatin1String("MIXED") || has(s, "extra");
    return QStringLiteral("%1%2%3").arg(int(text)).arg(int(image)).arg(int(extra));
}

// A language in its own words ("한국어 (KO)", "English (EN)"), as the console's language menu
// names them: Qt knows language names in English and in each language itself only, and an
// English name was the one word of English left in a German form.
QString languageName(const QString &code)
{
    // The language alone: the code says the region ("English (EN_GB)").
    const QString language = code.section(QLatin1Char('_'), 0, 0).toLower();
    const QString own = QLocale(language).language() == QLocale::C ? QString() : UiLanguage::nativeName(language);
    return own.isEmpty() || own == language ? code : QStringLiteral("%1 (%2)").arg(own, code);
}

} // namespace

KakaotalkTemplateForm::KakaotalkTemplateForm(const KakaotalkFormContext &ctx, QWidget *parent)
    : FormPart(ctx.session, ctx.binder, ctx.code.isEmpty() ? tr("New AlimTalk template") : tr("AlimTalk template"), parent)
    , m_ctx(ctx)
{
    const Rules::Limits &l = Rules::limits();
    FieldBinder *b = binder();
    form()->addRow(tr("Sender"), fixedValue(QStringLiteral("sender"), ctx.plusFriendId, tr("Sender"),
                                            tr("The KakaoTalk channel (plus friend ID) this template belongs to")));
    if (!ctx.code.isEmpty())
        form()->addRow(tr("Code"), fixedIdentifier(QStringLiteral("templateCode"), ctx.code, tr("Template code"),
                                                   tr("Kakao's code of this template, used when sending it")));

    QLineEdit *name = b->lineEdit(detail(QStringLiteral("name")), tr("Template name"), tr("e.g. order confirmation"));
    form()->addRow(tr("&Name"), name);

    QList<QPair<QString, QJsonValue>> languages;
    for (const QString &code : l.languages)
        languages.append({languageName(code), code});
    form()->addRow(tr("&Language"), b->combo(detail(QStringLiteral("language")), tr("Language"), languages));

    m_category = b->combo(detail(QStringLiteral("categoryCode")), tr("Category"), {{tr("Kakao's default (Others)"), QJsonValue(QJsonValue::Undefined)}});
    m_category->setToolTip(tr("The subcategory Kakao files the template under; type to search"));
    form()->addRow(tr("Categor&y"), m_category);
    fillCategories();
    if (ctx.categories)
        connect(ctx.categories, &KakaotalkTemplateCategories::loaded, this, [this] {
            fillCategories();
            binder()->refresh(session()->document());
        });

    QList<QPair<QString, QJsonValue>> types;
    for (const QString &t : l.messageTypes)
        types.append({KakaotalkTemplateView::messageTypeWord(t), t});
    form()->addRow(tr("&Message type"), b->combo(detail(QStringLiteral("messageType")), tr("Message type"), types));
    QList<QPair<QString, QJsonValue>> emphases;
    for (const QString &t : l.emphasizeTypes)
        emphases.append({KakaotalkTemplateView::emphasizeWord(t), t});
    form()->addRow(tr("&Emphasis"), b->combo(detail(QStringLiteral("emphasizeType")), tr("Emphasis"), emphases));

    const QString rows = optionalRows(*ctx.session);
    if (rows.at(0) == QLatin1Char('1')) {
        QLineEdit *title = b->lineEdit(detail(QStringLiteral("title")), tr("Title"), tr("The emphasized line, e.g. the order number"));
        form()->addRow(tr("T&itle"), title);
        QLineEdit *subtitle = b->lineEdit(detail(QStringLiteral("subtitle")), tr("Subtitle"), tr("A short line under the title"));
        form()->addRow(tr("S&ubtitle"), subtitle);
    }
    if (rows.at(1) == QLatin1Char('1')) {
        QLineEdit *imageName = b->lineEdit(detail(QStringLiteral("imageName")), tr("Image name"), tr("The uploaded file's name"));
        form()->addRow(tr("Ima&ge name"), imageName);
        form()->addRow(tr("Image U&RL"), b->lineEdit(detail(QStringLiteral("imageUrl")), tr("Image URL"), QStringLiteral("https://")));
        form()->addRow(QString(), hint(tr("JPEG or PNG, up to 500 KB, at least 500×250 pixels, 2:1.")));
    }

    QPlainTextEdit *content = b->plainText(detail(QStringLiteral("content")), tr("Content"));
    content->setPlaceholderText(tr("The message, e.g. #{name}님, 주문이 접수되었습니다."));
    // Room for a usual AlimTalk message; longer ones scroll.
    content->setMinimumHeight(content->fontMetrics().lineSpacing() * 7);
    content->setMaximumHeight(content->fontMetrics().lineSpacing() * 14);
    auto *contentLabel = new QLabel(tr("&Content"));
    contentLabel->setBuddy(content);
    form()->addRow(contentLabel, content);
    form()->addRow(QString(), hint(tr("Write variables as #{name}; at most %1 characters.").arg(l.content.max)));
    m_examples = new KakaotalkExampleRows(ctx.session, b);
    form()->addRow(m_examples);

    if (rows.at(2) == QLatin1Char('1')) {
        QPlainTextEdit *extra = b->plainText(detail(QStringLiteral("extra")), tr("Extra information"));
        extra->setMinimumHeight(extra->fontMetrics().lineSpacing() * 3);
        extra->setMaximumHeight(extra->fontMetrics().lineSpacing() * 6);
        auto *extraLabel = new QLabel(tr("E&xtra information"));
        extraLabel->setBuddy(extra);
        form()->addRow(extraLabel, extra);
    }
    QCheckBox *security = b->check(detail(QStringLiteral("securityFlag")), tr("Security message (one-time codes)"));
    security->setToolTip(tr("Shown only on the recipient's main device, as Kakao requires for OTP messages"));
    form()->addRow(security); // across both columns: its words are longer than the field column

    auto *buttonsTitle = new QLabel(tr("Buttons (at most %1)").arg(l.maxButtons));
    QFont f = buttonsTitle->font();
    f.setBold(true);
    buttonsTitle->setFont(f);
    form()->addRow(buttonsTitle);
    form()->addRow(new KakaotalkButtonRows(ctx.session, b, ctx.edits));
}

void KakaotalkTemplateForm::fillCategories()
{
    if (!m_ctx.categories)
        return;
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const KakaotalkTemplateCategories::Entry &e : m_ctx.categories->entries()) {
        m_category->addItem(KakaotalkTemplateCategories::text(e), e.code);
        if (!e.inclusion.isEmpty())
            m_category->setItemData(m_category->count() - 1, e.inclusion, Qt::ToolTipRole);
    }
    // A code the sender's list does not have stays visible as it is.
    const QString code = session()->value(detail(QStringLiteral("categoryCode"))).toString();
    if (!code.isEmpty() && m_category->findData(code) < 0)
        m_category->addItem(code, code);
}

QString KakaotalkTemplateForm::structureOf(const EditSession &session)
{
    return optionalRows(session) + QLatin1Char('|') + KakaotalkButtonRows::structure(session);
}

QString KakaotalkTemplateForm::structure() const
{
    return structureOf(*session());
}

void KakaotalkTemplateForm::updateInPlace()
{
    if (m_examples->update())
        emit rowsChanged();
}

} // namespace sinch::ui
