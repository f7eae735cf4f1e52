#pragma once

#include "core/directory/Mapping.h"
#include "core/directory/User.h"
#include "core/expr/EvaluationOptions.h"
#include "core/expr/Expression.h"
#include "core/mapping/GraphProperty.h"
#include "core/mapping/MappingIssue.h"
#include "core/mapping/PropertyOutcome.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <variant>

// An integration's mappings, compiled once, turned into Graph user values for any directory user. Immutable after
// compile(): evaluate() may run on several threads at once.
//
// Rules (expressions.md §1): a CreateOnly mapping is not applied on update; a null or "" result takes the default
// on create and leaves the property alone on update; skip leaves it out even with a default; every value is
// converted to the property's type and checked against its limits, and a failure is reported for that property only.
class MappingSet final
{
public:
    enum class Operation { Create, Update };

    // Compiles every mapping; the first static errors are returned instead (one per broken mapping).
    static std::variant<MappingSet, QList<MappingIssue>> compile(const QList<Mapping> &mappings);

    QList<PropertyOutcome> evaluate(const User &user, Operation operation, const EvaluationOptions &options = {}) const;
    QList<PropertyOutcome> evaluate(const AttributeSource &attributes, Operation operation,
                                    const EvaluationOptions &options = {}) const;
    // The planner's hot path (100,000 users per plan): evaluate(user, operation) with the same rules, but a String
    // property's Set value comes as `text` (textOnly, value left undefined) and Direct mappings of the standard
    // attributes read the User field without the expression evaluator. Building a QJsonValue per property and user
    // was a fifth of planning's instructions. outcomes is overwritten (reuse it between calls: no allocation).
    void evaluateLean(const User &user, Operation operation, QList<PropertyOutcome> &outcomes) const;
    // The values to send: every Set outcome as property → JSON value.
    static QJsonObject values(const QList<PropertyOutcome> &outcomes);

    const QList<Mapping> &mappings() const { return m_mappings; }

private:
    MappingSet() = default;
    PropertyOutcome evaluateOne(qsizetype index, const AttributeSource &attributes, Operation operation,
                                const EvaluationOptions &options) const;
    // The value to convert, or none when outcome is final already (left, skipped, failed). user: for the Direct
    // fast path (may be null).
    std::optional<Value> valueOf(qsizetype index, const User *user, const AttributeSource &attributes,
                                 Operation operation, const EvaluationOptions &options, PropertyOutcome &outcome) const;
    void convertInto(qsizetype index, const Value &value, bool lean, PropertyOutcome &outcome) const;

    QList<Mapping> m_mappings;
    QList<Expression> m_expressions;
    QList<GraphProperty> m_properties;     // per mapping, resolved once
    QList<QString User::*> m_directFields; // per mapping: the User field of a Direct standard attribute, or null
};
