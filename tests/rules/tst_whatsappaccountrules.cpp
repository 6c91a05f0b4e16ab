// The WhatsApp account's rules: the contract's limits and business managers, required
// fields on create, an update that leaves a field out.
#include "rules/whatsappaccountrules.h"

#include <QTest>

using namespace sinch::rules;
using AccountMode = WhatsappAccountRules::Mode;

namespace {
QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule;
    return out;
}
} // namespace

class TstWhatsappAccountRules : public QObject
{
    Q_OBJECT

private slots:
    void limitsFromContract()
    {
        QCOMPARE(WhatsappAccountRules::limits().nameMax, 255);
        QCOMPARE(WhatsappAccountRules::limits().businessManagers,
                 (QStringList{"SINCH_AMERICA", "SINCH_BR", "SINCH_MX", "SINCH_SEP", "SINCH_UK"}));
    }

    void createNeedsBoth()
    {
        QCOMPARE(rulesOf(WhatsappAccountRules::check(QJsonObject(), AccountMode::Create)),
                 (QStringList{"wa.account.name.required", "wa.account.bmid.required"}));
        QVERIFY(WhatsappAccountRules::check(QJsonObject{{"companyLegalName", "Acme"}, {"clientBusinessManagerId", "123"},
                                                        {"businessManager", "SINCH_UK"}}, AccountMode::Create).isEmpty());
        QCOMPARE(rulesOf(WhatsappAccountRules::check(QJsonObject{{"companyLegalName", "Acme"}, {"clientBusinessManagerId", "123"},
                                                                 {"businessManager", "SINCH_XX"}}, AccountMode::Create)),
                 QStringList{"wa.account.manager.unknown"});
    }

    void updateLeavesOut()
    {
        QVERIFY(WhatsappAccountRules::check(QJsonObject{{"companyLegalName", "Acme"}}, AccountMode::Update).isEmpty());
        QCOMPARE(rulesOf(WhatsappAccountRules::check(QJsonObject{{"companyLegalName", ""}}, AccountMode::Update)),
                 QStringList{"wa.account.name.required"});
    }

    void lengthsAndDigits()
    {
        const QList<Finding> f = WhatsappAccountRules::check(
            QJsonObject{{"companyLegalName", QString(256, 'a')}, {"clientBusinessManagerId", "12a4"}}, AccountMode::Create);
        QCOMPARE(rulesOf(f), (QStringList{"wa.account.name.length", "wa.account.bmid.digits"}));
        QVERIFY(f.at(0).isError());
        QVERIFY(!f.at(1).isError());
        QVERIFY(f.at(0).message.contains("256"));
    }
};

QTEST_GUILESS_MAIN(TstWhatsappAccountRules)
#include "tst_whatsappaccountrules.moc"
