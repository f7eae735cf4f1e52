#pragma once

#include "core/directory/OutboxFailure.h"

#include <QString>

// What to do with one outbox row after Graph answered it (OutboxClassifier::classify).
struct OutboxOutcome
{
    enum class Kind {
        Done,         // recordDone
        Created,      // recordCreated with m365Id (a create's 201)
        Retry,        // recordRetry; retryAfterMs = Graph's Retry-After (-1 = none: back off)
        Failed,       // recordFailed with failure
        Takeover,     // a create hit ObjectConflict on its UPN: look the account up and take it over
        FollowParent, // 424: not executed because the request before it failed; do what the parent does
    };

    Kind kind = Kind::Done;
    QString m365Id;
    qint64 retryAfterMs = -1;
    QString why;           // Retry: for a person
    QString requestId;     // Graph's request-id of the answer
    OutboxFailure failure; // Failed (and Retry: Graph's answer, used when the attempts run out)
};
