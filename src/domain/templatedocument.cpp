#include "templatedocument.h"

#include "jsonpath.h"
#include "templatevariables.h"

#include <QHash>
#include <QRegularExpression>

namespace sinch {

namespace {

const QString &kComponents()
{
    static const QString k = QStringLiteral("details.components");
    return k;
}



// Examples of a BODY ("examples": [..]) or a text HEADER ("example": "..") as a list.
QJsonArray examplesOf(const QJsonObject &component)
{
    if (component.value(QLatin1String("type")).toString() == QLatin1String("HEADER")) {
        const QJsonValue e = component.value(QLatin1String("example"));
        return e.isString() ? QJsonArray{e} : QJsonArray();
    }
    return component.value(QLatin1String("examples")).toArray();
}

void setExamples(QJsonObject &component, const QJsonArray &examples, bool hadAny)
{
    const bool header = component.value(QLatin1String("type")).toString() == QLatin1String("HEADER");
    const QString key = header ? QStringLiteral("example") : QStringLiteral("examples");
    if (examples.isEmpty() && !hadAny) {
        component.remove(key);
        return;
    }
    if (header) {
        if (examples.isEmpty())
            component.remove(key);
        else
            component.insert(key, examples.first());
    } else {
        component.insert(key, examples);
    }
}

// A text cut into literal pieces and variables; a variable piece has number > 0 (the
// old number) or -1 for the one being inserted.
struct Piece {
    QString text;
    int number = 0;
};

QList<Piece> piecesOf(const QString &text)
{
    QList<Piece> out;
    int pos = 0;
    auto it = TemplateVariables::pattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > pos)
            out.append({text.mid(pos, m.capturedStart() - pos), 0});
        out.append({m.captured(0), m.captured(1).toInt()});
        pos = m.capturedEnd();
    }
    if (pos < text.size())
        out.append({text.mid(pos), 0});
    return out;
}

// Rebuilds text and examples from pieces, numbering variables 1..n by first appearance;
// each old number keeps its example, the new one (-1) gets "".
QJsonObject renumber(const QJsonObject &component, const QList<Piece> &pieces)
{
    const QJsonArray oldExamples = examplesOf(component);
    QHash<int, int> newNumber;
    QList<QJsonValue> examples;
    QString text;
    for (const Piece &p : pieces) {
        if (p.number == 0) {
            text += p.text;
            continue;
        }
        int n = newNumber.value(p.number, 0);
        if (!n) {
            n = int(newNumber.size()) + 1;
            newNumber.insert(p.number, n);
            if (p.number < 0)
                examples.append(QJsonValue(QString()));
            else if (p.number - 1 < oldExamples.size())
                examples.append(oldExamples.at(p.number - 1));
            else
                examples.append(QJsonValue(QJsonValue::Undefined));
        }
        text += QStringLiteral("{{%1}}").arg(n);
    }
    while (!examples.isEmpty() && examples.last().isUndefined())
        examples.removeLast();
    QJsonArray out;
    for (const QJsonValue &e : examples)
        out.append(e.isUndefined() ? QJsonValue(QString()) : e);
    QJsonObject c = component;
    c.insert(QStringLiteral("text"), text);
    setExamples(c, out, !oldExamples.isEmpty() || component.contains(QLatin1String("examples")));
    return c;
}

int componentOrder(const QString &type)
{
    static const QStringList order{QStringLiteral("HEADER"), QStringLiteral("BODY"), QStringLiteral("FOOTER"),
                                   QStringLiteral("BUTTONS"), QStringLiteral("CAROUSEL")};
    const int i = int(order.indexOf(type));
    return i < 0 ? int(order.size()) : i;
}

QJsonObject emptyHeaderLike(const QJsonObject &source)
{
    QJsonObject h{{QStringLiteral("type"), QStringLiteral("HEADER")},
                  {QStringLiteral("format"), source.value(QLatin1String("format"))}};
    if (source.contains(QLatin1String("example")))
        h.insert(QStringLiteral("example"), QJsonObject{{QStringLiteral("url"), QString()}});
    return h;
}

QJsonObject emptyComponentLike(const QJsonObject &source)
{
    const QString type = source.value(QLatin1String("type")).toString();
    if (type == QLatin1String("HEADER"))
        return emptyHeaderLike(source);
    if (type == QLatin1String("BUTTONS"))
        return source; // the same buttons: cards usually share them
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("text"), QString()}};
}

} // namespace

TemplateDocument::TemplateDocument(QObject *parent) : QObject(parent) {}

TemplateDocument::TemplateDocument(const QJsonObject &json, QObject *parent) : QObject(parent), m_json(json) {}

void TemplateDocument::setJson(const QJsonObject &json)
{
    m_json = json;
    emit changed(QString());
}

QStringList TemplateDocument::splitPath(const QString &path)
{
    return JsonPath::split(path);
}

QJsonValue TemplateDocument::valueAt(const QJsonValue &root, const QStringList &segments)
{
    return JsonPath::value(root, segments);
}

bool TemplateDocument::setAt(QJsonValue &root, const QStringList &segments, const QJsonValue &value)
{
    return JsonPath::set(root, segments, value);
}

QJsonValue TemplateDocument::value(const QString &path) const
{
    return valueAt(m_json, splitPath(path));
}

bool TemplateDocument::set(const QString &path, const QJsonValue &value)
{
    QJsonValue root(m_json);
    if (!setAt(root, splitPath(path), value))
        return false;
    if (!root.isObject())
        return false;
    if (root.toObject() == m_json)
        return true;
    m_json = root.toObject();
    emit changed(path);
    return true;
}

bool TemplateDocument::insert(const QString &listPath, int index, const QJsonValue &value)
{
    const QJsonValue current = this->value(listPath);
    if (!current.isUndefined() && !current.isArray())
        return false;
    QJsonArray a = current.toArray();
    if (index < 0 || index > a.size())
        return false;
    a.insert(index, value);
    QJsonValue root(m_json);
    if (!setAt(root, splitPath(listPath), a))
        return false;
    m_json = root.toObject();
    emit changed(listPath);
    return true;
}

QJsonValue TemplateDocument::remove(const QString &listPath, int index)
{
    const QJsonValue current = value(listPath);
    if (!current.isArray())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray a = current.toArray();
    if (index < 0 || index >= a.size())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue removed = a.takeAt(index);
    QJsonValue root(m_json);
    setAt(root, splitPath(listPath), a);
    m_json = root.toObject();
    emit changed(listPath);
    return removed;
}

bool TemplateDocument::move(const QString &listPath, int from, int to)
{
    const QJsonValue current = value(listPath);
    if (!current.isArray())
        return false;
    QJsonArray a = current.toArray();
    if (from < 0 || from >= a.size() || to < 0 || to >= a.size())
        return false;
    if (from == to)
        return true;
    const QJsonValue v = a.takeAt(from);
    a.insert(to, v);
    QJsonValue root(m_json);
    setAt(root, splitPath(listPath), a);
    m_json = root.toObject();
    emit changed(listPath);
    return true;
}

int TemplateDocument::componentIndex(const QString &type) const
{
    const QJsonArray components = value(kComponents()).toArray();
    for (int i = 0; i < components.size(); ++i)
        if (components.at(i).toObject().value(QLatin1String("type")).toString() == type)
            return i;
    return -1;
}

QString TemplateDocument::componentPath(const QString &type) const
{
    const int i = componentIndex(type);
    return i < 0 ? QString() : kComponents() + QLatin1Char('.') + QString::number(i);
}

int TemplateDocument::componentInsertIndex(const QString &type) const
{
    const QJsonArray components = value(kComponents()).toArray();
    const int order = componentOrder(type);
    int index = 0;
    for (int i = 0; i < components.size(); ++i)
        if (componentOrder(components.at(i).toObject().value(QLatin1String("type")).toString()) <= order)
            index = i + 1;
    return index;
}

int TemplateDocument::insertVariable(const QString &componentPath, int cursorPos)
{
    const QJsonValue c = value(componentPath);
    if (!c.isObject())
        return 0;
    int number = 0;
    const QJsonObject updated = withVariableInserted(c.toObject(), cursorPos, &number);
    if (!number || !set(componentPath, updated))
        return 0;
    return number;
}

QList<int> TemplateDocument::variables(const QString &text)
{
    return TemplateVariables::numbers(text);
}

int TemplateDocument::variableCount(const QString &text)
{
    return TemplateVariables::count(text);
}

QJsonObject TemplateDocument::withVariableInserted(const QJsonObject &component, int cursorPos, int *number)
{
    const QString text = component.value(QLatin1String("text")).toString();
    cursorPos = qBound(0, cursorPos, int(text.size()));
    QList<Piece> pieces = piecesOf(text);
    // Find the piece the cursor is in; inside a variable token it goes after the token.
    int pos = 0;
    int at = int(pieces.size());
    for (int i = 0; i < pieces.size(); ++i) {
        const int end = pos + int(pieces.at(i).text.size());
        if (cursorPos <= pos) {
            at = i;
            break;
        }
        if (cursorPos < end) {
            if (pieces.at(i).number != 0) {
                at = i + 1;
            } else {
                const Piece p = pieces.at(i);
                pieces[i].text = p.text.left(cursorPos - pos);
                pieces.insert(i + 1, Piece{p.text.mid(cursorPos - pos), 0});
                at = i + 1;
            }
            break;
        }
        pos = end;
    }
    pieces.insert(at, Piece{QString(), -1});
    const QJsonObject out = renumber(component, pieces);
    if (number) {
        // The new variable's number: one more than the distinct variables before it.
        QList<int> seen;
        for (int i = 0; i < at; ++i)
            if (pieces.at(i).number != 0 && !seen.contains(pieces.at(i).number))
                seen << pieces.at(i).number;
        *number = int(seen.size()) + 1;
    }
    return out;
}

QJsonObject TemplateDocument::withVariablesRenumbered(const QJsonObject &component)
{
    return renumber(component, piecesOf(component.value(QLatin1String("text")).toString()));
}

QJsonObject TemplateDocument::newTemplate()
{
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), QString()}};
    return QJsonObject{{QStringLiteral("name"), QString()},
                       {QStringLiteral("language"), QStringLiteral("EN_US")},
                       {QStringLiteral("category"), QStringLiteral("UTILITY")},
                       {QStringLiteral("allowCategoryChange"), false},
                       {QStringLiteral("details"), QJsonObject{{QStringLiteral("components"), QJsonArray{body}}}}};
}

QString TemplateDocument::cardStructure(const QJsonObject &card)
{
    QStringList parts;
    for (const QJsonValue &v : card.value(QLatin1String("components")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        if (type == QLatin1String("HEADER")) {
            parts << type + QLatin1Char(':') + c.value(QLatin1String("format")).toString();
        } else if (type == QLatin1String("BUTTONS")) {
            QStringList kinds;
            for (const QJsonValue &b : c.value(QLatin1String("buttons")).toArray())
                kinds << b.toObject().value(QLatin1String("type")).toString();
            parts << type + QLatin1Char(':') + kinds.join(QLatin1Char(','));
        } else {
            parts << type;
        }
    }
    return parts.join(QLatin1Char('|'));
}

QJsonObject TemplateDocument::withCardStructure(const QJsonObject &card, const QJsonObject &source)
{
    const QJsonArray own = card.value(QLatin1String("components")).toArray();
    auto ownOf = [&own](const QString &type) {
        for (const QJsonValue &v : own)
            if (v.toObject().value(QLatin1String("type")).toString() == type)
                return v.toObject();
        return QJsonObject();
    };
    QJsonArray components;
    for (const QJsonValue &v : source.value(QLatin1String("components")).toArray()) {
        const QJsonObject sc = v.toObject();
        const QString type = sc.value(QLatin1String("type")).toString();
        const QJsonObject cc = ownOf(type);
        if (cc.isEmpty()) {
            components.append(emptyComponentLike(sc));
        } else if (type == QLatin1String("HEADER")) {
            components.append(cc.value(QLatin1String("format")) == sc.value(QLatin1String("format"))
                                  ? cc : emptyHeaderLike(sc));
        } else if (type == QLatin1String("BUTTONS")) {
            const QJsonArray ownButtons = cc.value(QLatin1String("buttons")).toArray();
            QJsonArray buttons;
            const QJsonArray sourceButtons = sc.value(QLatin1String("buttons")).toArray();
            for (int i = 0; i < sourceButtons.size(); ++i) {
                const QJsonObject sb = sourceButtons.at(i).toObject();
                const QJsonObject ob = i < ownButtons.size() ? ownButtons.at(i).toObject() : QJsonObject();
                buttons.append(ob.value(QLatin1String("type")) == sb.value(QLatin1String("type")) ? ob : sb);
            }
            QJsonObject b = cc;
            b.insert(QStringLiteral("buttons"), buttons);
            components.append(b);
        } else {
            components.append(cc);
        }
    }
    QJsonObject out = card;
    out.insert(QStringLiteral("components"), components);
    return out;
}

QJsonObject TemplateDocument::emptyCardLike(const QJsonObject &source)
{
    QJsonArray components;
    for (const QJsonValue &v : source.value(QLatin1String("components")).toArray())
        components.append(emptyComponentLike(v.toObject()));
    return QJsonObject{{QStringLiteral("components"), components}};
}

QJsonObject TemplateDocument::fromServerTemplate(const QJsonObject &t, bool approved)
{
    const QJsonObject changes = t.value(QLatin1String("changes")).toObject();
    QJsonObject details = !approved && changes.contains(QLatin1String("details"))
        ? changes.value(QLatin1String("details")).toObject()
        : t.value(QLatin1String("details")).toObject();
    if (!details.contains(QLatin1String("components")))
        details.insert(QStringLiteral("components"), QJsonArray());
    QJsonObject out{{QStringLiteral("name"), t.value(QLatin1String("name"))},
                    {QStringLiteral("language"), t.value(QLatin1String("language"))},
                    {QStringLiteral("category"), t.value(QLatin1String("category"))},
                    {QStringLiteral("details"), details}};
    out.insert(QStringLiteral("allowCategoryChange"), changes.value(QLatin1String("allowCategoryChange")).toBool(false));
    return out;
}

bool TemplateDocument::hasApprovedVersion(const QJsonObject &t)
{
    return t.contains(QLatin1String("state")) && !t.value(QLatin1String("details")).toObject().isEmpty();
}

} // namespace sinch
