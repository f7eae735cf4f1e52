#include "core/directory/Store.h"

#include "core/common/Logging.h"
#include "core/directory/AuditTable.h"
#include "core/directory/BindingTable.h"
#include "core/directory/DatabaseSpec.h"
#include "core/directory/GroupTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/Migrator.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/SqlContext.h"
#include "core/directory/StoreConnection.h"
#include "core/directory/Transaction.h"
#include "core/directory/UserTable.h"
#include "core/directory/UserWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QStringList &clouds()
{
    static const QStringList names = {QStringLiteral("global"), QStringLiteral("usgov"), QStringLiteral("dod"),
                                      QStringLiteral("china")};
    return names;
}

Integration readIntegration(const QSqlQuery &query)
{
    Integration integration;
    integration.id = query.value(0).toString();
    integration.name = query.value(1).toString();
    integration.cloud = query.value(2).toString();
    integration.tenantId = query.value(3).toString();
    integration.graphUrl = query.value(4).toString();
    integration.loginUrl = query.value(5).toString();
    integration.createdAt = query.value(6).toLongLong();
    return integration;
}

const QString IntegrationSelect =
    QStringLiteral("SELECT id, name, cloud, tenant_id, graph_url, login_url, created_at FROM integrations");

} // namespace

Store::Store(std::unique_ptr<SqlContext> context, QString connectionName)
    : m_context(std::move(context))
    , m_users(std::make_unique<UserTable>(*m_context))
    , m_writer(std::make_unique<UserWriter>(*m_context))
    , m_integrationTable(std::make_unique<IntegrationTable>(*m_context))
    , m_connectionName(std::move(connectionName))
{ }

Store::~Store()
{
    m_integrationTable.reset();
    m_writer.reset();
    m_users.reset();
    m_context.reset();
    StoreConnection::close(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &spec, std::chrono::milliseconds busyTimeout)
{
    auto parsed = DatabaseSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    // Resources of a static library are registered by its initializer object; this makes sure they are present
    // even when a linker dropped it.
    Q_INIT_RESOURCE(migrations);
    const QString name = QStringLiteral("clouddir-store-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto opened = StoreConnection::open(*parsed, busyTimeout, name); !opened)
        return opened.error();
    auto context =
        std::make_unique<SqlContext>(QSqlDatabase::database(name, false), parsed->displayName(), busyTimeout);
    std::unique_ptr<Store> store(new Store(std::move(context), name));
    store->m_spec = spec;
    Migrator migrator(*store->m_context);
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error(); // ~Store closes the connection
    return store;
}

QString Store::displayName() const
{
    return m_context->displayName();
}

bool Store::isPostgres() const
{
    return m_context->isPostgres();
}

Result<QList<User>> Store::users()
{
    return m_users->all();
}

Result<int> Store::userCount()
{
    return m_users->count();
}

Result<std::optional<User>> Store::userByUsername(const QString &username)
{
    return m_users->byUsername(username);
}

Result<std::optional<User>> Store::userById(const QString &id)
{
    return m_users->byId(id);
}

Result<void> Store::deleteUser(const QString &id)
{
    QSqlQuery query(m_context->db());
    return m_context->run(query, QStringLiteral("DELETE FROM users WHERE id = ?"), {id},
                          QCoreApplication::translate("Store", "delete a user"));
}

Result<void> Store::inTransaction(const std::function<Result<void>()> &work)
{
    Transaction transaction(*m_context);
    if (auto began = transaction.begin(); !began)
        return began;
    if (auto done = work(); !done)
        return done;
    return transaction.commit();
}

Result<QList<UserKey>> Store::userKeys()
{
    return m_users->keys();
}

Result<int> Store::insertUsers(const QList<User> &users)
{
    return m_writer->insert(users);
}

Result<void> Store::updateUser(const User &user)
{
    return m_writer->update(user);
}

Result<Integration> Store::createIntegration(const Integration &input)
{
    const QString operation = QCoreApplication::translate("Store", "create an integration");
    Integration integration = input;
    integration.name = integration.name.trimmed();
    if (integration.name.isEmpty())
        return makeError(QCoreApplication::translate("Store", "An integration needs a name."));
    if (integration.name.size() > 255)
        return makeError(QCoreApplication::translate("Store", "An integration name can have at most 255 characters."));
    if (!clouds().contains(integration.cloud))
        return makeError(QCoreApplication::translate("Store", "Unknown cloud \"%1\": use global, usgov, dod or china.")
                             .arg(integration.cloud));
    if (integration.id.isEmpty())
        integration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (integration.createdAt == 0)
        integration.createdAt = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery query(m_context->db());
    if (auto prepared = m_context->prepare(query,
                                           QStringLiteral("INSERT INTO integrations (id, name, name_norm, cloud, "
                                                          "tenant_id, graph_url, login_url, created_at) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                           operation);
        !prepared)
        return prepared.error();
    const QVariantList values = {SqlContext::text(integration.id),
                                 SqlContext::text(integration.name),
                                 SqlContext::text(integration.name.toLower()),
                                 SqlContext::text(integration.cloud),
                                 SqlContext::text(integration.tenantId),
                                 SqlContext::text(integration.graphUrl),
                                 SqlContext::text(integration.loginUrl),
                                 integration.createdAt};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        if (SqlContext::isUniqueViolation(query.lastError()))
            return makeError(QCoreApplication::translate("Store",
                                                         "An integration named \"%1\" already exists (names ignore "
                                                         "case). Choose another name.")
                                 .arg(integration.name));
        return m_context->failure(query.lastError(), operation);
    }
    qCInfo(lcStore) << "created integration" << integration.id << "cloud" << integration.cloud;
    return integration;
}

Result<QList<Integration>> Store::integrations()
{
    const QString operation = QCoreApplication::translate("Store", "read integrations");
    const QString order = m_context->isPostgres() ? QStringLiteral(" ORDER BY name_norm COLLATE \"C\"")
                                                  : QStringLiteral(" ORDER BY name_norm");
    QSqlQuery query(m_context->db());
    query.setForwardOnly(true);
    if (auto prepared = m_context->prepare(query, IntegrationSelect + order, operation); !prepared)
        return prepared.error();
    if (auto ran = m_context->exec(query, operation); !ran)
        return ran.error();
    QList<Integration> result;
    while (query.next())
        result.append(readIntegration(query));
    return result;
}

Result<std::optional<Integration>> Store::integrationByName(const QString &name)
{
    const QString operation = QCoreApplication::translate("Store", "read integrations");
    QSqlQuery query(m_context->db());
    query.setForwardOnly(true);
    if (auto prepared =
            m_context->prepare(query, IntegrationSelect + QStringLiteral(" WHERE name_norm = ?"), operation);
        !prepared)
        return prepared.error();
    query.bindValue(0, name.trimmed().toLower());
    if (auto ran = m_context->exec(query, operation); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Integration>();
    return std::optional<Integration>(readIntegration(query));
}

Result<void> Store::bind(const QString &integrationId, const QString &userId, const QString &m365Id)
{
    const QString operation = QCoreApplication::translate("Store", "bind a user");
    QSqlQuery query(m_context->db());
    if (auto prepared = m_context->prepare(
            query,
            // bindings.user_id has no foreign key (migration 0007): a user that is gone inserts no row.
            QStringLiteral("INSERT INTO bindings (integration_id, user_id, m365_id, created_at) SELECT ?, id, ?, ? "
                           "FROM users WHERE id = ? ON CONFLICT (integration_id, user_id) DO UPDATE SET m365_id = "
                           "excluded.m365_id"),
            operation);
        !prepared)
        return prepared;
    query.bindValue(0, SqlContext::text(integrationId));
    query.bindValue(1, SqlContext::text(m365Id));
    query.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(3, SqlContext::text(userId));
    const bool ran = query.exec();
    if (ran && query.numRowsAffected() == 0)
        return makeError(QCoreApplication::translate("Store", "Cannot bind the user: the user no longer exists in the "
                                                              "directory."));
    if (!ran) {
        const QString code = query.lastError().nativeErrorCode();
        // PostgreSQL: 23503 foreign_key_violation; SQLite: SQLITE_CONSTRAINT(_FOREIGNKEY).
        if (code == u"23503" || code == u"787" || query.lastError().databaseText().contains(u"FOREIGN KEY"))
            return makeError(QCoreApplication::translate("Store",
                                                         "Cannot bind the user: the user or the integration no longer "
                                                         "exists in the directory."));
        return m_context->failure(query.lastError(), operation);
    }
    return {};
}

Result<QSet<QString>> Store::boundM365Ids(const QString &integrationId)
{
    const QString operation = QCoreApplication::translate("Store", "read bindings");
    QSqlQuery query(m_context->db());
    query.setForwardOnly(true);
    if (auto prepared = m_context->prepare(
            query, QStringLiteral("SELECT m365_id FROM bindings WHERE integration_id = ?"), operation);
        !prepared)
        return prepared.error();
    query.bindValue(0, integrationId);
    if (auto ran = m_context->exec(query, operation); !ran)
        return ran.error();
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

MappingTable Store::mappings()
{
    return MappingTable(*m_context);
}

GroupTable Store::groups()
{
    return GroupTable(*m_context);
}

BindingTable Store::bindings()
{
    return BindingTable(*m_context);
}

IntegrationSettingsTable Store::integrationSettings()
{
    return IntegrationSettingsTable(*m_context);
}

OutboxTable Store::outbox()
{
    return OutboxTable(*m_context);
}

AuditTable Store::audit()
{
    return AuditTable(*m_context);
}
