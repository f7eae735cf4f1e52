// OutboxTable: what the Activity page reads — counts, rows needing attention, throughput (see OutboxTable.h).
#include "core/directory/OutboxTable.h"

#include "core/directory/OutboxTable_p.h"
#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxTable", text);
}

const QStringList &knownStates()
{
    static const QStringList states = {QStringLiteral("pending"), QStringLiteral("retrying"), QStringLiteral("done"),
                                       QStringLiteral("failed"), QStringLiteral("dismissed")};
    return states;
}

// Index of the bucket holding t.
qsizetype bucketOf(qint64 t, qint64 sinceMs, qint64 bucketMs)
{
    return qsizetype((t - sinceMs) / bucketMs);
}

} // namespace

Result<OutboxSummary> OutboxTable::summary(const QString &integrationId, qint64 nowMs)
{
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(
            query,
            QStringLiteral("SELECT SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN state = 'retrying' THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN state = 'dismissed' THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN state IN ('pending', 'retrying') AND lease_until > ? THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN state IN ('pending', 'retrying') AND next_at <= ? THEN 1 ELSE 0 END), "
                           "MIN(CASE WHEN state = 'retrying' AND next_at > ? THEN next_at END), "
                           "MIN(CASE WHEN state IN ('pending', 'retrying') THEN created_at END) "
                           "FROM outbox WHERE integration_id = ?"),
            {nowMs, nowMs, nowMs, integrationId}, tr("count the outbox"));
        !ran)
        return ran.error();
    OutboxSummary s;
    if (!query.next())
        return s;
    s.pending = query.value(0).toInt();
    s.retrying = query.value(1).toInt();
    s.done = query.value(2).toInt();
    s.failed = query.value(3).toInt();
    s.dismissed = query.value(4).toInt();
    s.leased = query.value(5).toInt();
    s.due = query.value(6).toInt();
    s.nextRetryAt = query.value(7).toLongLong();
    s.oldestOpenAt = query.value(8).toLongLong();
    return s;
}

Result<QList<OutboxEntry>> OutboxTable::entriesInState(const QString &integrationId, const QStringList &states,
                                                       int limit)
{
    for (const QString &state : states) {
        if (!knownStates().contains(state))
            return makeError(
                tr("Unknown outbox state '%1': use pending, retrying, done, failed or dismissed.").arg(state));
    }
    if (states.isEmpty() || limit <= 0)
        return QList<OutboxEntry>();
    QStringList marks(states.size(), QStringLiteral("?"));
    QVariantList values = {integrationId};
    for (const QString &state : states)
        values.append(state);
    values.append(qint64(limit));
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(
            query,
            QStringLiteral("SELECT %1 FROM outbox WHERE integration_id = ? AND state IN (%2) "
                           "ORDER BY %3 LIMIT ?")
                .arg(OutboxRows::selectColumns(), marks.join(QStringLiteral(", ")), OutboxRows::sendingOrder()),
            values, tr("read the outbox"));
        !ran)
        return ran.error();
    QList<OutboxEntry> result;
    while (query.next())
        result.append(OutboxRows::read(query));
    return result;
}

Result<QList<OutboxRate>> OutboxTable::throughput(const QString &integrationId, qint64 sinceMs, qint64 untilMs,
                                                  qint64 bucketMs)
{
    if (bucketMs <= 0 || untilMs <= sinceMs)
        return QList<OutboxRate>();
    const QString operation = tr("chart the outbox");
    QList<OutboxRate> rates((untilMs - sinceMs + bucketMs - 1) / bucketMs);
    for (qsizetype i = 0; i < rates.size(); ++i)
        rates[i].start = sinceMs + i * bucketMs;

    // Backlog at sinceMs: created before it and not finished by then.
    QSqlQuery before(m_context.db());
    if (auto ran = m_context.run(before,
                                 QStringLiteral("SELECT COUNT(*) FROM outbox WHERE integration_id = ? AND "
                                                "created_at < ? AND (finished_at = 0 OR finished_at >= ?)"),
                                 {integrationId, sinceMs, sinceMs}, operation);
        !ran)
        return ran.error();
    int backlog = before.next() ? before.value(0).toInt() : 0;

    QList<int> created(rates.size(), 0);
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT created_at, finished_at, state FROM outbox WHERE "
                                                "integration_id = ? AND ((created_at >= ? AND created_at < ?) OR "
                                                "(finished_at >= ? AND finished_at < ?))"),
                                 {integrationId, sinceMs, untilMs, sinceMs, untilMs}, operation);
        !ran)
        return ran.error();
    while (query.next()) {
        const qint64 createdAt = query.value(0).toLongLong();
        const qint64 finishedAt = query.value(1).toLongLong();
        if (createdAt >= sinceMs && createdAt < untilMs)
            ++created[bucketOf(createdAt, sinceMs, bucketMs)];
        if (finishedAt >= sinceMs && finishedAt < untilMs) {
            OutboxRate &rate = rates[bucketOf(finishedAt, sinceMs, bucketMs)];
            if (query.value(2).toString() == u"done")
                ++rate.done;
            else
                ++rate.failed;
        }
    }
    for (qsizetype i = 0; i < rates.size(); ++i) {
        backlog += created.at(i) - rates.at(i).done - rates.at(i).failed;
        rates[i].backlog = backlog;
    }
    return rates;
}
