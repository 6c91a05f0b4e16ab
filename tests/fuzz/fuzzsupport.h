#pragma once

// Shared by the libFuzzer targets: one application object for the whole run (Qt's text
// layout, translations and the contract's resources need one) and the ways the targets
// turn raw bytes into the inputs their parsers take.
#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace sinch::fuzz {

enum class App { Core, Gui };

// Called from LLVMFuzzerInitialize. libFuzzer's own flags stay in argv untouched: Qt sees
// only the program name.
inline void createApplication(App kind)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    // QT_QPA_PLATFORM=offscreen comes from the test's environment; a developer running a
    // target by hand gets the same without setting it.
    if (kind == App::Gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Warnings about the broken input are expected by the thousand; they only slow the run.
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    static std::unique_ptr<QCoreApplication> app(kind == App::Gui ? new QGuiApplication(argc, argv)
                                                                  : new QCoreApplication(argc, argv));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as one JSON value; inputs that are no JSON still reach the parsers as a
// string, so that the fuzzer spends no run on nothing.
inline QJsonValue jsonValue(const QByteArray &input)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QString::fromUtf8(input));
    if (doc.isObject())
        return doc.object();
    return doc.array();
}

inline QJsonObject jsonObject(const QByteArray &input)
{
    return QJsonDocument::fromJson(input).object();
}

// Words of a command line: one a line (a line may be empty: an empty argument).
inline QStringList words(const QByteArray &input)
{
    QStringList out;
    for (const QByteArray &line : input.split('\n'))
        out << QString::fromUtf8(line);
    return out;
}

// Splits an input in two at the first line that holds only "----" (for targets that
// take two documents); without one, the second part is empty.
inline std::pair<QByteArray, QByteArray> halves(const QByteArray &input)
{
    const qsizetype cut = input.indexOf("\n----\n");
    if (cut < 0)
        return {input, QByteArray()};
    return {input.left(cut), input.mid(cut + 6)};
}

} // namespace sinch::fuzz
