#pragma once

#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/sync/PlanInput.h"
#include "core/sync/PlanRequest.h"

class Store;

// Reads what the planner needs from the directory, with the request applied in memory (nothing is written): the
// bound set as it would be, the settings and mappings as they would be. Runs on the Store's thread; the result is a
// plain value for the planner's thread. verifiedDomains is left for the caller (it comes from GET /domains).
namespace PlanInputLoader {

[[nodiscard]] Result<PlanInput> load(Store &store, const Integration &integration, const PlanRequest &request);

} // namespace PlanInputLoader
