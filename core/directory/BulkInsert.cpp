#include "core/directory/BulkInsert.h"

#include "core/directory/SqlContext.h"

BulkInsert::BulkInsert(const SqlContext &context, QString table, QStringList columns, QString operation,
                       int rowsPerStatement)
    : m_context(context)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_operation(std::move(operation))
    , m_rowsPerStatement(rowsPerStatement)
    , m_fullChunk(context.db())
    , m_lastChunk(context.db())
{
    Q_ASSERT(rowsPerStatement > 0 && !m_columns.isEmpty());
    m_pending.reserve(qsizetype(rowsPerStatement) * m_columns.size());
}

QString BulkInsert::statementFor(int rows) const
{
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        row += QStringLiteral(", ?");
    row += u')';
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", ")));
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    return sql;
}

Result<void> BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    if (m_pending.size() < qsizetype(m_rowsPerStatement) * m_columns.size())
        return {};
    if (!m_fullChunkPrepared) {
        m_fullChunk.setForwardOnly(true);
        if (auto prepared = m_context.prepare(m_fullChunk, statementFor(m_rowsPerStatement), m_operation); !prepared) {
            m_lastSqlError = m_fullChunk.lastError();
            return prepared;
        }
        m_fullChunkPrepared = true;
    }
    return run(m_fullChunk, m_rowsPerStatement);
}

Result<void> BulkInsert::flush()
{
    if (m_pending.isEmpty())
        return {};
    const int rows = int(m_pending.size() / m_columns.size());
    // A member, not a local: the statement must outlive the transaction (see UserWriter).
    m_lastChunk.setForwardOnly(true);
    if (auto prepared = m_context.prepare(m_lastChunk, statementFor(rows), m_operation); !prepared) {
        m_lastSqlError = m_lastChunk.lastError();
        return prepared;
    }
    return run(m_lastChunk, rows);
}

Result<void> BulkInsert::run(QSqlQuery &query, int rows)
{
    Q_ASSERT(m_pending.size() == qsizetype(rows) * m_columns.size());
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending.at(i));
    m_pending.clear();
    if (auto ran = m_context.exec(query, m_operation); !ran) {
        m_lastSqlError = query.lastError();
        return ran;
    }
    query.finish();
    return {};
}
