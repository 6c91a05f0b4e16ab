#pragma once

#include <QString>

namespace sinch::rules {

// Whether a media file fits a slot of a template, told from the URL's extension or an
// explicit MIME type: the reviewers (Meta, Kakao) refuse the wrong kind, and the console
// cannot download the file to look.
class MediaType
{
public:
    enum Fit { Wrong = -1, Unknown = 0, Accepted = 1 };
    // `format` is IMAGE (JPEG or PNG), VIDEO (MP4 or 3GP) or DOCUMENT (PDF).
    // The MIME type a URL's file extension stands for ("image/png"); empty when unknown.
    static QString typeOf(const QString &url);
    static int fits(const QString &format, const QString &url, const QString &mimeType = QString());
};

} // namespace sinch::rules
