#include "messagebar.h"

#include "icons.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace sinch::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_retryText(m_retry->text())
    , m_detailsToggle(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setAccessibleName(tr("Message text"));
    m_icon->setFixedSize(20, 20);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    nameRetry(m_retryText, tr("Send the request again"));

    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAccessibleName(tr("Show details"));
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_close->setObjectName(QStringLiteral("dismissButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::standard(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss"));

    m_row = new QHBoxLayout;
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(m_icon, 0, Qt::AlignTop);
    m_row->addWidget(m_text, 1);
    m_row->addWidget(m_retry, 0, Qt::AlignTop);
    m_row->addWidget(m_detailsToggle, 0, Qt::AlignTop);
    m_row->addWidget(m_close, 0, Qt::AlignTop);
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->setContentsMargins(0, 0, 0, 0);
    m_buttonRow->addStretch(1);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(10, 6, 6, 6);
    m_layout->setSpacing(6);
    m_layout->addLayout(m_row);
    m_layout->addLayout(m_buttonRow);

    connect(m_retry, &QPushButton::clicked, this, [this]() {
        hide();
        if (m_retryAction) {
            const std::function<void()> retry = std::exchange(m_retryAction, nullptr);
            retry();
        } else {
            emit retryRequested();
        }
    });
    connect(m_detailsToggle, &QToolButton::toggled, this, &MessageBar::showDetails);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    setVisible(false);
    updateColors();
}

void MessageBar::showError(const ApiError &error)
{
    showMessage(Level::Error, error.userText(), error.details());
    // Retry only where the owner answers it: a button that does nothing but hide the message
    // reads as if the retry had worked.
    m_retry->setVisible(canRetry(error) && isSignalConnected(QMetaMethod::fromSignal(&MessageBar::retryRequested)));
}

void MessageBar::showErrorWithRetry(const ApiError &error, std::function<void()> retry)
{
    showMessage(Level::Error, error.userText(), error.details());
    m_retryAction = std::move(retry);
    m_retry->setVisible(canRetry(error) && m_retryAction);
}

bool MessageBar::canRetry(const ApiError &error)
{
    // A change whose answer never came may have been made: the message says to refresh and
    // check first, and a Retry beside it would send it again.
    return !error.isCancelled() && !error.outcomeUnknown();
}

void MessageBar::showMessage(Level level, const QString &text, const QString &details)
{
    m_level = level;
    m_retryAction = nullptr;
    // A message's own button words (setRetryAction) go with it; the bar's (setRetryText) stay.
    nameRetry(m_retryText, tr("Send the request again"));
    m_text->setText(text);
    m_detailsText = details;
    if (m_details)
        m_details->setPlainText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    // A message the console writes (a field to fix, a file not read) has nothing a Retry
    // could repeat: showError() offers it for what the server or network failed.
    m_retry->setVisible(false);
    const QStyle::StandardPixmap pix = level == Level::Error ? QStyle::SP_MessageBoxCritical
                                     : level == Level::Warning ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(Icons::standard(pix).pixmap(18, 18));
    setAccessibleDescription(text);
    updateColors();
    show();
}

void MessageBar::showWaiting(const QString &text, std::function<void()> stop)
{
    showMessage(Level::Info, text);
    nameRetry(tr("Stop waiting"), tr("Stop waiting for this answer; the other requests go on"));
    m_retryAction = std::move(stop);
    m_retry->setVisible(true);
}

void MessageBar::setRetryVisible(bool visible)
{
    m_retry->setVisible(visible);
}

void MessageBar::setRetryAction(const QString &text, std::function<void()> retry)
{
    nameRetry(text, m_retry->toolTip());
    m_retryAction = std::move(retry);
    m_retry->setVisible(true);
}

void MessageBar::setRetryText(const QString &text)
{
    m_retryText = text;
    nameRetry(text, m_retry->toolTip());
}

void MessageBar::nameRetry(const QString &text, const QString &toolTip)
{
    m_retry->setText(text);
    m_retry->setAccessibleName(QString(text).remove(QLatin1Char('&'))); // read without its mnemonic
    m_retry->setToolTip(toolTip);
}

void MessageBar::dismiss()
{
    // Shown is not hidden, whether or not its window is on screen yet.
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::detailsText() const
{
    return m_detailsText;
}

void MessageBar::showDetails(bool shown)
{
    // Made when first asked for: every list page and the window have a bar, few bars ever
    // show details, and a text view (with its monospaced font) is the bar's dearest part.
    if (!m_details) {
        if (!shown)
            return;
        m_details = new QPlainTextEdit(this);
        m_details->setObjectName(QStringLiteral("messageDetails"));
        m_details->setReadOnly(true);
        m_details->setAccessibleName(tr("Error details"));
        m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_details->setMaximumHeight(140);
        m_details->setPlainText(m_detailsText);
        m_layout->addWidget(m_details);
    }
    m_details->setVisible(shown);
}

bool MessageBar::detailsShown() const
{
    return m_detailsToggle->isChecked();
}

void MessageBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeButtons(event->size().width() < kButtonsBelowWidth);
}

void MessageBar::placeButtons(bool below)
{
    if (below == m_buttonsBelow)
        return;
    m_buttonsBelow = below;
    // Beside the text a narrow bar (an activity column) left it a word a line; below it,
    // the text has the bar's width. The dismiss button stays at the top right.
    for (QWidget *button : {static_cast<QWidget *>(m_retry), static_cast<QWidget *>(m_detailsToggle)}) {
        m_row->removeWidget(button);
        m_buttonRow->removeWidget(button);
    }
    if (below) {
        m_buttonRow->addWidget(m_retry);
        m_buttonRow->addWidget(m_detailsToggle);
    } else {
        const int at = m_row->indexOf(m_close);
        m_row->insertWidget(at, m_detailsToggle, 0, Qt::AlignTop);
        m_row->insertWidget(at, m_retry, 0, Qt::AlignTop);
    }
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
}

void MessageBar::updateColors()
{
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    QColor bg;
    switch (m_level) {
    case Level::Error: bg = dark ? QColor(0x4a, 0x22, 0x24) : QColor(0xfd, 0xe7, 0xe7); break;
    case Level::Warning: bg = dark ? QColor(0x4a, 0x3d, 0x1c) : QColor(0xff, 0xf4, 0xd6); break;
    case Level::Info: bg = dark ? QColor(0x1f, 0x35, 0x4d) : QColor(0xe5, 0xf0, 0xfd); break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, bg);
    p.setColor(QPalette::WindowText, QApplication::palette().color(QPalette::WindowText));
    setPalette(p);
}

} // namespace sinch::ui
