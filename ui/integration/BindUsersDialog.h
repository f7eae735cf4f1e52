#pragma once

#include "core/directory/User.h"

#include <QDialog>

class QListWidget;
class QLineEdit;

// Picks the directory users to bind to an integration. Binding is planned before anything is written, so OK only
// says which users; the plan view comes next.
class BindUsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindUsersDialog)

public:
    BindUsersDialog(const QList<User> &users, const QString &integrationName, QWidget *parent = nullptr);

    QStringList selectedUserIds() const;

private:
    QListWidget *m_list;
    QLineEdit *m_search;
};
