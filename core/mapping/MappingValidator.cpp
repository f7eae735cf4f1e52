#include "core/mapping/MappingValidator.h"

#include "core/expr/Expression.h"
#include "core/mapping/BuiltInMappings.h"
#include "core/mapping/GraphPropertyCatalog.h"
#include "core/mapping/PropertyConverter.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MappingValidator", text);
}

QString closestProperty(const QString &name)
{
    for (const GraphProperty &property : GraphPropertyCatalog::writable()) {
        if (property.name.compare(name, Qt::CaseInsensitive) == 0)
            return property.name;
    }
    return {};
}

} // namespace

bool MappingValidator::hasErrors(const QList<MappingIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const MappingIssue &i) { return !i.warning; });
}

QList<MappingIssue> MappingValidator::validate(const Mapping &m, const QList<Mapping> &others) const
{
    QList<MappingIssue> issues;
    auto error = [&](const QString &message, int offset = -1) {
        issues.append({m.targetProperty, message, offset, false});
    };
    const std::optional<GraphProperty> property = GraphPropertyCatalog::find(m.targetProperty);
    if (!property) {
        const QString guess = closestProperty(m.targetProperty);
        error(guess.isEmpty() ? tr("\"%1\" is not a Graph user property clouddir can write; pick one from the list.")
                                    .arg(m.targetProperty)
                              : tr("\"%1\" is not a Graph user property — did you mean %2? Names are case-sensitive.")
                                    .arg(m.targetProperty, guess));
        return issues;
    }
    if (!property->writable) {
        error(tr("%1 is read-only in Microsoft Graph: Microsoft 365 sets it, so no mapping can write it.")
                  .arg(property->name));
        return issues;
    }
    const bool ownedByDefault = [&] {
        for (const Mapping &d : BuiltInMappings::locked(m.integrationId)) {
            if (d.targetProperty == m.targetProperty)
                return true;
        }
        return false;
    }();
    if (!m.locked && ownedByDefault && m.builtIn != u"user_principal_name_from_alternate_email")
        error(tr("%1 is always exported by a built-in mapping; it cannot be mapped again.").arg(property->name));
    for (const Mapping &other : others) {
        if (other.targetProperty == m.targetProperty && other.id != m.id && !other.locked)
            error(
                tr("%1 already has a mapping; edit that one instead (one mapping per property).").arg(property->name));
    }
    if (m.type == Mapping::Type::Direct && m.source.trimmed().isEmpty()) {
        error(tr("Choose the directory attribute that fills %1.").arg(property->name));
        return issues;
    }
    auto compiled = Expression::compile(m.expressionText());
    if (auto *failure = std::get_if<ExprError>(&compiled)) {
        error(failure->message, m.type == Mapping::Type::Expression ? failure->offset : -1);
        return issues;
    }
    const Expression &expression = std::get<Expression>(compiled);
    for (const ExprWarning &w : expression.warnings(m_attributes))
        issues.append({m.targetProperty, w.message, m.type == Mapping::Type::Expression ? w.offset : -1, true});
    if (expression.calls(QStringLiteral("SelectUniqueValue")) && m.apply != Mapping::Apply::CreateOnly)
        error(tr("SelectUniqueValue only works in a mapping applied \"Only during object creation\"; change the "
                 "apply mode."));
    if (m.type == Mapping::Type::Constant && !m.source.isEmpty()) {
        const auto converted = PropertyConverter::convert(Value::string(m.source), *property);
        if (auto *message = std::get_if<QString>(&converted))
            error(*message);
    }
    if (m.defaultValue && !m.defaultValue->isEmpty()) {
        const auto converted = PropertyConverter::convert(Value::string(*m.defaultValue), *property);
        if (auto *message = std::get_if<QString>(&converted))
            error(tr("Default value: %1").arg(*message));
    }
    return issues;
}
