#pragma once

#include <QtGlobal>

// An integration's outbox at a glance (OutboxTable::summary): rows per state, how many are claimed by an executor
// right now, how many are due, and when the earliest retry is.
struct OutboxSummary
{
    int pending = 0;
    int retrying = 0;
    int done = 0;
    int failed = 0;
    int dismissed = 0;
    int leased = 0;          // open rows whose lease has not run out (being sent)
    int due = 0;             // open rows with nextAt <= now (leased or not)
    qint64 nextRetryAt = 0;  // earliest nextAt of a retrying row in the future; 0 when none
    qint64 oldestOpenAt = 0; // createdAt of the oldest open row; 0 when none

    int open() const { return pending + retrying; }
    bool operator==(const OutboxSummary &) const = default;
};
