#include "requestlogmodel.h"

namespace sinch {

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (!log)
        return;
    m_entries = log->entries();
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
    connect(log, &RequestLog::entryAdded, this, &RequestLogModel::append);
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const RequestLog::Entry &e = m_entries.at(index.row());
    // A 200 whose body stopped coming (a stall, given up) or came garbled failed too.
    const bool failed = e.status < 200 || e.status >= 300 || !e.error.isEmpty();
    if (role == DetailsRole)
        return detailsText(e);
    if (role == FailedRole)
        return failed;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Status || index.column() == Duration || index.column() == Attempt)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case Time:
        return e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Project:
        return e.projectKey;
    case Operation:
        return e.operationId;
    case Method:
        return QString::fromLatin1(e.method);
    case Url:
        return e.url;
    case Status:
        if (e.status && failed && e.status < 300) // headers came, the body did not (whole)
            return tr("%1, incomplete").arg(e.status);
        return e.status ? QString::number(e.status) : QStringLiteral("—");
    case Duration:
        return tr("%1 ms").arg(e.durationMs);
    case Attempt:
        return e.attempt;
    case RequestId:
        return e.requestId;
    case Error:
        return e.error;
    default:
        return QVariant();
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Project: return tr("Project");
    case Operation: return tr("Operation");
    case Method: return tr("Method");
    case Url: return tr("URL");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case Attempt: return tr("Attempt");
    case RequestId: return tr("Request ID");
    case Error: return tr("Error");
    default: return QVariant();
    }
}

QString RequestLogModel::detailsText(const RequestLog::Entry &e)
{
    QString text;
    text += tr("%1 %2").arg(QString::fromLatin1(e.method), e.url) + QLatin1Char('\n');
    text += tr("Operation: %1").arg(e.operationId) + QLatin1Char('\n');
    text += tr("Status: %1").arg(!e.status ? tr("no answer")
                                 : e.status < 300 && !e.error.isEmpty() ? tr("%1 (its headers came; the answer did not, whole)").arg(e.status)
                                                                         : QString::number(e.status))
        + QLatin1Char('\n');
    text += tr("Request ID: %1").arg(e.requestId) + QLatin1Char('\n');
    text += tr("Attempt: %1, %2 ms").arg(e.attempt).arg(e.durationMs) + QLatin1Char('\n');
    if (!e.error.isEmpty())
        text += tr("Error: %1").arg(e.error) + QLatin1Char('\n');
    if (!e.requestBody.isEmpty())
        text += QLatin1Char('\n') + tr("Request body:") + QLatin1Char('\n') + QString::fromUtf8(e.requestBody) + QLatin1Char('\n');
    if (!e.responseBody.isEmpty())
        text += QLatin1Char('\n') + tr("Response body:") + QLatin1Char('\n') + QString::fromUtf8(e.responseBody) + QLatin1Char('\n');
    if (e.requestBody.isEmpty() && e.responseBody.isEmpty())
        // Kept for what went wrong (a working request's bodies would fill the log with data).
        text += QLatin1Char('\n') + tr("Bodies are kept for failed requests (for all with the logging rule sinch.api.debug=true).")
            + QLatin1Char('\n');
    return text;
}

void RequestLogModel::setCapacity(int n)
{
    m_capacity = qMax(1, n);
    if (m_entries.size() > m_capacity) {
        const int extra = int(m_entries.size()) - m_capacity;
        beginRemoveRows(QModelIndex(), 0, extra - 1);
        m_entries.remove(0, extra);
        endRemoveRows();
    }
}

void RequestLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void RequestLogModel::append(const RequestLog::Entry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    endInsertRows();
    if (m_entries.size() > m_capacity)
        setCapacity(m_capacity);
}

} // namespace sinch
