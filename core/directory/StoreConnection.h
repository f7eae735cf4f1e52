#pragma once

#include "core/common/Result.h"
#include "core/directory/DatabaseSpec.h"

#include <QString>

#include <chrono>

// Opens and closes the named QSqlDatabase connection behind a Store, turning the usual ways this fails (missing
// folder, read-only file, server down, wrong password) into errors that say what to do. Static functions only.
class StoreConnection final
{
public:
    // Adds the connection `name` and opens it, with SQLite tuned (WAL, synchronous=NORMAL, foreign keys, busy
    // timeout). On failure the connection is removed again.
    [[nodiscard]] static Result<void> open(const DatabaseSpec &spec, std::chrono::milliseconds busyTimeout,
                                           const QString &name);
    // Closes and removes the connection; no QSqlQuery or QSqlDatabase copy of it may be alive.
    static void close(const QString &name);

private:
    [[nodiscard]] static Result<void> checkSqliteFile(const DatabaseSpec &spec);
    [[nodiscard]] static Result<void> openSqlite(const DatabaseSpec &spec, std::chrono::milliseconds busyTimeout,
                                                 const QString &name);
    [[nodiscard]] static Result<void> openPostgres(const DatabaseSpec &spec, const QString &name);
};
