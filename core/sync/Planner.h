#pragma once

#include "core/common/Result.h"
#include "core/sync/M365State.h"
#include "core/sync/Plan.h"
#include "core/sync/PlanInput.h"

// Directory (through the integration's mappings and the email → UPN rule) against M365's current state → the
// operations of cloud-directories.md §2.3: create, takeover, update (changed properties only), rename, manager,
// suspend (never delete) and skip with its reason. A pure function of its inputs: run it on a worker thread for
// 100,000 users. Fails only when the configuration itself is unusable (a mapping that does not compile, a domain
// rule that UpnRule::validate refuses).
namespace Planner {

[[nodiscard]] Result<Plan> plan(const PlanInput &input, const M365State &state);
// The Graph properties the integration exports (what M365StateReader must $select for input).
QStringList exportedProperties(const QList<Mapping> &mappings);

} // namespace Planner
