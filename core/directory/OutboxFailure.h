#pragma once

#include <QString>

// Why an outbox row failed for good (OutboxTable::recordFailed): Graph's answer as the Activity page and the audit log
// show it. httpStatus 0 = no HTTP answer (e.g. the account could not be resolved); code is Graph's error.code or the
// more specific details[].code (ObjectConflict), or a clouddir.* code; message is for a person.
struct OutboxFailure
{
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;

    bool operator==(const OutboxFailure &) const = default;
};
