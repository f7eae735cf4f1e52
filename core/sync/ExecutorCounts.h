#pragma once

// What an Executor did since it started: rows per result and requests sent.
struct ExecutorCounts
{
    int done = 0;
    int retried = 0; // retry results recorded (one row may count several times)
    int failed = 0;
    int batches = 0; // $batch requests sent
    int lookups = 0; // GET /users/{upn} lookups (lost replies, conflicts, "" ids)

    bool operator==(const ExecutorCounts &) const = default;
};
