#include "commentbox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinch::ui {

CommentBox::CommentBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_post(new QPushButton(tr("Post comment"), this))
    , m_left(new QLabel(this))
    , m_postKey(new QAction(tr("Post comment (in the comment box)"), this)) // named: Help › Keyboard shortcuts lists it
{
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_edit->setAccessibleName(tr("Comment"));
    m_edit->setPlaceholderText(tr("Write a comment for the reviewers and your team (Ctrl+Enter posts it)"));
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 12);
    m_post->setObjectName(QStringLiteral("postCommentButton"));
    m_post->setAccessibleName(tr("Post comment"));
    m_left->setObjectName(QStringLiteral("commentLength"));
    m_left->setForegroundRole(QPalette::PlaceholderText);

    m_postKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_postKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_postKey);
    connect(m_postKey, &QAction::triggered, this, &CommentBox::post);
    m_edit->installEventFilter(this);
    connect(m_post, &QPushButton::clicked, this, &CommentBox::post);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &CommentBox::updateLength);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_left, 1);
    row->addWidget(m_post);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addLayout(row);
    updateLength();
}

bool CommentBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence typed(key->keyCombination());
        if (m_postKey->shortcuts().contains(typed)) {
            // The override claims the key for the edit, ahead of every shortcut; its press
            // then comes here.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                post();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CommentBox::text() const
{
    return m_edit->toPlainText();
}

void CommentBox::setMaxLength(int n)
{
    m_max = n;
    updateLength();
}

void CommentBox::restore(const QString &text)
{
    const QString typed = m_edit->toPlainText();
    m_edit->setPlainText(typed.isEmpty() ? text : text + QLatin1Char('\n') + typed);
    m_edit->moveCursor(QTextCursor::End);
}

void CommentBox::post()
{
    const QString text = m_edit->toPlainText().trimmed();
    if (text.isEmpty() || text.size() > m_max)
        return;
    m_edit->clear();
    emit postRequested(text);
}

void CommentBox::updateLength()
{
    const int length = int(m_edit->toPlainText().trimmed().size());
    m_post->setEnabled(length > 0 && length <= m_max);
    if (length > m_max)
        m_left->setText(tr("%n character(s) too long", nullptr, length - m_max));
    else if (m_max - length < 500)
        m_left->setText(tr("%n character(s) left", nullptr, m_max - length));
    else
        m_left->clear();
}

} // namespace sinch::ui
