#include "core/directory/Transaction.h"

#include "core/common/Logging.h"
#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const SqlContext &context)
    : m_context(context)
{ }

Transaction::~Transaction()
{
    if (m_active && m_nested) {
        // Back to the savepoint: the connection is usable again (PostgreSQL aborts the whole transaction on an
        // error otherwise) and the outer transaction is marked so it cannot commit half a change.
        QSqlQuery query(m_context.db());
        if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint()))
            qCWarning(lcStore) << "rollback to savepoint failed:"
                               << query.lastError().databaseText().section(u'\n', 0, 0);
        --m_context.transactionDepth();
        m_context.rollbackOnly() = true;
    } else if (m_active) {
        m_context.transactionDepth() = 0;
        m_context.rollbackOnly() = false;
        QSqlQuery query(m_context.db());
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore) << "rollback failed:" << query.lastError().databaseText().section(u'\n', 0, 0);
    }
}

QString Transaction::savepoint(int depth) const
{
    return QStringLiteral("clouddir_nested_%1").arg(depth);
}

QString Transaction::savepoint() const
{
    return savepoint(m_context.transactionDepth() - 1);
}

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_active);
    if (m_context.transactionDepth() > 0) { // joins the open transaction, behind a savepoint
        if (auto saved = m_context.execRaw(QStringLiteral("SAVEPOINT ") + savepoint(m_context.transactionDepth()),
                                           QCoreApplication::translate("Store", "begin a transaction"));
            !saved)
            return saved;
        ++m_context.transactionDepth();
        m_nested = true;
        m_active = true;
        return {};
    }
    // SQLite: IMMEDIATE takes the write lock now, under the busy timeout, instead of failing at the first write of a
    // transaction that already read (a deferred transaction cannot wait for a writer once it holds a snapshot).
    const QString sql = m_context.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (auto started = m_context.execRaw(sql, QCoreApplication::translate("Store", "begin a transaction")); !started)
        return started;
    m_context.transactionDepth() = 1;
    m_context.rollbackOnly() = false;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    if (m_nested) {
        if (auto released = m_context.execRaw(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(),
                                              QCoreApplication::translate("Store", "save the changes"));
            !released)
            return released;
        --m_context.transactionDepth();
        m_active = false;
        return {};
    }
    if (m_context.rollbackOnly())
        return makeError(
            QCoreApplication::translate("Store", "A step of this change failed, so none of it was saved."));
    if (auto committed =
            m_context.execRaw(QStringLiteral("COMMIT"), QCoreApplication::translate("Store", "save the changes"));
        !committed)
        return committed;
    m_context.transactionDepth() = 0;
    m_active = false;
    return {};
}
