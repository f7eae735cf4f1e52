#pragma once

#include "core/mapping/GraphProperty.h"

#include <QList>

#include <optional>

// The Graph user properties clouddir knows, with types and limits (graph.md §2.2; Graph's user resource for the
// ones §2.2 does not list). Mappings may only target writable ones.
namespace GraphPropertyCatalog {

const QList<GraphProperty> &all();
// Writable properties, in the order the editor offers them.
QList<GraphProperty> writable();
// Exact (case-sensitive) lookup; Graph names are camelCase.
std::optional<GraphProperty> find(const QString &name);

} // namespace GraphPropertyCatalog
