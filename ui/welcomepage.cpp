#include "welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_add(new QPushButton(tr("Add project…"), this))
{
    setObjectName(QStringLiteral("page.welcome"));
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setAccessibleName(tr("Getting started"));
    m_add->setAccessibleName(tr("Add project"));
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addProjectRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void WelcomePage::showStart(bool haveProjects)
{
    m_text->setText(haveProjects
        ? tr("Choose a project in the toolbar (Ctrl+1 … Ctrl+9).")
        : tr("<h2>Welcome</h2><p>Add a Sinch project with its access key to see its senders, templates and webhooks.</p>"
             "<p>To try the console without an account, start it with <tt>--sandbox</tt>.</p>"));
    m_add->setVisible(true);
}

void WelcomePage::showNotReady(const QString &problem)
{
    m_text->setText(problem.isEmpty() ? tr("Reading the key secret from the keychain…") : problem.toHtmlEscaped());
    m_add->setVisible(false);
}

} // namespace sinch::ui
