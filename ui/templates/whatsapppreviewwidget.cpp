#include "whatsapppreviewwidget.h"

#include "theme.h"
#include "whatsapppreviewcanvas.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace sinch::ui {

WhatsappPreviewWidget::WhatsappPreviewWidget(QWidget *parent) : QWidget(parent)
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
    m_light = makeToggle(tr("Light"), tr("Light preview"), tr("Show the preview in WhatsApp's light theme"));
    m_dark = makeToggle(tr("Dark"), tr("Dark preview"), tr("Show the preview in WhatsApp's dark theme"));
    m_raw = makeToggle(tr("Show variables"), tr("Show variables"),
                       tr("Show the variables as {{n}} instead of their examples"));
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(m_light);
    group->addButton(m_dark);
    m_light->setChecked(m_options.theme == PreviewOptions::Theme::Light);
    m_dark->setChecked(m_options.theme == PreviewOptions::Theme::Dark);

    m_canvas = new WhatsappPreviewCanvas;
    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("WhatsApp preview"));
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
    connect(m_raw, &QToolButton::toggled, this, &WhatsappPreviewWidget::setShowRawVariables);
    connect(m_canvas, &WhatsappPreviewCanvas::partClicked, this, &WhatsappPreviewWidget::partClicked);
    refresh();
}

void WhatsappPreviewWidget::setTemplate(const QJsonObject &templateJson)
{
    m_template = templateJson;
    refresh();
}

void WhatsappPreviewWidget::setFindings(const QList<sinch::rules::Finding> &findings)
{
    m_options.findings = findings;
    refresh();
}

void WhatsappPreviewWidget::setTheme(PreviewOptions::Theme theme)
{
    if (m_options.theme == theme)
        return;
    m_options.theme = theme;
    (theme == PreviewOptions::Theme::Dark ? m_dark : m_light)->setChecked(true);
    refresh();
    emit themeChanged(theme);
}

void WhatsappPreviewWidget::setShowRawVariables(bool raw)
{
    if (m_options.showRawVariables == raw)
        return;
    m_options.showRawVariables = raw;
    m_raw->setChecked(raw);
    refresh();
}

QList<PreviewPart> WhatsappPreviewWidget::parts() const
{
    return m_canvas->parts();
}

QImage WhatsappPreviewWidget::image() const
{
    return m_canvas->image();
}

void WhatsappPreviewWidget::refresh()
{
    QPalette pal = m_scroll->viewport()->palette();
    pal.setColor(QPalette::Window, m_options.palette().wallpaper);
    m_scroll->viewport()->setPalette(pal);
    m_canvas->setContent(m_template, m_options);
}

} // namespace sinch::ui
