#pragma once

#include "core/common/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

class SqlContext;

// Inserts many rows into one table with multi-row INSERT statements: the statement for a full chunk is prepared once
// and reused, only the last partial chunk gets its own. This cuts the round trips to PostgreSQL (its Qt driver runs
// one EXECUTE per exec()) and the per-statement overhead of SQLite by the chunk size. Values are always bound.
// Call inside a Transaction; call flush() before committing.
class BulkInsert final
{
public:
    BulkInsert(const SqlContext &context, QString table, QStringList columns, QString operation,
               int rowsPerStatement = 64);

    [[nodiscard]] Result<void> add(const QVariantList &row);
    [[nodiscard]] Result<void> flush();
    // The driver error behind the last failure, to tell a unique violation from other failures.
    const QSqlError &lastSqlError() const { return m_lastSqlError; }

private:
    QString statementFor(int rows) const;
    [[nodiscard]] Result<void> run(QSqlQuery &query, int rows);

    const SqlContext &m_context;
    QString m_table;
    QStringList m_columns;
    QString m_operation;
    int m_rowsPerStatement;
    QVariantList m_pending;
    QSqlQuery m_fullChunk;
    QSqlQuery m_lastChunk;
    bool m_fullChunkPrepared = false;
    QSqlError m_lastSqlError;
};
