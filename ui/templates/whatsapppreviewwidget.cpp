#include "whatsapppreviewwidget.h"

#include "whatsapppreviewrenderer.h"

#include <QJsonArray>
#include <QWheelEvent>

#include <algorithm>
#include <utility>

namespace sinch::ui {

WhatsappPreviewWidget::WhatsappPreviewWidget(QWidget *parent)
    : PhonePreviewWidget(tr("WhatsApp"), tr("Show the variables as {{n}} instead of their examples"), parent)
{
    options().carouselScroll = 0;
    setRenderer([this](const PreviewOptions &options) { return WhatsappPreviewRenderer::rendering(m_template, options, &m_texts); });
    canvas()->installEventFilter(this);
}

qreal WhatsappPreviewWidget::carouselScroll() const
{
    return qMax<qreal>(0, options().carouselScroll);
}

bool WhatsappPreviewWidget::setCarouselScroll(qreal scroll)
{
    QRectF strip;
    for (const PreviewPart &p : parts()) {
        if (p.kind == PreviewPart::Kind::Carousel)
            strip = p.rect;
    }
    const qreal now = carouselScroll();
    // The strip's right end may come to the phone's edge (or the pane's, narrower), less
    // the margin its left has.
    const qreal margin = strip.isEmpty() ? 0 : strip.left() + now;
    const qreal edge = isVisible() ? qMin<qreal>(options().frameWidth, visibleArea().right()) : options().frameWidth;
    const qreal last = qMax<qreal>(0, strip.right() + now - (edge - margin));
    const qreal wanted = qBound<qreal>(0, scroll, last);
    if (qFuzzyCompare(wanted + 1, now + 1))
        return false;
    options().carouselScroll = wanted;
    refresh();
    emit carouselScrolled(wanted);
    return true;
}

bool WhatsappPreviewWidget::bringIntoView(const QString &path)
{
    // The card the path is, or lies in.
    const QList<PreviewPart> shown = parts();
    const auto card = std::find_if(shown.cbegin(), shown.cend(), [&path](const PreviewPart &p) {
        return p.kind == PreviewPart::Kind::Card && (path == p.path || path.startsWith(p.path + QLatin1Char('.')));
    });
    if (card == shown.cend())
        return false;
    // Into the part of the phone in sight (the pane may be narrower than the phone).
    const QRectF r = card->rect;
    const QRectF seen = visibleArea();
    const qreal margin = 12;
    if (r.left() < seen.left() + margin)
        setCarouselScroll(carouselScroll() + r.left() - (seen.left() + margin));
    else if (r.right() > seen.right() - margin)
        setCarouselScroll(carouselScroll() + r.right() - (seen.right() - margin));
    return true;
}

bool WhatsappPreviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == canvas() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        // Sideways: a tilted wheel or a touchpad's swipe, or Shift with the wheel.
        const int sideways = wheel->angleDelta().x() != 0 ? wheel->angleDelta().x()
            : (wheel->modifiers() & Qt::ShiftModifier) ? wheel->angleDelta().y() : 0;
        if (sideways != 0 && setCarouselScroll(carouselScroll() - sideways / 2.0))
            return true;
    }
    return PhonePreviewWidget::eventFilter(watched, event);
}

namespace {

// The template less its components: what every part of the rendering may depend on.
QJsonObject frameOf(QJsonObject templateJson)
{
    QJsonObject details = templateJson.value(QLatin1String("details")).toObject();
    details.remove(QLatin1String("components"));
    templateJson.insert(QLatin1String("details"), details);
    return templateJson;
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// The paths where `after` differs from `before`, as deep as both are objects, or arrays of
// one length (else the array's path). Not JsonDiff::changes: it aligns arrays of other
// lengths, so an element that moved up one place compares with its old self, while a part of
// the preview is drawn from whatever now stands at its path. A subtree an edit left alone is shared by the two and
// compares at once, so a key typed costs the few values on the way to its text, not a walk
// from the top for every part of the preview.
void collectChanged(const QJsonValue &before, const QJsonValue &after, const QString &path, QStringList *out)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        const QJsonObject b = before.toObject();
        const QJsonObject a = after.toObject();
        for (auto it = b.begin(); it != b.end(); ++it)
            collectChanged(it.value(), a.value(it.key()), childPath(path, it.key()), out);
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!b.contains(it.key()))
                out->append(childPath(path, it.key()));
        return;
    }
    if (before.isArray() && after.isArray() && before.toArray().size() == after.toArray().size()) {
        const QJsonArray b = before.toArray();
        const QJsonArray a = after.toArray();
        for (qsizetype i = 0; i < b.size(); ++i)
            collectChanged(b.at(i), a.at(i), childPath(path, QString::number(i)), out);
        return;
    }
    out->append(path);
}

} // namespace

void WhatsappPreviewWidget::setTemplate(const QJsonObject &templateJson)
{
    const QJsonObject before = std::exchange(m_template, templateJson);
    if (frameOf(before) != frameOf(m_template)) {
        refresh(); // the category or the like: all of it
        return;
    }
    // A part is drawn from the JSON at its path: the same unless a change lies at it, under
    // it or above it.
    QStringList changed;
    collectChanged(before.value(QLatin1String("details")), m_template.value(QLatin1String("details")), QStringLiteral("details"),
                   &changed);
    refresh([&changed](const QString &path) {
        for (const QString &c : std::as_const(changed)) {
            const qsizetype shorter = qMin(c.size(), path.size());
            // One is the other, or lies under it.
            if (QStringView(c).left(shorter) == QStringView(path).left(shorter)
                && (c.size() == path.size() || (c.size() > path.size() ? c.at(shorter) : path.at(shorter)) == QLatin1Char('.')))
                return false;
        }
        return true;
    });
}

} // namespace sinch::ui
