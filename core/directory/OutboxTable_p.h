#pragma once

#include "core/directory/OutboxEntry.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Private machinery shared by OutboxTable.cpp, OutboxLeases.cpp and OutboxStats.cpp: the columns a read selects and
// turning one result row into an OutboxEntry.
namespace OutboxRows {

// The columns of OutboxEntry, in field order, for SELECT and RETURNING.
inline const QString &selectColumns()
{
    static const QString columns = QStringLiteral(
        "id, integration_id, plan_id, seq, user_id, op, m365_id, upn, payload, state, attempt, next_at, last_error, "
        "request_id, created_at, lease_owner, lease_until, finished_at, http_status, graph_code");
    return columns;
}

// The sending order of rows.
inline const QString &sendingOrder()
{
    static const QString order = QStringLiteral("created_at, plan_id, seq");
    return order;
}

// Reads the row under the query's cursor (selected with selectColumns()).
inline OutboxEntry read(const QSqlQuery &query)
{
    OutboxEntry e;
    e.id = query.value(0).toString();
    e.integrationId = query.value(1).toString();
    e.planId = query.value(2).toString();
    e.seq = query.value(3).toInt();
    e.userId = query.value(4).toString();
    e.op = query.value(5).toString();
    e.m365Id = query.value(6).toString();
    e.upn = query.value(7).toString();
    e.payload = query.value(8).toString();
    e.state = query.value(9).toString();
    e.attempt = query.value(10).toInt();
    e.nextAt = query.value(11).toLongLong();
    e.lastError = query.value(12).toString();
    e.requestId = query.value(13).toString();
    e.createdAt = query.value(14).toLongLong();
    e.leaseOwner = query.value(15).toString();
    e.leaseUntil = query.value(16).toLongLong();
    e.finishedAt = query.value(17).toLongLong();
    e.httpStatus = query.value(18).toInt();
    e.graphCode = query.value(19).toString();
    return e;
}

} // namespace OutboxRows
