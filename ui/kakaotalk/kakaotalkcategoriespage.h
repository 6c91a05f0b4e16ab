#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace sinch {
class ApiClient;
class ApiJob;
}

namespace sinch::ui {

class KakaotalkCategoryTree;
class MessageBar;

// KakaoTalk › Categories: the sender categories of the project's KakaoTalk account as the
// three-level tree they are (a list showed only the first level), searchable, each with
// its code; the chosen one's path of codes is said below, as a sender's three category
// fields take them.
class KakaotalkCategoriesPage : public QWidget
{
    Q_OBJECT
public:
    explicit KakaotalkCategoriesPage(ApiClient *client, QWidget *parent = nullptr);
    ~KakaotalkCategoriesPage() override;

    void setProject(const QString &projectKey);
    void refresh();
    void focusFilter();

    bool isLoading() const { return !m_job.isNull(); }
    KakaotalkCategoryTree *categories() const { return m_tree; }
    QString pathText() const;

private:
    void load();
    void currentChanged();

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    MessageBar *m_bar;
    KakaotalkCategoryTree *m_tree;
    QLabel *m_path;
    QPointer<ApiJob> m_job;
};

} // namespace sinch::ui
