#include "saveconflictdialog.h"

#include "domain/jsondiff.h"
#include "domain/templatepathwords.h"
#include "templates/list/changelist.h"
#include "templates/list/changesdiffdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>

namespace sinch::ui {

SaveConflictDialog::SaveConflictDialog(const QString &title, const QJsonObject &theirs, const QJsonObject &mine, QWidget *parent)
    : QDialog(parent)
    , m_theirs(new QPlainTextEdit(this))
    , m_mine(new QPlainTextEdit(this))
    , m_changes(new ChangeList(this))
{
    setObjectName(QStringLiteral("saveConflictDialog"));
    setWindowTitle(tr("Changed on the server — %1").arg(title));
    setAccessibleName(tr("Save conflict"));

    // Not "someone": the other version may be the person's own, saved from another tab, a
    // second console, or before a list that could not be read again was opened.
    auto *intro = new QLabel(tr("The server's copy of this template changed since you opened it (saved from another "
                                "window, another console or by someone else). Saving now would replace that version "
                                "with yours. Compare the two, then overwrite the server's, load it into the editor "
                                "(Undo brings yours back), or cancel and keep editing."),
                             this);
    intro->setWordWrap(true);

    const QString left = JsonDiff::pretty(theirs);
    const QString right = JsonDiff::pretty(mine);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_theirs, m_mine}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_theirs->setObjectName(QStringLiteral("theirsView"));
    m_theirs->setAccessibleName(tr("Their version"));
    m_mine->setObjectName(QStringLiteral("mineView"));
    m_mine->setAccessibleName(tr("Your version"));
    m_theirs->setPlainText(left);
    m_mine->setPlainText(right);
    QList<int> onlyTheirs, onlyMine;
    JsonDiff::diffLines(left.split(QLatin1Char('\n')), right.split(QLatin1Char('\n')), &onlyTheirs, &onlyMine);
    ChangesDiffDialog::markLines(m_theirs, onlyTheirs, false, tr("Only in their version"));
    ChangesDiffDialog::markLines(m_mine, onlyMine, true, tr("Only in your version"));
    connect(m_theirs->verticalScrollBar(), &QScrollBar::valueChanged, m_mine->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_mine->verticalScrollBar(), &QScrollBar::valueChanged, m_theirs->verticalScrollBar(), &QScrollBar::setValue);

    m_changes->setAccessibleName(tr("Changed fields"));
    m_changes->setSideNames(tr("Theirs"), tr("Yours"));
    m_changes->setPathNames([theirs, mine](const JsonChange &c) {
        return TemplatePathWords::of(c.kind == JsonChange::Kind::Removed ? theirs : mine, c.path);
    });
    m_changes->setChanges(JsonDiff::changes(theirs, mine));
    m_changes->setMaximumHeight(m_changes->fontMetrics().height() * 7);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *overwrite = buttons->addButton(tr("&Overwrite theirs"), QDialogButtonBox::DestructiveRole);
    overwrite->setAccessibleName(tr("Overwrite theirs"));
    overwrite->setToolTip(tr("Save your version; theirs is replaced."));
    QPushButton *load = buttons->addButton(tr("&Load theirs"), QDialogButtonBox::ResetRole);
    load->setAccessibleName(tr("Load theirs"));
    load->setToolTip(tr("Replace your version in the editor with theirs; Undo (Ctrl+Z) brings yours back."));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // nothing is lost by Enter
    connect(overwrite, &QPushButton::clicked, this, [this] { done(Overwrite); });
    connect(load, &QPushButton::clicked, this, [this] { done(LoadTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout(this);
    grid->addWidget(intro, 0, 0, 1, 2);
    auto *l = new QLabel(tr("<b>Theirs</b> (on the server now)"), this);
    auto *r = new QLabel(tr("<b>Yours</b> (in this editor)"), this);
    l->setBuddy(m_theirs);
    r->setBuddy(m_mine);
    grid->addWidget(l, 1, 0);
    grid->addWidget(r, 1, 1);
    grid->addWidget(m_theirs, 2, 0);
    grid->addWidget(m_mine, 2, 1);
    auto *fields = new QLabel(tr("Changed &fields:"), this);
    fields->setBuddy(m_changes);
    grid->addWidget(fields, 3, 0, 1, 2);
    grid->addWidget(m_changes, 4, 0, 1, 2);
    grid->setRowStretch(2, 1);
    grid->addWidget(buttons, 5, 0, 1, 2);
    resize(900, 600);
}

} // namespace sinch::ui
