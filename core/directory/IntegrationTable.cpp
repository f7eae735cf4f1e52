#include "core/directory/IntegrationTable.h"

#include "core/directory/SqlContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrationTable", text);
}

IntegrationAuth::State stateFrom(const QString &id)
{
    if (id == u"authorized")
        return IntegrationAuth::State::Authorized;
    if (id == u"reauthorize")
        return IntegrationAuth::State::ReauthorizationNeeded;
    return IntegrationAuth::State::Unauthorized;
}

Error notFound()
{
    return makeError(tr("The integration no longer exists in the directory."));
}

} // namespace

IntegrationTable::IntegrationTable(const SqlContext &context)
    : m_context(context)
{ }

QString IntegrationTable::stateId(IntegrationAuth::State state)
{
    switch (state) {
    case IntegrationAuth::State::Authorized:
        return QStringLiteral("authorized");
    case IntegrationAuth::State::ReauthorizationNeeded:
        return QStringLiteral("reauthorize");
    case IntegrationAuth::State::Unauthorized:
        break;
    }
    return QStringLiteral("unauthorized");
}

Result<std::optional<Integration>> IntegrationTable::byId(const QString &integrationId)
{
    const QString operation = tr("read an integration");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT id, name, cloud, tenant_id, graph_url, login_url, "
                                                "created_at FROM integrations WHERE id = ?"),
                                 {integrationId}, operation);
        !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Integration>();
    Integration integration;
    integration.id = query.value(0).toString();
    integration.name = query.value(1).toString();
    integration.cloud = query.value(2).toString();
    integration.tenantId = query.value(3).toString();
    integration.graphUrl = query.value(4).toString();
    integration.loginUrl = query.value(5).toString();
    integration.createdAt = query.value(6).toLongLong();
    return std::optional<Integration>(integration);
}

Result<IntegrationAuth> IntegrationTable::auth(const QString &integrationId)
{
    const QString operation = tr("read an integration's sign-in");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(query,
                                 QStringLiteral("SELECT client_id, tenant_id, account, auth_state, "
                                                "auth_message, token_expires_at, authorized_at "
                                                "FROM integrations WHERE id = ?"),
                                 {integrationId}, operation);
        !ran)
        return ran.error();
    if (!query.next())
        return notFound();
    IntegrationAuth auth;
    auth.integrationId = integrationId;
    auth.clientId = query.value(0).toString();
    auth.tenantId = query.value(1).toString();
    auth.account = query.value(2).toString();
    auth.state = stateFrom(query.value(3).toString());
    auth.message = query.value(4).toString();
    auth.tokenExpiresAt = query.value(5).toLongLong();
    auth.authorizedAt = query.value(6).toLongLong();
    return auth;
}

Result<void> IntegrationTable::setAuth(const IntegrationAuth &auth)
{
    const QString operation = tr("save an integration's sign-in");
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(query,
                                          QStringLiteral("UPDATE integrations SET client_id = ?, tenant_id = ?, "
                                                         "account = ?, auth_state = ?, auth_message = ?, "
                                                         "token_expires_at = ?, authorized_at = ? WHERE id = ?"),
                                          operation);
        !prepared)
        return prepared;
    const QVariantList values = {SqlContext::text(auth.clientId.trimmed()),
                                 SqlContext::text(auth.tenantId),
                                 SqlContext::text(auth.account),
                                 stateId(auth.state),
                                 SqlContext::text(auth.message),
                                 auth.tokenExpiresAt,
                                 auth.authorizedAt,
                                 SqlContext::text(auth.integrationId)};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (auto ran = m_context.exec(query, operation); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return notFound();
    return {};
}

Result<void> IntegrationTable::rename(const QString &integrationId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("An integration needs a name."));
    if (trimmed.size() > 255)
        return makeError(tr("An integration name can have at most 255 characters."));
    const QString operation = tr("rename an integration");
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(
            query, QStringLiteral("UPDATE integrations SET name = ?, name_norm = ? WHERE id = ?"), operation);
        !prepared)
        return prepared;
    query.bindValue(0, trimmed);
    query.bindValue(1, trimmed.toLower());
    query.bindValue(2, integrationId);
    if (!query.exec()) {
        if (SqlContext::isUniqueViolation(query.lastError()))
            return makeError(tr("An integration named \"%1\" already exists (names ignore case). Choose another name.")
                                 .arg(trimmed));
        return m_context.failure(query.lastError(), operation);
    }
    if (query.numRowsAffected() != 1)
        return notFound();
    return {};
}

Result<void> IntegrationTable::remove(const QString &integrationId)
{
    const QString operation = tr("delete an integration");
    QSqlQuery query(m_context.db());
    if (auto prepared = m_context.prepare(query, QStringLiteral("DELETE FROM integrations WHERE id = ?"), operation);
        !prepared)
        return prepared;
    query.bindValue(0, integrationId);
    if (auto ran = m_context.exec(query, operation); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return notFound();
    return {};
}

Result<QJsonObject> IntegrationTable::exportConfiguration(const QString &integrationId)
{
    Result<std::optional<Integration>> integration = byId(integrationId);
    if (!integration)
        return integration.error();
    if (!*integration)
        return notFound();
    Result<IntegrationAuth> signIn = auth(integrationId);
    if (!signIn)
        return signIn.error();
    const Integration &i = **integration;
    QJsonObject json;
    json.insert(QLatin1String("format"), QStringLiteral("clouddir-integration/1"));
    json.insert(QLatin1String("id"), i.id);
    json.insert(QLatin1String("name"), i.name);
    json.insert(QLatin1String("cloud"), i.cloud);
    json.insert(QLatin1String("tenantId"), i.tenantId);
    json.insert(QLatin1String("clientId"), signIn->clientId);
    json.insert(QLatin1String("account"), signIn->account);
    json.insert(QLatin1String("graphUrl"), i.graphUrl);
    json.insert(QLatin1String("loginUrl"), i.loginUrl);
    json.insert(QLatin1String("createdAt"), QDateTime::fromMSecsSinceEpoch(i.createdAt, Qt::UTC).toString(Qt::ISODate));

    const QString operation = tr("read bindings");
    QSqlQuery query(m_context.db());
    query.setForwardOnly(true);
    if (auto ran = m_context.run(
            query, QStringLiteral("SELECT user_id, m365_id FROM bindings WHERE integration_id = ? ORDER BY user_id"),
            {integrationId}, operation);
        !ran)
        return ran.error();
    QJsonArray bindings;
    while (query.next())
        bindings.append(QJsonObject {{QStringLiteral("userId"), query.value(0).toString()},
                                     {QStringLiteral("m365Id"), query.value(1).toString()}});
    json.insert(QLatin1String("bindings"), bindings);
    return json;
}
