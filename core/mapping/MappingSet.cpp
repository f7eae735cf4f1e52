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
        set.m_properties.append(*GraphPropertyCatalog::find(m.targetProperty));
        set.m_directFields.append(m.type == Mapping::Type::Direct ? UserAttributes::textField(m.source) : nullptr);
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
    PropertyOutcome outcome;
    if (const std::optional<Value> value = valueOf(index, nullptr, attributes, operation, options, outcome))
        convertInto(index, *value, false, outcome);
    return outcome;
}

void MappingSet::evaluateLean(const User &user, Operation operation, QList<PropertyOutcome> &outcomes) const
{
    outcomes.resize(m_mappings.size());
    const UserAttributes attributes(user);
    const EvaluationOptions options;
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        PropertyOutcome &outcome = outcomes[i];
        outcome = PropertyOutcome {};
        if (const std::optional<Value> value = valueOf(i, &user, attributes, operation, options, outcome))
            convertInto(i, *value, true, outcome);
    }
}

std::optional<Value> MappingSet::valueOf(qsizetype index, const User *user, const AttributeSource &attributes,
                                         Operation operation, const EvaluationOptions &options,
                                         PropertyOutcome &outcome) const
{
    const Mapping &m = m_mappings.at(index);
    outcome.property = m.targetProperty;
    if (operation == Operation::Update && m.apply == Mapping::Apply::CreateOnly)
        return std::nullopt; // Leave
    Value value;
    if (QString User::*field = m_directFields.at(index); field && user) {
        // Direct standard attribute: what [attr] evaluates to, without the evaluator (cannot fail, skip or redact).
        if (!(user->*field).isEmpty())
            value = Value::string(user->*field);
    } else {
        const Evaluation result = m_expressions.at(index).evaluate(attributes, options);
        outcome.redacted = result.redacted;
        if (!result.ok()) {
            outcome.action = PropertyOutcome::Action::Failed;
            outcome.error = MappingIssue {m.targetProperty, result.error->message,
                                          m.type == Mapping::Type::Expression ? result.error->offset : -1, false};
            return std::nullopt;
        }
        if (result.skipped()) {
            outcome.action = PropertyOutcome::Action::Skip;
            return std::nullopt;
        }
        value = result.value;
    }
    // The planner treats "" like null (expressions.md §1): Graph rejects "" for many properties.
    if (value.isNullOrEmpty()) {
        outcome.empty = operation == Operation::Update;
        if (operation == Operation::Update || !m.defaultValue || m.defaultValue->isEmpty())
            return std::nullopt; // Leave
        value = Value::string(*m.defaultValue);
        outcome.fromDefault = true;
    }
    return value;
}

void MappingSet::convertInto(qsizetype index, const Value &value, bool lean, PropertyOutcome &outcome) const
{
    const GraphProperty &property = m_properties.at(index);
    if (lean && property.type == GraphProperty::Type::String && !value.isList()) {
        QString text = value.toText();
        if (property.maxLength <= 0 || text.size() <= property.maxLength) {
            outcome.action = PropertyOutcome::Action::Set;
            outcome.text = std::move(text);
            outcome.textOnly = true;
            return;
        }
    }
    auto converted = PropertyConverter::convert(value, property);
    if (auto *message = std::get_if<QString>(&converted)) {
        outcome.action = PropertyOutcome::Action::Failed;
        outcome.error = MappingIssue {property.name, *message, -1, false};
        return;
    }
    outcome.action = PropertyOutcome::Action::Set;
    outcome.value = std::get<QJsonValue>(converted);
}

QJsonObject MappingSet::values(const QList<PropertyOutcome> &outcomes)
{
    QJsonObject object;
    for (const PropertyOutcome &o : outcomes) {
        if (o.action == PropertyOutcome::Action::Set)
            object.insert(o.property, o.json());
    }
    return object;
}
