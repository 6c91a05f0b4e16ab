// TemplateDocument: a template from the server turned into the editor's document, and the
// editor's pure helpers on whatever that document holds (paths, variables, cards).
#include "fuzzsupport.h"

#include "domain/templatedocument.h"

using sinch::TemplateDocument;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject server = sinch::fuzz::jsonObject(sinch::fuzz::bytes(data, size));
    TemplateDocument::hasApprovedVersion(server);
    for (bool approved : {false, true}) {
        const QJsonObject doc = TemplateDocument::fromServerTemplate(server, approved);
        // "components is always there", whatever the server sent.
        if (!doc.value(QStringLiteral("details")).toObject().value(QStringLiteral("components")).isArray())
            __builtin_trap();
        TemplateDocument document(doc);
        const QJsonArray components = document.value(QStringLiteral("details.components")).toArray();
        for (qsizetype i = 0; i < components.size() && i < 16; ++i) {
            const QJsonObject component = components.at(i).toObject();
            const QString text = component.value(QStringLiteral("text")).toString();
            TemplateDocument::variables(text);
            TemplateDocument::variableCount(text);
            int number = 0;
            for (int cursor : {-1, 0, int(text.size() / 2), int(text.size()), int(text.size()) + 1})
                TemplateDocument::withVariableInserted(component, cursor, &number);
            TemplateDocument::withVariablesRenumbered(component);
            const QString path = QStringLiteral("details.components.%1").arg(i);
            document.insertVariable(path, int(text.size() / 3));
            const QJsonArray cards = component.value(QStringLiteral("cards")).toArray();
            for (qsizetype c = 0; c < cards.size() && c < 4; ++c) {
                const QJsonObject card = cards.at(c).toObject();
                TemplateDocument::cardStructure(card);
                TemplateDocument::withCardStructure(card, cards.first().toObject());
                TemplateDocument::emptyCardLike(card);
            }
        }
        for (const QString &type : {QStringLiteral("HEADER"), QStringLiteral("BODY"), QStringLiteral("BUTTONS"),
                                    QStringLiteral("CAROUSEL")}) {
            document.componentIndex(type);
            document.componentInsertIndex(type);
        }
        document.move(QStringLiteral("details.components"), 0, int(components.size()) - 1);
        document.remove(QStringLiteral("details.components"), 0);
    }
    return 0;
}
