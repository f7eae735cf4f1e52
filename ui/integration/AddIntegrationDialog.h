#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

// Add a Microsoft 365 / Entra ID integration (cloud-directories.md §1.2, §2.7): a name (1–255 characters, not
// blank, unique ignoring case — errors shown inline under the field), the cloud, and the application (client) id of
// the admin's own app registration. Accepting ("Authorize") only collects; the page creates and signs in.
class AddIntegrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddIntegrationDialog)

public:
    AddIntegrationDialog(QStringList existingNames, QWidget *parent = nullptr);

    QString name() const;
    QString cloudId() const; // "global" | "usgov" | "dod" | "china"
    QString clientId() const;
    // Empty when the fields are acceptable; otherwise the first problem (also shown inline).
    QString validate();

    void accept() override;

private:
    QStringList m_existing;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_cloud;
    QLineEdit *m_clientId;
    QLabel *m_clientIdError;
};
