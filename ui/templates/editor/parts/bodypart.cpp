#include "bodypart.h"

#include "examplerows.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "templates/editor/whatsapptemplateedits.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace sinch::ui {

BodyPart::BodyPart(const TemplateFormContext &ctx)
    : FormPart(ctx.session, ctx.binder, tr("Body"))
    , m_ctx(ctx)
{
    WhatsappTemplateEdits *edits = ctx.edits;
    const QString bp = edits->componentPath(QStringLiteral("BODY"));
    if (bp.isEmpty()) {
        form()->addRow(compactRow(actionButton(tr("Add body text"), [edits] {
            edits->insertComponent(QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), QString()}},
                                   tr("Add body"));
        }), false));
        return;
    }
    if (edits->category() == QLatin1String("AUTHENTICATION")) {
        form()->addRow(hint(tr("WhatsApp writes the text of an authentication message itself.")));
        form()->addRow(QString(), binder()->check(bp + QStringLiteral(".addSecurityRecommendation"),
                                                  tr("Add the security recommendation (\"Do not share this code\")")));
        return;
    }
    auto *text = binder()->plainText(bp + QStringLiteral(".text"), tr("Body text"));
    text->setMinimumHeight(120);
    form()->addRow(text);
    auto *tools = new QHBoxLayout;
    tools->addWidget(formatButton(QStringLiteral("B"), tr("Bold"), QKeySequence(Qt::CTRL | Qt::Key_B), text, QStringLiteral("*")));
    tools->addWidget(formatButton(QStringLiteral("I"), tr("Italic"), QKeySequence(Qt::CTRL | Qt::Key_I), text, QStringLiteral("_")));
    tools->addWidget(formatButton(QStringLiteral("S"), tr("Strikethrough"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), text, QStringLiteral("~")));
    tools->addWidget(formatButton(QStringLiteral("M"), tr("Monospace"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), text, QStringLiteral("```")));
    auto *variable = actionButton(tr("+ Variable"), [edits, text] {
        const int pos = text->textCursor().position();
        const int n = edits->insertVariable(QStringLiteral("BODY"), pos);
        // The caret goes after the new variable, so typing goes on there.
        text->setFocus();
        const QString inserted = QStringLiteral("{{%1}}").arg(n);
        const int at = int(text->toPlainText().indexOf(inserted, qMax(0, pos - 6)));
        if (at >= 0) {
            QTextCursor c = text->textCursor();
            c.setPosition(at + int(inserted.size()));
            text->setTextCursor(c);
        }
    });
    variable->setToolTip(tr("Insert a variable at the cursor (Ctrl+Shift+V)"));
    variable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    tools->addWidget(variable);
    tools->addStretch();
    form()->addRow(tools);
    m_examples = new ExampleRows(session(), binder(), bp, false);
    form()->addRow(m_examples);
}

QToolButton *BodyPart::formatButton(const QString &label, const QString &name, const QKeySequence &keys, QPlainTextEdit *edit,
                                    const QString &marker)
{
    auto *b = new QToolButton;
    b->setText(label);
    b->setAccessibleName(name);
    b->setToolTip(tr("%1 (%2)").arg(name, keys.toString(QKeySequence::NativeText)));
    auto *action = new QAction(name, edit);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(action);
    EditSession *s = session();
    // Wrapping the selection is one undo step of its own.
    auto wrap = [s, edit, marker] {
        s->endTyping();
        QTextCursor c = edit->textCursor();
        const QString selected = c.selectedText();
        c.insertText(marker + selected + marker);
        if (selected.isEmpty())
            c.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(marker.size()));
        edit->setTextCursor(c);
        s->endTyping();
    };
    connect(action, &QAction::triggered, this, wrap);
    connect(b, &QToolButton::clicked, this, wrap);
    return b;
}

QString BodyPart::structure() const
{
    const QString bp = m_ctx.edits->componentPath(QStringLiteral("BODY"));
    // The path too: a header added or removed by undo moves the body's index.
    return bp + QLatin1Char('|') + (m_ctx.edits->category() == QLatin1String("AUTHENTICATION") ? QStringLiteral("auth") : QStringLiteral("text"));
}

void BodyPart::updateInPlace()
{
    if (m_examples && m_examples->update())
        emit rowsChanged();
}

} // namespace sinch::ui
