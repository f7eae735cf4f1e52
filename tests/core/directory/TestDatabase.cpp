#include "TestDatabase.h"

#include "core/directory/DatabaseSpec.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

// Opens a side connection for spec; the caller removes it with QSqlDatabase::removeDatabase(name).
QSqlDatabase sideConnection(const QString &spec, const QString &name)
{
    auto parsed = DatabaseSpec::parse(spec);
    if (!parsed)
        return {};
    QSqlDatabase db;
    if (parsed->engine == DatabaseSpec::Engine::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(parsed->path);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        db.setPassword(parsed->password);
    }
    db.open();
    return db;
}

QVariant execOn(const QString &spec, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("test-side-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVariant result;
    {
        QSqlDatabase db = sideConnection(spec, name);
        QSqlQuery query(db);
        if (!db.isOpen()) {
            if (error)
                *error = db.lastError().text();
        } else if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
        } else if (query.next()) {
            result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString TestDatabase::clusterUrl()
{
    return qEnvironmentVariable("CLOUDDIR_TEST_PG");
}

TestDatabase::TestDatabase(const QString &backend)
    : m_postgres(backend == u"postgresql")
{
    if (!m_postgres) {
        m_spec = m_dir.filePath(QStringLiteral("directory.sqlite"));
        return;
    }
    const QString cluster = clusterUrl();
    if (cluster.isEmpty()) {
        m_error = QStringLiteral("CLOUDDIR_TEST_PG is not set");
        return;
    }
    m_pgName = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QString error;
    execOn(cluster, QStringLiteral("CREATE DATABASE %1").arg(m_pgName), &error);
    if (!error.isEmpty()) {
        m_error = QStringLiteral("cannot create the test database: %1").arg(error);
        m_pgName.clear();
        return;
    }
    QUrl url(cluster);
    url.setPath(u'/' + m_pgName);
    m_spec = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty())
        execOn(clusterUrl(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), nullptr);
}

QVariant TestDatabase::exec(const QString &sql, QString *error) const
{
    return execOn(m_spec, sql, error);
}
