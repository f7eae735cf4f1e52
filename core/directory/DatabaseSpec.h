#pragma once

#include "core/common/Result.h"

#include <QString>

// Where the directory lives, parsed from the --db argument: a SQLite file path, or a PostgreSQL URL in libpq style,
//   postgresql://user[:password]@host[:port]/dbname
//   postgresql://user@/dbname?host=/socket/dir&port=N   (a host starting with / is a Unix socket directory)
// displayName() never contains the password, so it is what errors and logs show.
struct DatabaseSpec
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path; // SQLite: the file, absolute
    QString host; // PostgreSQL: host name, address, or socket directory
    int port = 5432;
    QString database;
    QString user;
    QString password; // never logged, never shown

    [[nodiscard]] static Result<DatabaseSpec> parse(const QString &spec);
    QString displayName() const;

    bool operator==(const DatabaseSpec &) const = default;
};
