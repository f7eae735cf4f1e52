#include "core/directory/BindingTable.h"

#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BindingTable", text);
}

bool isForeignKeyViolation(const QSqlError &error)
{
    // PostgreSQL: 23503 foreign_key_violation; SQLite: SQLITE_CONSTRAINT_FOREIGNKEY (787).
    return error.nativeErrorCode() == u"23503" || error.nativeErrorCode() == u"787"
           || error.databaseText().contains(u"FOREIGN KEY");
}

} // namespace

Result<QList<BindingLink>> BindingTable::links(const QString &integrationId)
{
    const QString operation = tr("read bindings");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT user_id, m365_id, upn, direct, suspended FROM "
                                                "bindings WHERE integration_id = ? ORDER BY user_id"),
                                 {integrationId}, operation);
        !ran)
        return ran.error();
    QList<BindingLink> result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt() != 0, query.value(4).toInt() != 0});
    }
    return result;
}

Result<QList<BindingLink>> BindingTable::links(const QString &integrationId, const QStringList &userIds)
{
    const QString operation = tr("read bindings");
    constexpr qsizetype Chunk = 200; // well below SQLite's bound-parameter limit
    QList<BindingLink> result;
    for (qsizetype from = 0; from < userIds.size(); from += Chunk) {
        const QStringList ids = userIds.mid(from, Chunk);
        QVariantList values {integrationId};
        for (const QString &id : ids)
            values.append(id);
        QStringList marks(ids.size(), QStringLiteral("?"));
        QSqlQuery query(m_context.db());
        query.setForwardOnly(true);
        if (auto ran = m_context.run(query,
                                     QStringLiteral("SELECT user_id, m365_id, upn, direct, suspended FROM bindings "
                                                    "WHERE integration_id = ? AND user_id IN (%1)")
                                         .arg(marks.join(u',')),
                                     values, operation);
            !ran)
            return ran.error();
        while (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toInt() != 0, query.value(4).toInt() != 0});
        }
    }
    return result;
}

Result<QStringList> BindingTable::boundGroupIds(const QString &integrationId)
{
    const QString operation = tr("read group bindings");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(
            query, QStringLiteral("SELECT group_id FROM group_bindings WHERE integration_id = ? ORDER BY group_id"),
            {integrationId}, operation);
        !ran)
        return ran.error();
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

Result<QSet<QString>> BindingTable::effectiveUserIds(const QString &integrationId)
{
    const QString operation = tr("read bindings");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(
            query,
            QStringLiteral("SELECT user_id FROM bindings WHERE integration_id = ? AND direct = 1 UNION "
                           "SELECT m.user_id FROM group_bindings g JOIN group_members m ON m.group_id = g.group_id "
                           "WHERE g.integration_id = ?"),
            {integrationId, integrationId}, operation);
        !ran)
        return ran.error();
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

Result<QList<std::pair<QString, QString>>> BindingTable::memberships(const QStringList &groupIds)
{
    const QString operation = tr("read group members");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto prepared = m_context.prepare(
            query, QStringLiteral("SELECT group_id, user_id FROM group_members WHERE group_id = ?"), operation);
        !prepared)
        return prepared.error();
    QList<std::pair<QString, QString>> pairs;
    for (const QString &groupId : groupIds) {
        query.bindValue(0, groupId);
        if (auto ran = m_context.exec(query, operation); !ran)
            return ran.error();
        while (query.next())
            pairs.append({query.value(0).toString(), query.value(1).toString()});
    }
    return pairs;
}

Result<void> BindingTable::run(const QString &sql, const QString &integrationId, const QStringList &ids,
                               const QString &operation, bool withTime)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(query, sql, operation); !prepared)
        return prepared;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : ids) {
        query.bindValue(0, integrationId);
        query.bindValue(1, id);
        if (withTime)
            query.bindValue(2, now);
        if (!query.exec()) {
            if (isForeignKeyViolation(query.lastError()))
                return makeError(tr("Cannot bind: the user, group or integration no longer exists in the directory."));
            return m_context.failure(query.lastError(), operation);
        }
    }
    return {};
}

Result<void> BindingTable::bindUsers(const QString &integrationId, const QStringList &ids)
{
    // bindings.user_id has no foreign key (migration 0007: a binding outlives its user so the account can be
    // suspended), so the user's existence is checked here: a user that is gone inserts no row.
    if (ids.isEmpty())
        return {};
    const QString operation = tr("bind users");
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(
            query,
            QStringLiteral("INSERT INTO bindings (integration_id, user_id, m365_id, created_at, direct) SELECT ?, id, "
                           "'', ?, 1 FROM users WHERE id = ? ON CONFLICT (integration_id, user_id) DO UPDATE SET "
                           "direct = 1"),
            operation);
        !prepared)
        return prepared;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : ids) {
        query.bindValue(0, integrationId);
        query.bindValue(1, now);
        query.bindValue(2, id);
        if (!query.exec()) {
            if (isForeignKeyViolation(query.lastError()))
                return makeError(tr("Cannot bind: the integration no longer exists in the directory."));
            return m_context.failure(query.lastError(), operation);
        }
        if (query.numRowsAffected() == 0)
            return makeError(tr("Cannot bind the user %1: it no longer exists in the directory. Reload the users and "
                                "bind again.")
                                 .arg(id));
    }
    return {};
}

Result<void> BindingTable::apply(const QString &integrationId, const BindingChange &change)
{
    if (auto r = bindUsers(integrationId, change.bindUsers); !r)
        return r;
    if (auto r = run(QStringLiteral("UPDATE bindings SET direct = 0 WHERE integration_id = ? AND user_id = ?"),
                     integrationId, change.unbindUsers, tr("unbind users"), false);
        !r)
        return r;
    if (auto r = run(QStringLiteral("INSERT INTO group_bindings (integration_id, group_id, created_at) VALUES "
                                    "(?, ?, ?) ON CONFLICT (integration_id, group_id) DO NOTHING"),
                     integrationId, change.bindGroups, tr("bind groups"), true);
        !r)
        return r;
    return run(QStringLiteral("DELETE FROM group_bindings WHERE integration_id = ? AND group_id = ?"), integrationId,
               change.unbindGroups, tr("unbind groups"), false);
}

Result<void> BindingTable::saveLinks(const QString &integrationId, const QList<BindingLink> &links)
{
    // An existing row is updated even when its user was deleted (the suspension of a deleted user's account is
    // recorded on its link, migration 0007); a new row needs the user to exist (bindings.user_id has no foreign key).
    if (links.isEmpty())
        return {};
    const QString operation = tr("save account links");
    QSqlQuery update(m_context.db());
    QSqlQuery insert(m_context.db());
    if (auto prepared = m_context.prepare(update,
                                          QStringLiteral("UPDATE bindings SET m365_id = ?, upn = ?, suspended = ? "
                                                         "WHERE integration_id = ? AND user_id = ?"),
                                          operation);
        !prepared)
        return prepared;
    if (auto prepared = m_context.prepare(
            insert,
            QStringLiteral("INSERT INTO bindings (integration_id, user_id, m365_id, created_at, direct, upn, "
                           "suspended) SELECT ?, id, ?, ?, 0, ?, ? FROM users WHERE id = ?"),
            operation);
        !prepared)
        return prepared;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const BindingLink &link : links) {
        update.bindValue(0, SqlContext::text(link.m365Id));
        update.bindValue(1, SqlContext::text(link.upn));
        update.bindValue(2, link.suspended ? 1 : 0);
        update.bindValue(3, integrationId);
        update.bindValue(4, link.userId);
        if (!update.exec())
            return m_context.failure(update.lastError(), operation);
        if (update.numRowsAffected() > 0)
            continue;
        insert.bindValue(0, integrationId);
        insert.bindValue(1, SqlContext::text(link.m365Id));
        insert.bindValue(2, now);
        insert.bindValue(3, SqlContext::text(link.upn));
        insert.bindValue(4, link.suspended ? 1 : 0);
        insert.bindValue(5, link.userId);
        if (!insert.exec()) {
            if (isForeignKeyViolation(insert.lastError()))
                return makeError(tr("Cannot link the account: the integration no longer exists in the directory."));
            return m_context.failure(insert.lastError(), operation);
        }
        if (insert.numRowsAffected() == 0)
            return makeError(tr("Cannot link the account of the user %1: the user no longer exists in the directory. "
                                "Plan again.")
                                 .arg(link.userId));
    }
    return {};
}
