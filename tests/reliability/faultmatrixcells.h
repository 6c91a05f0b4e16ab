#pragma once

// The fault matrix's rows and columns (tst_faultmatrix): the faults the sandbox injects, the
// families of operations they meet, what each cell expects, and the table printed at the end.

#include "api/apierror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace faultmatrix {

using sinch::ApiError;

enum class Fault { None, Latency, S500, S503, S429, Drop, Truncate, Malformed, Html, Expired401, Huge, Stall };
enum class Family { List, Get, Create, Update, Delete, Comment, Send };

inline const QList<Fault> kFaults = {Fault::None, Fault::Latency, Fault::S500, Fault::S503, Fault::S429, Fault::Drop,
                                     Fault::Truncate, Fault::Malformed, Fault::Html, Fault::Expired401, Fault::Huge,
                                     Fault::Stall};
inline const QList<Family> kFamilies = {Family::List, Family::Get, Family::Create, Family::Update,
                                        Family::Delete, Family::Comment, Family::Send};

inline QString faultName(Fault f)
{
    switch (f) {
    case Fault::None: return QStringLiteral("none (baseline)");
    case Fault::Latency: return QStringLiteral("latency 5 s");
    case Fault::S500: return QStringLiteral("500");
    case Fault::S503: return QStringLiteral("503");
    case Fault::S429: return QStringLiteral("429 + Retry-After");
    case Fault::Drop: return QStringLiteral("dropped connection");
    case Fault::Truncate: return QStringLiteral("truncated body");
    case Fault::Malformed: return QStringLiteral("malformed JSON");
    case Fault::Html: return QStringLiteral("HTML 502 page");
    case Fault::Expired401: return QStringLiteral("401 token expired");
    case Fault::Huge: return QStringLiteral("body over 50 MB");
    case Fault::Stall: return QStringLiteral("never-ending answer");
    }
    return QString();
}

inline QString familyName(Family f)
{
    switch (f) {
    case Family::List: return QStringLiteral("list");
    case Family::Get: return QStringLiteral("get");
    case Family::Create: return QStringLiteral("create");
    case Family::Update: return QStringLiteral("update");
    case Family::Delete: return QStringLiteral("delete");
    case Family::Comment: return QStringLiteral("comment");
    case Family::Send: return QStringLiteral("send*");
    }
    return QString();
}

// The operation a family's request runs (what the sandbox counts).
inline QString operationOf(Family f)
{
    switch (f) {
    case Family::List: return QStringLiteral("WebhookController_listWebhooks_v1");
    case Family::Get: return QStringLiteral("WebhookController_getWebhook_v1");
    case Family::Create: return QStringLiteral("WebhookController_createWebhook_v1");
    case Family::Update: return QStringLiteral("WebhookController_updateWebhook_v1");
    case Family::Delete: return QStringLiteral("WebhookController_deleteWebhook_v1");
    case Family::Comment: return QStringLiteral("TemplatesController_createComment_v1");
    case Family::Send: return QStringLiteral("Messages_SendMessage");
    }
    return QString();
}

inline bool idempotent(Family f)
{
    return f == Family::List || f == Family::Get || f == Family::Delete;
}

// Faults a retry of an idempotent request gets past (RetryPolicy::isTransient).
inline bool transient(Fault f)
{
    // A 500 and a body cut off or garbled on its way pass too (RetryPolicy): sent again
    // where the request is idempotent.
    return f == Fault::S500 || f == Fault::S503 || f == Fault::S429 || f == Fault::Drop || f == Fault::Html
        || f == Fault::Stall || f == Fault::Truncate || f == Fault::Malformed;
}

// The error a caller meets when a fault is final for it.
inline bool expectedError(Fault fault, const ApiError &e)
{
    switch (fault) {
    case Fault::S500: return e.kind == ApiError::Kind::Http && e.httpStatus == 500;
    case Fault::S503: return e.kind == ApiError::Kind::Http && e.httpStatus == 503;
    case Fault::S429: return e.httpStatus == 429 && e.retryAfterSeconds == 1;
    case Fault::Html: return e.httpStatus == 502 && e.message.contains(QLatin1String("web page"));
    case Fault::Drop: return e.kind == ApiError::Kind::Network;
    case Fault::Truncate:
    case Fault::Malformed: return e.kind == ApiError::Kind::InvalidResponse;
    // Refused at the cap, not read whole and then found to be no JSON.
    case Fault::Huge: return e.kind == ApiError::Kind::InvalidResponse && e.message.contains(QLatin1String("16 MB"));
    case Fault::Stall: return e.kind == ApiError::Kind::Timeout;
    default: return false;
    }
}

inline bool expectOk(Fault fault, Family family)
{
    if (fault == Fault::None || fault == Fault::Latency || fault == Fault::Expired401)
        return true;
    // A delete answers 204: nothing to truncate or break.
    if (family == Family::Delete && (fault == Fault::Truncate || fault == Fault::Malformed))
        return true;
    return idempotent(family) && transient(fault);
}

// Why an error's text would not help a person ("" when it does).
inline QString unclear(const ApiError &e)
{
    const QString text = e.userText();
    if (text.trimmed().isEmpty())
        return QStringLiteral("empty error text");
    if (text.contains(QLatin1String("{\"")) || text.contains(QLatin1String("\":")))
        return QStringLiteral("raw JSON in the error: ") + text;
    if (text.contains(QLatin1String("<html"), Qt::CaseInsensitive) || text.contains(QLatin1String("<!DOCTYPE")))
        return QStringLiteral("raw HTML in the error: ") + text;
    if (text.size() < 30)
        return QStringLiteral("too short to act on: ") + text;
    return QString();
}

struct Cell
{
    bool pass = true;
    QStringList why;
    qint64 longestGapMs = 0;
    QString errorText;   // what the caller was told
    void check(bool condition, const QString &what)
    {
        if (!condition) {
            pass = false;
            why << what;
        }
    }
};

using Cells = QHash<Fault, QHash<Family, Cell>>;

// Prints the matrix with pass counts, the probe's longest gaps and what the caller of a
// create is told; returns the failed cells, each with why.
inline QStringList printMatrix(const Cells &cells)
{
    QStringList failures;
    int passed = 0, total = 0;
    const int nameWidth = 22;
    QString header = QStringLiteral("fault").leftJustified(nameWidth);
    for (Family family : kFamilies)
        header += familyName(family).leftJustified(9);
    qInfo().noquote() << "Fault matrix (rows: faults, columns: operation families; send* on the Conversation API's port)";
    qInfo().noquote() << header + QStringLiteral("pass");
    for (Fault fault : kFaults) {
        QString line = faultName(fault).leftJustified(nameWidth);
        int rowPass = 0;
        for (Family family : kFamilies) {
            const Cell &c = cells[fault][family];
            ++total;
            if (c.pass) {
                ++passed;
                ++rowPass;
            } else {
                failures << QStringLiteral("%1 × %2: %3").arg(faultName(fault), familyName(family), c.why.join(QLatin1String("; ")));
            }
            line += (c.pass ? QStringLiteral("ok") : QStringLiteral("FAIL")).leftJustified(9);
        }
        qInfo().noquote() << line + QStringLiteral("%1/%2").arg(rowPass).arg(kFamilies.size());
    }
    QString gaps = QStringLiteral("longest probe gap (ms)").leftJustified(nameWidth);
    for (Family family : kFamilies) {
        qint64 worst = 0;
        for (Fault fault : kFaults)
            worst = qMax(worst, cells[fault][family].longestGapMs);
        gaps += QString::number(worst).leftJustified(9);
    }
    qInfo().noquote() << gaps;
    qInfo().noquote() << QStringLiteral("total: %1/%2 cells pass").arg(passed).arg(total);
    qInfo().noquote() << "What the caller of a create is told:";
    for (Fault fault : kFaults)
        qInfo().noquote() << QStringLiteral("  %1: %2").arg(faultName(fault), cells[fault][Family::Create].errorText.isEmpty()
                                                                          ? QStringLiteral("(succeeded)")
                                                                          : cells[fault][Family::Create].errorText);
    return failures;
}

} // namespace faultmatrix
