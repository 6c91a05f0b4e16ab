#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>

namespace sinch::ui {

class EditSession;
class FieldBinder;
class FlowList;
class WhatsappTemplateEdits;

// What every form part of the WhatsApp template editor works with: the session its
// edits go to, the binder of its fields, the template's structural edits, a way to select
// another part (a new button's page), and what the server knows of the template.
struct TemplateFormContext
{
    EditSession *session = nullptr;
    FieldBinder *binder = nullptr;
    WhatsappTemplateEdits *edits = nullptr;
    FlowList *flows = nullptr;               // the project's flows, for FLOW buttons
    std::function<void(const QString &part)> selectPart;
    std::function<QJsonObject()> server;     // the server's version; empty for a new template
    QString name;                            // an existing template's name and language
    QString language;
};

} // namespace sinch::ui
