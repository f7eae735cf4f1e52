#pragma once

#include "core/mapping/MappingSet.h"
#include "core/sync/M365State.h"
#include "core/sync/M365StateOverlay.h"
#include "core/sync/Plan.h"
#include "core/sync/PlanInput.h"
#include "core/sync/UpnRule.h"

#include <QHash>
#include <QSet>

#include <vector>

// One run of Planner::plan (see Planner.h for the rules): the directory against M365 as it will be once the outbox's
// pending rows are sent. Holds references to its inputs; build() once.
class PlanBuilder final
{
public:
    PlanBuilder(const PlanInput &input, const M365State &state, const MappingSet &upnSet, const MappingSet &values);

    Plan build();

private:
    using Op = PlanOperation::Op;

    // The account a user's plan compares with: M365's, overlaid with what the outbox still holds for it.
    struct Current
    {
        qsizetype index = -1; // in M365State; -1 = a create still queued
        QString id;           // the m365 id; "" while the create is queued
        QString upn;
        bool enabled = true;
        bool onPremises = false;
        const M365StateOverlay::Queued *queued = nullptr;
    };
    // Where a bound user's account stands after the first pass, for the manager pass.
    struct Target
    {
        bool set = false;
        qsizetype account = -1;
        QString upn;
        const M365StateOverlay::Queued *queued = nullptr;
    };

    std::optional<Current> currentOf(const QString &userId) const;
    void planUser(const User &user, const UpnRule::Decision &decision);
    void planSuspended(const User &user, const std::optional<Current> &current, const UpnRule::Decision &decision);
    void planOutOfScope(const User &user, const UpnRule::Decision &decision);
    void planNew(const User &user, const QString &upn);
    void planTakeover(const User &user, qsizetype index, const QString &upn);
    void planExisting(const User &user, const Current &current, const QString &upn, bool takeover);
    void planManager(qsizetype userIndex);
    void planUnbound();
    QList<PlanChange> diff(const User &user, const Current &current);
    bool hasValue(const Current &current, const QString &property, const QJsonValue &wanted) const;
    QJsonValue valueOf(const Current &current, const QString &property) const;
    void add(Op op, const User &user, const QString &upn, const QString &reason, const QString &message);
    PlanOperation make(Op op, const User &user, const QString &upn, const QString &reason,
                       const QString &message) const;
    QString upnOfAccountId(const QString &id) const;
    QString upnOfUser(const QString &userId) const;
    void findManagers();
    std::vector<char> managerCycles() const;
    qsizetype indexOf(const User &user) const { return &user - m_in.users.constData(); }

    const PlanInput &m_in;
    const M365State &m_state;
    const MappingSet &m_upnSet;
    const MappingSet &m_values;
    const M365StateOverlay m_overlay;
    const QString m_createText; // translated once per plan, not once per operation
    const QString m_takeoverText;
    Plan m_plan;
    QHash<QString, const User *> m_users;
    QHash<QString, const BindingLink *> m_links;
    QHash<QString, QString> m_claimed;      // m365 id → user id of its link
    QHash<QString, QString> m_creatingUpns; // lower-cased UPN of a queued create → its user id
    // Per index of PlanInput::users: the target of a bound user after the first pass, its manager's index (-1: none
    // or not a directory user), whether it is bound, whether its manager chain loops. Vectors, not hashes by id:
    // the manager pass looks each of them up for 100,000 users.
    std::vector<Target> m_targets;
    std::vector<qsizetype> m_managers;
    std::vector<char> m_bound;
    QList<const User *> m_boundUsers;
    std::vector<char> m_cycles;
    QList<qsizetype> m_valueColumns;   // per value mapping: M365State::stringColumn of its property
    QList<PropertyOutcome> m_outcomes; // reused by every evaluation (no allocation per user)
};
