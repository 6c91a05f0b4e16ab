#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace sinch::ui {

// A folder typed or chosen with Browse…: the row both project transfer dialogs start with.
class FolderField : public QWidget
{
    Q_OBJECT
public:
    // `accessibleName` names the text field for screen readers (and tests).
    FolderField(const QString &accessibleName, const QString &browseTitle, QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void folderChanged(const QString &folder);

private:
    QLineEdit *m_edit;
    QPushButton *m_browse;
    QString m_browseTitle;
};

} // namespace sinch::ui
