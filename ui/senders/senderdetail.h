#pragma once

#include "senderchannel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sinch::ui {

class ChangeList;

// A sender as a person reads it: its name, its state as a badge, the one sentence on what
// to do next with the button that does it ("Pending verification: enter the 6-digit code
// sent to +49 151…  [Enter code…]"), and its live values in words. Pending changes stand
// beside the live values in a third column, the changed fields marked (bold, tinted, a
// dot), and listed below as in the templates' "Compare with approved" (ChangeList over
// JsonDiff).
class SenderDetail : public QWidget
{
    Q_OBJECT
public:
    explicit SenderDetail(const SenderChannel &channel, QWidget *parent = nullptr);

    void setChannel(const SenderChannel &channel) { m_channel = channel; }
    // `codeRequested`: a code was asked for since the sender was read.
    void setSender(const QJsonObject &sender, bool codeRequested = false);
    QJsonObject sender() const { return m_sender; }
    void setCategories(const QJsonArray &categories);

    QTreeWidget *fieldsView() const { return m_fields; }
    ChangeList *changeList() const { return m_changes; }
    QPushButton *actionButton() const { return m_action; }
    QString stateText() const;
    QString nextStepText() const;
    SenderNextStep::Action action() const { return m_step.action; }
    // The fields whose pending value differs from the live one (paths of the sender).
    QStringList changedPaths() const;

signals:
    void actionRequested(sinch::SenderNextStep::Action action);

private:
    void refresh();
    QString valueText(const QJsonObject &object, const QString &path) const;

    SenderChannel m_channel;
    QJsonObject m_sender;
    QJsonArray m_categories;
    SenderNextStep::Step m_step;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_changesBadge;
    QLabel *m_sentence;
    QPushButton *m_action;
    QTreeWidget *m_fields;
    QLabel *m_changesTitle;
    ChangeList *m_changes;
    QLabel *m_placeholder;
    QWidget *m_body;
};

} // namespace sinch::ui
