#pragma once

#include "core/directory/User.h"
#include "core/expr/AttributeSource.h"

#include <QStringList>

// A directory user as the expression language sees it: clouddir's attribute names of cloud-directories.md §2.1
// (`[firstname]`, `[addresses.work.locality]`, `[phoneNumbers.mobile.number]`) plus the user's custom attributes.
// An empty standard field reads as null, so a mapping's default applies. Holds a reference: the user must outlive it.
class UserAttributes final : public AttributeSource
{
public:
    explicit UserAttributes(const User &user)
        : m_user(user)
    { }

    Value attribute(const QString &name) const override;
    // The built-in attribute names, in the order the editor lists them.
    static const QStringList &standardNames();
    // The User text field behind a standard name (manager holds the manager's user id); nullptr for state and custom
    // attributes. An empty field reads as null in expressions.
    static QString User::*textField(const QString &name);
    // Built-in names plus the custom attribute names of users.
    static QStringList catalog(const QList<User> &users);

private:
    const User &m_user;
};
