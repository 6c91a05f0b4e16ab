#include "welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_add(new QPushButton(tr("Add project…"), this))
{
    setObjectName(QStringLiteral("page.welcome"));
    // Plain text only: the page stays in the window's page stack, which asks every page's
    // height for each width a layout pass tries, and a rich-text label lays its text out as
    // a document each time (a quarter of the main thread's work before the first paint).
    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4); // as the overview's title: one more font, not two
    big.setBold(true);
    m_heading->setFont(big);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setAccessibleName(tr("Getting started"));
    m_add->setAccessibleName(tr("Add project"));
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addProjectRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void WelcomePage::showStart(bool haveProjects)
{
    m_heading->setText(tr("Welcome"));
    m_heading->setVisible(!haveProjects);
    m_text->setText(haveProjects
        ? tr("Choose a project in the toolbar (Ctrl+1 … Ctrl+9).")
        : tr("Add a Sinch project with its access key to see its senders, templates and webhooks.") + QStringLiteral("\n\n")
            + tr("To try the console without an account, start it with --sandbox."));
    m_add->setVisible(true);
}

void WelcomePage::showNotReady(const QString &problem)
{
    m_heading->setVisible(false);
    m_text->setText(problem.isEmpty() ? tr("Reading the key secret from the keychain…") : problem);
    m_add->setVisible(false);
}

} // namespace sinch::ui
