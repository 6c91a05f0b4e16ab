#include "contractharness.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace sinch::test {

bool KnownDefect::covers(const Operation &op, int status, const Violation &v) const
{
    if (!codes.contains(v.code) && !below)
        return false;
    bool located = false;
    bool exact = false;
    for (const QRegularExpression &re : locations) {
        if (re.match(v.location).hasMatch()) {
            located = exact = true;
            break;
        }
        if (below) {
            // A branch error of a failed oneOf, listed below the row's location.
            QString parent = v.location;
            while (parent.contains(QLatin1Char('.')) && !located) {
                parent = parent.left(parent.lastIndexOf(QLatin1Char('.')));
                located = re.match(parent).hasMatch();
            }
        }
    }
    if (!located || (exact && !codes.contains(v.code)))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(status))
        return false;
    if (errorStatusesWithOneOf
        && (status < 400 || !op.responseSchema(status).contains(QLatin1String("oneOf"))))
        return false;
    const bool opNamed = operations.contains(QLatin1String("*")) || operations.contains(op.id);
    const bool tagNamed = tags.contains(op.tag);
    return opNamed || tagNamed;
}

QList<KnownDefect> KnownDefect::load(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file);
        return {};
    }
    QFile md(QStringLiteral(":/api/KNOWN-DEFECTS.md"));
    if (!md.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("embedded KNOWN-DEFECTS.md missing");
        return {};
    }
    const QString rows = QString::fromUtf8(md.readAll());
    QList<KnownDefect> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value("defects").toArray()) {
        const QJsonObject o = v.toObject();
        KnownDefect d;
        d.row = o.value("row").toString();
        if (!rows.contains(d.row)) {
            *error = QStringLiteral("known-defects.json quotes a row that KNOWN-DEFECTS.md does not have: %1").arg(d.row);
            return {};
        }
        for (const QJsonValue &c : o.value("codes").toArray())
            d.codes << c.toString();
        for (const QJsonValue &l : o.value("locations").toArray())
            d.locations << QRegularExpression(l.toString());
        for (const QJsonValue &x : o.value("operations").toArray())
            d.operations << x.toString();
        for (const QJsonValue &x : o.value("tags").toArray())
            d.tags << x.toString();
        for (const QJsonValue &x : o.value("statuses").toArray())
            d.statuses << x.toInt();
        d.errorStatusesWithOneOf = o.value("errorStatusesWithOneOf").toBool();
        d.below = o.value("below").toBool();
        out << d;
    }
    return out;
}

QList<Violation> parseViolations(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<Violation> out;
    for (const auto &h : headers) {
        if (h.first.compare("sl-violations", Qt::CaseInsensitive) != 0)
            continue;
        const QJsonArray arr = QJsonDocument::fromJson(h.second).array();
        if (arr.isEmpty() && !h.second.trimmed().isEmpty() && h.second.trimmed() != "[]") {
            // Prism cuts very long lists short; keep what can be read as one violation.
            Violation v;
            v.code = QStringLiteral("unreadable");
            v.message = QString::fromUtf8(h.second.left(300));
            out << v;
        }
        for (const QJsonValue &x : arr) {
            const QJsonObject o = x.toObject();
            Violation v;
            QStringList loc;
            for (const QJsonValue &p : o.value("location").toArray())
                loc << p.toString();
            v.location = loc.join(QLatin1Char('.'));
            v.code = o.value("code").toVariant().toString();
            v.message = o.value("message").toString();
            out << v;
        }
    }
    return out;
}

QJsonValue substitute(const QJsonValue &value, const QMap<QString, QString> &vars, QStringList *missing)
{
    if (value.isString()) {
        QString s = value.toString();
        static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z0-9_]+)\\}"));
        QRegularExpressionMatch m;
        int from = 0;
        while ((m = re.match(s, from)).hasMatch()) {
            const QString name = m.captured(1);
            if (!vars.contains(name))
                *missing << name;
            const QString rep = vars.value(name);
            s.replace(m.capturedStart(), m.capturedLength(), rep);
            from = m.capturedStart() + rep.size();
        }
        return s;
    }
    if (value.isArray()) {
        QJsonArray a;
        for (const QJsonValue &v : value.toArray())
            a << substitute(v, vars, missing);
        return a;
    }
    if (value.isObject()) {
        QJsonObject o;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(it.key(), substitute(it.value(), vars, missing));
        return o;
    }
    return value;
}

QJsonValue pick(const QJsonValue &root, const QString &path)
{
    QJsonValue node = root;
    for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int idx = part.toInt(&isIndex);
        node = isIndex && node.isArray() ? node.toArray().at(idx) : node.toObject().value(part);
    }
    return node;
}

Prism::~Prism()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString Prism::output() const
{
    return m_process ? QString::fromUtf8(m_process->property("log").toByteArray()) : QString();
}

bool Prism::start(const QStringList &args, QString *error)
{
    if (!QFile::exists(QStringLiteral(SINCH_PRISM))) {
        *error = QStringLiteral("Prism is not installed at %1: run `npm ci` in tests/contract (scripts/test does)").arg(SINCH_PRISM);
        return false;
    }
    // The free port is found before Prism takes it: a suite running beside this one can take
    // it between, and Prism then quits at once (a bare "fatal"). Another port then.
    bool exited = false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce(args, error, &exited))
            return true;
        if (!exited)
            return false;
        m_process.reset();
    }
    return false;
}

bool Prism::startOnce(const QStringList &args, QString *error, bool *exited)
{
    error->clear();
    *exited = false;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SCARF_ANALYTICS"), QStringLiteral("false"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
    QProcess *p = m_process.get();
    bool ready = false;
    QObject::connect(p, &QProcess::readyRead, p, [p, &ready] {
        const QByteArray chunk = p->readAll();
        QByteArray log = p->property("log").toByteArray() + chunk;
        if (log.size() > 200000)
            log = log.right(200000);
        p->setProperty("log", log);
        if (log.contains("Prism is listening"))
            ready = true;
    });
    m_process->start(QStringLiteral(SINCH_PRISM),
                     args + QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--port"), QString::number(port)});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("Prism did not start: %1").arg(m_process->errorString());
        return false;
    }
    // Loading the 1.7 MB contract takes a few seconds.
    for (int i = 0; i < 1200 && !ready && m_process->state() == QProcess::Running; ++i)
        QTest::qWait(100);
    if (!ready) {
        *exited = m_process->state() != QProcess::Running;
        *error = QStringLiteral("Prism did not become ready:\n%1").arg(output().right(2000));
        return false;
    }
    QObject::disconnect(p, &QProcess::readyRead, nullptr, nullptr);
    // Keep draining its log so the pipe never fills.
    QObject::connect(p, &QProcess::readyRead, p, [p] {
        QByteArray log = p->property("log").toByteArray() + p->readAll();
        if (log.size() > 200000)
            log = log.right(200000);
        p->setProperty("log", log);
    });
    return true;
}

bool Prism::startProxy(const QUrl &upstream, QString *error, const QString &spec)
{
    return start({QStringLiteral("proxy"), spec.isEmpty() ? QStringLiteral(SINCH_SPEC) : spec, upstream.toString(),
                  QStringLiteral("--errors=false")}, error);
}

bool Prism::startMock(QString *error)
{
    return start({QStringLiteral("mock"), QStringLiteral(SINCH_SPEC)}, error);
}

} // namespace sinch::test
