#pragma once

#include "api/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sinch {

class ApiClient;
class Pager;

// The template categories one KakaoTalk sender may use (CategoriesController_getTemplate-
// Categories_v1), read page by page to the end once, for the editor's category chooser and
// the list's category column: every subcategory (its code is what a template carries) with
// the words a person reads.
class KakaotalkTemplateCategories : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString code;         // "004001": what details.categoryCode holds
        QString name;         // the subcategory's Korean name
        QString nameEnglish;
        QString groupName;    // the category's Korean name
        QString groupEnglish;
        QString inclusion;    // what templates it is for
    };

    KakaotalkTemplateCategories(ApiClient *client, QString projectKey, QString plusFriendId, QObject *parent = nullptr);

    QString plusFriendId() const { return m_plusFriendId; }
    // Starts reading (again); loaded() or failed() follows.
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const;
    const QList<Entry> &entries() const { return m_entries; }
    // "Purchase › Purchase completed (구매완료)"; the code itself when it is not listed.
    QString textOf(const QString &code) const;
    // The Korean and English names, for a list column: "구매완료 (Purchase completed)".
    QString nameOf(const QString &code) const;
    static QString text(const Entry &entry);

signals:
    void loaded();
    void failed(const sinch::ApiError &error);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QString m_plusFriendId;
    Pager *m_pager = nullptr;
    QList<Entry> m_entries;
    QList<Entry> m_reading;
    bool m_loaded = false;
};

} // namespace sinch
