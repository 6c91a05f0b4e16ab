#pragma once

#include <QJsonObject>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace sinch::ui {

// One RCS sender as a person reads it: its state in words with what happens next, region,
// hosting region as the API reports it, use case and billing, the brand, contacts,
// countries with their launch state, test numbers with theirs, and the credentials to
// connect a Conversation API app, the token as dots with a Reveal button that is not
// remembered (UI.md, "Senders").
class RcsSenderDetail : public QWidget
{
    Q_OBJECT

public:
    explicit RcsSenderDetail(QWidget *parent = nullptr);
    void setSender(const QJsonObject &sender);
    QJsonObject sender() const { return m_sender; }
    // How a Conversation app ID is shown ("Acme Retail · RCS, SMS"); the ID itself without.
    void setAppDescriber(std::function<QString(const QString &appId)> describe);
    // The token field (dots until revealed), for tests.
    QLineEdit *tokenField() const { return m_token; }

private:
    QLabel *row(const QString &objectName, const QString &label);

    QJsonObject m_sender;
    QFormLayout *m_form;
    QLabel *m_state;
    QLabel *m_brand;
    QLabel *m_kind;
    QLabel *m_hosting;
    QLabel *m_contacts;
    QLabel *m_countries;
    QLabel *m_testNumbers;
    QLabel *m_app;
    QLabel *m_authName;
    QLineEdit *m_token;
    QToolButton *m_reveal;
    std::function<QString(const QString &)> m_describeApp;
};

} // namespace sinch::ui
