#pragma once

#include "projects/namedproject.h"
#include "services/area.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sinch {
class ApiClient;
struct ApiRequest;
class Pager;
}

namespace sinch::ui {

// What Quick open (Ctrl+K) finds: every named resource of every project, read from the
// list areas of the navigation (AreaCatalog), so a new list area is searchable without
// code here, and the KakaoTalk templates of every KakaoTalk sender (their list is one a
// sender). An entry is one item of one list of one project.
struct QuickOpenEntry
{
    QString projectKey;  // ProjectManager::keyFor() of the project
    QString projectName;
    QString areaId;      // "whatsapp.templates", "webhooks" ...
    QString parentId;    // the list's parent (a KakaoTalk template's sender), empty for a top list
    QString title;       // what the item is called: its name (templates: "name · LANG")
    QString secondary;   // a second name when the list has one (display name, brand ...)
    QString detail;      // where it is and its state, for the second column
    QJsonObject item;    // as the server sent it
    // title and secondary case-folded, made once when the entry is read (match() compares
    // these exactly: much faster than comparing case-insensitively on every keystroke);
    // empty when folding changes a text's length (then it is compared as it is).
    QString foldedTitle;
    QString foldedSecondary;
};

// Reads the searchable lists of the projects (all pages, at most kMaxItemsPerList items a
// list: a bound against a runaway server, not a business) and ranks entries for a query. Reading runs in the background; each list replaces
// its own entries when it is read, so results appear as they come and a failed list
// keeps what it had. A list that cannot be read (no RCS in a project, a network error)
// is counted, not shown as an error: the index is a convenience.
class QuickOpenIndex : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxItemsPerList = 100000;

    using ProjectRef = NamedProject;

    explicit QuickOpenIndex(ApiClient *client, QObject *parent = nullptr);
    ~QuickOpenIndex() override;

    // The list areas whose items are searched (they have a key and no parent id).
    static QList<Area> searchableAreas();

    void setProjects(const QList<ProjectRef> &projects);
    QList<ProjectRef> projects() const { return m_projects; }

    // (Re)reads every list of every project; lists already being read are left alone.
    void load();
    // When nothing was read in the last `seconds` (or ever), load().
    void loadIfOlderThan(int seconds);
    void cancel();

    bool isLoading() const { return !m_pagers.isEmpty(); }
    int listsPending() const { return int(m_pagers.size()); }
    int listsRead() const { return m_read; }
    int listsFailed() const { return m_failed; }
    const QList<QuickOpenEntry> &entries() const { return m_entries; }

    // Indexes into entries(), best first: every word of `query` must match the title,
    // the second name or the key (case-insensitive); a title that starts with the query
    // beats one where a word starts with it, which beats one that contains it, which
    // beats its letters in order from the start of a word. At most `limit`.
    QList<int> match(const QString &query, int limit = 50) const;
    // The score of one text for one word: 0 best, -1 no match (for tests).
    static int score(const QString &text, const QString &word);
    // The same with `folded` (text case-folded, same length) and `foldedWord` made once.
    static int scoreFolded(const QString &text, const QString &folded, const QString &foldedWord);

signals:
    void entriesChanged();
    void loadingChanged(bool loading);

private:
    static int rank(const QString &text, const QString &haystack, const QString &word, Qt::CaseSensitivity cs);
    void readList(const ProjectRef &project, const Area &area);
    // Reads every page of `request` into the entries of (project, areaId, parentId), each
    // item made one by `entryOf`; `done` has them once all are read.
    void read(const ProjectRef &project, const QString &areaId, const QString &parentId, const ApiRequest &request,
              std::function<QuickOpenEntry(const QJsonObject &)> entryOf,
              std::function<void(const QList<QuickOpenEntry> &)> done = {});
    // The templates of each of these KakaoTalk senders; those of senders gone are dropped.
    void readKakaotalkTemplates(const ProjectRef &project, const QList<QuickOpenEntry> &senders);
    void replaceEntries(const QString &projectKey, const QString &areaId, const QString &parentId,
                        QList<QuickOpenEntry> fresh);
    static void fold(QuickOpenEntry &e);
    // The entries to score for these words: all of them, or, when each word of the last
    // query is the start of the word in its place here (one more letter or word typed), only
    // the last query's matches: no other entry can match more words or longer ones.
    QList<int> candidates(const QStringList &words) const;

    QPointer<ApiClient> m_client;
    QList<ProjectRef> m_projects;
    QList<Area> m_areas;
    QList<QuickOpenEntry> m_entries;
    QHash<QString, Pager *> m_pagers; // "projectKey|areaId|parentId" → the pager reading it
    QDateTime m_loadedAt;
    // The last query's words and every entry it matched (unranked, unlimited); cleared
    // whenever the entries change.
    mutable QStringList m_lastWords;
    mutable QList<int> m_lastMatches;
    int m_read = 0;
    int m_failed = 0;
};

} // namespace sinch::ui
