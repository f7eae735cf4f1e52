#include "core/sync/ExportSelection.h"

#include "core/mapping/BuiltInMappings.h"

#include <QCoreApplication>

namespace {

const QString ManagerRule = QStringLiteral("user_manager");

} // namespace

namespace ExportSelection {

QStringList names()
{
    QStringList result;
    for (const Mapping &m : BuiltInMappings::optional(QString()))
        result.append(m.builtIn);
    result.append(ManagerRule);
    return result;
}

QStringList selected(const QList<Mapping> &stored, const IntegrationSettings &settings)
{
    QStringList result;
    for (const Mapping &m : stored) {
        if (!m.builtIn.isEmpty())
            result.append(m.builtIn);
    }
    if (settings.exportManager)
        result.append(ManagerRule);
    return result;
}

Result<PlanRequest> request(const QString &integrationId, const QStringList &wanted, const QList<Mapping> &stored,
                            const IntegrationSettings &settings)
{
    const QList<Mapping> optional = BuiltInMappings::optional(integrationId);
    QStringList rules;
    QStringList unknown;
    for (const QString &raw : wanted) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        if (name == ManagerRule || name == u"manager") {
            rules.append(ManagerRule);
            continue;
        }
        const auto it = std::find_if(optional.cbegin(), optional.cend(), [&name](const Mapping &m) {
            return m.builtIn == name || (m.targetProperty == name && m.targetProperty != u"userPrincipalName");
        });
        if (it == optional.cend())
            unknown.append(name);
        else
            rules.append(it->builtIn);
    }
    if (!unknown.isEmpty())
        return makeError(QCoreApplication::translate("ExportSelection",
                                                     "Unknown export attribute %1; choose from %2 (or their Graph "
                                                     "names).")
                             .arg(unknown.join(QStringLiteral(", ")), names().join(QStringLiteral(", "))));
    PlanRequest request;
    IntegrationSettings changed = settings;
    changed.exportManager = rules.contains(ManagerRule);
    if (changed != settings)
        request.settings = changed;
    for (const Mapping &m : optional) {
        const bool want = rules.contains(m.builtIn);
        const auto current = std::find_if(stored.cbegin(), stored.cend(),
                                          [&m](const Mapping &s) { return s.targetProperty == m.targetProperty; });
        const bool has = current != stored.cend() && current->builtIn == m.builtIn;
        if (want && !has)
            request.saveMappings.append(m);
        else if (!want && has)
            request.removeMappings.append(m.targetProperty);
    }
    return request;
}

} // namespace ExportSelection
