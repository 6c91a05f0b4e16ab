#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sinch::ui {

class EditSession;

// The edits of a KakaoTalk AlimTalk template, without widgets, on the editor's document:
// {details: KakaotalkInputTemplateDetailsDto, consoleExamples: {variable: example}}. The
// contract has no field for examples of #{variables}; the console keeps them under
// kExamplesKey, which request() strips before anything is sent. Structural edits (buttons
// added, removed, moved, with their `ordering` renumbered 1..n) are one undo step each.
class KakaotalkTemplateEdits
{
    Q_DECLARE_TR_FUNCTIONS(sinch::ui::KakaotalkTemplateEdits)
public:
    static const QString kExamplesKey;
    static const QString kButtons; // "details.buttons"

    explicit KakaotalkTemplateEdits(EditSession *session) : m_session(session) {}

    // What New starts from: Korean, a basic message without emphasis, no buttons.
    static QJsonObject newTemplate();
    // The document of a template from the server: the details being edited (the pending
    // changes' when there are some).
    static QJsonObject fromServer(const QJsonObject &serverTemplate);
    // What the create request carries: {details} without the console's keys, empty
    // optional texts and nulls (the contract's minLength 1 means "leave it out").
    static QJsonObject request(const QJsonObject &document);
    // The distinct #{variables} of the content, in order of first appearance.
    static QStringList variables(const QJsonObject &document);
    // The example path of a variable; empty for a name that cannot be a key of a path.
    static QString examplePath(const QString &variable);

    int buttonCount() const;
    QString buttonPath(int index) const;
    // The button kinds of the contract that no button has yet (each kind at most once).
    QStringList freeButtonTypes() const;

    // A value typed or chosen in a field: "none" entries remove the key; a button of another
    // kind drops the links that kind does not have (one step).
    void fieldEdited(const QString &path, const QJsonValue &value, bool typing);
    // Returns the new button's index, -1 when the template has the most it may have.
    int addButton(const QString &type);
    void removeButton(int index);
    bool moveButton(int from, int to);
    // The button a field path lies in (-1 for none).
    static int buttonOf(const QString &path);

private:
    void renumber();

    EditSession *m_session;
};

} // namespace sinch::ui
