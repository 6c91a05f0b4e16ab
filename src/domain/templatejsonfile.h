#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sinch {

// A WhatsApp template as a JSON file (the create-request shape), for the editor's import
// and export: reading says in a sentence what is wrong with a file that is not one.
class TemplateJsonFile
{
    Q_DECLARE_TR_FUNCTIONS(sinch::TemplateJsonFile)
public:
    // The template in `path`; an empty object and *error set when it is not one.
    static QJsonObject read(const QString &path, QString *error);
    // Writes atomically; false with *error set on failure.
    static bool write(const QString &path, const QJsonObject &document, QString *error);
};

} // namespace sinch
