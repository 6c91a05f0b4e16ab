#include "monkey.h"

#include "guidriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SINCH_HAS_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SINCH_HAS_ASAN 1
#endif
#ifdef SINCH_HAS_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

#include <cstdio>

namespace sinch::test {

namespace {

// The running monkey, for the sanitizer's last words: which seed and which events led there.
Monkey *g_running = nullptr;

[[maybe_unused]] void printTrail()
{
    if (g_running)
        std::fprintf(stderr, "\nmonkey seed=%u, event %d; the last events:\n%s\n", g_running->seed(), g_running->count(),
                     qPrintable(g_running->trail()));
}

// What people type into a template: words, variables typed by hand (and half-typed),
// formatting markers, line breaks, Korean and emoji.
const QStringList kFragments{
    QStringLiteral("a"), QStringLiteral("Hello "), QStringLiteral("{{"), QStringLiteral("}}"), QStringLiteral("{{1}}"),
    QStringLiteral("{{2}}"), QStringLiteral("{{ 3 }}"), QStringLiteral("{"), QStringLiteral("}"), QStringLiteral("1"),
    QStringLiteral("*"), QStringLiteral("_"), QStringLiteral("~"), QStringLiteral("```"), QStringLiteral(" "),
    QStringLiteral("\n"), QStringLiteral("https://example.com/{{1}}"), QStringLiteral("+46701234567"),
    QStringLiteral("안녕하세요"), QStringLiteral("🎉"), QStringLiteral("order_update"), QStringLiteral("0")};

const QList<QPair<int, Qt::KeyboardModifiers>> kSpecialKeys{
    {Qt::Key_Backspace, Qt::NoModifier}, {Qt::Key_Backspace, Qt::NoModifier}, {Qt::Key_Delete, Qt::NoModifier},
    {Qt::Key_Left, Qt::NoModifier}, {Qt::Key_Right, Qt::NoModifier}, {Qt::Key_Up, Qt::NoModifier},
    {Qt::Key_Down, Qt::NoModifier}, {Qt::Key_Home, Qt::NoModifier}, {Qt::Key_End, Qt::NoModifier},
    {Qt::Key_Tab, Qt::NoModifier}, {Qt::Key_Backtab, Qt::ShiftModifier}, {Qt::Key_Return, Qt::NoModifier},
    {Qt::Key_Escape, Qt::NoModifier}, {Qt::Key_Space, Qt::NoModifier}, {Qt::Key_PageDown, Qt::NoModifier},
    {Qt::Key_Z, Qt::ControlModifier}, {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier},
    {Qt::Key_Y, Qt::ControlModifier}, {Qt::Key_Up, Qt::AltModifier}, {Qt::Key_Down, Qt::AltModifier},
    {Qt::Key_B, Qt::ControlModifier}, {Qt::Key_I, Qt::ControlModifier}, {Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier},
    {Qt::Key_A, Qt::ControlModifier}, {Qt::Key_Left, Qt::ShiftModifier}, {Qt::Key_Delete, Qt::NoModifier}};

} // namespace

Monkey::Monkey(QWidget *root, quint32 seed) : m_root(root), m_seed(seed), m_random(seed)
{
    m_closer.setInterval(20);
    QObject::connect(&m_closer, &QTimer::timeout, [] { closeStrayWindows(); });
    m_closer.start();
    g_running = this;
#ifdef SINCH_HAS_ASAN
    __sanitizer_set_death_callback(printTrail);
#endif
}

Monkey::~Monkey()
{
    if (g_running == this)
        g_running = nullptr;
}

void Monkey::closeStrayWindows()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    if (QWidget *modal = QApplication::activeModalWidget()) {
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

void Monkey::note(const QString &action)
{
    m_trail.append(QStringLiteral("#%1 %2").arg(m_count).arg(action));
    if (m_trail.size() > 25)
        m_trail.removeFirst();
}

template<class T>
QList<T *> Monkey::visible() const
{
    QList<T *> out;
    if (!m_root)
        return out;
    for (T *w : m_root->findChildren<T *>())
        if (w->isVisible() && w->isEnabled())
            out.append(w);
    return out;
}

QList<QWidget *> Monkey::candidates() const
{
    QList<QWidget *> out;
    if (!m_root)
        return out;
    for (QWidget *w : m_root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || m_avoid.contains(w->accessibleName()))
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QTextEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w))
            out.append(w);
    }
    return out;
}

QWidget *Monkey::keyTarget() const
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_root && (focus == m_root || m_root->isAncestorOf(focus)))
        return focus;
    return m_root;
}

void Monkey::clickSomething()
{
    const QList<QWidget *> all = candidates();
    if (all.isEmpty())
        return;
    QWidget *w = all.at(int(m_random.bounded(int(all.size()))));
    if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        note(QStringLiteral("click in view \"%1\"").arg(view->accessibleName()));
        clickRowInView();
        return;
    }
    note(QStringLiteral("click %1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->accessibleName()));
    // Somewhere inside it, as a hand would: text fields get the caret where the click lands.
    const QPoint at(int(m_random.bounded(qMax(1, w->width()))), int(m_random.bounded(qMax(1, w->height()))));
    QWidget *target = w;
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        target = text->viewport();
    if (qobject_cast<QAbstractButton *>(w))
        GuiDriver::click(w); // the middle (or a check box's box): a click that counts
    else
        QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, target == w ? at : target->rect().center());
}

void Monkey::typeSomething()
{
    QWidget *target = keyTarget();
    if (!target)
        return;
    const QString text = kFragments.at(int(m_random.bounded(int(kFragments.size()))));
    note(QStringLiteral("type \"%1\" into \"%2\"").arg(QString(text).replace(QLatin1Char('\n'), QStringLiteral("\\n")),
                                                         target->accessibleName()));
    for (const char32_t c : text.toUcs4()) {
        QWidget *now = keyTarget(); // a key may move the focus (Return in a line edit)
        if (!now)
            return;
        if (c == U'\n')
            QTest::keyClick(now, Qt::Key_Return);
        else
            GuiDriver::typeChar(now, c);
        GuiDriver::settle();
    }
}

void Monkey::pressSpecialKey()
{
    QWidget *target = keyTarget();
    if (!target)
        return;
    const auto &k = kSpecialKeys.at(int(m_random.bounded(int(kSpecialKeys.size()))));
    note(QStringLiteral("key %1 into \"%2\"")
             .arg(QKeySequence(int(k.second) | k.first).toString(), target->accessibleName()));
    QTest::keyClick(target, Qt::Key(k.first), k.second);
}

void Monkey::chooseInCombo()
{
    const QList<QComboBox *> combos = visible<QComboBox>();
    if (combos.isEmpty())
        return;
    QPointer<QComboBox> combo = combos.at(int(m_random.bounded(int(combos.size()))));
    const int moves = int(m_random.bounded(4));
    const bool accept = m_random.bounded(5) != 0;
    note(QStringLiteral("choose in \"%1\": %2 down, %3").arg(combo->accessibleName()).arg(moves)
             .arg(accept ? QStringLiteral("Enter") : QStringLiteral("Escape")));
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
    GuiDriver::settle();
    if (!combo)
        return;
    QPointer<QAbstractItemView> view = combo->view();
    for (int i = 0; i < moves && view && view->isVisible(); ++i) {
        QTest::keyClick(view, Qt::Key_Down);
        GuiDriver::settle();
    }
    if (view && view->isVisible())
        QTest::keyClick(view, accept ? Qt::Key_Return : Qt::Key_Escape);
}

void Monkey::clickRowInView()
{
    const QList<QAbstractItemView *> views = visible<QAbstractItemView>();
    if (views.isEmpty())
        return;
    QAbstractItemView *view = views.at(int(m_random.bounded(int(views.size()))));
    const QAbstractItemModel *m = view->model();
    if (!m)
        return;
    // A random row among the top level and the children of expanded ones, as seen.
    QList<QModelIndex> rows;
    QList<QModelIndex> todo{QModelIndex()};
    while (!todo.isEmpty() && rows.size() < 400) {
        const QModelIndex parent = todo.takeFirst();
        for (int r = 0; r < m->rowCount(parent) && rows.size() < 400; ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (view->visualRect(i).isValid())
                rows.append(i);
            if (m->hasChildren(i))
                todo.append(i);
        }
    }
    if (rows.isEmpty())
        return;
    const QModelIndex i = rows.at(int(m_random.bounded(int(rows.size()))));
    note(QStringLiteral("row \"%1\" of \"%2\"").arg(i.data().toString().left(40), view->accessibleName()));
    view->scrollTo(i);
    const QPoint at = view->visualRect(i).center();
    if (m_random.bounded(6) == 0)
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    else
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

void Monkey::step()
{
    ++m_count;
    const int roll = int(m_random.bounded(100));
    if (roll < 30)
        clickSomething();
    else if (roll < 55)
        typeSomething();
    else if (roll < 80)
        pressSpecialKey();
    else if (roll < 90)
        clickRowInView();
    else
        chooseInCombo();
    GuiDriver::settle();
    closeStrayWindows();
    GuiDriver::settle();
}

void Monkey::run(int events, const std::function<void(int)> &check, const std::function<void()> &reopen)
{
    for (int i = 0; i < events && m_root; ++i) {
        if (!m_root->isVisible() && reopen) {
            note(QStringLiteral("reopen the area"));
            reopen();
            GuiDriver::settle();
        }
        step();
        if (check) {
            check(m_count);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace sinch::test
