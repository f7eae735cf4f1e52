#include "core/directory/SqlContext.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// SQLite primary result codes (sqlite3.h); the driver reports them as text, possibly extended (low byte = primary).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

// PostgreSQL prefixes its message with DETAIL/HINT/LINE lines that can quote bound values: keep the first line only.
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    return newline < 0 ? trimmed : trimmed.left(newline).trimmed();
}

QString reasonOf(const QSqlError &error)
{
    QString reason = firstLine(error.databaseText());
    if (reason.isEmpty())
        reason = firstLine(error.driverText());
    if (reason.startsWith(u"ERROR:"))
        reason = reason.mid(6).trimmed();
    return reason;
}

} // namespace

SqlContext::SqlContext(QSqlDatabase db, QString displayName, std::chrono::milliseconds busyTimeout)
    : m_db(std::move(db))
    , m_displayName(std::move(displayName))
    , m_busyTimeout(busyTimeout)
    , m_thread(QThread::currentThread())
    , m_postgres(m_db.driverName() == QLatin1String("QPSQL"))
{ }

Result<void> SqlContext::prepare(QSqlQuery &query, const QString &sql, const QString &operation) const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Store", "a Store is used only on the thread that opened it");
    if (!query.prepare(sql))
        return failure(query.lastError(), operation);
    return {};
}

Result<void> SqlContext::exec(QSqlQuery &query, const QString &operation) const
{
    if (!query.exec())
        return failure(query.lastError(), operation);
    return {};
}

Result<void> SqlContext::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                             const QString &operation) const
{
    if (Result<void> prepared = prepare(query, sql, operation); !prepared)
        return prepared;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return exec(query, operation);
}

Result<void> SqlContext::execRaw(const QString &sql, const QString &operation) const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Store", "a Store is used only on the thread that opened it");
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return failure(query.lastError(), operation);
    return {};
}

Error SqlContext::failure(const QSqlError &error, const QString &operation) const
{
    const QString reason = reasonOf(error);
    qCWarning(lcStore) << "database operation failed:" << operation << "-" << reason;
    if (!m_postgres) {
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == SqliteBusy || code == SqliteLocked) {
            const qint64 seconds = std::max<qint64>(1, (m_busyTimeout.count() + 999) / 1000);
            return makeError(QCoreApplication::translate("Store",
                                                         "The directory database %1 is locked by another program "
                                                         "(still busy after %n s). Close the other program and try "
                                                         "again.",
                                                         nullptr, int(seconds))
                                 .arg(m_displayName));
        }
        if (code == SqliteReadOnly)
            return makeError(QCoreApplication::translate("Store",
                                                         "The directory database %1 is read-only: %2. Make the file "
                                                         "and its folder writable, or open a copy.")
                                 .arg(m_displayName, reason));
        if (code == SqliteFull)
            return makeError(QCoreApplication::translate("Store",
                                                         "Cannot %1: the disk holding the directory database %2 is "
                                                         "full. Free some space and try again.")
                                 .arg(operation, m_displayName));
        if (code == SqliteNotADatabase)
            return makeError(QCoreApplication::translate("Store",
                                                         "%1 is not a clouddir directory database, or it is damaged. "
                                                         "Choose another file.")
                                 .arg(m_displayName));
        if (code == SqliteCantOpen)
            return makeError(QCoreApplication::translate("Store",
                                                         "Cannot open the directory database %1: %2. Check that the "
                                                         "folder exists and is writable.")
                                 .arg(m_displayName, reason));
    } else if (error.type() == QSqlError::ConnectionError || error.nativeErrorCode().startsWith(u"08")
               || error.nativeErrorCode().startsWith(u"57P")) {
        return makeError(QCoreApplication::translate("Store",
                                                     "Lost the connection to the directory database %1 while trying "
                                                     "to %2: %3. Check that the server is running and try again.")
                             .arg(m_displayName, operation, reason));
    }
    return makeError(QCoreApplication::translate("Store", "Cannot %1 in the directory database %2: %3")
                         .arg(operation, m_displayName, reason));
}

bool SqlContext::isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL reports SQLSTATE 23505; SQLite reports SQLITE_CONSTRAINT (19) or SQLITE_CONSTRAINT_UNIQUE (2067).
    if (code == u"23505" || code == u"2067")
        return true;
    return code == u"19" && error.databaseText().contains(u"UNIQUE");
}

QVariant SqlContext::text(const QString &value)
{
    static const QString empty = QStringLiteral("");
    return value.isNull() ? QVariant(empty) : QVariant(value);
}
