#include "previewoverlay.h"

#include "templates/previewpart.h"
#include "preview/cachedshape.h"
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
    connect(preview->canvas(), &PreviewCanvas::rendered, this, &PreviewOverlay::refresh);
    raise();
    show();
}

bool PreviewOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview->canvas() && event->type() == QEvent::Resize) {
        setGeometry(m_preview->canvas()->rect());
        m_drawn = outlines();
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
    refresh();
}

void PreviewOverlay::setMarkedPaths(const QStringList &paths)
{
    if (m_marked == paths)
        return;
    m_marked = paths;
    refresh();
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

QList<QRectF> PreviewOverlay::outlines() const
{
    return QList<QRectF>{highlightRect()} + markedRects();
}

void PreviewOverlay::refresh()
{
    const QList<QRectF> now = outlines();
    if (now == m_drawn)
        return;
    QRegion dirty;
    for (const QList<QRectF> &rects : {m_drawn, now})
        for (const QRectF &r : rects)
            if (!r.isEmpty())
                dirty += r.toAlignedRect().adjusted(-6, -6, 6, 6); // the pen and the halo
    m_drawn = now;
    update(dirty);
}

bool PreviewOverlay::ensureVisible(const QString &path)
{
    // A card comes in sideways within the phone's width (the message stays put), then the
    // scroll area brings it up or down.
    const bool sideways = m_preview->bringIntoView(path);
    if (sideways)
        refresh(); // where the card went
    const QRectF r = rectFor(path);
    auto *scroll = m_preview->findChild<QScrollArea *>();
    if (r.isEmpty() || !scroll)
        return false;
    // The whole part when it fits, else its top-left corner; a card the preview brought in
    // itself only up or down (the pane scrolled sideways would cut the message).
    const QPointF c = r.center();
    const QRectF seen = m_preview->visibleArea();
    const int x = sideways ? int(seen.center().x()) : int(c.x());
    const int xm = sideways ? 0 : int(qMin(r.width() / 2 + 8, scroll->viewport()->width() / 2.0));
    const int ym = int(qMin(r.height() / 2 + 8, scroll->viewport()->height() / 2.0));
    scroll->ensureVisible(x, int(c.y()), xm, ym);
    return true;
}

void PreviewOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = m_preview->theme() == PreviewOptions::Theme::Dark;
    // Changes: dashed amber, as the diff dialog's colours would clash with the bubbles.
    QPen mark(dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xd9, 0x8a, 0x00), 1.5, Qt::DashLine);
    for (const QRectF &r : markedRects())
        preview::paintCachedShape(&p, r.adjusted(-4, -4, 4, 4), QStringLiteral("overlay-mark:%1").arg(mark.color().rgba()),
                                  [&r, &mark](QPainter *q) {
                                      q->setPen(mark);
                                      q->setBrush(Qt::NoBrush);
                                      q->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 6, 6);
                                  });
    const QRectF h = highlightRect();
    if (!h.isEmpty()) {
        // The selection: the palette's highlight, a soft halo and a thin line.
        const QColor c = palette().color(QPalette::Highlight);
        preview::paintCachedShape(&p, h.adjusted(-6, -6, 6, 6), QStringLiteral("overlay-highlight:%1").arg(c.rgba()),
                                  [&h, c](QPainter *q) {
                                      QColor halo = c;
                                      halo.setAlpha(60);
                                      q->setBrush(Qt::NoBrush);
                                      q->setPen(QPen(halo, 4));
                                      q->drawRoundedRect(h.adjusted(-3, -3, 3, 3), 7, 7);
                                      halo.setAlpha(200);
                                      q->setPen(QPen(halo, 1.5));
                                      q->drawRoundedRect(h.adjusted(-3, -3, 3, 3), 7, 7);
                                  });
    }
}

} // namespace sinch::ui
