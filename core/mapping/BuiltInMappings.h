#pragma once

#include "core/directory/Mapping.h"

#include <QList>
#include <QString>

// The export selection of cloud-directories.md §1.6 as mappings. The always-exported defaults are locked (they
// cannot be removed or changed); the optional attributes are ordinary mappings an admin adds ("ticks") or removes.
// passwordProfile (set from the keychain, never from an attribute) and the manager relationship are not properties
// a mapping writes; the sync engine handles them.
namespace BuiltInMappings {

// givenName, surname, displayName, userPrincipalName for integrationId, marked locked.
QList<Mapping> locked(const QString &integrationId);
// The optional rules (user_city, …), not locked, builtIn set.
QList<Mapping> optional(const QString &integrationId);
// stored plus every locked default whose property has no stored mapping, ordered by target property. A stored
// userPrincipalName mapping (user_principal_name_from_alternate_email) replaces the locked default.
QList<Mapping> withDefaults(const QString &integrationId, const QList<Mapping> &stored);
// Why a locked mapping is locked, for the editor's tooltip.
QString lockReason();

} // namespace BuiltInMappings
