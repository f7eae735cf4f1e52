#include "core/directory/Migrator.h"

#include "core/common/Logging.h"
#include "core/directory/SqlContext.h"
#include "core/directory/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace {

struct Migration
{
    int version = 0;
    QString name;
    QString path;
};

// The migrations for one engine, by version: the engine's variant wins over the shared file.
QMap<int, Migration> migrationsFor(bool postgres)
{
    const QString dialect = postgres ? QStringLiteral(".pgsql.sql") : QStringLiteral(".sqlite.sql");
    const QString other = postgres ? QStringLiteral(".sqlite.sql") : QStringLiteral(".pgsql.sql");
    QMap<int, Migration> result;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file.endsWith(other))
            continue;
        bool ok = false;
        const int version = file.section(u'_', 0, 0).toInt(&ok);
        if (!ok)
            continue;
        if (result.contains(version) && !file.endsWith(dialect))
            continue;
        result.insert(version, Migration {version, file, dir.filePath(file)});
    }
    return result;
}

// Splits a migration into statements: one per ';' that ends a line; '--' comment lines are dropped.
// Migrations therefore keep semicolons out of string literals.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

Migrator::Migrator(const SqlContext &context)
    : m_context(context)
{ }

int Migrator::latestVersion()
{
    const QMap<int, Migration> all = migrationsFor(false);
    return all.isEmpty() ? 0 : all.lastKey();
}

Result<void> Migrator::migrate()
{
    const QString readOperation = QCoreApplication::translate("Store", "read the schema version");
    if (auto created = m_context.execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                        "version INTEGER NOT NULL PRIMARY KEY, "
                                                        "applied_at BIGINT NOT NULL)"),
                                         QCoreApplication::translate("Store", "create the schema_migrations table"));
        !created)
        return created;

    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto prepared =
            m_context.prepare(query, QStringLiteral("SELECT version FROM schema_migrations"), readOperation);
        !prepared)
        return prepared;
    if (auto ran = m_context.exec(query, readOperation); !ran)
        return ran;
    QList<int> applied;
    while (query.next())
        applied.append(query.value(0).toInt());
    query.finish();

    const QMap<int, Migration> migrations = migrationsFor(m_context.isPostgres());
    Q_ASSERT(!migrations.isEmpty()); // the resources are linked into clouddir_core
    const int known = migrations.isEmpty() ? 0 : migrations.lastKey();
    const int newest = applied.isEmpty() ? 0 : *std::max_element(applied.cbegin(), applied.cend());
    if (newest > known)
        return makeError(QCoreApplication::translate("Store",
                                                     "The directory database %1 has schema version %2, but this "
                                                     "version of clouddir only knows up to %3. Update clouddir to "
                                                     "open it.")
                             .arg(m_context.displayName())
                             .arg(newest)
                             .arg(known));

    for (const Migration &migration : migrations) {
        if (applied.contains(migration.version))
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                QCoreApplication::translate("Store", "Cannot read the built-in migration %1.").arg(migration.name));
        const QString operation = QCoreApplication::translate("Store", "apply schema migration %1").arg(migration.name);
        QSqlQuery record(m_context.db()); // outlives the transaction, see UserWriter
        Transaction transaction(m_context);
        if (auto began = transaction.begin(); !began)
            return began;
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (auto ran = m_context.execRaw(statement, operation); !ran)
                return ran;
        }
        if (auto prepared = m_context.prepare(
                record, QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"), operation);
            !prepared)
            return prepared;
        record.addBindValue(migration.version);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (auto ran = m_context.exec(record, operation); !ran)
            return ran;
        record.finish();
        if (auto committed = transaction.commit(); !committed)
            return committed;
        qCInfo(lcStore) << "applied schema migration" << migration.name;
    }
    return {};
}
