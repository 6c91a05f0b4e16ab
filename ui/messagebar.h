#pragma once

#include "api/apierror.h"

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;
class QPushButton;

namespace sinch::ui {

// A bar inside a view for what went wrong there (or a notice), never a modal dialog:
// the server's message and what to do, Retry, and a Details toggle with status, error
// code and request id.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Retry emits retryRequested(), which the bar's owner answers (the list's retry); no
    // Retry when nothing is connected to it, nor for a change that may have been made
    // (ApiError::outcomeUnknown).
    void showError(const ApiError &error);
    // Retry repeats `retry`, what this message is about (reading one row again, sending a
    // save again). Every message shown replaces the one before, and its retry with it.
    void showErrorWithRetry(const ApiError &error, std::function<void()> retry);
    // A message of the console's own (a field to fix): no Retry unless setRetryVisible().
    void showMessage(Level level, const QString &text, const QString &details = QString());
    // What waits for the server ("Saving the draft…") with a Stop waiting button that runs
    // `stop`: it stops that request alone, where the status bar's stops every one.
    void showWaiting(const QString &text, std::function<void()> stop);
    void setRetryVisible(bool visible);
    // Retry, named `text`, runs `retry` for the message shown (both until the next one).
    void setRetryAction(const QString &text, std::function<void()> retry);
    // The retry button's text for every message ("Retry" unless set), e.g. "Check again".
    void setRetryText(const QString &text);
    void dismiss();

    Level level() const { return m_level; }
    QString text() const;
    QString detailsText() const;
    bool detailsShown() const;

signals:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static bool canRetry(const ApiError &error);
    void updateColors();
    void nameRetry(const QString &text, const QString &toolTip);
    // Retry and Details beside the text, or in a row below it when the bar is narrow.
    void placeButtons(bool below);
    static constexpr int kButtonsBelowWidth = 440;
    void showDetails(bool shown);

    Level m_level = Level::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QString m_retryText; // the button's words for every message (setRetryText)
    QToolButton *m_detailsToggle;
    QToolButton *m_close;
    QVBoxLayout *m_layout;
    std::function<void()> m_retryAction; // of the message shown, if it has its own
    QHBoxLayout *m_row;
    QHBoxLayout *m_buttonRow;
    bool m_buttonsBelow = false;
    QPlainTextEdit *m_details = nullptr;
    QString m_detailsText;
};

} // namespace sinch::ui
