#pragma once

#include "core/expr/ExprError.h"
#include "core/expr/Node.h"

#include <optional>

// The static side of Replace (expressions.md §5 Replace, §7): which of the five forms the present arguments select,
// and a literal pattern compiled once (with its group checked) so evaluation never recompiles it.
namespace ReplaceForm {

// Sets call.replaceForm ('A'..'E') and call.regex; an error for a combination that is no form, a pattern that does
// not compile, or a group the pattern lacks.
std::optional<ExprError> resolve(Node &call);

} // namespace ReplaceForm
