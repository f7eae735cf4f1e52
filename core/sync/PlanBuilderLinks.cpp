// PlanBuilder's second pass: managers and the links of users no longer bound (unbound or deleted). Split from
// PlanBuilder.cpp to keep each file under the size STYLE.md §1 allows.
#include "core/sync/PlanBuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner", text);
}

const QString ManagerProperty = QStringLiteral("manager");

} // namespace

void PlanBuilder::findManagers()
{
    const size_t n = size_t(m_in.users.size());
    m_managers.assign(n, -1);
    m_bound.assign(n, 0);
    for (const User *u : std::as_const(m_boundUsers))
        m_bound[size_t(indexOf(*u))] = 1;
    for (const User *u : std::as_const(m_boundUsers)) {
        if (u->managerId.isEmpty())
            continue;
        if (const User *manager = m_users.value(u->managerId))
            m_managers[size_t(indexOf(*u))] = indexOf(*manager);
    }
}

std::vector<char> PlanBuilder::managerCycles() const
{
    const size_t n = size_t(m_in.users.size());
    std::vector<char> inCycle(n, 0);
    std::vector<char> colour(n, 0); // 1 = on the current path, 2 = done
    std::vector<qsizetype> path;
    for (const User *start : m_boundUsers) {
        path.clear();
        qsizetype i = indexOf(*start);
        while (i >= 0 && colour[size_t(i)] == 0 && m_bound[size_t(i)]) {
            colour[size_t(i)] = 1;
            path.push_back(i);
            i = m_managers[size_t(i)];
        }
        if (i >= 0 && colour[size_t(i)] == 1) {
            const auto from = std::find(path.cbegin(), path.cend(), i);
            for (auto it = from; it != path.cend(); ++it)
                inCycle[size_t(*it)] = 1;
        }
        for (qsizetype p : path)
            colour[size_t(p)] = 2;
    }
    return inCycle;
}

QString PlanBuilder::upnOfUser(const QString &userId) const
{
    const User *user = m_users.value(userId);
    const Target *target = user ? &m_targets[size_t(indexOf(*user))] : nullptr;
    return target && target->set ? target->upn : userId;
}

void PlanBuilder::planManager(qsizetype userIndex)
{
    const Target &target = m_targets[size_t(userIndex)];
    if (!target.set)
        return; // skipped, suspended: nothing to set
    const User &user = m_in.users.at(userIndex);
    const M365StateOverlay::Queued *queued = target.queued;
    const bool queuedManager = queued && queued->managerUserId.has_value();
    if (queuedManager && *queued->managerUserId == user.managerId)
        return; // this very manager is queued already
    const QString currentId = target.account >= 0 ? m_state.account(target.account).managerId : QString();
    const qsizetype managerIndex = m_managers.empty() ? -1 : m_managers[size_t(userIndex)];
    const Target *managerTarget =
        managerIndex >= 0 && m_targets[size_t(managerIndex)].set ? &m_targets[size_t(managerIndex)] : nullptr;
    if (!queuedManager && managerTarget && managerTarget->account >= 0 && !user.managerId.isEmpty()
        && m_state.account(managerTarget->account).id == currentId && m_bound[size_t(managerIndex)]
        && !m_cycles[size_t(userIndex)])
        return; // M365 has this manager already: the common case, decided first
    // The manager as it will be: the queued one (a directory user), else M365's (an account).
    QJsonValue currentValue;
    if (queuedManager && !queued->managerUserId->isEmpty())
        currentValue = upnOfUser(*queued->managerUserId);
    else if (!queuedManager && !currentId.isEmpty())
        currentValue = upnOfAccountId(currentId);
    PlanOperation o = make(Op::Manager, user, target.upn, QStringLiteral("manager-changed"), QString());
    o.m365Id = target.account >= 0 ? m_state.account(target.account).id : QString();
    if (user.managerId.isEmpty()) {
        if (currentValue.isNull())
            return;
        o.changes = {{ManagerProperty, currentValue, QJsonValue::Null}};
        m_plan.operations.append(o);
        return;
    }
    const User *manager = managerIndex >= 0 ? &m_in.users.at(managerIndex) : nullptr;
    const QString managerName = manager ? manager->username : user.managerId;
    if (!manager || !m_bound[size_t(managerIndex)]) {
        add(Op::Skip, user, target.upn, QStringLiteral("manager-not-bound"),
            tr("%1's manager %2 is not bound to this integration: the manager is not set.")
                .arg(user.username, managerName));
        return;
    }
    if (m_cycles[size_t(userIndex)]) {
        add(Op::Skip, user, target.upn, QStringLiteral("manager-cycle"),
            tr("%1's managers form a cycle: the manager is not set.").arg(user.username));
        return;
    }
    if (!managerTarget) {
        add(Op::Skip, user, target.upn, QStringLiteral("manager-not-synced"),
            tr("%1's manager %2 is not synced (see the manager's row): the manager is not set.")
                .arg(user.username, managerName));
        return;
    }
    o.managerUserId = user.managerId;
    o.changes = {{ManagerProperty, currentValue, managerTarget->upn}};
    m_plan.operations.append(o);
}

void PlanBuilder::planUnbound()
{
    for (const BindingLink &link : m_in.links) {
        const User *user = m_users.value(link.userId);
        if (user && m_in.bound.contains(link.userId))
            continue;
        const std::optional<Current> current = currentOf(link.userId);
        if (!current)
            continue;     // no account, or gone from M365 already
        User placeholder; // the directory user was deleted: its link outlives it (migration 0007)
        placeholder.id = link.userId;
        const User &u = user ? *user : placeholder;
        if (current->onPremises) {
            add(Op::Skip, u, current->upn, QStringLiteral("on-premises"),
                tr("The account %1 is synced from on-premises Active Directory: clouddir cannot suspend it.")
                    .arg(current->upn));
            continue;
        }
        if (!current->enabled)
            continue; // blocked already, or its suspension is queued
        const QString message =
            user ? tr("%1 is no longer bound: the account %2 is blocked, not deleted.").arg(u.username, current->upn)
                 : tr("The directory user of the account %1 was deleted: the account is blocked, not deleted.")
                       .arg(current->upn);
        PlanOperation o =
            make(Op::Suspend, u, current->upn, user ? QStringLiteral("unbound") : QStringLiteral("deleted"), message);
        o.m365Id = current->id;
        o.changes = {{QStringLiteral("accountEnabled"), true, false}};
        m_plan.operations.append(o);
    }
}
