#include "core/directory/GroupTable.h"

#include "core/directory/SqlContext.h"
#include "core/directory/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GroupTable", text);
}

Group readGroup(const QSqlQuery &query)
{
    Group group;
    group.id = query.value(0).toString();
    group.name = query.value(1).toString();
    group.description = query.value(2).toString();
    group.createdAt = query.value(3).toLongLong();
    group.updatedAt = query.value(4).toLongLong();
    return group;
}

const QString GroupSelect = QStringLiteral("SELECT id, name, description, created_at, updated_at FROM groups");

} // namespace

Result<Group> GroupTable::create(const QString &name, const QString &description)
{
    const QString operation = tr("create a group");
    Group group;
    group.name = name.trimmed();
    if (group.name.isEmpty())
        return makeError(tr("A group needs a name."));
    if (group.name.size() > 255)
        return makeError(tr("A group name can have at most 255 characters."));
    group.description = description;
    group.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    group.createdAt = group.updatedAt = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(query,
                                          QStringLiteral("INSERT INTO groups (id, name, name_norm, description, "
                                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                          operation);
        !prepared)
        return prepared.error();
    query.bindValue(0, group.id);
    query.bindValue(1, group.name);
    query.bindValue(2, group.name.toLower());
    query.bindValue(3, SqlContext::text(group.description));
    query.bindValue(4, group.createdAt);
    query.bindValue(5, group.updatedAt);
    if (!query.exec()) {
        if (SqlContext::isUniqueViolation(query.lastError()))
            return makeError(
                tr("A group named \"%1\" already exists (names ignore case). Choose another name.").arg(group.name));
        return m_context.failure(query.lastError(), operation);
    }
    return group;
}

Result<QList<Group>> GroupTable::all()
{
    const QString operation = tr("read groups");
    const QString order = m_context.isPostgres() ? QStringLiteral(" ORDER BY name_norm COLLATE \"C\"")
                                                 : QStringLiteral(" ORDER BY name_norm");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto prepared = m_context.prepare(query, GroupSelect + order, operation); !prepared)
        return prepared.error();
    if (auto ran = m_context.exec(query, operation); !ran)
        return ran.error();
    QList<Group> groups;
    while (query.next())
        groups.append(readGroup(query));
    return groups;
}

Result<std::optional<Group>> GroupTable::byName(const QString &name)
{
    const QString operation = tr("read groups");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query, GroupSelect + QStringLiteral(" WHERE name_norm = ?"),
                                 {name.trimmed().toLower()}, operation);
        !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Group>();
    return std::optional<Group>(readGroup(query));
}

Result<void> GroupTable::addMembers(const QString &groupId, const QStringList &userIds)
{
    return changeMembers(groupId, userIds, true);
}

Result<void> GroupTable::removeMembers(const QString &groupId, const QStringList &userIds)
{
    return changeMembers(groupId, userIds, false);
}

Result<void> GroupTable::changeMembers(const QString &groupId, const QStringList &userIds, bool add)
{
    const QString operation = add ? tr("add group members") : tr("remove group members");
    // The statement before the transaction: it must end before the statement is freed (PostgreSQL refuses to free
    // one inside an aborted transaction; see UserWriter::insertInTransaction).
    QSqlQuery query(m_context.db());
    Transaction transaction(m_context);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QString sql = add ? QStringLiteral("INSERT INTO group_members (group_id, user_id) VALUES (?, ?) "
                                             "ON CONFLICT (group_id, user_id) DO NOTHING")
                            : QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND user_id = ?");
    if (auto prepared = m_context.prepare(query, sql, operation); !prepared)
        return prepared;
    for (const QString &userId : userIds) {
        query.bindValue(0, groupId);
        query.bindValue(1, userId);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            if (error.nativeErrorCode() == u"23503" || error.nativeErrorCode() == u"787"
                || error.databaseText().contains(u"FOREIGN KEY"))
                return makeError(tr("Cannot add the member: the group or the user no longer exists in the directory."));
            return m_context.failure(error, operation);
        }
    }
    return transaction.commit();
}

Result<QStringList> GroupTable::memberIds(const QString &groupId)
{
    const QString operation = tr("read group members");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto prepared = m_context.prepare(
            query, QStringLiteral("SELECT user_id FROM group_members WHERE group_id = ? ORDER BY user_id"), operation);
        !prepared)
        return prepared.error();
    query.bindValue(0, groupId);
    if (auto ran = m_context.exec(query, operation); !ran)
        return ran.error();
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}
