#include "core/sync/Planner.h"

#include "core/mapping/MappingSet.h"
#include "core/sync/PlanBuilder.h"
#include "core/sync/UpnRule.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner", text);
}

const QString UpnProperty = QStringLiteral("userPrincipalName");

} // namespace

namespace Planner {

QStringList exportedProperties(const QList<Mapping> &mappings)
{
    QStringList properties;
    for (const Mapping &m : mappings) {
        if (m.targetProperty != UpnProperty && !properties.contains(m.targetProperty))
            properties.append(m.targetProperty);
    }
    return properties;
}

Result<Plan> plan(const PlanInput &input, const M365State &state)
{
    UpnRule::Config config {input.settings.domains, input.settings.defaultDomain, input.verifiedDomains};
    if (auto valid = UpnRule::validate(config); !valid)
        return valid.error();
    QList<Mapping> upnMappings;
    QList<Mapping> valueMappings;
    for (const Mapping &m : input.mappings)
        (m.targetProperty == UpnProperty ? upnMappings : valueMappings).append(m);
    auto upnSet = MappingSet::compile(upnMappings);
    auto valueSet = MappingSet::compile(valueMappings);
    for (const auto *compiled : {&upnSet, &valueSet}) {
        if (const auto *issues = std::get_if<QList<MappingIssue>>(compiled))
            return makeError(
                tr("The mapping of %1 does not compile: %2").arg(issues->first().property, issues->first().message));
    }
    PlanBuilder builder(input, state, std::get<MappingSet>(upnSet), std::get<MappingSet>(valueSet));
    return builder.build();
}

} // namespace Planner
