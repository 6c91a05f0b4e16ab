#include "phonepreviewwidget.h"

#include "theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sinch::ui {

PhonePreviewWidget::PhonePreviewWidget(const QString &channel, const QString &rawToolTip, QWidget *parent)
    : QWidget(parent)
{
    m_options.theme = Theme::isDark() ? PreviewOptions::Theme::Dark : PreviewOptions::Theme::Light;

    auto makeToggle = [this](const QString &text, const QString &accessible, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::StrongFocus);
        b->setAccessibleName(accessible);
        b->setToolTip(tip);
        return b;
    };
    m_light = makeToggle(tr("Light"), tr("Light preview"), tr("Show the preview in %1's light theme").arg(channel));
    m_dark = makeToggle(tr("Dark"), tr("Dark preview"), tr("Show the preview in %1's dark theme").arg(channel));
    m_raw = makeToggle(tr("Show variables"), tr("Show variables"), rawToolTip);
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(m_light);
    group->addButton(m_dark);
    m_light->setChecked(m_options.theme == PreviewOptions::Theme::Light);
    m_dark->setChecked(m_options.theme == PreviewOptions::Theme::Dark);

    m_canvas = new PreviewCanvas;
    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("%1 preview").arg(channel));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setAutoFillBackground(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_light);
    bar->addWidget(m_dark);
    bar->addStretch(1);
    bar->addWidget(m_raw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    setMinimumWidth(m_options.frameWidth / 2);

    connect(m_light, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setTheme(PreviewOptions::Theme::Light);
    });
    connect(m_dark, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setTheme(PreviewOptions::Theme::Dark);
    });
    connect(m_raw, &QToolButton::toggled, this, &PhonePreviewWidget::setShowRawVariables);
    connect(m_canvas, &PreviewCanvas::partClicked, this, &PhonePreviewWidget::partClicked);
}

void PhonePreviewWidget::setFindings(const QList<sinch::rules::Finding> &findings)
{
    m_options.findings = findings;
    m_canvas->setFindings(findings);
}

void PhonePreviewWidget::setTheme(PreviewOptions::Theme theme)
{
    if (m_options.theme == theme)
        return;
    m_options.theme = theme;
    (theme == PreviewOptions::Theme::Dark ? m_dark : m_light)->setChecked(true);
    refresh();
    emit themeChanged(theme);
}

void PhonePreviewWidget::setShowRawVariables(bool raw)
{
    if (m_options.showRawVariables == raw)
        return;
    m_options.showRawVariables = raw;
    m_raw->setChecked(raw);
    refresh();
}

QList<PreviewPart> PhonePreviewWidget::parts() const
{
    return m_canvas->parts();
}

QRectF PhonePreviewWidget::visibleArea() const
{
    const QRect inSight(QPoint(m_scroll->horizontalScrollBar()->value(), m_scroll->verticalScrollBar()->value()),
                        m_scroll->viewport()->size());
    return QRectF(inSight & m_canvas->rect());
}

QImage PhonePreviewWidget::image() const
{
    return m_canvas->image();
}

QSize PhonePreviewWidget::sizeHint() const
{
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return QSize((m_phoneWidth > 0 ? m_phoneWidth : m_options.frameWidth) + scrollBar, QWidget::sizeHint().height());
}

void PhonePreviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_phoneWidth == 0)
        m_phoneWidth = m_options.frameWidth;
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int frame = qBound(qMin(kNarrowestPhone, m_phoneWidth), width() - scrollBar, m_phoneWidth);
    if (frame == m_options.frameWidth)
        return;
    m_options.frameWidth = frame;
    if (m_renderer)
        refresh();
}

void PhonePreviewWidget::setRenderer(const PreviewCanvas::Renderer &renderer)
{
    m_renderer = renderer;
    refresh();
}

void PhonePreviewWidget::refresh(const PreviewRendering::SameContent &same)
{
    m_canvas->setContent(m_renderer, m_options, same);
    QPalette pal = m_scroll->viewport()->palette();
    pal.setColor(QPalette::Window, m_canvas->background());
    m_scroll->viewport()->setPalette(pal);
}

void PhonePreviewWidget::setRawToggleVisible(bool visible)
{
    m_raw->setVisible(visible);
}

} // namespace sinch::ui
