#pragma once

#include "core/common/Result.h"
#include "core/graph/BatchRequest.h"
#include "core/sync/OutboxSend.h"

#include <QJsonObject>
#include <QUrl>

// Turns resolved outbox rows into Graph requests (graph.md §2.2, §2.3; payload shapes in PlanOperation.h):
//   create                            POST   /users                    body + passwordProfile
//   takeover, update, rename, suspend PATCH  /users/{key}              body (+ passwordProfile for "password":
//   "keychain") manager                           PUT    /users/{key}/manager/$ref {"@odata.id":
//   "<graph>/v1.0/users/{managerId}"} manager (clear)                   DELETE /users/{key}/manager/$ref
// Pure functions; the caller assigns batch ids and dependsOn.
namespace OutboxRequests {

// The request for one row; graphBase is the client's base URL (the manager reference must be absolute).
[[nodiscard]] Result<BatchRequest> build(const OutboxSend &send, const QUrl &graphBase);
// The payload as JSON; an Error naming the row when it is not an object.
[[nodiscard]] Result<QJsonObject> payload(const OutboxEntry &entry);
// The payload's "id", else the row's m365Id.
QString accountId(const OutboxEntry &entry);
// The userPrincipalName the account has before the row runs: the payload's "resolveUpn" (a rename names the old UPN
// there, PlanOperation.h), else the row's upn.
QString lookupUpn(const OutboxEntry &entry);
// Whether the row sends a password: every create, and an update whose payload says "password": "keychain".
bool wantsPassword(const OutboxEntry &entry);
bool wantsAdminPasswordOnly(const OutboxEntry &entry);
// A random 16-character password with upper and lower case letters, digits and symbols (Entra's complexity rule).
Secret randomPassword();

} // namespace OutboxRequests
