#pragma once

#include "faultsettings.h"

#include <QByteArray>
#include <QList>
#include <random>

namespace sinch::sandbox {

// Decides which fault, if any, the next API request gets: first the one-shot queue that
// tests script (pushStatus, pushDrop, pushLatency ...), then the dice of FaultSettings.
// The dice are a Mersenne Twister seeded from FaultSettings::seed, rolled twice per
// request whatever the settings, so a run with the same seed and the same requests
// repeats exactly. Each server of the sandbox (the Provisioning API's, the Conversation
// API's) has its own injector with the same settings.
class FaultInjector
{
public:
    // None: the request is served (perhaps late, perhaps with a damaged body);
    // Drop: the connection closes without an answer; Status: a scripted answer instead of
    // the request's (the request is not carried out); Huge: 200 with kHugeBodyBytes of
    // JSON instead of the request's answer; Stall: the request is carried out, its headers
    // and half its body are sent, the rest never comes (the connection stays open).
    enum class Kind { None, Drop, Status, Huge, Stall };
    // Over the 50 MB that the console must refuse to read (ApiClient::maxResponseBytes).
    static constexpr qint64 kHugeBodyBytes = 60LL * 1024 * 1024;
    struct Decision
    {
        Kind kind = Kind::None;
        int status = 0;
        QByteArray body;          // scripted body (empty: the contract's error body)
        QByteArray contentType;   // of a scripted body (empty: application/json)
        int retryAfterSeconds = -1;
        int latencyMs = -1;       // this answer's delay (-1: FaultSettings::latencyMs)
        qint64 hugeBytes = kHugeBodyBytes; // the body of a Huge answer
        bool truncate = false;    // cut the JSON body in half
        bool malformed = false;   // replace the JSON body by broken JSON
        bool scripted = false;
    };

    // What a reverse proxy in front of the API answers when the API is down.
    static QByteArray htmlErrorPage(int status);

    explicit FaultInjector(const FaultSettings &settings = FaultSettings());

    void setSettings(const FaultSettings &settings);   // also reseeds the dice
    const FaultSettings &settings() const { return m_settings; }

    // One-shots, consumed in order by the next requests (before the dice).
    void pushStatus(int status, const QByteArray &body, int retryAfterSeconds);
    void pushDrop();
    // The next answer comes `ms` late on the sandbox's clock (a test advances its clock).
    void pushLatency(int ms);
    // The next request is carried out and its JSON answer cut in half / made broken JSON.
    void pushTruncate();
    void pushMalformed();
    // The next answer is a proxy's HTML error page with this status (text/html).
    void pushHtmlPage(int status = 502);
    // The next answer is 200 with a body of `bytes` (over 50 MB by default).
    void pushHugeBody(qint64 bytes = kHugeBodyBytes);
    // The next answer never ends (headers and half the body, then nothing).
    void pushStall();
    int pending() const { return m_queue.size(); }

    Decision next();

    // Applies truncate / malformed to a serialized body.
    static QByteArray damage(const QByteArray &body, const Decision &decision);

private:
    double roll();
    Decision &push(Kind kind);

    FaultSettings m_settings;
    std::mt19937 m_rng;
    QList<Decision> m_queue;
};

} // namespace sinch::sandbox
