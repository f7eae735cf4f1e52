#include "core/sync/UserPush.h"

#include "core/directory/BindingTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/OutboxTable.h"
#include "core/directory/Store.h"
#include "core/mapping/BuiltInMappings.h"
#include "core/mapping/GraphPropertyCatalog.h"
#include "core/mapping/MappingSet.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/Planner.h"
#include "core/sync/UpnRule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

using Op = PlanOperation::Op;

const QString UpnProperty = QStringLiteral("userPrincipalName");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A value as M365State keeps it: a string, a list as JSON text, a boolean as true/false, null as a null QString.
QString rawOf(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    return QString();
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty())
           || (value.isString() && value.toString().isEmpty());
}

// The user's mapped values as clouddir last wrote them: the Always-applied mappings on update.
QStringList mappedValues(const MappingSet &values, const QStringList &properties, const User &user)
{
    QStringList raw(properties.size());
    for (const PropertyOutcome &o : values.evaluate(user, MappingSet::Operation::Update)) {
        const qsizetype column = properties.indexOf(o.property);
        if (column >= 0 && o.action == PropertyOutcome::Action::Set)
            raw[column] = rawOf(o.value);
    }
    return raw;
}

class PushBuilder
{
public:
    PushBuilder(Store &store, const Integration &integration)
        : m_store(store)
        , m_integration(integration)
    { }

    Result<std::optional<UserPush>> build(const User &before, const std::optional<User> &after, bool password);

private:
    Result<void> load();
    QString upnOf(const User &user) const;
    void addAccount(const User &lastWritten, const BindingLink &link, const QString &managerId);
    void addPassword(UserPush &push, const BindingLink &link, const QString &upn) const;

    Store &m_store;
    const Integration &m_integration;
    PlanInput m_input;
    QHash<QString, BindingLink> m_links;
    QSet<QString> m_bound;
    std::optional<MappingSet> m_values;
    std::optional<MappingSet> m_upn;
    M365State m_state;
};

Result<void> PushBuilder::load()
{
    m_input.integrationId = m_integration.id;
    m_input.integrationName = m_integration.name;
    BindingTable bindings = m_store.bindings();
    auto links = bindings.links(m_integration.id);
    if (!links)
        return links.error();
    for (const BindingLink &l : std::as_const(*links))
        m_links.insert(l.userId, l);
    auto bound = bindings.effectiveUserIds(m_integration.id);
    if (!bound)
        return bound.error();
    m_bound = std::move(*bound);
    auto settings = m_store.integrationSettings().get(m_integration.id);
    if (!settings)
        return settings.error();
    m_input.settings = *settings;
    auto stored = m_store.mappings().forIntegration(m_integration.id);
    if (!stored)
        return stored.error();
    m_input.mappings = BuiltInMappings::withDefaults(m_integration.id, *stored);
    QList<Mapping> upnMappings;
    QList<Mapping> valueMappings;
    for (const Mapping &m : std::as_const(m_input.mappings))
        (m.targetProperty == UpnProperty ? upnMappings : valueMappings).append(m);
    auto upn = MappingSet::compile(upnMappings);
    auto values = MappingSet::compile(valueMappings);
    if (const auto *issues = std::get_if<QList<MappingIssue>>(&values))
        return makeError(QCoreApplication::translate("UserPush", "The mapping of %1 does not compile: %2")
                             .arg(issues->first().property, issues->first().message));
    if (const auto *issues = std::get_if<QList<MappingIssue>>(&upn))
        return makeError(QCoreApplication::translate("UserPush", "The mapping of %1 does not compile: %2")
                             .arg(issues->first().property, issues->first().message));
    m_values = std::get<MappingSet>(std::move(values));
    m_upn = std::get<MappingSet>(std::move(upn));
    m_state = M365State(Planner::exportedProperties(m_input.mappings));
    auto rows = m_store.outbox().entries(m_integration.id);
    if (!rows)
        return rows.error();
    for (OutboxEntry &row : *rows) {
        if (row.state == u"pending" || row.state == u"retrying")
            m_input.pending.append(std::move(row));
    }
    return {};
}

QString PushBuilder::upnOf(const User &user) const
{
    QString email;
    for (const PropertyOutcome &o : m_upn->evaluate(user, MappingSet::Operation::Create)) {
        if (o.action == PropertyOutcome::Action::Set)
            email = o.value.toString();
    }
    const UpnRule::Config config {m_input.settings.domains, m_input.settings.defaultDomain, std::nullopt};
    return UpnRule::apply(config, {email}).constFirst().upn;
}

void PushBuilder::addAccount(const User &lastWritten, const BindingLink &link, const QString &managerId)
{
    if (link.m365Id.isEmpty())
        return; // the create is still queued: the outbox overlay stands for the account
    M365Account account;
    account.id = link.m365Id;
    account.upn = link.upn.isEmpty() ? upnOf(lastWritten) : link.upn;
    account.enabled = !link.suspended && lastWritten.state == UserState::Active;
    account.managerId = managerId;
    account.values = mappedValues(*m_values, m_state.properties(), lastWritten);
    m_state.addAccount(std::move(account));
}

void PushBuilder::addPassword(UserPush &push, const BindingLink &link, const QString &upn) const
{
    OutboxEntry e;
    e.id = newId();
    e.integrationId = m_integration.id;
    e.planId = push.batch.entries.isEmpty() ? newId() : push.batch.entries.constFirst().planId;
    e.seq = int(push.batch.entries.size());
    e.userId = link.userId;
    e.op = QStringLiteral("update");
    e.m365Id = link.m365Id;
    e.upn = upn;
    QJsonObject payload {{QStringLiteral("id"), link.m365Id},
                         {QStringLiteral("body"), QJsonObject()},
                         {QStringLiteral("password"), QStringLiteral("keychain")}};
    if (link.m365Id.isEmpty())
        payload.insert(QStringLiteral("resolveUpn"), upn);
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    push.batch.entries.append(e);
}

Result<std::optional<UserPush>> PushBuilder::build(const User &before, const std::optional<User> &after, bool password)
{
    if (auto loaded = load(); !loaded)
        return loaded.error();
    const auto link = m_links.constFind(before.id);
    if (link == m_links.cend() || (after && !m_bound.contains(before.id)))
        return std::optional<UserPush>(); // not bound (a link without binding only waits for its suspension)
    const bool hasAccount = !link->m365Id.isEmpty()
                            || std::any_of(m_input.pending.cbegin(), m_input.pending.cend(), [&](const OutboxEntry &r) {
                                   return r.userId == before.id && r.op == u"create";
                               });
    if (!hasAccount)
        return std::optional<UserPush>(); // no account yet: the next plan creates or takes one over

    m_input.links.append(*link);
    QString managerM365;
    if (after) {
        m_input.users.append(*after);
        m_input.bound.insert(before.id);
        // Managers before and after, as they are: their accounts give the manager's id and UPN.
        for (const QString &managerId : {before.managerId, after->managerId}) {
            if (managerId.isEmpty() || managerId == before.id || !m_bound.contains(managerId)
                || !m_links.contains(managerId) || m_input.bound.contains(managerId))
                continue;
            auto manager = m_store.userById(managerId);
            if (!manager)
                return manager.error();
            if (!*manager)
                continue;
            User quiet = **manager;
            quiet.managerId.clear(); // plan nothing for the manager itself
            m_input.users.append(quiet);
            m_input.bound.insert(managerId);
            m_input.links.append(m_links.value(managerId));
            addAccount(quiet, m_links.value(managerId), QString());
        }
        managerM365 = m_links.value(before.managerId).m365Id;
    }
    addAccount(before, *link, managerM365);

    auto planned = Planner::plan(m_input, m_state);
    if (!planned)
        return planned.error();
    UserPush push;
    push.integration = m_integration;
    push.plan = *planned;
    push.plan.operations.clear();
    for (PlanOperation o : planned->operations) {
        if (o.userId != before.id || o.op == Op::Create || o.op == Op::Takeover)
            continue;
        if (o.op == Op::Update) {
            o.changes.removeIf(
                [](const PlanChange &c) { return isEmptyValue(c.oldValue) && isEmptyValue(c.newValue); });
            if (o.changes.isEmpty())
                continue;
        }
        push.plan.operations.append(o);
    }
    push.batch = PlanQueue::batch(push.plan, m_input, PlanRequest());
    for (OutboxEntry &e : push.batch.entries)
        e.id = newId();
    if (password && after && after->state == UserState::Active)
        addPassword(push, *link, link->upn.isEmpty() ? upnOf(*after) : link->upn);
    return std::optional<UserPush>(std::move(push));
}

} // namespace

namespace UserPushPlanner {

Result<std::optional<UserPush>> plan(Store &store, const Integration &integration, const User &before,
                                     const std::optional<User> &after, bool password)
{
    PushBuilder builder(store, integration);
    return builder.build(before, after, password);
}

} // namespace UserPushPlanner
