#include "changesdiffdialog.h"

#include "domain/templateapproval.h"
#include "domain/templatedocument.h"
#include "domain/templatepathwords.h"
#include "domain/whatsapptemplateview.h"

#include "changelist.h"
#include "domain/jsondiff.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>

namespace sinch::ui {

ChangesDiffDialog::ChangesDiffDialog(const QJsonObject &tmpl, QWidget *parent)
    : QDialog(parent)
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_changes(new ChangeList(this))
{
    const QString title = QStringLiteral("%1 · %2").arg(tmpl.value(QLatin1String("name")).toString(),
                                                       tmpl.value(QLatin1String("language")).toString());
    setObjectName(QStringLiteral("changesDiffDialog"));
    setWindowTitle(tr("Compare with approved — %1").arg(title));
    setAccessibleName(windowTitle());

    const QJsonObject changes = tmpl.value(QLatin1String("changes")).toObject();
    const QJsonObject approved = tmpl.value(QLatin1String("details")).toObject();
    const QJsonObject pending = changes.value(QLatin1String("details")).toObject();
    const QString left = JsonDiff::pretty(approved);
    const QString right = JsonDiff::pretty(pending);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_left, m_right}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_left->setObjectName(QStringLiteral("approvedView"));
    m_left->setAccessibleName(tr("Approved version"));
    m_right->setObjectName(QStringLiteral("pendingView"));
    m_right->setAccessibleName(tr("Pending changes"));
    m_left->setPlainText(left);
    m_right->setPlainText(right);

    JsonDiff::diffLines(left.split(QLatin1Char('\n')), right.split(QLatin1Char('\n')), &m_removed, &m_added);
    markLines(m_left, m_removed, false, tr("Only in the approved version"));
    markLines(m_right, m_added, true, tr("Only in the pending changes"));
    // Both sides scroll together.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);

    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setText(m_removed.isEmpty() && m_added.isEmpty()
                           ? tr("The pending changes (%1) have the same content as the approved version.")
                                 .arg(changes.value(QLatin1String("status")).toString())
                           : tr("%n line(s) only in the approved version (−), ", nullptr, int(m_removed.size()))
                                 + tr("%n line(s) only in the pending changes (+).", nullptr, int(m_added.size())));

    m_changes->setSideNames(tr("Approved"), tr("Pending"));
    const QJsonObject approvedDocument = TemplateDocument::fromServerTemplate(tmpl, true);
    const QJsonObject pendingDocument = TemplateDocument::fromServerTemplate(tmpl);
    m_changes->setPathNames([approvedDocument, pendingDocument](const JsonChange &c) {
        return TemplatePathWords::of(c.kind == JsonChange::Kind::Removed ? approvedDocument : pendingDocument, c.path);
    });
    // The same "changed since approval" as the editor's comparison (the category counts too).
    m_changes->setChanges(TemplateApproval::changes(tmpl, TemplateDocument::fromServerTemplate(tmpl)));
    m_changes->setMaximumHeight(m_changes->fontMetrics().height() * 7);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout(this);
    auto *l = new QLabel(tr("<b>Approved</b>"), this);
    auto *r = new QLabel(tr("<b>Pending changes</b> (%1)")
                             .arg(WhatsappTemplateView::changesWord(changes.value(QLatin1String("status")).toString())),
                         this);
    l->setBuddy(m_left);
    r->setBuddy(m_right);
    grid->addWidget(l, 0, 0);
    grid->addWidget(r, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    grid->addWidget(m_summary, 2, 0, 1, 2);
    auto *fields = new QLabel(tr("Changed &fields:"), this);
    fields->setBuddy(m_changes);
    grid->addWidget(fields, 3, 0, 1, 2);
    grid->addWidget(m_changes, 4, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->addWidget(buttons, 5, 0, 1, 2);
    resize(980, 620);
}

void ChangesDiffDialog::markLines(QPlainTextEdit *view, const QList<int> &lines, bool added, const QString &tip)
{
    const bool dark = Theme::isDark();
    const QColor bg = added ? (dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xd7, 0xf5, 0xdd))
                            : (dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfd, 0xdc, 0xdc));
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        const QTextBlock block = view->document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(bg);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setToolTip(tip);
        selections << s;
    }
    view->setExtraSelections(selections);
}

} // namespace sinch::ui
