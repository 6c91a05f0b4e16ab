#include "quickopenindex.h"

#include "services/areacatalog.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/pager.h"
#include "domain/enumtext.h"
#include "domain/kakaotalktemplateview.h"
#include "services/kakaotalktemplateservice.h"
#include "domain/whatsapptemplateview.h"
#include "models/resourcelistmodel.h"
#include "models/templatelistmodel.h"

#include <QJsonArray>
#include <QSet>
#include <QLoggingCategory>
#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcQuickOpen, "sinch.ui.quickopen", QtInfoMsg)

namespace sinch::ui {

namespace {

const QString kTemplates = QStringLiteral("whatsapp.templates");
const QString kKakaotalkSenders = QStringLiteral("kakaotalk.senders");
const QString kKakaotalkTemplates = QStringLiteral("kakaotalk.templates");

QString text(const QJsonObject &item, const QString &path)
{
    return path.isEmpty() ? QString() : ResourceListModel::displayText(ResourceListModel::valueAt(item, path)).trimmed();
}

// The path of the column called like one of the paths' last part, e.g. "id".
QString columnPath(const Area &area, const QString &last)
{
    for (const auto &c : area.columns)
        if (c.path == last || c.path.endsWith(QLatin1Char('.') + last))
            return c.path;
    return QString();
}

QString stateOf(const QJsonObject &item)
{
    for (const char *path : {"state", "status", "changes.status"}) {
        const QString s = text(item, QString::fromLatin1(path));
        if (!s.isEmpty())
            return s;
    }
    return QString();
}

bool isWordStart(const QString &text, int i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    return !before.isLetterOrNumber() || (before.isLower() && text.at(i).isUpper());
}

} // namespace

QuickOpenIndex::QuickOpenIndex(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_areas(searchableAreas())
{
}

QuickOpenIndex::~QuickOpenIndex()
{
    cancel();
}

QList<Area> QuickOpenIndex::searchableAreas()
{
    QList<Area> out;
    for (const Area &a : AreaCatalog::areas())
        if (a.kind == Area::Kind::List && !a.keyPaths.isEmpty() && !a.operationId.isEmpty() && !a.columns.isEmpty())
            out.append(a);
    return out;
}

void QuickOpenIndex::setProjects(const QList<ProjectRef> &projects)
{
    QSet<QString> keep;
    for (const ProjectRef &p : projects)
        keep.insert(p.key);
    const qsizetype before = m_entries.size();
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&keep](const QuickOpenEntry &e) { return !keep.contains(e.projectKey); }),
                    m_entries.end());
    m_lastWords.clear();
    m_lastMatches.clear();
    // A renamed project shows its new name at once.
    for (QuickOpenEntry &e : m_entries) {
        for (const ProjectRef &p : projects)
            if (p.key == e.projectKey)
                e.projectName = p.name;
    }
    for (auto it = m_pagers.begin(); it != m_pagers.end();) {
        if (!keep.contains(it.key().section(QLatin1Char('|'), 0, 0))) {
            it.value()->cancel();
            it.value()->deleteLater();
            it = m_pagers.erase(it);
        } else {
            ++it;
        }
    }
    QList<ProjectRef> added;
    for (const ProjectRef &p : projects)
        if (std::none_of(m_projects.cbegin(), m_projects.cend(), [&p](const ProjectRef &o) { return o.key == p.key; }))
            added.append(p);
    m_projects = projects;
    if (m_entries.size() != before)
        emit entriesChanged();
    // A project that became ready after the last load (its secret arrived) is read now.
    if (m_loadedAt.isValid() && m_client && !added.isEmpty()) {
        const bool wasLoading = isLoading();
        for (const ProjectRef &p : std::as_const(added))
            for (const Area &a : std::as_const(m_areas))
                readList(p, a);
        if (isLoading() != wasLoading)
            emit loadingChanged(isLoading());
    }
}

void QuickOpenIndex::load()
{
    if (!m_client)
        return;
    const bool wasLoading = isLoading();
    m_read = 0;
    m_failed = 0;
    m_loadedAt = QDateTime::currentDateTimeUtc();
    for (const ProjectRef &p : std::as_const(m_projects))
        for (const Area &a : std::as_const(m_areas))
            readList(p, a);
    if (isLoading() != wasLoading)
        emit loadingChanged(isLoading());
}

void QuickOpenIndex::loadIfOlderThan(int seconds)
{
    if (!m_loadedAt.isValid() || m_loadedAt.secsTo(QDateTime::currentDateTimeUtc()) >= seconds)
        load();
}

void QuickOpenIndex::cancel()
{
    const bool was = isLoading();
    const auto pagers = m_pagers;
    m_pagers.clear();
    for (Pager *p : pagers) {
        p->cancel();
        p->deleteLater();
    }
    if (was)
        emit loadingChanged(false);
}

void QuickOpenIndex::readList(const ProjectRef &project, const Area &area)
{
    ApiRequest request(area.operationId);
    if (area.id == kTemplates) // names, languages and states are all the index needs
        for (const char *f : {"name", "language", "state", "category", "changes.status", "rejectionCode", "qualityScore"})
            request.arg(QStringLiteral("fieldMask"), QString::fromLatin1(f));
    const QString titlePath = area.columns.first().path;
    const QString secondPath = area.columns.size() > 1 ? area.columns.at(1).path : QString();
    const bool secondIsName = secondPath.endsWith(QLatin1String("name"), Qt::CaseInsensitive);
    const QString idPath = columnPath(area, QStringLiteral("id"));
    const QString where = area.group.isEmpty() ? area.title : area.group + QLatin1Char(' ') + area.title;
    const auto entryOf = [=](const QJsonObject &item) {
        QuickOpenEntry e;
        QStringList detail{where, project.name};
        if (area.id == kTemplates) {
            e.title = text(item, QStringLiteral("name")) + QStringLiteral(" · ") + text(item, QStringLiteral("language"));
            detail << WhatsappTemplateView::stateText(item);
        } else {
            e.title = text(item, titlePath);
            if (secondIsName)
                e.secondary = text(item, secondPath);
            if (e.title.isEmpty())
                e.title = e.secondary.isEmpty() ? text(item, idPath) : e.secondary;
            if (!e.secondary.isEmpty() && e.secondary != e.title)
                detail.insert(0, e.secondary);
            if (const QString s = stateOf(item); !s.isEmpty())
                detail << EnumText::words(s); // as the lists say it ("In test", not IN_TEST)
        }
        if (!idPath.isEmpty() && area.id != kTemplates && e.title != text(item, idPath))
            e.secondary = (e.secondary.isEmpty() ? QString() : e.secondary + QLatin1Char(' ')) + text(item, idPath);
        e.detail = detail.join(QStringLiteral(" · "));
        return e;
    };
    std::function<void(const QList<QuickOpenEntry> &)> done;
    if (area.id == kKakaotalkSenders)
        done = [this, project](const QList<QuickOpenEntry> &senders) { readKakaotalkTemplates(project, senders); };
    read(project, area.id, QString(), request, entryOf, done);
}

void QuickOpenIndex::readKakaotalkTemplates(const ProjectRef &project, const QList<QuickOpenEntry> &senders)
{
    QSet<QString> ids;
    for (const QuickOpenEntry &sender : senders)
        ids.insert(text(sender.item, QStringLiteral("plusFriendId")));
    ids.remove(QString());
    QSet<QString> gone;
    for (const QuickOpenEntry &e : std::as_const(m_entries))
        if (e.projectKey == project.key && e.areaId == kKakaotalkTemplates && !ids.contains(e.parentId))
            gone.insert(e.parentId);
    for (const QString &sender : std::as_const(gone))
        replaceEntries(project.key, kKakaotalkTemplates, sender, {});
    const Area area = AreaCatalog::find(kKakaotalkTemplates);
    const QString where = area.group + QLatin1Char(' ') + area.title;
    for (const QString &sender : std::as_const(ids)) {
        // Named as its editor shows it (a template never approved has it in its changes only).
        read(project, kKakaotalkTemplates, sender, KakaotalkTemplateService::listRequest(sender, {}),
             [=](const QJsonObject &item) {
                 QuickOpenEntry e;
                 e.title = KakaotalkTemplateService::editedDetails(item).value(QLatin1String("name")).toString().trimmed();
                 e.secondary = text(item, QStringLiteral("code"));
                 if (e.title.isEmpty())
                     e.title = e.secondary;
                 e.detail = QStringList{where, project.name, sender, KakaotalkTemplateView::stateText(item)}.join(QStringLiteral(" · "));
                 return e;
             });
    }
}

void QuickOpenIndex::read(const ProjectRef &project, const QString &areaId, const QString &parentId, const ApiRequest &request,
                          std::function<QuickOpenEntry(const QJsonObject &)> entryOf,
                          std::function<void(const QList<QuickOpenEntry> &)> done)
{
    const QString id = project.key + QLatin1Char('|') + areaId + QLatin1Char('|') + parentId;
    if (m_pagers.contains(id))
        return;
    auto *pager = new Pager(m_client, project.key, request, this);
    const int size = Pager::pageSizeFor(request.operationId, 100);
    if (size > 0)
        pager->setPageSize(size);
    m_pagers.insert(id, pager);
    auto items = std::make_shared<QList<QuickOpenEntry>>();
    const auto publish = [=]() {
        ++m_read;
        replaceEntries(project.key, areaId, parentId, *items);
        if (done)
            done(*items);
        if (!isLoading())
            emit loadingChanged(false);
    };

    connect(pager, &Pager::pageReceived, this, [=](const QJsonArray &page, int) {
        for (const QJsonValue &v : page) {
            if (items->size() >= kMaxItemsPerList)
                break;
            QuickOpenEntry e = entryOf(v.toObject());
            e.projectKey = project.key;
            e.projectName = project.name;
            e.areaId = areaId;
            e.parentId = parentId;
            e.item = v.toObject();
            fold(e);
            items->append(std::move(e));
        }
        if (items->size() >= kMaxItemsPerList) {
            qCInfo(lcQuickOpen) << areaId << "of" << project.name << "indexed up to" << kMaxItemsPerList;
            if (Pager *p = m_pagers.take(id)) {
                p->cancel();
                p->deleteLater();
            }
            publish();
        }
    });
    connect(pager, &Pager::finished, this, [=]() {
        if (m_pagers.value(id) != pager)
            return;
        m_pagers.remove(id);
        pager->deleteLater();
        publish();
    });
    connect(pager, &Pager::failed, this, [=](const ApiError &error) {
        if (m_pagers.value(id) != pager)
            return;
        m_pagers.remove(id);
        pager->deleteLater();
        if (!error.isCancelled()) {
            ++m_failed;
            qCInfo(lcQuickOpen) << areaId << "of" << project.name << "not indexed:" << error.summary();
        }
        if (!isLoading())
            emit loadingChanged(false);
    });
    pager->fetchAll();
}

void QuickOpenIndex::replaceEntries(const QString &projectKey, const QString &areaId, const QString &parentId,
                                    QList<QuickOpenEntry> fresh)
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const QuickOpenEntry &e) {
                                       return e.projectKey == projectKey && e.areaId == areaId && e.parentId == parentId;
                                   }),
                    m_entries.end());
    m_entries.append(std::move(fresh));
    m_lastWords.clear();
    m_lastMatches.clear();
    emit entriesChanged();
}

void QuickOpenIndex::fold(QuickOpenEntry &e)
{
    e.foldedTitle = e.title.toCaseFolded();
    if (e.foldedTitle.size() != e.title.size())
        e.foldedTitle.clear();
    e.foldedSecondary = e.secondary.toCaseFolded();
    if (e.foldedSecondary.size() != e.secondary.size())
        e.foldedSecondary.clear();
}

QList<int> QuickOpenIndex::candidates(const QStringList &words) const
{
    bool narrower = !m_lastWords.isEmpty() && words.size() >= m_lastWords.size();
    for (int i = 0; narrower && i < m_lastWords.size(); ++i)
        narrower = words.at(i).startsWith(m_lastWords.at(i), Qt::CaseInsensitive);
    if (narrower)
        return m_lastMatches;
    QList<int> all(m_entries.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

int QuickOpenIndex::scoreFolded(const QString &text, const QString &folded, const QString &foldedWord)
{
    if (folded.isEmpty() && !text.isEmpty())
        return rank(text, text, foldedWord, Qt::CaseInsensitive); // folding changed its length: compared as it is
    return rank(text, folded, foldedWord, Qt::CaseSensitive);
}

int QuickOpenIndex::score(const QString &text, const QString &word)
{
    return rank(text, text, word, Qt::CaseInsensitive);
}

// The one rule of both: `haystack` is `text` itself (compared with `cs`) or its case-folded
// copy of the same length (compared exactly); word starts are told from `text`.
int QuickOpenIndex::rank(const QString &text, const QString &haystack, const QString &word, Qt::CaseSensitivity cs)
{
    if (word.isEmpty())
        return 0;
    if (haystack.startsWith(word, cs))
        return 0;
    int from = 0;
    int contains = -1;
    while ((from = int(haystack.indexOf(word, from, cs))) >= 0) {
        if (isWordStart(text, from))
            return 1;
        if (contains < 0)
            contains = from;
        ++from;
    }
    if (contains >= 0)
        return 2;
    // The letters in order from the start of a word ("ordupd" finds "order_update",
    // "odup" does too; "rdup" does not: letters scattered from anywhere match too much).
    for (int start = int(haystack.indexOf(word.at(0), 0, cs)); start >= 0;
         start = int(haystack.indexOf(word.at(0), start + 1, cs))) {
        if (!isWordStart(text, start))
            continue;
        int at = start + 1;
        bool all = true;
        for (int k = 1; k < word.size() && all; ++k) {
            at = int(haystack.indexOf(word.at(k), at, cs));
            all = at >= 0;
            ++at;
        }
        if (all)
            return 3;
    }
    return -1;
}

QList<int> QuickOpenIndex::match(const QString &query, int limit) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Hit {
        int index;
        int score;
    };
    QStringList folded;
    for (const QString &w : words)
        folded << w.toCaseFolded();
    QList<Hit> hits;
    for (const int i : candidates(words)) {
        const QuickOpenEntry &e = m_entries.at(i);
        int total = 0;
        bool all = true;
        for (const QString &w : std::as_const(folded)) {
            int best = scoreFolded(e.title, e.foldedTitle, w);
            // A second name or the key: found, but after the names.
            if (const int s = scoreFolded(e.secondary, e.foldedSecondary, w); s >= 0 && (best < 0 || s + 1 < best))
                best = s + 1;
            if (best < 0) {
                all = false;
                break;
            }
            total += best;
        }
        if (all)
            hits.append({i, total});
    }
    m_lastWords = words;
    m_lastMatches.clear();
    m_lastMatches.reserve(hits.size());
    for (const Hit &h : std::as_const(hits))
        m_lastMatches.append(h.index);
    std::stable_sort(hits.begin(), hits.end(), [this](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score < b.score;
        const QuickOpenEntry &ea = m_entries.at(a.index);
        const QuickOpenEntry &eb = m_entries.at(b.index);
        if (ea.title.size() != eb.title.size())
            return ea.title.size() < eb.title.size();
        return QString::compare(ea.title, eb.title, Qt::CaseInsensitive) < 0;
    });
    QList<int> out;
    for (const Hit &h : std::as_const(hits)) {
        if (out.size() >= limit)
            break;
        out.append(h.index);
    }
    return out;
}

} // namespace sinch::ui
