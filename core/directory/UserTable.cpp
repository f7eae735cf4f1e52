#include "core/directory/UserTable.h"

#include "core/directory/BulkInsert.h"
#include "core/directory/SqlContext.h"
#include "core/directory/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

const QStringList &UserTable::columns()
{
    static const QStringList columns = {
        QStringLiteral("id"),
        QStringLiteral("username"),
        QStringLiteral("username_norm"),
        QStringLiteral("email"),
        QStringLiteral("email_norm"),
        QStringLiteral("firstname"),
        QStringLiteral("lastname"),
        QStringLiteral("alternate_email"),
        QStringLiteral("department"),
        QStringLiteral("job_title"),
        QStringLiteral("location"),
        QStringLiteral("manager_id"),
        QStringLiteral("work_street_address"),
        QStringLiteral("work_locality"),
        QStringLiteral("work_region"),
        QStringLiteral("work_postal_code"),
        QStringLiteral("work_country"),
        QStringLiteral("work_phone"),
        QStringLiteral("mobile_phone"),
        QStringLiteral("state"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
    };
    return columns;
}

QVariantList UserTable::row(const User &user)
{
    return {
        SqlContext::text(user.id),
        SqlContext::text(user.username),
        SqlContext::text(UserTable::normalized(user.username)),
        SqlContext::text(user.email),
        SqlContext::text(UserTable::normalized(user.email)),
        SqlContext::text(user.firstname),
        SqlContext::text(user.lastname),
        SqlContext::text(user.alternateEmail),
        SqlContext::text(user.department),
        SqlContext::text(user.jobTitle),
        SqlContext::text(user.location),
        user.managerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(user.managerId),
        SqlContext::text(user.workStreetAddress),
        SqlContext::text(user.workLocality),
        SqlContext::text(user.workRegion),
        SqlContext::text(user.workPostalCode),
        SqlContext::text(user.workCountry),
        SqlContext::text(user.workPhone),
        SqlContext::text(user.mobilePhone),
        user.state == UserState::Suspended ? QStringLiteral("suspended") : QStringLiteral("active"),
        user.createdAt,
        user.updatedAt,
    };
}

namespace {

User readUser(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toString();
    user.username = query.value(1).toString();
    user.email = query.value(3).toString();
    user.firstname = query.value(5).toString();
    user.lastname = query.value(6).toString();
    user.alternateEmail = query.value(7).toString();
    user.department = query.value(8).toString();
    user.jobTitle = query.value(9).toString();
    user.location = query.value(10).toString();
    user.managerId = query.value(11).toString();
    user.workStreetAddress = query.value(12).toString();
    user.workLocality = query.value(13).toString();
    user.workRegion = query.value(14).toString();
    user.workPostalCode = query.value(15).toString();
    user.workCountry = query.value(16).toString();
    user.workPhone = query.value(17).toString();
    user.mobilePhone = query.value(18).toString();
    user.state = query.value(19).toString() == u"suspended" ? UserState::Suspended : UserState::Active;
    user.createdAt = query.value(20).toLongLong();
    user.updatedAt = query.value(21).toLongLong();
    return user;
}

// A custom attribute as (kind, text): a QStringList becomes a JSON array, anything else its string form.
} // namespace

std::pair<QString, QString> UserTable::encodeAttribute(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QStringList>()) {
        const QJsonArray array = QJsonArray::fromStringList(value.toStringList());
        return {QStringLiteral("list"), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))};
    }
    return {QStringLiteral("string"), value.toString().isNull() ? QStringLiteral("") : value.toString()};
}

namespace {

QVariant decodeAttribute(const QString &kind, const QString &text)
{
    if (kind != u"list")
        return text;
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

UserTable::UserTable(const SqlContext &context)
    : m_context(context)
{ }

QString UserTable::normalized(const QString &text)
{
    return text.trimmed().toLower();
}

Result<QList<User>> UserTable::select(const QString &where, const QVariantList &values)
{
    const QString operation = QCoreApplication::translate("Store", "read users");
    // COLLATE "C" makes PostgreSQL order by code point, like SQLite's BINARY, whatever the cluster's locale.
    const QString order = m_context.isPostgres() ? QStringLiteral(" ORDER BY username_norm COLLATE \"C\"")
                                                 : QStringLiteral(" ORDER BY username_norm");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM users").arg(columns().join(QStringLiteral(", ")))
                        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + order;
    if (auto prepared = m_context.prepare(query, sql, operation); !prepared)
        return prepared.error();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (auto ran = m_context.exec(query, operation); !ran)
        return ran.error();
    QList<User> users;
    QHash<QString, qsizetype> indexById;
    while (query.next()) {
        users.append(readUser(query));
        indexById.insert(users.constLast().id, users.size() - 1);
    }
    query.finish();
    if (users.isEmpty())
        return users;

    QSqlQuery attributes(m_context.db());
    attributes.setForwardOnly(true);
    const bool one = users.size() == 1;
    const QString attributesSql = QStringLiteral("SELECT user_id, name, kind, value FROM user_attributes")
                                  + (one ? QStringLiteral(" WHERE user_id = ?") : QString());
    if (auto prepared = m_context.prepare(attributes, attributesSql, operation); !prepared)
        return prepared.error();
    if (one)
        attributes.bindValue(0, users.constFirst().id);
    if (auto ran = m_context.exec(attributes, operation); !ran)
        return ran.error();
    while (attributes.next()) {
        const auto found = indexById.constFind(attributes.value(0).toString());
        if (found == indexById.constEnd())
            continue;
        users[*found].attributes.insert(
            attributes.value(1).toString(),
            decodeAttribute(attributes.value(2).toString(), attributes.value(3).toString()));
    }
    return users;
}

Result<QList<User>> UserTable::all()
{
    return select(QString(), {});
}

Result<std::optional<User>> UserTable::byUsername(const QString &username)
{
    auto found = select(QStringLiteral("username_norm = ?"), {normalized(username)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<User>();
    return std::optional<User>(found->constFirst());
}

Result<std::optional<User>> UserTable::byId(const QString &id)
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<User>();
    return std::optional<User>(found->constFirst());
}

Result<int> UserTable::count()
{
    const QString operation = QCoreApplication::translate("Store", "count users");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto prepared = m_context.prepare(query, QStringLiteral("SELECT COUNT(*) FROM users"), operation); !prepared)
        return prepared.error();
    if (auto ran = m_context.exec(query, operation); !ran)
        return ran.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QList<UserKey>> UserTable::keys()
{
    const QString operation = QCoreApplication::translate("Store", "read user keys");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query, QStringLiteral("SELECT id, username, email FROM users"), {}, operation); !ran)
        return ran.error();
    QList<UserKey> keys;
    while (query.next())
        keys.append(UserKey {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return keys;
}
