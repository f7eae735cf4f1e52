#include "core/sync/Planner.h"

#include "core/expr/UserAttributes.h"
#include "core/mapping/MappingSet.h"
#include "core/sync/UpnRule.h"

#include <QCoreApplication>
#include <QHash>

namespace {

using Op = PlanOperation::Op;

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner", text);
}

const QString UpnProperty = QStringLiteral("userPrincipalName");

// Where a bound user's account stands after the first pass: the account index, or a create of this plan.
struct Target
{
    qsizetype account = -1;
    bool creating = false;
    QString upn;
};

class Run
{
public:
    Run(const PlanInput &input, const M365State &state, const MappingSet &upnSet, const MappingSet &values)
        : m_in(input)
        , m_state(state)
        , m_upnSet(upnSet)
        , m_values(values)
    { }

    Plan build();

private:
    void planUser(const User &user, const UpnRule::Decision &decision);
    void planExisting(const User &user, qsizetype account, const QString &upn, bool takeover);
    void planManager(const User &user);
    void planUnbound();
    QList<PlanChange> diff(const User &user, qsizetype account);
    PlanOperation make(Op op, const User &user, const QString &upn, const QString &reason, const QString &message);
    QString upnOfAccountId(const QString &id) const;
    QSet<QString> managerCycles() const;

    const PlanInput &m_in;
    const M365State &m_state;
    const MappingSet &m_upnSet;
    const MappingSet &m_values;
    Plan m_plan;
    QHash<QString, const User *> m_users;
    QHash<QString, const BindingLink *> m_links;
    QHash<QString, QString> m_claimed; // m365 id → user id of its link
    QHash<QString, Target> m_targets;  // bound user id → target
    QList<const User *> m_boundUsers;
    QSet<QString> m_cycles; // bound users whose manager chain loops
};

PlanOperation Run::make(Op op, const User &user, const QString &upn, const QString &reason, const QString &message)
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

QList<PlanChange> Run::diff(const User &user, qsizetype account)
{
    QList<PlanChange> changes;
    for (const PropertyOutcome &outcome : m_values.evaluate(user, MappingSet::Operation::Update)) {
        if (outcome.action != PropertyOutcome::Action::Set)
            continue; // null never clears; a failed mapping is reported by the create/skip path
        if (!m_state.hasValue(account, outcome.property, outcome.value))
            changes.append({outcome.property, m_state.value(account, outcome.property), outcome.value});
    }
    return changes;
}

QString Run::upnOfAccountId(const QString &id) const
{
    const qsizetype index = m_state.indexOfId(id);
    return index < 0 ? id : m_state.account(index).upn;
}

Plan Run::build()
{
    m_plan.integrationId = m_in.integrationId;
    m_plan.integrationName = m_in.integrationName;
    for (const User &u : m_in.users)
        m_users.insert(u.id, &u);
    for (const BindingLink &l : m_in.links) {
        m_links.insert(l.userId, &l);
        if (!l.m365Id.isEmpty())
            m_claimed.insert(l.m365Id, l.userId);
    }
    QStringList emails;
    for (const User &u : m_in.users) {
        if (!m_in.bound.contains(u.id))
            continue;
        m_boundUsers.append(&u);
        QString email;
        for (const PropertyOutcome &o : m_upnSet.evaluate(u, MappingSet::Operation::Create)) {
            if (o.action == PropertyOutcome::Action::Set)
                email = o.value.toString();
        }
        emails.append(email);
    }
    m_plan.boundUsers = int(std::max(m_boundUsers.size(), m_in.links.size()));
    UpnRule::Config config {m_in.settings.domains, m_in.settings.defaultDomain, m_in.verifiedDomains};
    const QList<UpnRule::Decision> decisions = UpnRule::apply(config, emails);
    for (qsizetype i = 0; i < m_boundUsers.size(); ++i)
        planUser(*m_boundUsers.at(i), decisions.at(i));
    if (m_in.settings.exportManager) {
        m_cycles = managerCycles();
        for (const User *u : std::as_const(m_boundUsers))
            planManager(*u);
    }
    planUnbound();
    return m_plan;
}

void Run::planUser(const User &user, const UpnRule::Decision &decision)
{
    const BindingLink *link = m_links.value(user.id);
    const qsizetype linked = link && !link->m365Id.isEmpty() ? m_state.indexOfId(link->m365Id) : -1;
    if (user.state == UserState::Suspended) {
        if (linked >= 0 && m_state.account(linked).enabled && !m_state.account(linked).onPremises) {
            PlanOperation o =
                make(Op::Suspend, user, m_state.account(linked).upn, QStringLiteral("suspended"),
                     tr("%1 is suspended in the directory: the account is blocked, not deleted.").arg(user.username));
            o.m365Id = m_state.account(linked).id;
            o.changes = {{QStringLiteral("accountEnabled"), true, false}};
            m_plan.operations.append(o);
        } else if (linked < 0) {
            m_plan.operations.append(
                make(Op::Skip, user, decision.upn, QStringLiteral("suspended"),
                     tr("%1 is suspended in the directory: no account is created.").arg(user.username)));
        }
        return;
    }
    if (!decision.sync) {
        const QString reason = UpnRule::reasonName(decision.reason);
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
            message =
                tr("%1's UPN %2 breaks Microsoft's rules (characters or length).").arg(user.username, decision.upn);
            break;
        }
        m_plan.operations.append(make(Op::Skip, user, decision.upn, reason, message));
        return;
    }
    if (linked >= 0) {
        planExisting(user, linked, decision.upn, false);
        return;
    }
    const qsizetype existing = m_state.indexOfUpn(decision.upn);
    if (existing < 0) {
        PlanOperation o = make(Op::Create, user, decision.upn, QStringLiteral("new-account"),
                               tr("No account %1 exists: it is created.").arg(decision.upn));
        o.changes.append({UpnProperty, QJsonValue::Null, decision.upn});
        bool failed = false;
        for (const PropertyOutcome &outcome : m_values.evaluate(user, MappingSet::Operation::Create)) {
            if (outcome.action == PropertyOutcome::Action::Failed) {
                failed = true;
                o.message = outcome.error ? outcome.error->message : QString();
            } else if (outcome.action == PropertyOutcome::Action::Set) {
                o.changes.append({outcome.property, QJsonValue::Null, outcome.value});
            }
        }
        if (failed) {
            m_plan.operations.append(make(Op::Skip, user, decision.upn, QStringLiteral("mapping-failed"), o.message));
            return;
        }
        m_targets.insert(user.id, {-1, true, decision.upn});
        m_plan.operations.append(o);
        return;
    }
    const M365Account &account = m_state.account(existing);
    const QString claimedBy = m_claimed.value(account.id);
    if (!claimedBy.isEmpty() && claimedBy != user.id) {
        const User *other = m_users.value(claimedBy);
        m_plan.operations.append(
            make(Op::Skip, user, decision.upn, QStringLiteral("collision"),
                 tr("The account %1 is already bound to %2.").arg(account.upn, other ? other->username : claimedBy)));
        return;
    }
    if (account.onPremises) {
        m_plan.operations.append(make(Op::Skip, user, decision.upn, QStringLiteral("on-premises"),
                                      tr("The account %1 is synced from on-premises Active Directory and read-only "
                                         "in the cloud.")
                                          .arg(account.upn)));
        return;
    }
    if (!account.enabled) {
        m_plan.operations.append(make(Op::Skip, user, decision.upn, QStringLiteral("takeover-disabled"),
                                      tr("The account %1 exists but is disabled: clouddir does not take over a "
                                         "blocked account. Enable it in Microsoft 365 or bind another user.")
                                          .arg(account.upn)));
        return;
    }
    planExisting(user, existing, decision.upn, true);
}

void Run::planExisting(const User &user, qsizetype index, const QString &upn, bool takeover)
{
    const M365Account &account = m_state.account(index);
    if (account.onPremises) {
        m_plan.operations.append(make(Op::Skip, user, upn, QStringLiteral("on-premises"),
                                      tr("The account %1 is synced from on-premises Active Directory and read-only "
                                         "in the cloud.")
                                          .arg(account.upn)));
        return;
    }
    m_targets.insert(user.id, {index, false, upn});
    QList<PlanChange> changes = diff(user, index);
    if (!takeover && account.upn != upn) {
        const qsizetype holder = m_state.indexOfUpn(upn);
        if (holder >= 0 && holder != index) {
            m_plan.operations.append(
                make(Op::Skip, user, upn, QStringLiteral("upn-taken"),
                     tr("%1 would be renamed to %2, which another account already has.").arg(account.upn, upn)));
        } else {
            PlanOperation o = make(Op::Rename, user, upn, QStringLiteral("upn-changed"),
                                   tr("The account %1 is renamed to %2.").arg(account.upn, upn));
            o.m365Id = account.id;
            o.changes = {{UpnProperty, account.upn, upn}};
            m_plan.operations.append(o);
        }
    } else if (takeover && account.upn != upn) {
        changes.prepend({UpnProperty, account.upn, upn}); // same UPN but for case
    }
    if (!account.enabled)
        changes.append({QStringLiteral("accountEnabled"), false, true}); // re-bound or reactivated
    if (takeover || !changes.isEmpty()) {
        PlanOperation o = takeover ? make(Op::Takeover, user, upn, QStringLiteral("upn-exists"),
                                          tr("The account %1 exists: clouddir takes it over and overwrites its "
                                             "exported attributes.")
                                              .arg(account.upn))
                                   : make(Op::Update, user, upn, QStringLiteral("changed"), QString());
        o.m365Id = account.id;
        o.changes = changes;
        m_plan.operations.append(o);
    }
}

QSet<QString> Run::managerCycles() const
{
    QSet<QString> inCycle;
    QHash<QString, int> colour; // 1 = on the current path, 2 = done
    for (const User *start : m_boundUsers) {
        QStringList path;
        QString id = start->id;
        while (!id.isEmpty() && colour.value(id) == 0 && m_in.bound.contains(id)) {
            colour.insert(id, 1);
            path.append(id);
            const User *u = m_users.value(id);
            id = u ? u->managerId : QString();
        }
        if (!id.isEmpty() && colour.value(id) == 1) {
            for (qsizetype i = path.indexOf(id); i >= 0 && i < path.size(); ++i)
                inCycle.insert(path.at(i));
        }
        for (const QString &p : std::as_const(path))
            colour.insert(p, 2);
    }
    return inCycle;
}

void Run::planManager(const User &user)
{
    const auto target = m_targets.constFind(user.id);
    if (target == m_targets.cend())
        return; // skipped, suspended: nothing to set
    const QString currentId = target->account >= 0 ? m_state.account(target->account).managerId : QString();
    const QString m365Id = target->account >= 0 ? m_state.account(target->account).id : QString();
    PlanOperation o = make(Op::Manager, user, target->upn, QStringLiteral("manager-changed"), QString());
    o.m365Id = m365Id;
    if (user.managerId.isEmpty()) {
        if (currentId.isEmpty())
            return;
        o.changes = {{QStringLiteral("manager"), upnOfAccountId(currentId), QJsonValue::Null}};
        m_plan.operations.append(o);
        return;
    }
    const User *manager = m_users.value(user.managerId);
    const QString managerName = manager ? manager->username : user.managerId;
    if (!m_in.bound.contains(user.managerId)) {
        m_plan.operations.append(make(Op::Skip, user, target->upn, QStringLiteral("manager-not-bound"),
                                      tr("%1's manager %2 is not bound to this integration: the manager is not set.")
                                          .arg(user.username, managerName)));
        return;
    }
    if (m_cycles.contains(user.id)) {
        m_plan.operations.append(make(Op::Skip, user, target->upn, QStringLiteral("manager-cycle"),
                                      tr("%1's managers form a cycle: the manager is not set.").arg(user.username)));
        return;
    }
    const auto managerTarget = m_targets.constFind(user.managerId);
    if (managerTarget == m_targets.cend()) {
        m_plan.operations.append(make(Op::Skip, user, target->upn, QStringLiteral("manager-not-synced"),
                                      tr("%1's manager %2 is not synced (see the manager's row): the manager is not "
                                         "set.")
                                          .arg(user.username, managerName)));
        return;
    }
    const QString managerM365 = managerTarget->account >= 0 ? m_state.account(managerTarget->account).id : QString();
    if (!managerM365.isEmpty() && managerM365 == currentId)
        return;
    o.managerUserId = user.managerId;
    o.changes = {{QStringLiteral("manager"), currentId.isEmpty() ? QJsonValue() : upnOfAccountId(currentId),
                  managerTarget->upn}};
    m_plan.operations.append(o);
}

void Run::planUnbound()
{
    for (const BindingLink &link : m_in.links) {
        if (m_in.bound.contains(link.userId) || link.m365Id.isEmpty())
            continue;
        const qsizetype index = m_state.indexOfId(link.m365Id);
        if (index < 0)
            continue; // gone from M365 already
        const M365Account &account = m_state.account(index);
        const User *user = m_users.value(link.userId);
        User placeholder;
        placeholder.id = link.userId;
        const User &u = user ? *user : placeholder;
        if (account.onPremises) {
            m_plan.operations.append(make(Op::Skip, u, account.upn, QStringLiteral("on-premises"),
                                          tr("The account %1 is synced from on-premises Active Directory: clouddir "
                                             "cannot suspend it.")
                                              .arg(account.upn)));
            continue;
        }
        if (!account.enabled)
            continue;
        PlanOperation o =
            make(Op::Suspend, u, account.upn, QStringLiteral("unbound"),
                 tr("%1 is no longer bound: the account %2 is blocked, not deleted.").arg(u.username, account.upn));
        o.m365Id = account.id;
        o.changes = {{QStringLiteral("accountEnabled"), true, false}};
        m_plan.operations.append(o);
    }
}

} // namespace

namespace Planner {

QStringList exportedProperties(const QList<Mapping> &mappings)
{
    QStringList properties;
    for (const Mapping &m : mappings) {
        if (m.targetProperty != UpnProperty && !properties.contains(m.targetProperty))
            properties.append(m.targetProperty);
    }
    return properties;
}

Result<Plan> plan(const PlanInput &input, const M365State &state)
{
    UpnRule::Config config {input.settings.domains, input.settings.defaultDomain, input.verifiedDomains};
    if (auto valid = UpnRule::validate(config); !valid)
        return valid.error();
    QList<Mapping> upnMappings;
    QList<Mapping> valueMappings;
    for (const Mapping &m : input.mappings)
        (m.targetProperty == UpnProperty ? upnMappings : valueMappings).append(m);
    auto upnSet = MappingSet::compile(upnMappings);
    auto valueSet = MappingSet::compile(valueMappings);
    for (const auto *compiled : {&upnSet, &valueSet}) {
        if (const auto *issues = std::get_if<QList<MappingIssue>>(compiled))
            return makeError(
                tr("The mapping of %1 does not compile: %2").arg(issues->first().property, issues->first().message));
    }
    Run run(input, state, std::get<MappingSet>(upnSet), std::get<MappingSet>(valueSet));
    return run.build();
}

} // namespace Planner
