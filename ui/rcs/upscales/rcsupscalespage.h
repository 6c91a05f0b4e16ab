#pragma once

#include <QPointer>
#include <QWidget>

namespace sinch {
class ApiClient;
}

namespace sinch::ui {

class MessageBox;
class RcsUpscalesPanel;

// RCS › Upscales: the project's upscales in one RcsUpscalesPanel, made again for each
// project (a panel works in the project it was made for), or a sentence when none is chosen.
class RcsUpscalesPage : public QWidget
{
    Q_OBJECT
public:
    RcsUpscalesPage(ApiClient *client, MessageBox *box, QWidget *parent = nullptr);

    void setProject(const QString &projectKey);
    void refresh();
    RcsUpscalesPanel *panel() const { return m_panel; }

private:
    QPointer<ApiClient> m_client;
    MessageBox *m_box;
    QString m_projectKey;
    RcsUpscalesPanel *m_panel = nullptr;
    QWidget *m_noProject;
};

} // namespace sinch::ui
