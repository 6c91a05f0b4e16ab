#include "templateviewtab.h"

#include "rejectionreasons.h"
#include "domain/enumtext.h"
#include "domain/whatsapptemplateview.h"

#include <QJsonDocument>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sinch::ui {

TemplateViewTab::TemplateViewTab(const QString &projectKey, const QJsonObject &tmpl, QWidget *parent)
    : DocumentTab(parent)
    , m_projectKey(projectKey)
    , m_template(tmpl)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("templateView"));
    setAccessibleName(title());
    m_browser->setObjectName(QStringLiteral("templateViewText"));
    m_browser->setAccessibleName(tr("Template %1").arg(title()));
    m_browser->setOpenLinks(false);
    const QString json = QString::fromUtf8(QJsonDocument(tmpl).toJson(QJsonDocument::Indented));
    m_browser->setHtml(summaryHtml(tmpl) + QStringLiteral("<pre>%1</pre>").arg(json.toHtmlEscaped()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_browser);
}

QString TemplateViewTab::keyFor(const QString &projectKey, const QJsonObject &tmpl)
{
    return QStringLiteral("%1/whatsapp/%2/%3")
        .arg(projectKey, tmpl.value(QLatin1String("name")).toString(), tmpl.value(QLatin1String("language")).toString());
}

QString TemplateViewTab::documentKey() const
{
    return keyFor(m_projectKey, m_template);
}

QString TemplateViewTab::title() const
{
    return QStringLiteral("%1 · %2").arg(m_template.value(QLatin1String("name")).toString(),
                                         m_template.value(QLatin1String("language")).toString());
}

QString TemplateViewTab::summaryHtml(const QJsonObject &t)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 · %2</h3>").arg(esc(t.value(QLatin1String("name")).toString()),
                                                        esc(t.value(QLatin1String("language")).toString()));
    html += QStringLiteral("<table cellspacing='2'>");
    const auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("State"), WhatsappTemplateView::stateText(t));
    row(tr("Category"), EnumText::words(t.value(QLatin1String("category")).toString()));
    row(tr("Quality"), WhatsappTemplateView::qualityText(t.value(QLatin1String("qualityScore")).toString()));
    row(tr("WhatsApp ID"), t.value(QLatin1String("whatsappId")).toString());
    html += QStringLiteral("</table>");

    const QString code = t.value(QLatin1String("rejectionCode")).toString();
    const QString status = t.value(QLatin1String("changes")).toObject().value(QLatin1String("status")).toString();
    const bool rejected = t.value(QLatin1String("state")).toString() == QLatin1String("REJECTED")
                       || status == QLatin1String("REJECTED");
    if (rejected || (!code.isEmpty() && code != QLatin1String("NONE"))) {
        const RejectionReasons::Reason r = RejectionReasons::reason(code.isEmpty() ? QStringLiteral("NONE") : code);
        html += QStringLiteral("<p><b>%1</b> (%2)<br/>%3</p><p><b>%4</b> %5</p>")
                    .arg(esc(tr("Rejected: %1").arg(r.title)), esc(r.code), esc(r.explanation),
                         esc(tr("What to change:")), esc(r.fix));
    }
    if (!status.isEmpty() && t.contains(QLatin1String("state")))
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Pending changes (%1) are kept next to the approved version; "
                                                     "“Compare with approved” shows what differs.").arg(status)));
    return html;
}

} // namespace sinch::ui
