#pragma once

#include "core/expr/ExprError.h"
#include "core/expr/Value.h"

#include <optional>

// The outcome of evaluating an expression for one set of attributes.
struct Evaluation
{
    Value value;                    // Kind::Skip when the property must be left out
    std::optional<ExprError> error; // set on a run-time error; value is then null
    bool redacted = false;          // Redact() was used: hide the value in plans, logs and exports

    bool ok() const { return !error.has_value(); }
    bool skipped() const { return value.kind() == Value::Kind::Skip; }
};
