#include "core/sync/PlanBuilder.h"

#include "core/mapping/GraphPropertyCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner", text);
}

const QString UpnProperty = QStringLiteral("userPrincipalName");
const QString EnabledProperty = QStringLiteral("accountEnabled");

// Graph refuses to clear these: an empty mapping result keeps M365's value (and says so).
bool isRequired(const QString &property)
{
    return property == u"displayName" || property == u"mailNickname";
}

// What clearing a property writes: [] for a collection, null otherwise (graph.md §2.2).
QJsonValue clearedValue(const QString &property)
{
    const auto graphProperty = GraphPropertyCatalog::find(property);
    if (graphProperty && graphProperty->type == GraphProperty::Type::StringList)
        return QJsonArray();
    return QJsonValue::Null;
}

QString onPremisesMessage(const QString &upn)
{
    return tr("The account %1 is synced from on-premises Active Directory and read-only in the cloud.").arg(upn);
}

} // namespace

PlanBuilder::PlanBuilder(const PlanInput &input, const M365State &state, const MappingSet &upnSet,
                         const MappingSet &values)
    : m_in(input)
    , m_state(state)
    , m_upnSet(upnSet)
    , m_values(values)
    , m_overlay(input.pending)
    , m_createText(tr("No account %1 exists: it is created."))
    , m_takeoverText(tr("The account %1 exists: clouddir takes it over and overwrites its exported attributes."))
{
    for (const Mapping &m : m_values.mappings())
        m_valueColumns.append(m_state.stringColumn(m.targetProperty));
}

PlanOperation PlanBuilder::make(Op op, const User &user, const QString &upn, const QString &reason,
                                const QString &message) const
{
    PlanOperation o;
    o.op = op;
    o.userId = user.id;
    o.username = user.username;
    o.upn = upn;
    o.reason = reason;
    o.message = message;
    return o;
}

void PlanBuilder::add(Op op, const User &user, const QString &upn, const QString &reason, const QString &message)
{
    m_plan.operations.append(make(op, user, upn, reason, message));
}

QJsonValue PlanBuilder::valueOf(const Current &current, const QString &property) const
{
    if (current.queued) {
        const auto it = current.queued->values.constFind(property);
        if (it != current.queued->values.cend())
            return *it;
    }
    return current.index >= 0 ? m_state.value(current.index, property) : QJsonValue(QJsonValue::Null);
}

bool PlanBuilder::hasValue(const Current &current, const QString &property, const QJsonValue &wanted) const
{
    if (wanted.isNull() || (wanted.isArray() && wanted.toArray().isEmpty())) // a clear: null, "" and [] are equal
        return M365StateOverlay::sameValue(valueOf(current, property), wanted);
    if (current.index >= 0 && (!current.queued || !current.queued->values.contains(property)))
        return m_state.hasValue(current.index, property, wanted);
    return M365StateOverlay::sameValue(valueOf(current, property), wanted);
}

QList<PlanChange> PlanBuilder::diff(const User &user, const Current &current)
{
    QList<PlanChange> changes;
    m_values.evaluateLean(user, MappingSet::Operation::Update, m_outcomes);
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        const PropertyOutcome &outcome = m_outcomes.at(i);
        const bool set = outcome.action == PropertyOutcome::Action::Set;
        // Not applied on update, skipped, or failed (reported by the create/skip path): nothing to compare.
        if (!set && !(outcome.action == PropertyOutcome::Action::Leave && outcome.empty))
            continue;
        const qsizetype column = m_valueColumns.at(i);
        if (set && outcome.textOnly && current.index >= 0 && column >= 0
            && (!current.queued || !current.queued->values.contains(outcome.property))
            && m_state.hasText(current.index, column, outcome.text))
            continue; // equal: the common case, decided without a QJsonValue
        const QJsonValue wanted = set ? outcome.json() : clearedValue(outcome.property); // cleared in the directory
        if (hasValue(current, outcome.property, wanted))
            continue;
        if (!set && isRequired(outcome.property)) {
            add(Op::Skip, user, current.upn, QStringLiteral("required-property"),
                tr("%1's %2 would be empty, but Microsoft 365 requires it: the account keeps \"%3\".")
                    .arg(user.username, outcome.property, valueOf(current, outcome.property).toString()));
            continue;
        }
        changes.append({outcome.property, valueOf(current, outcome.property), wanted});
    }
    return changes;
}

QString PlanBuilder::upnOfAccountId(const QString &id) const
{
    const qsizetype index = m_state.indexOfId(id);
    return index < 0 ? id : m_state.account(index).upn;
}

std::optional<PlanBuilder::Current> PlanBuilder::currentOf(const QString &userId) const
{
    Current current;
    current.queued = m_overlay.forUser(userId);
    const BindingLink *link = m_links.value(userId);
    current.index = link && !link->m365Id.isEmpty() ? m_state.indexOfId(link->m365Id) : -1;
    if (current.index >= 0) {
        const M365Account &account = m_state.account(current.index);
        current.id = account.id;
        current.upn = account.upn;
        current.enabled = account.enabled;
        current.onPremises = account.onPremises;
    } else if (!current.queued || !current.queued->creating) {
        return std::nullopt; // no account yet, or it is gone from M365
    }
    if (current.queued && !current.queued->upn.isEmpty())
        current.upn = current.queued->upn;
    if (current.queued && current.queued->enabled)
        current.enabled = *current.queued->enabled;
    return current;
}

Plan PlanBuilder::build()
{
    m_plan.integrationId = m_in.integrationId;
    m_plan.integrationName = m_in.integrationName;
    m_users.reserve(m_in.users.size());
    m_targets.resize(size_t(m_in.users.size()));
    for (const User &u : m_in.users)
        m_users.insert(u.id, &u);
    for (const BindingLink &l : m_in.links) {
        m_links.insert(l.userId, &l);
        if (!l.m365Id.isEmpty())
            m_claimed.insert(l.m365Id, l.userId);
    }
    for (const OutboxEntry &row : m_in.pending) {
        const M365StateOverlay::Queued *queued = m_overlay.forUser(row.userId);
        if (queued && queued->creating && !queued->upn.isEmpty())
            m_creatingUpns.insert(queued->upn.toLower(), row.userId);
    }
    QStringList emails;
    for (const User &u : m_in.users) {
        if (!m_in.bound.contains(u.id))
            continue;
        m_boundUsers.append(&u);
        QString email;
        m_upnSet.evaluateLean(u, MappingSet::Operation::Create, m_outcomes);
        for (const PropertyOutcome &o : std::as_const(m_outcomes)) {
            if (o.action == PropertyOutcome::Action::Set)
                email = o.textOnly ? o.text : o.value.toString();
        }
        emails.append(email);
    }
    m_plan.boundUsers = int(std::max(m_boundUsers.size(), m_in.links.size()));
    UpnRule::Config config {m_in.settings.domains, m_in.settings.defaultDomain, m_in.verifiedDomains};
    const QList<UpnRule::Decision> decisions = UpnRule::apply(config, emails);
    for (qsizetype i = 0; i < m_boundUsers.size(); ++i)
        planUser(*m_boundUsers.at(i), decisions.at(i));
    if (m_in.settings.exportManager) {
        findManagers();
        m_cycles = managerCycles();
        for (const User *u : std::as_const(m_boundUsers))
            planManager(indexOf(*u));
    }
    planUnbound();
    return m_plan;
}

void PlanBuilder::planUser(const User &user, const UpnRule::Decision &decision)
{
    const std::optional<Current> current = currentOf(user.id);
    if (user.state == UserState::Suspended) {
        planSuspended(user, current, decision);
        return;
    }
    if (!decision.sync) {
        planOutOfScope(user, decision);
        return;
    }
    if (current) {
        planExisting(user, *current, decision.upn, false);
        return;
    }
    const QString creator = m_creatingUpns.isEmpty() ? QString() : m_creatingUpns.value(decision.upn.toLower());
    if (!creator.isEmpty() && creator != user.id) {
        const User *other = m_users.value(creator);
        add(Op::Skip, user, decision.upn, QStringLiteral("collision"),
            tr("The account %1 is already queued for creation for %2.")
                .arg(decision.upn, other ? other->username : creator));
        return;
    }
    const qsizetype existing = m_state.indexOfUpn(decision.upn);
    if (existing < 0)
        planNew(user, decision.upn);
    else
        planTakeover(user, existing, decision.upn);
}

void PlanBuilder::planSuspended(const User &user, const std::optional<Current> &current,
                                const UpnRule::Decision &decision)
{
    if (!current) {
        add(Op::Skip, user, decision.upn, QStringLiteral("suspended"),
            tr("%1 is suspended in the directory: no account is created.").arg(user.username));
        return;
    }
    if (current->onPremises) {
        add(Op::Skip, user, current->upn, QStringLiteral("on-premises"),
            tr("%1 is suspended in the directory, but the account %2 is synced from on-premises Active Directory: "
               "clouddir cannot suspend it. Block it in Active Directory.")
                .arg(user.username, current->upn));
        return;
    }
    if (!current->enabled)
        return; // blocked already, or its suspension is queued
    PlanOperation o =
        make(Op::Suspend, user, current->upn, QStringLiteral("suspended"),
             tr("%1 is suspended in the directory: the account is blocked, not deleted.").arg(user.username));
    o.m365Id = current->id;
    o.changes = {{EnabledProperty, true, false}};
    m_plan.operations.append(o);
}

void PlanBuilder::planOutOfScope(const User &user, const UpnRule::Decision &decision)
{
    QString message;
    switch (decision.reason) {
    case UpnRule::Reason::Collision: {
        QStringList others;
        for (int other : decision.collidesWith)
            others.append(m_boundUsers.at(other)->username);
        message = tr("%1 would get the UPN %2, which %3 also claims: neither is synced until one changes.")
                      .arg(user.username, decision.upn, others.join(QStringLiteral(", ")));
        break;
    }
    case UpnRule::Reason::NotListed:
        message = tr("%1's email domain is not among the integration's domains and there is no default domain.")
                      .arg(user.username);
        break;
    case UpnRule::Reason::NotVerified:
        message = tr("%1's email domain is not a verified domain of the tenant.").arg(user.username);
        break;
    case UpnRule::Reason::InvalidEmail:
        message = tr("%1's email \"%2\" is not a valid address.").arg(user.username, decision.email);
        break;
    default:
        message = tr("%1's UPN %2 breaks Microsoft's rules (characters or length).").arg(user.username, decision.upn);
        break;
    }
    add(Op::Skip, user, decision.upn, UpnRule::reasonName(decision.reason), message);
}

void PlanBuilder::planNew(const User &user, const QString &upn)
{
    PlanOperation o = make(Op::Create, user, upn, QStringLiteral("new-account"), m_createText.arg(upn));
    o.changes.append({UpnProperty, QJsonValue::Null, upn});
    m_values.evaluateLean(user, MappingSet::Operation::Create, m_outcomes);
    for (const PropertyOutcome &outcome : std::as_const(m_outcomes)) {
        if (outcome.action == PropertyOutcome::Action::Failed) {
            add(Op::Skip, user, upn, QStringLiteral("mapping-failed"),
                outcome.error ? outcome.error->message : QString());
            return;
        }
        if (outcome.action == PropertyOutcome::Action::Set)
            o.changes.append({outcome.property, QJsonValue::Null, outcome.json()});
    }
    m_targets[size_t(indexOf(user))] = {true, -1, upn, nullptr};
    m_plan.operations.append(o);
}

void PlanBuilder::planTakeover(const User &user, qsizetype index, const QString &upn)
{
    const M365Account &account = m_state.account(index);
    const QString claimedBy = m_claimed.value(account.id);
    if (!claimedBy.isEmpty() && claimedBy != user.id) {
        const User *other = m_users.value(claimedBy);
        add(Op::Skip, user, upn, QStringLiteral("collision"),
            tr("The account %1 is already bound to %2.").arg(account.upn, other ? other->username : claimedBy));
        return;
    }
    if (account.onPremises) {
        add(Op::Skip, user, upn, QStringLiteral("on-premises"), onPremisesMessage(account.upn));
        return;
    }
    if (!account.enabled) {
        add(Op::Skip, user, upn, QStringLiteral("takeover-disabled"),
            tr("The account %1 exists but is disabled: clouddir does not take over a blocked account. Enable it in "
               "Microsoft 365 or bind another user.")
                .arg(account.upn));
        return;
    }
    Current current;
    current.index = index;
    current.id = account.id;
    current.upn = account.upn;
    current.enabled = account.enabled;
    planExisting(user, current, upn, true);
}

void PlanBuilder::planExisting(const User &user, const Current &current, const QString &upn, bool takeover)
{
    if (current.onPremises) {
        add(Op::Skip, user, upn, QStringLiteral("on-premises"), onPremisesMessage(current.upn));
        return;
    }
    m_targets[size_t(indexOf(user))] = {true, current.index, upn, current.queued};
    QList<PlanChange> changes = diff(user, current);
    if (!takeover && current.upn != upn) {
        const qsizetype holder = m_state.indexOfUpn(upn);
        if (holder >= 0 && holder != current.index) {
            add(Op::Skip, user, upn, QStringLiteral("upn-taken"),
                tr("%1 would be renamed to %2, which another account already has.").arg(current.upn, upn));
        } else {
            PlanOperation o = make(Op::Rename, user, upn, QStringLiteral("upn-changed"),
                                   tr("The account %1 is renamed to %2.").arg(current.upn, upn));
            o.m365Id = current.id;
            o.changes = {{UpnProperty, current.upn, upn}};
            m_plan.operations.append(o);
        }
    } else if (takeover && current.upn != upn) {
        changes.prepend({UpnProperty, current.upn, upn}); // same UPN but for case
    }
    if (!current.enabled)
        changes.append({EnabledProperty, false, true}); // re-bound or reactivated
    if (!takeover && changes.isEmpty())
        return;
    PlanOperation o = takeover
                          ? make(Op::Takeover, user, upn, QStringLiteral("upn-exists"), m_takeoverText.arg(current.upn))
                          : make(Op::Update, user, upn, QStringLiteral("changed"), QString());
    o.m365Id = current.id;
    o.changes = std::move(changes);
    m_plan.operations.append(o);
}
