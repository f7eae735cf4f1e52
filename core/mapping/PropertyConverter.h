#pragma once

#include "core/expr/Value.h"
#include "core/mapping/GraphProperty.h"

#include <QJsonValue>
#include <QString>

#include <variant>

// Turns an expression value into what Graph accepts for a property (expressions.md §1 "Target type"): text within
// the length limit, a list within its item limit, a boolean from True/False, an ISO 8601 UTC date. Callers handle
// null, "" and skip first. The error names the property and says how to fix the value.
namespace PropertyConverter {

std::variant<QJsonValue, QString> convert(const Value &value, const GraphProperty &property);

} // namespace PropertyConverter
