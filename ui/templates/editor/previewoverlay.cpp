#include "previewoverlay.h"

#include "templates/previewpart.h"
#include "preview/previewcanvas.h"
#include "preview/phonepreviewwidget.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>

namespace sinch::ui {

PreviewOverlay::PreviewOverlay(PhonePreviewWidget *preview)
    : QWidget(preview->canvas())
    , m_preview(preview)
{
    setObjectName(QStringLiteral("previewOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(preview->canvas()->rect());
    preview->canvas()->installEventFilter(this);
    raise();
    show();
}

bool PreviewOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview->canvas() && event->type() == QEvent::Resize) {
        setGeometry(m_preview->canvas()->rect());
        update();
    }
    return QWidget::eventFilter(watched, event);
}

QRectF PreviewOverlay::rectFor(const QString &path) const
{
    if (path.isEmpty())
        return QRectF();
    const QList<PreviewPart> parts = m_preview->parts();
    const int i = PreviewPart::indexFor(parts, path);
    if (i < 0 || parts.at(i).kind == PreviewPart::Kind::Message)
        return QRectF();
    return parts.at(i).rect;
}

void PreviewOverlay::setHighlightedPath(const QString &path)
{
    if (m_highlight == path)
        return;
    m_highlight = path;
    update();
}

void PreviewOverlay::setMarkedPaths(const QStringList &paths)
{
    if (m_marked == paths)
        return;
    m_marked = paths;
    update();
}

QRectF PreviewOverlay::highlightRect() const
{
    return rectFor(m_highlight);
}

QList<QRectF> PreviewOverlay::markedRects() const
{
    QList<QRectF> out;
    for (const QString &p : m_marked) {
        const QRectF r = rectFor(p);
        if (!r.isEmpty() && !out.contains(r))
            out << r;
    }
    // An outer part marked as a whole (a changed card) makes its inner marks noise.
    QList<QRectF> kept;
    for (const QRectF &r : out) {
        bool inside = false;
        for (const QRectF &o : out)
            inside = inside || (o != r && o.contains(r));
        if (!inside)
            kept << r;
    }
    return kept;
}

bool PreviewOverlay::ensureVisible(const QString &path)
{
    const QRectF r = rectFor(path);
    auto *scroll = m_preview->findChild<QScrollArea *>();
    if (r.isEmpty() || !scroll)
        return false;
    // The whole part when it fits, else its top-left corner.
    const QPointF c = r.center();
    const int xm = int(qMin(r.width() / 2 + 8, scroll->viewport()->width() / 2.0));
    const int ym = int(qMin(r.height() / 2 + 8, scroll->viewport()->height() / 2.0));
    scroll->ensureVisible(int(c.x()), int(c.y()), xm, ym);
    return true;
}

void PreviewOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = m_preview->theme() == PreviewOptions::Theme::Dark;
    // Changes: dashed amber, as the diff dialog's colours would clash with the bubbles.
    QPen mark(dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xd9, 0x8a, 0x00), 1.5, Qt::DashLine);
    p.setBrush(Qt::NoBrush);
    p.setPen(mark);
    for (const QRectF &r : markedRects())
        p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 6, 6);
    const QRectF h = highlightRect();
    if (!h.isEmpty()) {
        // The selection: the palette's highlight, a soft halo and a thin line.
        QColor c = palette().color(QPalette::Highlight);
        c.setAlpha(60);
        p.setPen(QPen(c, 4));
        p.drawRoundedRect(h.adjusted(-3, -3, 3, 3), 7, 7);
        c.setAlpha(200);
        p.setPen(QPen(c, 1.5));
        p.drawRoundedRect(h.adjusted(-3, -3, 3, 3), 7, 7);
    }
}

} // namespace sinch::ui
