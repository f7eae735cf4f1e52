#include "core/mapping/MappingSet.h"

#include "core/expr/UserAttributes.h"
#include "core/mapping/GraphPropertyCatalog.h"
#include "core/mapping/PropertyConverter.h"

#include <QCoreApplication>

std::variant<MappingSet, QList<MappingIssue>> MappingSet::compile(const QList<Mapping> &mappings)
{
    MappingSet set;
    QList<MappingIssue> issues;
    for (const Mapping &m : mappings) {
        auto compiled = Expression::compile(m.expressionText());
        if (auto *error = std::get_if<ExprError>(&compiled)) {
            issues.append({m.targetProperty, error->message, error->offset, false});
            continue;
        }
        if (!GraphPropertyCatalog::find(m.targetProperty)) {
            issues.append({m.targetProperty,
                           QCoreApplication::translate("MappingSet", "\"%1\" is not a Graph user property.")
                               .arg(m.targetProperty),
                           -1, false});
            continue;
        }
        set.m_mappings.append(m);
        set.m_expressions.append(std::get<Expression>(std::move(compiled)));
    }
    if (!issues.isEmpty())
        return issues;
    return set;
}

QList<PropertyOutcome> MappingSet::evaluate(const User &user, Operation operation,
                                            const EvaluationOptions &options) const
{
    return evaluate(UserAttributes(user), operation, options);
}

QList<PropertyOutcome> MappingSet::evaluate(const AttributeSource &attributes, Operation operation,
                                            const EvaluationOptions &options) const
{
    QList<PropertyOutcome> outcomes;
    outcomes.reserve(m_mappings.size());
    for (qsizetype i = 0; i < m_mappings.size(); ++i)
        outcomes.append(evaluateOne(i, attributes, operation, options));
    return outcomes;
}

PropertyOutcome MappingSet::evaluateOne(qsizetype index, const AttributeSource &attributes, Operation operation,
                                        const EvaluationOptions &options) const
{
    const Mapping &m = m_mappings.at(index);
    PropertyOutcome outcome;
    outcome.property = m.targetProperty;
    if (operation == Operation::Update && m.apply == Mapping::Apply::CreateOnly)
        return outcome; // Leave
    const Evaluation result = m_expressions.at(index).evaluate(attributes, options);
    outcome.redacted = result.redacted;
    if (!result.ok()) {
        outcome.action = PropertyOutcome::Action::Failed;
        outcome.error = MappingIssue {m.targetProperty, result.error->message,
                                      m.type == Mapping::Type::Expression ? result.error->offset : -1, false};
        return outcome;
    }
    if (result.skipped()) {
        outcome.action = PropertyOutcome::Action::Skip;
        return outcome;
    }
    Value value = result.value;
    // The planner treats "" like null (expressions.md §1): Graph rejects "" for many properties.
    if (value.isNullOrEmpty()) {
        outcome.empty = operation == Operation::Update;
        if (operation == Operation::Update || !m.defaultValue || m.defaultValue->isEmpty())
            return outcome; // Leave
        value = Value::string(*m.defaultValue);
        outcome.fromDefault = true;
    }
    const GraphProperty property = *GraphPropertyCatalog::find(m.targetProperty);
    auto converted = PropertyConverter::convert(value, property);
    if (auto *message = std::get_if<QString>(&converted)) {
        outcome.action = PropertyOutcome::Action::Failed;
        outcome.error = MappingIssue {m.targetProperty, *message, -1, false};
        return outcome;
    }
    outcome.action = PropertyOutcome::Action::Set;
    outcome.value = std::get<QJsonValue>(converted);
    return outcome;
}

QJsonObject MappingSet::values(const QList<PropertyOutcome> &outcomes)
{
    QJsonObject object;
    for (const PropertyOutcome &o : outcomes) {
        if (o.action == PropertyOutcome::Action::Set)
            object.insert(o.property, o.value);
    }
    return object;
}
