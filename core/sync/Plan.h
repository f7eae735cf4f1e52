#pragma once

#include "core/sync/PlanOperation.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// What a change would do in M365, before anything is queued: every operation per user with old → new per
// attribute, the counts per operation, and whether the brake applies. A plain value: the planner builds it on any
// thread, the UI shows and filters it, PlanQueue confirms it.
class Plan final
{
public:
    // The brake (cloud-directories.md §2.3): more than this many suspensions and renames, or more than this share
    // of the bound users, waits until the admin types the integration's name.
    static constexpr int BrakeCount = 50;
    static constexpr int BrakePercent = 10;

    QString integrationId;
    QString integrationName;
    QList<PlanOperation> operations;
    int boundUsers = 0; // the bound set the brake compares with

    // Operations per op name (create, takeover, …, skip); ops that do not occur are absent.
    QMap<QString, int> counts() const;
    int count(PlanOperation::Op op) const;
    // Suspensions plus renames above BrakeCount or BrakePercent % of boundUsers.
    bool needsConfirmation() const;
    // The text the admin must type to go on when needsConfirmation(): the integration's name.
    QString confirmationText() const { return integrationName; }
    // Whether anything would be written to M365.
    bool hasWrites() const;
    // {"operations":[{"op","user","upn","changes":[{"property","old","new"}],"reason"}],"counts":{op: n}}
    QJsonObject toJson() const;
};
