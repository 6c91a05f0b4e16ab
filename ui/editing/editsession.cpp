#include "editsession.h"

#include "insertcommand.h"
#include "logging.h"
#include "movecommand.h"
#include "removecommand.h"
#include "setvaluecommand.h"
#include "storage/draftstore.h"

#include "api/clocktimer.h"

#include <QSet>
#include <QUndoStack>
#include <QUuid>

namespace sinch::ui {

namespace {
int g_autosaveInterval = 5000;
}

void EditSession::setAutosaveInterval(int msecs)
{
    g_autosaveInterval = qMax(1, msecs);
}

int EditSession::autosaveInterval()
{
    return g_autosaveInterval;
}

EditSession::EditSession(const QJsonObject &document, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(new QUndoStack(this))
    , m_autosave(new ClockTimer(clock, this))
{
    m_autosave->setObjectName(QStringLiteral("autosaveTimer"));
    m_autosave->setInterval(autosaveInterval());
    connect(m_autosave, &ClockTimer::timeout, this, &EditSession::autosave);
    connect(&m_document, &TemplateDocument::changed, this, [this](const QString &path) {
        ++m_changes;
        emit changed(path);
    });
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
    connect(m_stack, &QUndoStack::indexChanged, this, &EditSession::stepsChanged);
}

EditSession::~EditSession()
{
    finish();
    // The stack's commands point at m_document: they go first.
    m_stack->disconnect(this);
    delete m_stack;
}

void EditSession::set(const QString &path, const QJsonValue &value, bool typing, const QString &text)
{
    if (!typing)
        endTyping();
    const QString label = text.isEmpty() ? tr("Edit %1").arg(path.section(QLatin1Char('.'), -1)) : text;
    push(new SetValueCommand(&m_document, path, value, typing ? m_typingSession : -1, label));
}

void EditSession::insert(const QString &listPath, int index, const QJsonValue &value, const QString &text)
{
    endTyping();
    push(new InsertCommand(&m_document, listPath, index, value, text));
}

void EditSession::remove(const QString &listPath, int index, const QString &text)
{
    endTyping();
    push(new RemoveCommand(&m_document, listPath, index, text));
}

void EditSession::move(const QString &listPath, int from, int to, const QString &text)
{
    endTyping();
    push(new MoveCommand(&m_document, listPath, from, to, text));
}

void EditSession::replace(const QJsonObject &document, const QString &text)
{
    endTyping();
    push(new SetValueCommand(&m_document, QString(), document, -1, text));
    endTyping();
}

void EditSession::push(QUndoCommand *command)
{
    m_stack->push(command);
}

bool EditSession::isDirty() const
{
    return !m_stack->isClean();
}

int EditSession::unsavedChanges() const
{
    if (m_stack->isClean())
        return 0;
    // The steps between the saved state and now, as a person counts them: a field typed in
    // again after leaving it is one change (two steps), an item added, removed or moved is
    // one each. Without a reachable saved state, every step done.
    const int clean = m_stack->cleanIndex(), now = m_stack->index();
    const int from = clean < 0 ? 0 : qMin(clean, now), to = clean < 0 ? now : qMax(clean, now);
    QSet<QString> fields;
    int listSteps = 0;
    for (int i = from; i < to; ++i) {
        if (const auto *set = dynamic_cast<const SetValueCommand *>(m_stack->command(i)))
            fields.insert(set->path());
        else
            ++listSteps;
    }
    return qMax(1, int(fields.size()) + listSteps);
}

void EditSession::setClean()
{
    m_stack->setClean();
}

void EditSession::undoToClean()
{
    if (m_stack->cleanIndex() >= 0)
        m_stack->setIndex(m_stack->cleanIndex());
}

void EditSession::setDrafts(DraftStore *drafts, const QString &key, std::function<DraftInfo()> info)
{
    m_drafts = drafts;
    m_draftKey = key;
    m_draftInfo = std::move(info);
    if (m_drafts)
        m_autosave->start();
    else
        m_autosave->stop();
}

bool EditSession::writeDraft(QString *error)
{
    if (!m_drafts)
        return false;
    DraftStore::Draft draft;
    draft.key = m_draftKey;
    if (m_draftInfo) {
        const DraftInfo info = m_draftInfo();
        draft.projectKey = info.projectKey;
        draft.title = info.title;
        draft.kind = info.kind;
        draft.original = info.original;
    }
    draft.document = json();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    QString why;
    if (!m_drafts->save(draft, &why)) {
        qCWarning(lcUi) << "autosave failed:" << why;
        if (error)
            *error = why;
        emit draftFailed(why);
        return false;
    }
    m_autosavedChanges = m_changes;
    m_autosavedAt = QDateTime::currentDateTime();
    emit draftWritten();
    return true;
}

void EditSession::removeDraft()
{
    if (m_drafts)
        m_drafts->remove(m_draftKey);
    m_autosavedAt = QDateTime();
}

bool EditSession::resumeDrafts(DraftStore *drafts, const QString &prefix, const QString &id, std::function<DraftInfo()> info,
                               const QString &stepText)
{
    const QString newPrefix = prefix + QStringLiteral("new-");
    QString key = id.isEmpty() ? QString() : prefix + id;
    std::optional<DraftStore::Draft> kept;
    if (drafts && !id.isEmpty()) {
        kept = drafts->find(key);
    } else if (drafts) {
        for (const DraftStore::Draft &draft : drafts->all())
            if (!kept && draft.key.startsWith(newPrefix))
                kept = draft;
    }
    if (key.isEmpty())
        key = kept ? kept->key : newPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    setDrafts(drafts, key, std::move(info));
    if (!kept || kept->document == json())
        return false;
    replace(kept->document, stepText);
    writeDraft(); // this session's own now: undone and closed, it goes
    return true;
}

void EditSession::finish()
{
    // Nothing typed is lost: an unsaved edit stays in the local drafts.
    if (!m_discarded && m_drafts) {
        if (isDirty())
            writeDraft();
        else if (m_autosavedAt.isValid())
            m_drafts->remove(m_draftKey); // undone back to what the server has
    }
    m_drafts = nullptr;
    m_draftInfo = nullptr;
    m_autosave->stop();
}

void EditSession::discard()
{
    m_discarded = true;
    removeDraft();
}

void EditSession::autosave()
{
    if (!isDirty() || m_changes == m_autosavedChanges)
        return;
    writeDraft();
}

} // namespace sinch::ui
