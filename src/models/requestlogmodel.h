#pragma once

#include "api/requestlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace sinch {

// The request log as a table, newest last, following RequestLog::entryAdded with one
// insertion per entry and trimming the oldest rows beyond its capacity. Everything in it
// was redacted by RequestLog before it got here.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Project, Operation, Method, Url, Status, Duration, Attempt, RequestId, Error, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        DetailsRole = Qt::UserRole + 1, // QString: the whole entry with its bodies, for a details pane
        FailedRole                      // bool: no 2xx answer
    };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RequestLog::Entry &entry(int row) const { return m_entries.at(row); }
    void setCapacity(int n);
    int capacity() const { return m_capacity; }

    static QString detailsText(const RequestLog::Entry &entry);

public slots:
    void clear();

private:
    void append(const RequestLog::Entry &entry);

    QPointer<RequestLog> m_log;
    QList<RequestLog::Entry> m_entries;
    int m_capacity = 1000;
};

} // namespace sinch
