#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sinch {

class ApiJob;
class Clock;
class ClockTimer;
struct ApiResult;

// Many requests of one kind (clone, delete ...) run as one background job: a few at a
// time, with progress, cancel and a result per item, and a report that says what was
// done, what failed and why, and what was not done.
//
// What it promises about the server's state: every item ends as Done (the server said
// so), Failed (the server refused it: nothing was changed), NotDone (never sent, or
// refused with 429 and not sent again because the job was cancelled) or Unknown (a
// change whose answer was lost: it may have happened; the report says to check). A 429
// means the request was not processed, so an item marked `resendOnRateLimit` (a POST) is
// sent again after the server's Retry-After, the whole job pausing meanwhile on the
// injected clock; no other failure of a POST is ever sent again. Cancel starts nothing
// new and lets the requests in flight finish, so their outcome is known and reported.
class BulkJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Waiting, Running, Done, Failed, NotDone, Unknown };
    Q_ENUM(Outcome)

    struct Item
    {
        QString label;                  // what the report names it by, e.g. "welcome · EN_US → DE"
        std::function<ApiJob *()> start; // sends the request (called again for a resend)
        bool resendOnRateLimit = false;  // a create: a 429 is sent again, a lost answer is Unknown
        // Runs on the server's answer of a successful request (e.g. writes it to a file);
        // a non-empty return is why the item failed after all.
        std::function<QString(const QJsonObject &answer)> onDone = {};
    };
    struct Result
    {
        Outcome outcome = Outcome::Waiting;
        QString detail;    // why it failed, what is pending, how it ended
        int attempts = 0;  // requests sent
        QJsonObject answer; // the server's answer of a Done item
    };

    explicit BulkJob(QString title, QObject *parent = nullptr);
    ~BulkJob() override;

    void setClock(Clock *clock); // not owned; nullptr = the system clock
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void setMaxResends(int n) { m_maxResends = n; }
    // When the server sends no Retry-After with a 429.
    void setDefaultWaitMs(int ms) { m_defaultWaitMs = ms; }

    void add(Item item);
    void start();
    void cancel();

    QString title() const { return m_title; }
    int count() const { return int(m_items.size()); }
    QString label(int index) const { return m_items.at(index).label; }
    Result result(int index) const { return m_results.at(index); }
    int countOf(Outcome outcome) const;
    int finishedCount() const;
    int resends() const { return m_resends; }
    bool isStarted() const { return m_started.isValid(); }
    bool isRunning() const { return isStarted() && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    bool isPaused() const;

    // "Done 57 · failed 2 · not done 41"
    QString summary() const;
    // The whole report as text: summary, then every item that did not end Done with its
    // reason, then what was done.
    QString report() const;
    static QString outcomeText(Outcome outcome);

signals:
    void progress(int finished, int total);
    void itemChanged(int index);
    void paused(int waitMs, const QString &reason);
    void finished();

private:
    void pump();
    void launch(int index);
    void onResult(int index, const ApiResult &result);
    void pause(int ms);
    void settle(int index, Outcome outcome, const QString &detail);
    void checkFinished();

    QString m_title;
    Clock *m_clock = nullptr;
    ClockTimer *m_wait = nullptr;
    QList<Item> m_items;
    QList<Result> m_results;
    QList<int> m_resendQueue;
    QList<QPointer<ApiJob>> m_inFlight;
    int m_next = 0;
    int m_running = 0;
    int m_concurrency = 4;
    int m_maxResends = 20;
    int m_defaultWaitMs = 5000;
    int m_resends = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QDateTime m_started;
    QDateTime m_ended;
};

} // namespace sinch
