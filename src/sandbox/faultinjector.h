#pragma once

#include "sandboxserver.h"

#include <QByteArray>
#include <QList>
#include <random>

namespace sinch::sandbox {

// Decides which fault, if any, the next API request gets: first the one-shot queue that
// tests script (injectNext / injectNextDrop), then the dice of FaultSettings. The dice are
// a Mersenne Twister seeded from FaultSettings::seed, rolled twice per request whatever
// the settings, so a run with the same seed and the same requests repeats exactly.
class FaultInjector
{
public:
    enum class Kind { None, Drop, Status };
    struct Decision
    {
        Kind kind = Kind::None;
        int status = 0;
        QByteArray body;          // scripted body (empty: the contract's error body)
        int retryAfterSeconds = -1;
        bool truncate = false;    // cut the JSON body in half
        bool malformed = false;   // replace the JSON body by broken JSON
        bool scripted = false;
    };

    explicit FaultInjector(const FaultSettings &settings = FaultSettings());

    void setSettings(const FaultSettings &settings);   // also reseeds the dice
    const FaultSettings &settings() const { return m_settings; }

    void pushStatus(int status, const QByteArray &body, int retryAfterSeconds);
    void pushDrop();
    int pending() const { return m_queue.size(); }

    Decision next();

    // Applies truncate / malformed to a serialized body.
    static QByteArray damage(const QByteArray &body, const Decision &decision);

private:
    double roll();

    FaultSettings m_settings;
    std::mt19937 m_rng;
    QList<Decision> m_queue;
};

} // namespace sinch::sandbox
