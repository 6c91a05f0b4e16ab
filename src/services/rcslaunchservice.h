#pragma once

#include <QPointer>
#include <QString>
#include <QStringList>

namespace sinch {

class ApiClient;
class ApiJob;

// The calls of one RCS sender that its launch and its test devices need, typed: read the
// sender, launch it, and manage its test numbers. (RcsSenderService covers the sender's
// create and update; the two may be joined.) Each call returns the running job.
class RcsLaunchService
{
public:
    RcsLaunchService(ApiClient *client, QString projectKey);

    ApiJob *get(const QString &senderId) const;
    // 412 launch_precondition_failed lists what is missing (RcsLaunchChecklist).
    ApiJob *launch(const QString &senderId) const;

    // Adds numbers (E.164, unique, at most the contract's maxItems with those there);
    // re-adding a verified number makes it unverified. Answers with every number's state.
    ApiJob *addTestNumbers(const QString &senderId, const QStringList &numbers) const;
    // Sends the invite again. Never retried by itself (the client does not repeat a /retry).
    ApiJob *resendInvite(const QString &senderId, const QString &number) const;
    // What the device of a verified number supports: {"features": [...]}.
    ApiJob *capabilities(const QString &senderId, const QString &number) const;
    ApiJob *removeTestNumber(const QString &senderId, const QString &number) const;

    // The most test numbers a sender may have (RcsTestNumbersInputDto.testNumbers.maxItems).
    static int maxTestNumbers();
    // What is wrong with a test number for the contract's format (E.164); empty when nothing is.
    static QString testNumberProblem(const QString &number);

private:
    QPointer<ApiClient> m_client;
    QString m_projectKey;
};

} // namespace sinch
