#include "core/directory/AuditTable.h"

#include "core/csv/CsvExportFile.h"
#include "core/directory/BulkInsert.h"
#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditTable", text);
}

const QStringList &insertColumns()
{
    static const QStringList columns = {
        QStringLiteral("at"),         QStringLiteral("actor"),     QStringLiteral("integration_id"),
        QStringLiteral("action"),     QStringLiteral("user_id"),   QStringLiteral("username"),
        QStringLiteral("property"),   QStringLiteral("old_value"), QStringLiteral("new_value"),
        QStringLiteral("request_id"), QStringLiteral("result"),    QStringLiteral("detail"),
        QStringLiteral("search_norm")};
    return columns;
}

const QString SelectColumns = QStringLiteral("id, at, actor, integration_id, action, user_id, username, property, "
                                             "old_value, new_value, request_id, result, detail");

// The text the search matches, folded the same way for both engines.
QString searchNorm(const AuditEntry &e)
{
    return QStringList {e.username, e.property, e.oldValue, e.newValue, e.requestId, e.detail, e.actor}
        .join(u'\n')
        .toLower();
}

QVariantList rowOf(const AuditEntry &e, qint64 now)
{
    return {e.at == 0 ? now : e.at,         SqlContext::text(e.actor),    SqlContext::text(e.integrationId),
            SqlContext::text(e.action),     SqlContext::text(e.userId),   SqlContext::text(e.username),
            SqlContext::text(e.property),   SqlContext::text(e.oldValue), SqlContext::text(e.newValue),
            SqlContext::text(e.requestId),  SqlContext::text(e.result),   SqlContext::text(e.detail),
            SqlContext::text(searchNorm(e))};
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.integrationId = q.value(3).toString();
    e.action = q.value(4).toString();
    e.userId = q.value(5).toString();
    e.username = q.value(6).toString();
    e.property = q.value(7).toString();
    e.oldValue = q.value(8).toString();
    e.newValue = q.value(9).toString();
    e.requestId = q.value(10).toString();
    e.result = q.value(11).toString();
    e.detail = q.value(12).toString();
    return e;
}

// LIKE pattern for a substring, with '!' escaping the wildcards and itself.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'!', QStringLiteral("!!")).replace(u'%', QStringLiteral("!%")).replace(u'_', QStringLiteral("!_"));
    return u'%' + escaped + u'%';
}

// The WHERE clause of a query and its values.
QString whereOf(const AuditQuery &query, QVariantList &values)
{
    QStringList conditions;
    if (!query.integrationId.isEmpty()) {
        conditions.append(QStringLiteral("integration_id = ?"));
        values.append(query.integrationId);
    }
    if (!query.userId.isEmpty()) {
        conditions.append(QStringLiteral("user_id = ?"));
        values.append(query.userId);
    }
    if (!query.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("search_norm LIKE ? ESCAPE '!'"));
        values.append(likePattern(query.text.trimmed()));
    }
    if (query.since > 0) {
        conditions.append(QStringLiteral("at >= ?"));
        values.append(query.since);
    }
    if (query.until > 0) {
        conditions.append(QStringLiteral("at < ?"));
        values.append(query.until);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

Result<void> AuditTable::append(const AuditEntry &entry)
{
    return appendMany({entry});
}

Result<void> AuditTable::appendMany(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    BulkInsert rows(m_context, QStringLiteral("audit_log"), insertColumns(), tr("write the audit log"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const AuditEntry &entry : entries) {
        if (entry.action.isEmpty())
            return makeError(tr("An audit log entry needs its action."));
        if (auto added = rows.add(rowOf(entry, now)); !added)
            return added;
    }
    return rows.flush();
}

Result<QList<AuditEntry>> AuditTable::search(const AuditQuery &query)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + SelectColumns + QStringLiteral(" FROM audit_log") + whereOf(query, values)
                  + QStringLiteral(" ORDER BY at DESC, id DESC");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << qint64(query.limit) << qint64(qMax(0, query.offset));
    }
    QSqlQuery q(m_context.db());
    q.setForwardOnly(true);
    if (auto ran = m_context.run(q, sql, values, tr("search the audit log")); !ran)
        return ran.error();
    QList<AuditEntry> result;
    while (q.next())
        result.append(readEntry(q));
    return result;
}

Result<int> AuditTable::count(const AuditQuery &query)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM audit_log") + whereOf(query, values);
    QSqlQuery q(m_context.db());
    q.setForwardOnly(true);
    if (auto ran = m_context.run(q, sql, values, tr("count the audit log")); !ran)
        return ran.error();
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList AuditTable::csvHeader()
{
    return {QStringLiteral("time"),       QStringLiteral("actor"),   QStringLiteral("integration"),
            QStringLiteral("action"),     QStringLiteral("user_id"), QStringLiteral("username"),
            QStringLiteral("property"),   QStringLiteral("old"),     QStringLiteral("new"),
            QStringLiteral("request_id"), QStringLiteral("result"),  QStringLiteral("detail")};
}

Result<int> AuditTable::exportCsv(const AuditQuery &query, const QString &path)
{
    auto file = CsvExportFile::create(path);
    if (!file)
        return file.error();
    CsvExportFile &csv = **file;
    if (auto written = csv.writeRow(csvHeader()); !written)
        return written.error();
    QVariantList values;
    const QString sql = QStringLiteral("SELECT ") + SelectColumns + QStringLiteral(" FROM audit_log")
                        + whereOf(query, values) + QStringLiteral(" ORDER BY at DESC, id DESC");
    QSqlQuery q(m_context.db());
    q.setForwardOnly(true);
    if (auto ran = m_context.run(q, sql, values, tr("export the audit log")); !ran)
        return ran.error();
    int rows = 0;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        if (auto written = csv.writeRow({isoTime(e.at), e.actor, e.integrationId, e.action, e.userId, e.username,
                                         e.property, e.oldValue, e.newValue, e.requestId, e.result, e.detail});
            !written)
            return written.error();
        ++rows;
    }
    if (auto committed = csv.commit(); !committed)
        return committed.error();
    return rows;
}
