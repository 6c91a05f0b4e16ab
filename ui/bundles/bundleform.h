#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace sinch::ui {

// The fields of a new bundle (BundlesBundlesInputDto): its name and region, whether a
// subproject and an SMS app come with it, and the new Conversation API app `convApp`
// describes (name, processing mode, retention policy). The choices and limits are the
// contract's; the retention policy follows the processing mode chosen.
class BundleForm : public QWidget
{
    Q_OBJECT
public:
    explicit BundleForm(QWidget *parent = nullptr);

    // The create request as the fields say it.
    QJsonObject request() const;
    // What must change before the request can go ("" when nothing).
    QString problem() const;

signals:
    void edited(); // a field changed

private:
    void followProcessingMode();

    QLineEdit *m_name;
    QComboBox *m_region;
    QCheckBox *m_subproject;
    QCheckBox *m_smsApp;
    QGroupBox *m_convApp;
    QLineEdit *m_appName;
    QComboBox *m_mode;
    QComboBox *m_retentionType;
    QSpinBox *m_ttl;
};

} // namespace sinch::ui
