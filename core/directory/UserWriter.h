#pragma once

#include "core/common/Result.h"
#include "core/directory/User.h"

#include <QList>

class SqlContext;
class QSqlError;

// The writing SQL behind Store's user methods. Every call is one transaction: all rows or none.
// Same thread rules as Store.
class UserWriter final
{
public:
    explicit UserWriter(const SqlContext &context);

    [[nodiscard]] Result<int> insert(const QList<User> &users);
    [[nodiscard]] Result<void> update(const User &user);

private:
    [[nodiscard]] Result<void> insertInTransaction(const QList<User> &users, QSqlError &sqlError);
    // The first username of users that the table already holds, or an empty string.
    [[nodiscard]] Result<QString> firstExistingUsername(const QList<User> &users);

    const SqlContext &m_context;
};
