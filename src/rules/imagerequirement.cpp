#include "imagerequirement.h"

#include "contractlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sinch::rules {

namespace {

QString kilobytes(qint64 bytes)
{
    return QCoreApplication::translate("sinch::rules::ImageRequirement", "%1 KB").arg((bytes + 1023) / 1024);
}

// "image/jpeg" → "JPEG".
QString shortName(const QString &mimeType)
{
    return mimeType.section(QLatin1Char('/'), 1).toUpper();
}

} // namespace

ImageRequirement ImageRequirement::fromDescription(const QString &description)
{
    ImageRequirement r;
    static const QRegularExpression types(QStringLiteral("mime types?:([^\\n]*)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression type(QStringLiteral("`([a-z]+/[a-z0-9.+-]+)`"));
    static const QRegularExpression size(QStringLiteral("file size:\\s*([0-9]+)\\s*([KM]?B)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dims(QStringLiteral("dimensions:\\s*([0-9]+)\\s*[x×]\\s*([0-9]+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch t = types.match(description);
    if (t.hasMatch())
        for (auto it = type.globalMatch(t.captured(1)); it.hasNext();)
            r.mimeTypes << it.next().captured(1);
    const QRegularExpressionMatch s = size.match(description);
    if (s.hasMatch()) {
        const QString unit = s.captured(2).toUpper();
        r.maxBytes = s.captured(1).toLongLong() * (unit == QLatin1String("MB") ? 1024 * 1024 : unit == QLatin1String("KB") ? 1024 : 1);
    }
    const QRegularExpressionMatch d = dims.match(description);
    if (d.hasMatch())
        r.size = QSize(d.captured(1).toInt(), d.captured(2).toInt());
    return r;
}

ImageRequirement ImageRequirement::of(const QString &schemaName, const QString &field)
{
    const QJsonObject property = ContractLimits::property(ContractLimits::properties(schemaName), field);
    return fromDescription(property.value(QLatin1String("description")).toString());
}

QStringList ImageRequirement::problems(const QString &mimeType, qint64 bytes, const QSize &imageSize) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("sinch::rules::ImageRequirement", text); };
    QStringList out;
    if (!mimeTypes.isEmpty() && !mimeTypes.contains(mimeType)) {
        QStringList names;
        for (const QString &m : mimeTypes)
            names << shortName(m);
        out << tr("It is %1; Sinch takes %2.").arg(mimeType.isEmpty() ? tr("not an image") : shortName(mimeType),
                                                   names.join(tr(" or ")));
    }
    if (size.isValid() && imageSize != size)
        out << tr("It is %1 × %2 pixels; it must be exactly %3 × %4.")
                   .arg(imageSize.width()).arg(imageSize.height()).arg(size.width()).arg(size.height());
    if (maxBytes > 0 && bytes > maxBytes)
        out << tr("It is %1; at most %2 is allowed.").arg(kilobytes(bytes), kilobytes(maxBytes));
    return out;
}

QString ImageRequirement::summary() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("sinch::rules::ImageRequirement", text); };
    QStringList parts;
    if (!mimeTypes.isEmpty()) {
        QStringList names;
        for (const QString &m : mimeTypes)
            names << shortName(m);
        parts << names.join(tr(" or "));
    }
    if (size.isValid())
        parts << tr("%1 × %2").arg(size.width()).arg(size.height());
    if (maxBytes > 0)
        parts << tr("up to %1").arg(kilobytes(maxBytes));
    return parts.join(QStringLiteral(", "));
}

} // namespace sinch::rules
