#pragma once

#include "core/common/Result.h"
#include "core/directory/IntegrationSettings.h"
#include "core/directory/Mapping.h"
#include "core/sync/PlanRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

// The optional export attributes of cloud-directories.md §1.6 as an admin ticks them: the built-in mapping rules
// (user_city → city, …) plus user_manager (the manager relationship, kept in IntegrationSettings). Names may be the
// rule name or the Graph property ("city", "manager").
namespace ExportSelection {

// Every optional name, rule names first-class: user_street_address, …, user_manager.
QStringList names();
// The ticked rule names of an integration, from its stored mappings and settings.
QStringList selected(const QList<Mapping> &stored, const IntegrationSettings &settings);
// The request that makes `wanted` the selection (unknown names → error naming them and the valid ones).
[[nodiscard]] Result<PlanRequest> request(const QString &integrationId, const QStringList &wanted,
                                          const QList<Mapping> &stored, const IntegrationSettings &settings);

} // namespace ExportSelection
