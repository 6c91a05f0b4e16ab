#include "mediatype.h"

#include <QHash>
#include <QUrl>

namespace sinch::rules {

QString MediaType::typeOf(const QString &url)
{
    const QString path = QUrl(url).path().toLower();
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || path.size() - dot > 6)
        return QString();
    static const QHash<QString, QString> byExt = {
        {"jpg", "image/jpeg"}, {"jpeg", "image/jpeg"}, {"png", "image/png"}, {"gif", "image/gif"},
        {"webp", "image/webp"}, {"mp4", "video/mp4"}, {"3gp", "video/3gp"}, {"mov", "video/quicktime"},
        {"avi", "video/x-msvideo"}, {"pdf", "application/pdf"}, {"doc", "application/msword"},
        {"docx", "application/docx"}, {"txt", "text/plain"}};
    return byExt.value(path.mid(dot + 1));
}

int MediaType::fits(const QString &format, const QString &url, const QString &mimeType)
{
    const QString kind = mimeType.isEmpty() ? typeOf(url) : mimeType.toLower();
    if (kind.isEmpty())
        return Unknown;
    if (format == QLatin1String("IMAGE"))
        return kind == QLatin1String("image/jpeg") || kind == QLatin1String("image/png") ? Accepted : Wrong;
    if (format == QLatin1String("VIDEO"))
        return kind == QLatin1String("video/mp4") || kind == QLatin1String("video/3gp") || kind == QLatin1String("video/3gpp") ? Accepted : Wrong;
    if (format == QLatin1String("DOCUMENT"))
        return kind == QLatin1String("application/pdf") ? Accepted : Wrong;
    return Unknown;
}

} // namespace sinch::rules
