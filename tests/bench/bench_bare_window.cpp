// The startup benchmark's baseline: a bare QMainWindow (a label in it) started as the
// console is, quitting after its first paint with a "READY <ms>" line like the console's
// SINCH_EXIT_WHEN_READY.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QObject *parent)
        : QObject(parent)
    {
        m_clock.start();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("READY %lld\n", qlonglong(m_clock.elapsed()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QMainWindow window;
    auto *label = new QLabel(QStringLiteral("Ready"), &window);
    window.setCentralWidget(label);
    label->installEventFilter(new FirstPaint(&window));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
