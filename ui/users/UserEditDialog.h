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
// current password. The dialog collects and checks; Save hands the result to the saver (the page's UserEditor call),
// and the dialog closes only when the saver reports success, so nothing typed is lost on an error.
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
    // Returns an empty string when saved, else the reason (shown in the dialog, which stays open).
    using Saver = std::function<QString(const User &user, const Secret &password)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    void showError(const QString &message);

    void accept() override;

private:
    QLineEdit *addField(const QString &key, const QString &label, const QString &value);
    QString text(const QString &key) const;
    QString validate() const;

    User m_user;
    Saver m_saver;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_manager;
    QComboBox *m_state;
    QLineEdit *m_password;
    QLineEdit *m_passwordAgain;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
