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
    if (m_active) {
        QSqlQuery query(m_context.db());
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStore) << "rollback failed:" << query.lastError().databaseText().section(u'\n', 0, 0);
    }
}

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_active);
    // SQLite: IMMEDIATE takes the write lock now, under the busy timeout, instead of failing at the first write of a
    // transaction that already read (a deferred transaction cannot wait for a writer once it holds a snapshot).
    const QString sql = m_context.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (auto started = m_context.execRaw(sql, QCoreApplication::translate("Store", "begin a transaction")); !started)
        return started;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    if (auto committed =
            m_context.execRaw(QStringLiteral("COMMIT"), QCoreApplication::translate("Store", "save the changes"));
        !committed)
        return committed;
    m_active = false;
    return {};
}
