#pragma once

#include "core/common/Secret.h"
#include "core/directory/User.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Edit… on the Users page: the §2.1 attributes of one directory user, the manager (another user), the state and an
// optional new password. The password field starts empty and is never filled from anywhere: an empty field keeps the
// current password. The dialog collects and checks; Save hands the result to the saver (the page saves through
// UserEditor on a worker thread) and waits; saveFinished() closes it on success or shows the error and keeps
// everything typed.
class UserEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserEditDialog)

public:
    // others: the directory's users, for the manager picker (the edited user is left out).
    UserEditDialog(const User &user, const QList<User> &others, QWidget *parent = nullptr);
    ~UserEditDialog() override;

    // The user with the fields as edited (id, custom attributes and timestamps unchanged).
    User editedUser() const;
    // The new password, or an empty Secret to keep the current one.
    Secret password() const;
    // Starts saving; the saver answers later through saveFinished().
    using Saver = std::function<void(const User &user, const Secret &password)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // error empty: saved, the dialog closes; else the dialog shows why and stays open.
    void saveFinished(const QString &error);
    bool isSaving() const { return m_saving; }
    void showError(const QString &message);

    void accept() override;

private:
    QLineEdit *addField(const QString &key, const QString &label, const QString &value);
    QString text(const QString &key) const;
    QString validate() const;

    User m_user;
    Saver m_saver;
    bool m_saving = false;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_manager;
    QComboBox *m_state;
    QLineEdit *m_password;
    QLineEdit *m_passwordAgain;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
