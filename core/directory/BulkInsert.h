#pragma once

#include "core/common/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

class SqlContext;

// Inserts many rows into one table, a chunk at a time, with a statement prepared once and reused; values are always
// bound, never pasted into SQL.
// - SQLite: a multi-row INSERT ... VALUES (?, ...), (?, ...) per chunk of 64 rows.
// - PostgreSQL: ONE bound value per chunk of 1000 rows, a JSON array of arrays unpacked by jsonb_array_elements. Qt's
//   PostgreSQL driver turns every exec() into an EXECUTE round trip and every bound value into escaped text, and
//   Qt Sql spends about half a microsecond per bindValue(); with 22 columns x 100,000 users this halved the time.
//   (The same JSON route is slower on SQLite, whose json_extract per cell costs more than Qt's binding.)
//
// Values may be QString, an integer type (bound as BIGINT), or SQL NULL (an invalid QVariant or a null QString, as
// Qt Sql binds them; use SqlContext::text() for a text column that must not be NULL). A column's
// kind is taken from the first row, so a column that is NULL in the first row is text.
// Call inside a Transaction; call flush() before committing.
class BulkInsert final
{
public:
    BulkInsert(const SqlContext &context, QString table, QStringList columns, QString operation);

    [[nodiscard]] Result<void> add(const QVariantList &row);
    [[nodiscard]] Result<void> flush();
    // The driver error behind the last failure, to tell a unique violation from other failures.
    const QSqlError &lastSqlError() const { return m_lastSqlError; }

private:
    QString statement(int rows) const;
    void appendJson(const QVariant &value);
    [[nodiscard]] Result<void> run(QSqlQuery &query, int rows);

    const SqlContext &m_context;
    QString m_table;
    QStringList m_columns;
    QList<bool> m_integer; // per column, from the first row
    QString m_operation;
    int m_rowsPerStatement;
    int m_pendingRows = 0;
    QString m_json;        // PostgreSQL: "[[...],[...]" while rows are pending
    QVariantList m_values; // SQLite: the pending rows' values
    QSqlQuery m_fullChunk; // prepared once, for rowsPerStatement rows
    QSqlQuery m_lastChunk; // for the last, shorter chunk; a member so it outlives the transaction (see UserWriter)
    bool m_prepared = false;
    QSqlError m_lastSqlError;
};
