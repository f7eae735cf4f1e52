#include "core/directory/StoreConnection.h"

#include "core/common/Logging.h"
#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace {

QString firstLine(const QString &text)
{
    return text.trimmed().section(u'\n', 0, 0).trimmed();
}

} // namespace

Result<void> StoreConnection::open(const DatabaseSpec &spec, std::chrono::milliseconds busyTimeout, const QString &name)
{
    auto opened =
        spec.engine == DatabaseSpec::Engine::Sqlite ? openSqlite(spec, busyTimeout, name) : openPostgres(spec, name);
    if (!opened)
        close(name);
    return opened;
}

void StoreConnection::close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> StoreConnection::checkSqliteFile(const DatabaseSpec &spec)
{
    const QFileInfo file(spec.path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return makeError(QCoreApplication::translate("Store",
                                                     "Cannot create the directory database %1: the folder %2 does not "
                                                     "exist. Create it or choose another location.")
                             .arg(spec.path, QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (file.exists() && file.isDir())
        return makeError(QCoreApplication::translate("Store",
                                                     "Cannot open the directory database %1: it is a folder. Give "
                                                     "the path of a file.")
                             .arg(spec.path));
    // access(W_OK) also sees immutable files and read-only mounts, which stop root too.
    if (file.exists() && !file.isWritable())
        return makeError(QCoreApplication::translate("Store",
                                                     "The directory database %1 is read-only: the file cannot be "
                                                     "written. Make it writable, or open a copy.")
                             .arg(spec.path));
    // SQLite in WAL mode creates -wal and -shm files next to the database.
    if (!folder.isWritable())
        return makeError(QCoreApplication::translate("Store",
                                                     "The directory database %1 is read-only: its folder %2 cannot be "
                                                     "written. Make the folder writable, or choose another location.")
                             .arg(spec.path, QDir::toNativeSeparators(folder.absoluteFilePath())));
    return {};
}

Result<void> StoreConnection::openSqlite(const DatabaseSpec &spec, std::chrono::milliseconds busyTimeout,
                                         const QString &name)
{
    if (auto checked = checkSqliteFile(spec); !checked)
        return checked;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout.count()));
        if (!db.open())
            return makeError(QCoreApplication::translate("Store",
                                                         "Cannot open or create the directory database %1: %2. Check "
                                                         "that the folder exists and is writable.")
                                 .arg(spec.path, firstLine(db.lastError().databaseText())));
    }
    const SqlContext context(QSqlDatabase::database(name, false), spec.displayName(), busyTimeout);
    const QString operation = QCoreApplication::translate("Store", "configure the database connection");
    // WAL lets readers work while one writer writes; synchronous=NORMAL is safe under WAL (a crash loses at most the
    // last commits, never consistency). Foreign keys are off by default in SQLite.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto ran = context.execRaw(pragma, operation); !ran)
            return ran;
    }
    qCInfo(lcStore) << "opened SQLite directory" << spec.path;
    return {};
}

Result<void> StoreConnection::openPostgres(const DatabaseSpec &spec, const QString &name)
{
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setDatabaseName(spec.database);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=clouddir"));
        if (db.open()) {
            qCInfo(lcStore) << "opened PostgreSQL directory" << spec.displayName();
            return {};
        }
        reason = firstLine(db.lastError().databaseText());
        if (reason.isEmpty())
            reason = firstLine(db.lastError().driverText());
    }
    const QString where =
        spec.host.startsWith(u'/')
            ? QCoreApplication::translate("Store", "socket folder %1, port %2").arg(spec.host).arg(spec.port)
            : QStringLiteral("%1:%2").arg(spec.host).arg(spec.port);
    qCWarning(lcStore) << "cannot connect to PostgreSQL" << spec.displayName() << "-" << reason;
    if (reason.contains(u"authentication failed") || reason.contains(u"no password supplied")
        || reason.contains(u"no pg_hba.conf entry"))
        return makeError(QCoreApplication::translate("Store",
                                                     "The PostgreSQL server at %1 refused user %2 for database %3: "
                                                     "%4. Check the user name and password.")
                             .arg(where, spec.user, spec.database, reason));
    if (reason.contains(u"does not exist"))
        return makeError(QCoreApplication::translate("Store",
                                                     "The PostgreSQL server at %1 has no database %2 or user %3: %4. "
                                                     "Create it or correct the URL.")
                             .arg(where, spec.database, spec.user, reason));
    return makeError(QCoreApplication::translate("Store",
                                                 "Cannot connect to the PostgreSQL server at %1 (database %2): %3. "
                                                 "Check that the server is running and the host and port are right.")
                         .arg(where, spec.database, reason));
}
