#pragma once

#include "core/common/Result.h"

class SqlContext;

// Brings a directory database up to the schema this build knows. Migrations are numbered resources,
// :/migrations/NNNN_name.sql, or NNNN_name.sqlite.sql / NNNN_name.pgsql.sql where the engines differ; each runs in its
// own transaction and is recorded in schema_migrations(version). A shipped migration is never edited.
class Migrator final
{
public:
    explicit Migrator(const SqlContext &context);

    // Applies every missing migration. Refuses a database whose schema is newer than this build knows.
    [[nodiscard]] Result<void> migrate();
    // The highest version this build ships.
    static int latestVersion();

private:
    const SqlContext &m_context;
};
