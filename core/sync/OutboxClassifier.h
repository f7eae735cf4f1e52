#pragma once

#include "core/directory/OutboxEntry.h"
#include "core/graph/BatchResponse.h"
#include "core/graph/GraphError.h"
#include "core/sync/OutboxOutcome.h"

// Decides, from Graph's answer, what becomes of an outbox row (issue 7, graph.md §2.8–§2.10). Pure functions.
//   2xx                       done (a create: created, with the new id from the body)
//   429, 5xx                  retry, honouring Retry-After
//   424                       follow the parent request of the sequential batch
//   404 soon after a create   retry (replication lag, graph.md trap 11); a manager clear that finds none is done
//   400 ObjectConflict        on a create: takeover (look the UPN up)
//   400 on-premises mastered  failed with its own message, never retried (trap 12)
//   400 password complexity   failed with its own message, never retried
//   other 4xx                 failed with Graph's code, message and request-id
// The last two 400s carry no code of their own (Request_BadRequest, no details: see the graph-fixtures), so they are
// told apart by Graph's message — the one place we branch on it (trap 18), documented here.
namespace OutboxClassifier {

// recentlyCreated: the account was created (by us) within ExecutorOptions::replicationLagMs.
OutboxOutcome classify(const OutboxEntry &entry, const BatchResponse &response, bool recentlyCreated);
// A failed $batch POST as a whole (dropped, timed out, refused): every write in it has an unknown outcome.
OutboxOutcome classifyBatchFailure(const GraphError &error);
// Graph's answer as a failure record: the more specific details[].code when present.
OutboxFailure failureOf(const GraphError &error);
bool isOnPremisesMastered(const GraphError &error);
bool isPasswordComplexity(const GraphError &error);

} // namespace OutboxClassifier
