// The suite of issue 11, "Sandbox fidelity" (tst_sandboxfidelity): the sandbox against the
// letter of the contract. tst_sandboxfidelity.cpp holds the API's behaviour (points 1-5, 7,
// 9, 11), tst_sandboxfidelity_seed.cpp the seeded project (points 6, 8, 10, 12),
// tst_sandboxfidelity_lifecycles.cpp what happens over time on an injected clock.
#pragma once

#include "sandbox/sandboxserver.h"
#include "sandboxhttpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace sinch::test::fidelity {

using sandbox::SandboxConfig;
using Client = SandboxHttpClient;

using sinch::test::emptyConfig;
using sinch::test::seededConfig;

inline QStringList names(const QJsonArray &items, const char *field = "name")
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(QLatin1String(field)).toString();
    return out;
}

// Sorted as a person reads an alphabetical list: case folded first.
inline bool alphabetical(const QStringList &list)
{
    for (int i = 1; i < list.size(); ++i)
        if (list.at(i - 1).compare(list.at(i), Qt::CaseInsensitive) > 0)
            return false;
    return true;
}

inline QString firstKakaoSender(Client &c)
{
    return c.api("GET", "/kakaotalk/senders").array("senders").first().toObject().value("plusFriendId").toString();
}

inline QJsonObject launchedRcsSender(Client &c)
{
    for (const QJsonValue &v : c.api("GET", "/rcs/senders").array("senders"))
        if (v.toObject().value("state").toString() == QLatin1String("LAUNCHED"))
            return v.toObject();
    return QJsonObject();
}

} // namespace sinch::test::fidelity

class TestSandboxFidelity : public QObject
{
    Q_OBJECT
private slots:
    void listDefaults();
    void webhooksAllAlphabetical();
    void requestDefaults();
    void omittedStatusSavesDraft();
    void deleteLanguageDraftErrors();
    void deletedTemplateNameKeptThirtyDays();
    void bundleShowsWhatWasAsked();
    void errorCodesDeclaredPerOperation();
    void rcsLaunchedFieldsLocked();
    void deleteTestNumberNotTester();
    void unauthorizedNamesSchemes();
    void formats_data();
    void formats();
    void formatsRefusedWithOwnError();
    void parametersChecked();
    void rcsSeedPerSender();
    void questionnaireCountries();
    void seededProjectConsistent();
    void kakaoCategoryTrees();
    void seededActivityHistories();
};

