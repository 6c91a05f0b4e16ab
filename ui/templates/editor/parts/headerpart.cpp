#include "headerpart.h"

#include "examplerows.h"
#include "domain/enumtext.h"
#include "editing/editsession.h"
#include "editing/fieldbinder.h"
#include "templates/editor/whatsapptemplateedits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sinch::ui {

HeaderPart::HeaderPart(const TemplateFormContext &ctx)
    : FormPart(ctx.session, ctx.binder, tr("Header"))
    , m_ctx(ctx)
{
    const QString hp = ctx.edits->componentPath(QStringLiteral("HEADER"));
    const QString format = hp.isEmpty() ? QString() : session()->value(hp + QStringLiteral(".format")).toString();
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("headerFormat"));
    kind->setAccessibleName(tr("Header format"));
    kind->addItem(tr("None"), QString());
    for (const QString &f : {QStringLiteral("TEXT"), QStringLiteral("IMAGE"), QStringLiteral("VIDEO"),
                             QStringLiteral("DOCUMENT"), QStringLiteral("LOCATION")})
        kind->addItem(EnumText::words(f), f);
    kind->setCurrentIndex(qMax(0, kind->findData(format)));
    binder()->watchKeys(kind);
    WhatsappTemplateEdits *edits = ctx.edits;
    connect(kind, &QComboBox::activated, this, [edits, kind](int i) { edits->setHeaderFormat(kind->itemData(i).toString()); });
    form()->addRow(tr("&Format:"), kind);
    if (hp.isEmpty()) {
        form()->addRow(hint(tr("No header. Choose a format to add a text, image, video, document or location header.")));
        return;
    }
    if (format == QLatin1String("TEXT")) {
        auto *text = binder()->lineEdit(hp + QStringLiteral(".text"), tr("Header text"), tr("Up to 60 characters"));
        auto *row = new QHBoxLayout;
        row->addWidget(text);
        row->addWidget(actionButton(tr("+ Variable"), [edits, text] {
            edits->insertVariable(QStringLiteral("HEADER"), text->cursorPosition());
        }));
        // A label of a row (not of a field) has no buddy of its own: Alt+T goes to the text.
        auto *label = new QLabel(tr("&Text:"));
        label->setBuddy(text);
        form()->addRow(label, row);
        m_examples = new ExampleRows(session(), binder(), hp, true);
        form()->addRow(m_examples);
    } else if (format == QLatin1String("LOCATION")) {
        form()->addRow(hint(tr("The location is chosen when the message is sent.")));
    } else {
        form()->addRow(tr("Media &URL:"), binder()->lineEdit(hp + QStringLiteral(".example.url"), tr("Header media example URL"),
                                                            tr("https://cdn.example.com/picture.jpg")));
        form()->addRow(hint(tr("An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.")));
    }
}

QString HeaderPart::structure() const
{
    const QString hp = m_ctx.edits->componentPath(QStringLiteral("HEADER"));
    return hp.isEmpty() ? QStringLiteral("-") : hp + QLatin1Char('|') + session()->value(hp + QStringLiteral(".format")).toString();
}

void HeaderPart::updateInPlace()
{
    if (m_examples && m_examples->update())
        emit rowsChanged();
}

} // namespace sinch::ui
