#pragma once

#include "core/common/Result.h"
#include "core/directory/BindingLink.h"
#include "core/directory/Snapshot.h"
#include "core/directory/User.h"
#include "core/sync/Plan.h"
#include "core/sync/RestoreRequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A restore goes through the plan like any other write: an `update` operation whose changes write the snapshots'
// values back, old = the account's CURRENT value (read from Graph by the caller), so the admin sees what changes;
// PlanQueue::confirm queues it (and snapshots what it overwrites, so a restore can itself be undone).
namespace RestorePlanner {

// The snapshots to write back, one per property, from the integration's snapshots (oldest first, as
// OutboxTable::snapshots returns them). Fails, naming what is missing, when nothing matches.
[[nodiscard]] Result<QList<Snapshot>> choose(const QList<Snapshot> &snapshots, const RestoreRequest &request);
// The Graph properties to $select for the current values.
QStringList properties(const QList<Snapshot> &chosen);
// The plan: one update for the account of link, skipping properties that already hold the value. exported: the
// integration's exported Graph properties; bound: whether the user is still bound — then the message warns that the
// next directory edit writes the directory's value again.
Plan plan(const QString &integrationId, const QString &integrationName, const User &user, const BindingLink &link,
          const QList<Snapshot> &chosen, const QJsonObject &current, const QStringList &exported, bool bound);

} // namespace RestorePlanner
