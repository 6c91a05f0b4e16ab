#include "rcsimagecheck.h"

#include "editing/editsession.h"
#include "preview/remoteimageprobe.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>

namespace sinch::ui {

namespace {
constexpr int kThumbHeight = 40;
// Read this much of a file at most: enough to say by how much a too-big one is over.
constexpr qint64 kReadFactor = 4;
} // namespace

RcsImageCheck::RcsImageCheck(EditSession *session, QLineEdit *field, const QString &path, const QString &name,
                             const QString &inSentence, const rules::ImageRequirement &requirement, RemoteImageProbe *probe,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_field(field)
    , m_path(path)
    , m_inSentence(inSentence)
    , m_requirement(requirement)
    , m_probe(probe)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_thumb = new QLabel(this);
    m_thumb->setFixedHeight(kThumbHeight);
    m_thumb->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("%1 check").arg(name));
    row->addWidget(m_thumb);
    row->addWidget(m_status, 1);
    if (m_probe)
        connect(m_probe, &RemoteImageProbe::finished, this, [this](const RemoteImageProbe::Result &r) {
            if (r.url == m_url)
                show(m_url, &r);
        });
    // Checked when the field is left; an undo, a redo or a draft brought back changes the URL
    // while the field has no focus.
    connect(m_field, &QLineEdit::editingFinished, this, &RcsImageCheck::check);
    connect(m_session, &EditSession::changed, this, [this](const QString &changed) {
        if ((changed.isEmpty() || changed == m_path || m_path.startsWith(changed + QLatin1Char('.'))) && !m_field->hasFocus())
            check();
    });
    check();
}

QString RcsImageCheck::text() const
{
    return m_status->text();
}

void RcsImageCheck::check()
{
    const QString typed = m_session->value(m_path).toString().trimmed();
    const QUrl url(typed);
    if (url == m_url && !m_url.isEmpty())
        return;
    m_url = typed.isEmpty() ? QUrl() : url;
    if (typed.isEmpty() || !m_probe) {
        m_thumb->hide();
        m_status->setText(m_requirement.isEmpty() ? QString() : tr("Sinch needs %1.").arg(m_requirement.summary()));
        return;
    }
    m_probe->probe(m_url, qMax<qint64>(m_requirement.maxBytes, 1024 * 1024 / kReadFactor) * kReadFactor);
    show(m_url);
}

void RcsImageCheck::show(const QUrl &url, const RemoteImageProbe::Result *answer)
{
    // A failed fetch is not kept by the probe (it is asked again): the answer says why.
    const RemoteImageProbe::Result *r = answer ? answer : m_probe->known(url);
    if (!r) {
        m_thumb->hide();
        m_status->setText(m_probe->isFetching(url) ? tr("Fetching the %1 to check it\u2026").arg(m_inSentence)
                                                   : tr("The %1 could not be fetched: check the address, or try again later.")
                                                         .arg(m_inSentence));
        return;
    }
    if (!r->error.isEmpty()) {
        m_thumb->hide();
        // The reason is a sentence of its own ("Not a web address (https://…)."), not a
        // bracket inside this one.
        QString why = r->error;
        if (!why.endsWith(QLatin1Char('.')))
            why += QLatin1Char('.');
        m_status->setText(tr("\u26a0 The %1 could not be fetched: %2 Check the address; Sinch must be able to fetch it.")
                              .arg(m_inSentence, why));
        return;
    }
    if (!r->image.isNull()) {
        m_thumb->setPixmap(QPixmap::fromImage(r->image.scaledToHeight(kThumbHeight, Qt::SmoothTransformation)));
        m_thumb->show();
    } else {
        m_thumb->hide();
    }
    const QStringList problems = r->overLimit ? m_requirement.problems(m_requirement.mimeTypes.value(0), r->bytes, m_requirement.size)
                                              : m_requirement.problems(r->mimeType, r->bytes, r->image.size());
    const QString found = r->overLimit ? tr("More than %1 KB").arg(r->bytes / 1024)
                                       : tr("%1 × %2 %3, %4 KB").arg(r->image.width()).arg(r->image.height())
                                             .arg(r->mimeType.section(QLatin1Char('/'), 1).toUpper()).arg((r->bytes + 1023) / 1024);
    m_status->setText(problems.isEmpty() ? tr("%1: as Sinch needs it.").arg(found)
                                         : tr("\u26a0 %1 Use an image of %2.").arg(problems.join(QLatin1Char(' ')), m_requirement.summary()));
}

} // namespace sinch::ui
