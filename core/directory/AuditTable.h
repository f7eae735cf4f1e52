#pragma once

#include "core/common/Result.h"
#include "core/directory/AuditEntry.h"

#include <QList>
#include <QString>

class SqlContext;

// The audit log (cloud-directories.md §2.8, migration 0006): append-only, searched newest first. A cheap handle over
// the Store's connection: obtain it from Store::audit() and use it on the Store's thread only. append() and
// appendMany() open no transaction of their own, so a writer can log inside its own transaction (the log line
// commits or rolls back with the change it records).
class AuditTable final
{
public:
    explicit AuditTable(const SqlContext &context)
        : m_context(context)
    { }

    [[nodiscard]] Result<void> append(const AuditEntry &entry);
    // Many rows in chunks (BulkInsert). An entry with at == 0 is stamped now.
    [[nodiscard]] Result<void> appendMany(const QList<AuditEntry> &entries);
    // Newest first (at, then id, descending), limited and offset as the query says.
    [[nodiscard]] Result<QList<AuditEntry>> search(const AuditQuery &query);
    // How many rows the query selects, ignoring its limit and offset.
    [[nodiscard]] Result<int> count(const AuditQuery &query);
    // Writes every row the query selects (ignoring limit and offset) to a CSV file: RFC 4180, UTF-8 with BOM, the
    // formula guard of core/csv. Replaces path only with a complete file. Returns the number of rows written.
    [[nodiscard]] Result<int> exportCsv(const AuditQuery &query, const QString &path);

    // The CSV header row.
    static QStringList csvHeader();

private:
    const SqlContext &m_context;
};
