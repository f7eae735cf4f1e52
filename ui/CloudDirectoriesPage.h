#pragma once

#include "core/directory/Integration.h"
#include "ui/AppContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// Cloud Directories: the Microsoft 365 / Entra ID integrations, and for the selected one its details and the
// Import users action (cloud-directories.md §1.2, §1.4).
class CloudDirectoriesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudDirectoriesPage)

public:
    explicit CloudDirectoriesPage(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    // Opens the Import users modal for the selected integration (the button's action).
    void openImport();

Q_SIGNALS:
    void usersImported();

private:
    void showSelected();

    AppContext m_context;
    QList<Integration> m_integrations;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_importButton;
};
