#pragma once

#include "core/common/Result.h"
#include "core/directory/User.h"
#include "core/directory/UserKey.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

class SqlContext;

// The reading SQL behind Store's user methods: the users table and its custom attributes (UserWriter writes them).
// Same thread rules as Store.
class UserTable final
{
public:
    explicit UserTable(const SqlContext &context);

    [[nodiscard]] Result<QList<User>> all();
    [[nodiscard]] Result<int> count();
    [[nodiscard]] Result<std::optional<User>> byUsername(const QString &username);
    [[nodiscard]] Result<std::optional<User>> byId(const QString &id);
    [[nodiscard]] Result<QList<UserKey>> keys();

    // The stored, case-insensitive form of a username or email.
    static QString normalized(const QString &text);
    // The users columns, in the order of row().
    static const QStringList &columns();
    // The values of user for columns().
    static QVariantList row(const User &user);
    // A custom attribute as (kind, text), as user_attributes stores it.
    static std::pair<QString, QString> encodeAttribute(const QVariant &value);

private:
    [[nodiscard]] Result<QList<User>> select(const QString &where, const QVariantList &values);

    const SqlContext &m_context;
};
