#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinch {

// What a bulk clone of WhatsApp templates will create: every source template (the
// server's WhatsappTemplateDto) in every target language, as create requests for the
// target project, its texts translated where a translation was given (the source text
// otherwise). A clone that would be its own source (same project, same language) or a
// second clone of one name into one language (two sources of a name, one target language)
// is left out and said why.
class BulkClonePlan
{
    Q_DECLARE_TR_FUNCTIONS(sinch::BulkClonePlan)
public:
    // A text of a template a translator fills in.
    struct Text
    {
        QString path;  // in the create request, e.g. "details.components.1.text"
        QString label; // "Body", "Button 2" ...
        QString source;
    };
    struct Clone
    {
        QString name;
        QString sourceLanguage;
        QString language;
        QJsonObject document; // the create request
        QString label() const;
    };
    struct Skipped
    {
        QString label;
        QString reason;
    };

    // `languages` empty: each template in its own language.
    BulkClonePlan(const QList<QJsonObject> &sources, const QStringList &languages, bool sameProject);

    // The translatable texts of a create request (header text, body, footer, buttons).
    static QList<Text> texts(const QJsonObject &document);

    const QList<Clone> &clones() const { return m_clones; }
    const QList<Skipped> &skipped() const { return m_skipped; }
    // Sets the text at `path` of the clone at `index` (an empty text keeps the source's).
    void translate(int index, const QString &path, const QString &text);

private:
    QList<Clone> m_clones;
    QList<Skipped> m_skipped;
};

} // namespace sinch
