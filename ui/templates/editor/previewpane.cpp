#include "previewpane.h"

#include "previewoverlay.h"
#include "domain/templateapproval.h"
#include "domain/templatedocument.h"
#include "domain/templatepathwords.h"
#include "templates/list/changelist.h"
#include "templates/previewpart.h"
#include "templates/whatsapppreviewwidget.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

namespace sinch::ui {

PreviewPane::PreviewPane(const QJsonObject &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_preview(new WhatsappPreviewWidget)
    , m_approvedPreview(new WhatsappPreviewWidget)
    , m_changeList(new ChangeList)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("previewPane"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setTemplate(document);
    m_overlay = new PreviewOverlay(m_preview);
    m_approvedPreview->setObjectName(QStringLiteral("approvedPreview"));
    m_approvedPreview->setAccessibleName(tr("Approved version preview"));
    m_approvedPreview->setTheme(m_preview->theme());
    m_approvedOverlay = new PreviewOverlay(m_approvedPreview);
    m_changeList->setSideNames(tr("Approved"), tr("Edited"));
    m_changeList->setPathNames([this](const JsonChange &c) {
        return c.kind == JsonChange::Kind::Removed
            ? TemplatePathWords::of(TemplateDocument::fromServerTemplate(m_server, true), c.path)
            : TemplatePathWords::of(m_document, c.path);
    });
    auto *approvedTitle = new QLabel(tr("<b>Approved</b>"));
    approvedTitle->setObjectName(QStringLiteral("approvedTitle"));
    auto *editedTitle = new QLabel(tr("<b>Edited</b>"));
    editedTitle->setObjectName(QStringLiteral("editedTitle"));
    auto *changesTitle = new QLabel(tr("Changed &fields (click: go there):"));
    changesTitle->setBuddy(m_changeList);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(approvedTitle, 0, 0);
    m_grid->addWidget(editedTitle, 0, 1);
    m_grid->addWidget(m_approvedPreview, 1, 0);
    m_grid->addWidget(m_preview, 1, 1);
    m_grid->addWidget(changesTitle, 2, 0, 1, 2);
    m_grid->addWidget(m_changeList, 3, 0, 1, 2);
    m_grid->setRowStretch(1, 1);
    m_grid->setColumnStretch(1, 1); // the approved column takes space only while comparing
    m_changeList->setMaximumHeight(m_changeList->fontMetrics().height() * 6);
    m_compareWidgets = {approvedTitle, editedTitle, m_approvedPreview, changesTitle, m_changeList};
    for (QWidget *w : std::as_const(m_compareWidgets))
        w->hide();

    connect(m_changeList, &ChangeList::pathActivated, this, &PreviewPane::pathActivated);
    // Compared side by side, the two previews scroll together (down a long bubble, along
    // the cards of a carousel, each within its phone).
    connect(m_preview, &WhatsappPreviewWidget::carouselScrolled, m_approvedPreview, [this](qreal scroll) {
        if (m_comparing)
            m_approvedPreview->setCarouselScroll(scroll);
    });
    connect(m_approvedPreview, &WhatsappPreviewWidget::carouselScrolled, m_preview, [this](qreal scroll) {
        if (m_comparing)
            m_preview->setCarouselScroll(scroll);
    });
    for (const Qt::Orientation o : {Qt::Vertical, Qt::Horizontal}) {
        const auto bar = [o](WhatsappPreviewWidget *w) {
            return o == Qt::Vertical ? w->scrollArea()->verticalScrollBar() : w->scrollArea()->horizontalScrollBar();
        };
        QScrollBar *edited = bar(m_preview);
        QScrollBar *approved = bar(m_approvedPreview);
        connect(edited, &QScrollBar::valueChanged, approved, [this, approved](int v) {
            if (m_comparing)
                approved->setValue(v);
        });
        connect(approved, &QScrollBar::valueChanged, edited, [this, edited](int v) {
            if (m_comparing)
                edited->setValue(v);
        });
    }
    connect(m_preview, &WhatsappPreviewWidget::themeChanged, m_approvedPreview, &WhatsappPreviewWidget::setTheme);
    connect(m_approvedPreview, &WhatsappPreviewWidget::themeChanged, m_preview, &WhatsappPreviewWidget::setTheme);
}

void PreviewPane::setDocument(const QJsonObject &document)
{
    m_document = document;
    m_preview->setTemplate(document);
    updateComparison();
}

void PreviewPane::setServer(const QJsonObject &serverTemplate)
{
    m_server = serverTemplate;
    updateComparison();
}

void PreviewPane::highlight(const QString &partPath, const QString &focusPath, bool scroll)
{
    QString path = partPath;
    if (!focusPath.isEmpty() && (partPath.isEmpty() || focusPath.startsWith(partPath + QLatin1Char('.')))
        && PreviewPart::indexFor(m_preview->parts(), focusPath) >= 0)
        path = focusPath;
    m_overlay->setHighlightedPath(path);
    if (scroll && !partPath.isEmpty()) {
        m_overlay->ensureVisible(partPath);
        if (m_comparing)
            m_approvedOverlay->ensureVisible(partPath); // the same card on both sides
    }
}

bool PreviewPane::canCompare() const
{
    return TemplateApproval::canCompare(m_server, m_document);
}

QString PreviewPane::compareHint() const
{
    if (canCompare())
        return tr("Show the approved version beside the edited one, with the changes marked");
    return !m_server.isEmpty() && TemplateDocument::hasApprovedVersion(m_server)
        ? tr("No changes to compare: the template is as approved")
        : tr("Nothing to compare: the template has no approved version");
}

void PreviewPane::setComparing(bool on)
{
    if (on && !canCompare())
        on = false;
    if (on == m_comparing)
        return;
    m_comparing = on;
    for (QWidget *w : std::as_const(m_compareWidgets))
        w->setVisible(on);
    m_grid->setColumnStretch(0, on ? 1 : 0);
    if (on) {
        updateComparison();
    } else {
        m_approvedOverlay->setMarkedPaths({});
        m_overlay->setMarkedPaths({});
        m_changeList->setChanges({});
    }
    emit comparingChanged(on);
}

QList<JsonChange> PreviewPane::changes() const
{
    return m_comparing ? m_changeList->changes() : QList<JsonChange>();
}

void PreviewPane::updateComparison()
{
    if (!m_comparing)
        return;
    if (!canCompare()) {
        setComparing(false);
        return;
    }
    const QJsonObject approved = TemplateDocument::fromServerTemplate(m_server, true);
    if (m_approvedPreview->templateJson() != approved)
        m_approvedPreview->setTemplate(approved);
    const QList<JsonChange> diff = TemplateApproval::changes(m_server, m_document);
    if (diff != m_changeList->changes())
        m_changeList->setChanges(diff);
    QStringList before, after;
    for (const JsonChange &c : diff) {
        if (c.kind != JsonChange::Kind::Added)
            before << c.path;
        if (c.kind != JsonChange::Kind::Removed)
            after << c.path;
    }
    m_approvedOverlay->setMarkedPaths(before);
    m_overlay->setMarkedPaths(after);
}

} // namespace sinch::ui
