#include "core/directory/DatabaseSpec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {

bool isPostgresUrl(const QString &spec)
{
    return spec.startsWith(u"postgresql://", Qt::CaseInsensitive)
           || spec.startsWith(u"postgres://", Qt::CaseInsensitive);
}

} // namespace

Result<DatabaseSpec> DatabaseSpec::parse(const QString &spec)
{
    DatabaseSpec result;
    if (spec.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Store", "No directory database given. Pass a SQLite file path "
                                                              "or a postgresql:// URL."));
    if (!isPostgresUrl(spec)) {
        result.engine = Engine::Sqlite;
        result.path = QFileInfo(spec).absoluteFilePath();
        return result;
    }

    const QUrl url(spec, QUrl::StrictMode);
    // Never echo the spec, nor QUrl's error text (it quotes the source): either may carry a password.
    if (!url.isValid())
        return makeError(QCoreApplication::translate("Store", "The PostgreSQL URL is not valid. Use "
                                                              "postgresql://user@host:port/dbname or "
                                                              "postgresql://user@/dbname?host=/socket/folder&port=N."));
    result.engine = Engine::Postgres;
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.host = url.host(QUrl::FullyDecoded);
    result.port = url.port(5432);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        result.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port"))) {
        bool ok = false;
        result.port = query.queryItemValue(QStringLiteral("port")).toInt(&ok);
        if (!ok || result.port <= 0 || result.port > 65535)
            return makeError(QCoreApplication::translate("Store", "The port in the PostgreSQL URL is not a number "
                                                                  "between 1 and 65535."));
    }
    if (query.hasQueryItem(QStringLiteral("dbname")))
        result.database = query.queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("user")))
        result.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (result.host.isEmpty())
        result.host = QStringLiteral("localhost");
    if (result.database.isEmpty())
        return makeError(QCoreApplication::translate("Store", "The PostgreSQL URL names no database. Use "
                                                              "postgresql://user@host:port/dbname."));
    return result;
}

QString DatabaseSpec::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    if (host.startsWith(u'/'))
        return QStringLiteral("\"%1\" (PostgreSQL, user %2, socket %3, port %4)").arg(database, user, host).arg(port);
    return QStringLiteral("\"%1\" (PostgreSQL, user %2, %3:%4)").arg(database, user, host).arg(port);
}
