#pragma once

#include "preview/remoteimageprobe.h"
#include "rules/imagerequirement.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace sinch::ui {

class EditSession;

// Under a logo or banner URL field: the image behind the URL as a thumbnail and a sentence
// on whether it meets the contract's requirement ("224 × 224 PNG, 31 KB: as Sinch needs
// it." or what is wrong and what to do). Fetched when the field is left and when the URL
// changes otherwise (undo, a draft); advice only: Sinch fetches the image itself, and a
// host the console cannot reach may be reachable for Sinch.
class RcsImageCheck : public QWidget
{
    Q_OBJECT
public:
    // `field`: the URL's line edit, bound to `path`. `name`: the image as a name stands alone
    // ("Logo"); `inSentence`: as it is written inside a sentence ("logo"; German writes
    // "Logo" there too, so it is translated on its own rather than lower-cased).
    RcsImageCheck(EditSession *session, QLineEdit *field, const QString &path, const QString &name,
                  const QString &inSentence, const rules::ImageRequirement &requirement, RemoteImageProbe *probe,
                  QWidget *parent = nullptr);

    // Checks the session's URL now (when it changed since the last check).
    void check();
    QString text() const;

private:
    void show(const QUrl &url, const RemoteImageProbe::Result *answer = nullptr);

    EditSession *m_session;
    QLineEdit *m_field;
    QString m_path;
    QString m_inSentence;
    rules::ImageRequirement m_requirement;
    RemoteImageProbe *m_probe;
    QUrl m_url;
    QLabel *m_thumb;
    QLabel *m_status;
};

} // namespace sinch::ui
