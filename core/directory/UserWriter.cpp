#include "core/directory/UserWriter.h"

#include "core/directory/BulkInsert.h"
#include "core/directory/SqlContext.h"
#include "core/directory/Transaction.h"
#include "core/directory/UserTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString insertOperation()
{
    return QCoreApplication::translate("Store", "insert users");
}

Error usernameTaken(const QString &username)
{
    return makeError(QCoreApplication::translate("Store",
                                                 "A user with the username \"%1\" already exists (usernames ignore "
                                                 "case). Nothing was saved; rename that user and try again.")
                         .arg(username));
}

// Queues the custom attributes of user for user_attributes.
Result<void> addAttributes(BulkInsert &insert, const User &user)
{
    for (auto it = user.attributes.constBegin(); it != user.attributes.constEnd(); ++it) {
        const auto [kind, text] = UserTable::encodeAttribute(it.value());
        if (auto added = insert.add({user.id, SqlContext::text(it.key()), kind, text}); !added)
            return added;
    }
    return {};
}

const QStringList &attributeColumns()
{
    static const QStringList columns = {QStringLiteral("user_id"), QStringLiteral("name"), QStringLiteral("kind"),
                                        QStringLiteral("value")};
    return columns;
}

} // namespace

UserWriter::UserWriter(const SqlContext &context)
    : m_context(context)
{ }

Result<int> UserWriter::insert(const QList<User> &input)
{
    if (input.isEmpty())
        return 0;
    QList<User> users = input;
    QSet<QString> seen;
    seen.reserve(users.size());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < users.size(); ++i) {
        User &user = users[i];
        const QString norm = UserTable::normalized(user.username);
        if (norm.isEmpty())
            return makeError(QCoreApplication::translate("Store",
                                                         "User %1 of %2 has no username. Nothing was saved; give "
                                                         "every user a username and try again.")
                                 .arg(i + 1)
                                 .arg(users.size()));
        if (seen.contains(norm))
            return makeError(QCoreApplication::translate("Store",
                                                         "The username \"%1\" appears more than once (usernames "
                                                         "ignore case). Nothing was saved; make the usernames unique "
                                                         "and try again.")
                                 .arg(user.username));
        seen.insert(norm);
        if (user.id.isEmpty())
            user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (user.createdAt == 0)
            user.createdAt = now;
        if (user.updatedAt == 0)
            user.updatedAt = user.createdAt;
    }

    QSqlError sqlError;
    auto inserted = insertInTransaction(users, sqlError);
    if (inserted)
        return int(users.size());
    // The transaction is rolled back by now, so the lookup runs on a clean connection (PostgreSQL refuses every
    // statement in an aborted transaction).
    if (SqlContext::isUniqueViolation(sqlError)) {
        auto existing = firstExistingUsername(users);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return usernameTaken(*existing);
    }
    return inserted.error();
}

Result<void> UserWriter::insertInTransaction(const QList<User> &users, QSqlError &sqlError)
{
    // Statements first, transaction last: the transaction ends (rolls back) before the statements are freed, as
    // PostgreSQL refuses to free a statement inside an aborted transaction.
    BulkInsert userRows(m_context, QStringLiteral("users"), UserTable::columns(), insertOperation());
    BulkInsert attributeRows(m_context, QStringLiteral("user_attributes"), attributeColumns(), insertOperation());
    Transaction transaction(m_context);
    if (auto began = transaction.begin(); !began)
        return began;
    for (const User &user : users) {
        if (auto added = userRows.add(UserTable::row(user)); !added) {
            sqlError = userRows.lastSqlError();
            return added;
        }
    }
    if (auto flushed = userRows.flush(); !flushed) {
        sqlError = userRows.lastSqlError();
        return flushed;
    }
    for (const User &user : users) {
        if (auto added = addAttributes(attributeRows, user); !added)
            return added;
    }
    if (auto flushed = attributeRows.flush(); !flushed)
        return flushed;
    return transaction.commit();
}

Result<QString> UserWriter::firstExistingUsername(const QList<User> &users)
{
    const QString operation = QCoreApplication::translate("Store", "look up existing usernames");
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < users.size(); start += chunk) {
        const qsizetype n = std::min(chunk, users.size() - start);
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < n; ++i)
            placeholders += QStringLiteral(", ?");
        QSqlQuery query(m_context.db());
        query.setForwardOnly(true);
        if (auto prepared = m_context.prepare(
                query, QStringLiteral("SELECT username_norm FROM users WHERE username_norm IN (%1)").arg(placeholders),
                operation);
            !prepared)
            return prepared.error();
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(int(i), UserTable::normalized(users.at(start + i).username));
        if (auto ran = m_context.exec(query, operation); !ran)
            return ran.error();
        QSet<QString> found;
        while (query.next())
            found.insert(query.value(0).toString());
        for (qsizetype i = 0; i < n; ++i) {
            if (found.contains(UserTable::normalized(users.at(start + i).username)))
                return users.at(start + i).username;
        }
    }
    return QString();
}

Result<void> UserWriter::update(const User &input)
{
    const QString operation = QCoreApplication::translate("Store", "update a user");
    if (UserTable::normalized(input.username).isEmpty())
        return makeError(QCoreApplication::translate("Store", "A user needs a username. Nothing was saved."));
    User user = input;
    user.updatedAt = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery query(m_context.db());
    QSqlQuery clear(m_context.db());
    BulkInsert attributeRows(m_context, QStringLiteral("user_attributes"), attributeColumns(), operation);
    Transaction transaction(m_context); // after the statements, see insertInTransaction()
    if (auto began = transaction.begin(); !began)
        return began;
    QStringList assignments;
    const QStringList &columns = UserTable::columns();
    // Every column but id (first) and created_at (second to last) is replaced.
    for (qsizetype i = 1; i < columns.size(); ++i) {
        if (columns.at(i) != u"created_at")
            assignments.append(columns.at(i) + QStringLiteral(" = ?"));
    }
    if (auto prepared = m_context.prepare(
            query, QStringLiteral("UPDATE users SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
            operation);
        !prepared)
        return prepared;
    const QVariantList values = UserTable::row(user);
    int position = 0;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        if (columns.at(i) != u"created_at")
            query.bindValue(position++, values.at(i));
    }
    query.bindValue(position, user.id);
    if (!query.exec()) {
        if (SqlContext::isUniqueViolation(query.lastError()))
            return usernameTaken(user.username);
        return m_context.failure(query.lastError(), operation);
    }
    if (query.numRowsAffected() == 0)
        return makeError(QCoreApplication::translate("Store", "The user \"%1\" no longer exists in the directory.")
                             .arg(user.username));

    if (auto prepared =
            m_context.prepare(clear, QStringLiteral("DELETE FROM user_attributes WHERE user_id = ?"), operation);
        !prepared)
        return prepared;
    clear.bindValue(0, user.id);
    if (auto ran = m_context.exec(clear, operation); !ran)
        return ran;
    if (auto added = addAttributes(attributeRows, user); !added)
        return added;
    if (auto flushed = attributeRows.flush(); !flushed)
        return flushed;
    return transaction.commit();
}
