#pragma once
// Templates with megabytes of text, for tst_hugeinput (what such a template shows and finds)
// and bench_hugeinput (what its work costs against a small one): a fixture whose WhatsApp
// body or KakaoTalk content is `size` characters of ordinary markup and variables.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hugetemplates {

inline QString text(qsizetype size)
{
    const QString unit = QStringLiteral("Hi {{1}}, your *order* {{2}} ships _soon_. ");
    QString out;
    while (out.size() < size)
        out += unit;
    out.truncate(size);
    return out;
}

// `fixture` (a WhatsApp template) with a body of `size` characters.
inline QJsonObject whatsapp(QJsonObject fixture, qsizetype size)
{
    QJsonObject details = fixture.value(QLatin1String("details")).toObject();
    QJsonArray components = details.value(QLatin1String("components")).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject c = components.at(i).toObject();
        if (c.value(QLatin1String("type")).toString() == QLatin1String("BODY")) {
            c.insert(QStringLiteral("text"), text(size));
            components.replace(i, c);
        }
    }
    details.insert(QStringLiteral("components"), components);
    fixture.insert(QStringLiteral("details"), details);
    return fixture;
}

// `fixture` (a KakaoTalk template) with content of `size` characters.
inline QJsonObject kakaotalk(QJsonObject fixture, qsizetype size)
{
    QJsonObject details = fixture.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("content"), text(size));
    fixture.insert(QStringLiteral("details"), details);
    return fixture;
}

} // namespace hugetemplates
