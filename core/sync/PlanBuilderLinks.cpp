// PlanBuilder's second pass: managers and the links of users no longer bound (unbound or deleted). Split from
// PlanBuilder.cpp to keep each file under the size STYLE.md §1 allows.
#include "core/sync/PlanBuilder.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner", text);
}

const QString ManagerProperty = QStringLiteral("manager");

} // namespace

QSet<QString> PlanBuilder::managerCycles() const
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

QString PlanBuilder::upnOfUser(const QString &userId) const
{
    const auto target = m_targets.constFind(userId);
    return target == m_targets.cend() ? userId : target->upn;
}

void PlanBuilder::planManager(const User &user)
{
    const auto target = m_targets.constFind(user.id);
    if (target == m_targets.cend())
        return; // skipped, suspended: nothing to set
    const M365StateOverlay::Queued *queued = target->queued;
    const bool queuedManager = queued && queued->managerUserId.has_value();
    if (queuedManager && *queued->managerUserId == user.managerId)
        return; // this very manager is queued already
    const QString currentId = target->account >= 0 ? m_state.account(target->account).managerId : QString();
    // The manager as it will be: the queued one (a directory user), else M365's (an account).
    const QJsonValue currentValue =
        queuedManager
            ? (queued->managerUserId->isEmpty() ? QJsonValue() : QJsonValue(upnOfUser(*queued->managerUserId)))
            : (currentId.isEmpty() ? QJsonValue() : QJsonValue(upnOfAccountId(currentId)));
    PlanOperation o = make(Op::Manager, user, target->upn, QStringLiteral("manager-changed"), QString());
    o.m365Id = target->account >= 0 ? m_state.account(target->account).id : QString();
    if (user.managerId.isEmpty()) {
        if (currentValue.isNull())
            return;
        o.changes = {{ManagerProperty, currentValue, QJsonValue::Null}};
        m_plan.operations.append(o);
        return;
    }
    const User *manager = m_users.value(user.managerId);
    const QString managerName = manager ? manager->username : user.managerId;
    if (!m_in.bound.contains(user.managerId)) {
        add(Op::Skip, user, target->upn, QStringLiteral("manager-not-bound"),
            tr("%1's manager %2 is not bound to this integration: the manager is not set.")
                .arg(user.username, managerName));
        return;
    }
    if (m_cycles.contains(user.id)) {
        add(Op::Skip, user, target->upn, QStringLiteral("manager-cycle"),
            tr("%1's managers form a cycle: the manager is not set.").arg(user.username));
        return;
    }
    const auto managerTarget = m_targets.constFind(user.managerId);
    if (managerTarget == m_targets.cend()) {
        add(Op::Skip, user, target->upn, QStringLiteral("manager-not-synced"),
            tr("%1's manager %2 is not synced (see the manager's row): the manager is not set.")
                .arg(user.username, managerName));
        return;
    }
    const QString managerM365 = managerTarget->account >= 0 ? m_state.account(managerTarget->account).id : QString();
    if (!queuedManager && !managerM365.isEmpty() && managerM365 == currentId)
        return;
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
