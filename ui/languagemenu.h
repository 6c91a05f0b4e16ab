#pragma once

#include <QMenu>

class QActionGroup;
class QSettings;

namespace sinch::ui {

class MessageBox;

// View › Language: "System default" and each language the console ships, by its own name,
// one checked. A choice is stored (UiLanguage) and applies at the next start, which the
// menu says once; the console does not restart by itself (nothing typed may be lost).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    // `available`: language codes (UiLanguage::available()); `box` tells about the restart.
    LanguageMenu(QSettings *settings, const QStringList &available, MessageBox *box, QWidget *parent = nullptr);

    QString checkedCode() const;

private:
    void choose(const QString &code);

    QSettings *m_settings;
    MessageBox *m_box;
    QActionGroup *m_group;
};

} // namespace sinch::ui
