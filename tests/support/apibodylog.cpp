#include "apibodylog.h"

#include "api/requestlog.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace sinch::test {

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
QtMessageHandler g_previousHandler = nullptr;
QStringList g_messages;

bool isApi(const char *category)
{
    return category && qstrcmp(category, "sinch.api") == 0;
}

void logApiBodies(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (isApi(category->categoryName())) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (!isApi(context.category) && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

ApiBodyLog::ApiBodyLog()
{
    g_messages.clear();
    g_previousHandler = qInstallMessageHandler(keepMessage);
    g_previousFilter = QLoggingCategory::installFilter(logApiBodies);
}

ApiBodyLog::~ApiBodyLog()
{
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);
}

QStringList ApiBodyLog::messages()
{
    return g_messages;
}

QJsonObject ApiBodyLog::lastBody(const RequestLog &log, const QString &operationId)
{
    QJsonObject body;
    for (const RequestLog::Entry &e : log.entries())
        if (e.operationId == operationId)
            body = QJsonDocument::fromJson(e.requestBody).object();
    return body;
}

} // namespace sinch::test
