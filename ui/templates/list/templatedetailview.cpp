#include "templatedetailview.h"

#include "templateviewtab.h"
#include "models/templatelistmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QModelIndex>

namespace sinch::ui {

using M = TemplateListModel;

TemplateDetailView::TemplateDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Selected template"));
    setOpenLinks(false);
    setPlaceholderText(tr("Select a template to see its state, what a rejection means and all its fields."));
}

void TemplateDetailView::showRow(const QModelIndex &current)
{
    if (!current.isValid()) {
        clearRow();
        return;
    }
    QString html;
    const QJsonObject t = current.data(M::JsonRole).toJsonObject();
    if (t.isEmpty()) {
        const QModelIndex name = current.siblingAtColumn(0);
        html = QStringLiteral("<h3>%1</h3>").arg(name.data(M::NameRole).toString().toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("Languages: %1").arg(name.data(M::LanguagesRole).toStringList().join(QLatin1String(", "))).toHtmlEscaped());
        const QStringList missing = name.data(M::MissingLanguagesRole).toStringList();
        if (!missing.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Not yet in: %1").arg(missing.join(QLatin1String(", "))).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("Expand the name (→) and select a language to see its state and fields.").toHtmlEscaped());
    } else {
        const QString json = QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Indented));
        html = TemplateViewTab::summaryHtml(t) + QStringLiteral("<pre>%1</pre>").arg(json.toHtmlEscaped());
    }
    if (html != m_shown) {
        m_shown = html;
        setHtml(html);
    }
}

void TemplateDetailView::clearRow()
{
    m_shown.clear();
    clear();
}

} // namespace sinch::ui
