#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sinch::ui {

// Where a comment is written: the text, a Post button (Ctrl+Enter), and how much room is
// left before the contract's limit. Posting empties the box at once; a post that failed
// puts its text back (restore), so nothing typed is lost.
class CommentBox : public QWidget
{
    Q_OBJECT
public:
    explicit CommentBox(QWidget *parent = nullptr);

    QString text() const;
    void setMaxLength(int n);
    // Puts a failed post's text back, before whatever was typed since.
    void restore(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *postButton() const { return m_post; }

signals:
    void postRequested(const QString &text);

protected:
    // Ctrl+Enter typed in the comment posts it, also where the page around has its own
    // Ctrl+Enter (an editor's Submit): two shortcuts of one key do nothing in Qt.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void post();
    void updateLength();

    QPlainTextEdit *m_edit;
    QPushButton *m_post;
    QLabel *m_left;
    class QAction *m_postKey;
    int m_max = 65535;
};

} // namespace sinch::ui
