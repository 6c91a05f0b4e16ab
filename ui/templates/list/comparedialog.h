#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QTableWidget;

namespace sinch {
class ApiClient;
class ApiJob;
struct ApiResult;
}

namespace sinch::ui {

class MessageBar;

// "Compare analytics": two templates side by side as the compare operation reports them
// over a timeframe (messages sent, block-rate order, top block reason).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(ApiClient *client, const QString &projectKey, const QJsonObject &first, const QJsonObject &second,
                  QWidget *parent = nullptr);

    QComboBox *timeframeCombo() const { return m_timeframe; }
    QTableWidget *table() const { return m_table; }
    MessageBar *errorBar() const { return m_error; }
    bool isLoading() const { return !m_job.isNull(); }

public slots:
    void compare();

signals:
    void compared();

private:
    void onResult(const ApiResult &result);

    QPointer<ApiClient> m_client;
    QString m_projectKey;
    QJsonObject m_first;
    QJsonObject m_second;
    QPointer<ApiJob> m_job;
    QComboBox *m_timeframe;
    QTableWidget *m_table;
    MessageBar *m_error;
    QLabel *m_status;
};

} // namespace sinch::ui
