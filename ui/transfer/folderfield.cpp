#include "transfer/folderfield.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sinch::ui {

FolderField::FolderField(const QString &accessibleName, const QString &browseTitle, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_browseTitle(browseTitle)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    m_edit->setAccessibleName(accessibleName);
    m_edit->setClearButtonEnabled(true);
    // A hint, not a path: a path in grey read as a folder already chosen.
    m_edit->setPlaceholderText(tr("Type a folder, or choose one with Browse"));
    m_browse->setAccessibleName(tr("Browse for %1").arg(accessibleName));
    m_browse->setToolTip(tr("Choose the folder in a file dialog"));
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { emit folderChanged(folder()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, m_browseTitle,
                                                                 folder().isEmpty() ? QDir::homePath() : folder());
        if (!chosen.isEmpty())
            setFolder(QDir::toNativeSeparators(chosen));
    });
}

QString FolderField::folder() const
{
    return QDir::fromNativeSeparators(m_edit->text().trimmed());
}

void FolderField::setFolder(const QString &folder)
{
    m_edit->setText(folder);
}

} // namespace sinch::ui
