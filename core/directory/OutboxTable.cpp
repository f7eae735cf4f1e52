#include "core/directory/OutboxTable.h"

#include "core/directory/OutboxTable_p.h"

#include "core/directory/BindingTable.h"
#include "core/directory/BulkInsert.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/SqlContext.h"
#include "core/directory/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxTable", text);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QStringList &outboxColumns()
{
    static const QStringList columns = {QStringLiteral("id"),         QStringLiteral("integration_id"),
                                        QStringLiteral("plan_id"),    QStringLiteral("seq"),
                                        QStringLiteral("user_id"),    QStringLiteral("op"),
                                        QStringLiteral("m365_id"),    QStringLiteral("upn"),
                                        QStringLiteral("payload"),    QStringLiteral("state"),
                                        QStringLiteral("attempt"),    QStringLiteral("next_at"),
                                        QStringLiteral("last_error"), QStringLiteral("request_id"),
                                        QStringLiteral("created_at"), QStringLiteral("updated_at")};
    return columns;
}

const QStringList &snapshotColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),        QStringLiteral("integration_id"), QStringLiteral("user_id"),
        QStringLiteral("m365_id"),   QStringLiteral("property"),       QStringLiteral("old_value"),
        QStringLiteral("operation"), QStringLiteral("outbox_id"),      QStringLiteral("taken_at")};
    return columns;
}

} // namespace

Result<int> OutboxTable::commit(const OutboxBatch &batch)
{
    if (batch.integrationId.isEmpty())
        return makeError(tr("A plan needs its integration."));
    if (batch.snapshotEntry.size() != batch.snapshots.size())
        return makeError(tr("Every snapshot needs its outbox row."));
    return commitInTransaction(batch);
}

Result<int> OutboxTable::commitInTransaction(const OutboxBatch &batch)
{
    const QString operation = tr("queue the plan");
    // Statements before the transaction: it must end before they are freed (see UserWriter::insertInTransaction).
    BulkInsert outboxRows(m_context, QStringLiteral("outbox"), outboxColumns(), operation);
    BulkInsert snapshotRows(m_context, QStringLiteral("snapshots"), snapshotColumns(), operation);
    Transaction transaction(m_context);
    if (auto began = transaction.begin(); !began)
        return began.error();

    BindingTable bindings(m_context);
    if (auto applied = bindings.apply(batch.integrationId, batch.change); !applied)
        return applied.error();
    if (auto saved = bindings.saveLinks(batch.integrationId, batch.links); !saved)
        return saved.error();
    if (batch.settings) {
        if (auto saved = IntegrationSettingsTable(m_context).save(batch.integrationId, *batch.settings); !saved)
            return saved.error();
    }
    MappingTable mappings(m_context);
    for (const QString &property : batch.removeMappings) {
        if (auto removed = mappings.remove(batch.integrationId, property); !removed)
            return removed.error();
    }
    for (const Mapping &mapping : batch.saveMappings) {
        if (auto saved = mappings.save(mapping); !saved)
            return saved.error();
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString planId =
        batch.entries.isEmpty() || batch.entries.first().planId.isEmpty() ? newId() : batch.entries.first().planId;
    QStringList entryIds;
    entryIds.reserve(batch.entries.size());
    for (const OutboxEntry &entry : batch.entries) {
        const QString id = entry.id.isEmpty() ? newId() : entry.id;
        entryIds.append(id);
        const QVariantList row = {id,
                                  batch.integrationId,
                                  entry.planId.isEmpty() ? planId : entry.planId,
                                  qint64(entry.seq),
                                  SqlContext::text(entry.userId),
                                  entry.op,
                                  SqlContext::text(entry.m365Id),
                                  SqlContext::text(entry.upn),
                                  SqlContext::text(entry.payload),
                                  entry.state,
                                  qint64(entry.attempt),
                                  entry.nextAt == 0 ? now : entry.nextAt,
                                  SqlContext::text(entry.lastError),
                                  SqlContext::text(entry.requestId),
                                  entry.createdAt == 0 ? now : entry.createdAt,
                                  now};
        if (auto added = outboxRows.add(row); !added)
            return added.error();
    }
    if (auto flushed = outboxRows.flush(); !flushed)
        return flushed.error();
    for (qsizetype i = 0; i < batch.snapshots.size(); ++i) {
        const Snapshot &s = batch.snapshots.at(i);
        const int entry = batch.snapshotEntry.at(i);
        if (entry < 0 || entry >= entryIds.size())
            return makeError(tr("Every snapshot needs its outbox row."));
        const QVariantList row = {s.id.isEmpty() ? newId() : s.id,
                                  batch.integrationId,
                                  SqlContext::text(s.userId),
                                  SqlContext::text(s.m365Id),
                                  s.property,
                                  s.oldValue ? SqlContext::text(*s.oldValue) : QVariant(),
                                  s.operation,
                                  entryIds.at(entry),
                                  s.takenAt == 0 ? now : s.takenAt};
        if (auto added = snapshotRows.add(row); !added)
            return added.error();
    }
    if (auto flushed = snapshotRows.flush(); !flushed)
        return flushed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(batch.entries.size());
}

Result<QList<OutboxEntry>> OutboxTable::entries(const QString &integrationId)
{
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT %1 FROM outbox WHERE integration_id = ? ORDER BY %2")
                                     .arg(OutboxRows::selectColumns(), OutboxRows::sendingOrder()),
                                 {integrationId}, tr("read the outbox"));
        !ran)
        return ran.error();
    QList<OutboxEntry> result;
    while (query.next())
        result.append(OutboxRows::read(query));
    return result;
}

Result<QList<Snapshot>> OutboxTable::snapshots(const QString &integrationId)
{
    const QString operation = tr("read snapshots");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT ") + snapshotColumns().join(QStringLiteral(", "))
                                     + QStringLiteral(" FROM snapshots WHERE integration_id = ? ORDER BY "
                                                      "taken_at, user_id, property"),
                                 {integrationId}, operation);
        !ran)
        return ran.error();
    QList<Snapshot> result;
    while (query.next()) {
        Snapshot s;
        s.id = query.value(0).toString();
        s.integrationId = query.value(1).toString();
        s.userId = query.value(2).toString();
        s.m365Id = query.value(3).toString();
        s.property = query.value(4).toString();
        if (!query.value(5).isNull())
            s.oldValue = query.value(5).toString();
        s.operation = query.value(6).toString();
        s.outboxId = query.value(7).toString();
        s.takenAt = query.value(8).toLongLong();
        result.append(s);
    }
    return result;
}
