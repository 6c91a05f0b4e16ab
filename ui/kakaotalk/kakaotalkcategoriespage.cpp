#include "kakaotalkcategoriespage.h"

#include "messagebar.h"
#include "senders/kakaotalkcategorypicker.h"
#include "senders/kakaotalkcategorytree.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "services/kakaotalksenderservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sinch::ui {

KakaotalkCategoriesPage::KakaotalkCategoriesPage(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_bar(new MessageBar(this))
    , m_tree(new KakaotalkCategoryTree(this))
    , m_path(new QLabel(this))
{
    setObjectName(QStringLiteral("page.kakaotalk.categories"));
    setAccessibleName(tr("KakaoTalk sender categories"));
    m_bar->hide();
    m_tree->setCodesShown(true);
    m_path->setObjectName(QStringLiteral("categoryPath"));
    m_path->setAccessibleName(tr("Chosen category"));
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_tree, &KakaotalkCategoryTree::currentChanged, this, &KakaotalkCategoriesPage::currentChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_path);
    currentChanged();
}

KakaotalkCategoriesPage::~KakaotalkCategoriesPage()
{
    if (m_job)
        m_job->cancel();
}

void KakaotalkCategoriesPage::setProject(const QString &projectKey)
{
    if (projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    m_tree->setCategories({}); // another project's account may have others
    load();
}

void KakaotalkCategoriesPage::refresh()
{
    load();
}

void KakaotalkCategoriesPage::focusFilter()
{
    m_tree->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_tree->searchEdit()->selectAll();
}

void KakaotalkCategoriesPage::load()
{
    if (m_job)
        m_job->cancel();
    m_bar->hide();
    if (!m_client || m_projectKey.isEmpty())
        return;
    m_job = KakaotalkSenderService(m_client, m_projectKey).senderCategories();
    m_path->setText(tr("Loading the categories…"));
    connect(m_job, &ApiJob::finished, this, [this](const ApiResult &result) {
        if (result.error.isCancelled())
            return;
        m_job = nullptr;
        if (!result.ok())
            m_bar->showErrorWithRetry(result.error, [this] { load(); });
        else
            m_tree->setCategories(KakaotalkSenderService::categoriesIn(result));
        currentChanged();
    });
}

QString KakaotalkCategoriesPage::pathText() const
{
    return m_path->text();
}

void KakaotalkCategoriesPage::currentChanged()
{
    if (m_job)
        return; // "Loading" stays until the answer
    const QStringList codes = m_tree->codes();
    if (m_tree->isEmpty())
        m_path->setText(m_bar->isHidden() ? tr("The server listed no sender categories. Refresh (F5) to ask again.")
                                          : QString());
    else if (codes.isEmpty())
        m_path->setText(m_tree->matchesNothing() ? tr("No category matches “%1”.").arg(m_tree->search())
                                                 : tr("Open a category (→) to see its second and third levels: a sender "
                                                      "takes one of the third."));
    else
        m_path->setText(tr("%1 · codes %2").arg(KakaotalkCategoryPicker::pathText(m_tree->names()),
                                               codes.join(QStringLiteral(" / "))));
}

} // namespace sinch::ui
