#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <chrono>

class QSqlError;
class QSqlQuery;
class QThread;

// What every piece of the Store needs to talk to its connection and to word a failure: the connection, the engine, a
// printable name of the database (never containing a password) and the SQLite busy timeout.
// Owned by Store; used only on the thread that opened the connection.
class SqlContext final
{
public:
    SqlContext(QSqlDatabase db, QString displayName, std::chrono::milliseconds busyTimeout);

    QSqlDatabase &db() { return m_db; }
    const QSqlDatabase &db() const { return m_db; }
    bool isPostgres() const { return m_postgres; }
    const QString &displayName() const { return m_displayName; }

    // A query on this connection, prepared from sql; a failure names operation, never a bound value.
    [[nodiscard]] Result<void> prepare(QSqlQuery &query, const QString &sql, const QString &operation) const;
    // Runs a prepared query; a failure names operation, never a bound value.
    [[nodiscard]] Result<void> exec(QSqlQuery &query, const QString &operation) const;
    // prepare(), bind values to the positional placeholders in order, exec(): the shape of most statements.
    [[nodiscard]] Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                   const QString &operation) const;
    // Runs one statement without values (DDL, PRAGMA, BEGIN).
    [[nodiscard]] Result<void> execRaw(const QString &sql, const QString &operation) const;

    // Turns a driver error into an Error a person can act on: locked, read-only, connection lost, or the operation
    // and the engine's one-line reason. Bound values and PostgreSQL's DETAIL lines (which quote them) are dropped.
    Error failure(const QSqlError &error, const QString &operation) const;
    static bool isUniqueViolation(const QSqlError &error);
    // A text value to bind: Qt binds a null QString as SQL NULL, so a null string becomes ''.
    static QVariant text(const QString &value);

    // Transaction nesting (Transaction.h): how many Transactions are open on this connection, and whether an inner
    // one ended without commit (the outer one then refuses to commit).
    int &transactionDepth() const { return m_transactionDepth; }
    bool &rollbackOnly() const { return m_rollbackOnly; }

private:
    QSqlDatabase m_db;
    QString m_displayName;
    std::chrono::milliseconds m_busyTimeout;
    QThread *m_thread; // the only thread that may use the connection
    bool m_postgres = false;
    mutable int m_transactionDepth = 0;
    mutable bool m_rollbackOnly = false;
};
